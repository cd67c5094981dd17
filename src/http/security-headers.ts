/**
 * Security headers on every answer (issue #6, hardening), by @fastify/helmet (helmet, the standard set
 * for Node servers): a Content-Security-Policy that allows scripts only from ictmon's own files (no inline
 * script, no eval), forbids framing (clickjacking), `X-Content-Type-Options: nosniff`, no referrer to other
 * sites, same-origin resources. The web UI is built by Vite into files, so it needs no inline script; the
 * map and charts draw with CSSOM and canvas, and the one inline image is the data: icon.
 */
import helmet from '@fastify/helmet';
import type { FastifyInstance } from 'fastify';

/** The Content-Security-Policy directives ictmon sends. */
export const CONTENT_SECURITY_POLICY = {
  defaultSrc: ["'self'"],
  scriptSrc: ["'self'"],
  scriptSrcAttr: ["'none'"],
  styleSrc: ["'self'"],
  imgSrc: ["'self'", 'data:', 'blob:'],
  fontSrc: ["'self'", 'data:'],
  connectSrc: ["'self'"],
  objectSrc: ["'none'"],
  baseUri: ["'self'"],
  formAction: ["'self'"],
  frameAncestors: ["'none'"],
} as const;

/** The policy as a header value, with `styleSrc` replaced when given. */
function policyText(styleSrc: readonly string[] = CONTENT_SECURITY_POLICY.styleSrc): string {
  return Object.entries({ ...CONTENT_SECURITY_POLICY, styleSrc })
    .map(([name, values]) => `${name.replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`)} ${values.join(' ')}`)
    .join('; ');
}

/**
 * The API docs page is Swagger UI (a third-party bundle), which writes inline styles: there, and only
 * there, styles may be inline. Scripts stay ictmon's own files everywhere.
 */
export const DOCS_CONTENT_SECURITY_POLICY = policyText(["'self'", "'unsafe-inline'"]);

export async function installSecurityHeaders(app: FastifyInstance): Promise<void> {
  await app.register(helmet, {
    global: true,
    contentSecurityPolicy: { useDefaults: false, directives: { ...CONTENT_SECURITY_POLICY } },
    frameguard: { action: 'deny' },
    referrerPolicy: { policy: 'same-origin' },
    // Served over plain HTTP on 127.0.0.1 by default; HTTPS is the reverse proxy's to announce.
    strictTransportSecurity: false,
  });
  app.addHook('onSend', async (req, reply, payload) => {
    if (req.url === '/api/docs' || req.url.startsWith('/api/docs/')) reply.header('content-security-policy', DOCS_CONTENT_SECURITY_POLICY);
    return payload;
  });
}
