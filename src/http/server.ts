/**
 * The HTTP server: the JSON API (documented at /api/docs from the same schemas that validate) and the
 * built web UI with a single-page fallback. Routes only parse, call one service function and present.
 */
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import Fastify, { type FastifyInstance } from 'fastify';
import fastifyCookie from '@fastify/cookie';
import fastifyRateLimit from '@fastify/rate-limit';
import fastifyStatic from '@fastify/static';
import fastifySwagger from '@fastify/swagger';
import fastifySwaggerUi from '@fastify/swagger-ui';
import type { TypeBoxTypeProvider } from '@fastify/type-provider-typebox';
import type { Database } from '../db/database.ts';
import { WEB_DIST_DIR } from '../services/setup/doctor.ts';
import { ICTMON_VERSION } from '../services/setup/get-meta.ts';
import { installErrorHandlers } from './http-errors.ts';
import { installSecurityHeaders } from './security-headers.ts';
import { installAuthentication } from './auth/authenticate.ts';
import { rateLimitOptions } from './auth/rate-limit.ts';
import { accountRoutes } from './routes/account-routes.ts';
import { authRoutes } from './routes/auth-routes.ts';
import { auditRoutes } from './routes/audit-routes.ts';
import { reportRoutes } from './routes/report-routes.ts';
import { reviewRoutes } from './routes/review-routes.ts';
import { boundaryRoutes } from './routes/boundary-routes.ts';
import { analyticsRoutes } from './routes/analytics-routes.ts';
import { criteriaRoutes } from './routes/criteria-routes.ts';
import { systemRoutes } from './routes/system-routes.ts';
import { unitFileRoutes } from './routes/unit-file-routes.ts';
import { unitRoutes, type RouteDeps } from './routes/unit-routes.ts';
import { valueRoutes } from './routes/value-routes.ts';
import { ErrorSchema, UnitViewSchema } from './schemas/unit-schemas.ts';

export interface ServerOptions {
  db: Database;
  host?: string;
  port?: number;
  /** Folder of the built web UI; default web/dist. */
  webDir?: string;
  logger?: boolean;
  /** The secret the local CLI presents as `Authorization: Bearer …` to act as the installation (see authenticate.ts). */
  ownerKey?: string;
  /**
   * Behind a reverse proxy (HTTPS terminated there): read the client's address and scheme from the
   * X-Forwarded-* headers. Only with a proxy in front — otherwise anyone could claim any address.
   */
  trustProxy?: boolean;
}

/** Builds the Fastify application without listening (tests use `app.inject`). */
export async function buildApp(options: ServerOptions): Promise<FastifyInstance> {
  const app = Fastify({
    logger: options.logger ?? false,
    bodyLimit: 1024 * 1024,
    trustProxy: options.trustProxy ?? false,
  }).withTypeProvider<TypeBoxTypeProvider>();
  installErrorHandlers(app);
  await installSecurityHeaders(app);
  await app.register(fastifyCookie);
  installAuthentication(app, { ownerKey: options.ownerKey, db: options.db });
  await app.register(fastifyRateLimit, rateLimitOptions);
  app.addSchema(UnitViewSchema);
  app.addSchema(ErrorSchema);
  await app.register(fastifySwagger, {
    openapi: {
      info: {
        title: 'ictmon API',
        version: ICTMON_VERSION,
        description: 'Provincial ICT monitoring: administrative units and their history, indicator values.',
      },
      tags: [
        { name: 'units', description: 'Administrative units with history' },
        { name: 'values', description: 'Indicator values: catalogue, imports, stored values' },
        { name: 'audit', description: 'The append-only log of every recorded change' },
        { name: 'review', description: 'Review workflow: submissions, approval, what is due, closed periods' },
        { name: 'accounts', description: 'Sign-in, accounts, API tokens' },
        { name: 'system' },
      ],
    },
    refResolver: { buildLocalReference: (json, _base, _frag, i) => (typeof json.$id === 'string' ? json.$id : `def-${i}`) },
  });
  await app.register(fastifySwaggerUi, { routePrefix: '/api/docs' });

  const deps: RouteDeps = { context: (req) => ({ db: options.db, actor: req.actor, principal: req.principal, ip: req.ip }) };
  await app.register(unitRoutes, deps);
  await app.register(unitFileRoutes, deps);
  await app.register(valueRoutes, deps);
  await app.register(criteriaRoutes, deps);
  await app.register(analyticsRoutes, deps);
  await app.register(boundaryRoutes, deps);
  await app.register(auditRoutes, deps);
  await app.register(reviewRoutes, deps);
  await app.register(reportRoutes, deps);
  await app.register(systemRoutes, deps);
  await app.register(authRoutes, deps);
  await app.register(accountRoutes, deps);

  const webDir = options.webDir ?? fileURLToPath(WEB_DIST_DIR);
  const hasWeb = existsSync(`${webDir}/index.html`);
  if (hasWeb) await app.register(fastifyStatic, { root: webDir, wildcard: true });
  app.setNotFoundHandler((req, reply) => {
    // the single-page fallback serves routes (/units/06), never a missing asset file
    const path = req.url.split('?')[0] ?? '';
    const isRoute = !path.startsWith('/api/') && !path.startsWith('/assets/') && !/\.(js|mjs|css|map|png|jpe?g|svg|ico|webp|woff2?|ttf|txt|json)$/i.test(path);
    if (req.method === 'GET' && isRoute && hasWeb) return reply.sendFile('index.html');
    return reply.status(404).send({
      error: {
        code: 'not_found',
        message: hasWeb || req.url.startsWith('/api/') ? `no route ${req.method} ${req.url.split('?')[0]}` : 'the web UI is not built: run `npm run build`',
        messageVi:
          hasWeb || req.url.startsWith('/api/')
            ? `không có đường dẫn ${req.method} ${req.url.split('?')[0]}`
            : 'giao diện web chưa được build: chạy `npm run build`',
        details: [],
      },
    });
  });
  return app;
}

export interface RunningServer {
  url: string;
  app: FastifyInstance;
  close(): Promise<void>;
}

/** Builds the app and listens (port 0 picks a free port). */
export async function startServer(options: ServerOptions): Promise<RunningServer> {
  const app = await buildApp(options);
  const host = options.host ?? '127.0.0.1';
  await app.listen({ host, port: options.port ?? 3000 });
  const addr = app.server.address();
  const port = typeof addr === 'object' && addr ? addr.port : options.port;
  const shownHost = host === '0.0.0.0' || host === '::' ? '127.0.0.1' : host;
  return { url: `http://${shownHost}:${port}`, app, close: () => app.close() };
}
