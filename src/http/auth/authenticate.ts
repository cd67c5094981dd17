/**
 * Who sends each request: sets `req.principal` and `req.actor` (the audit trail's "who") before any route
 * runs, and refuses forged cross-site requests (csrf.ts) before any handler.
 *
 * - `Authorization: Bearer <owner key>`: the installation itself (the local CLI, which reads the key from
 *   the data directory it shares with the server).
 * - `Authorization: Bearer ictm_…`: an API token, acting as its account in the token's scope; an unknown,
 *   expired or revoked token, or one whose account is disabled, is refused (401 token_invalid), as is any
 *   other bearer.
 * - the `ictmon_session` cookie: a signed-in browser; state-changing requests need the CSRF token.
 * - anything else: the public.
 */
import { timingSafeEqual } from 'node:crypto';
import type { FastifyInstance, FastifyRequest } from 'fastify';
import type { Database } from '../../db/database.ts';
import { PUBLIC_PRINCIPAL, SYSTEM_PRINCIPAL, type Principal } from '../../services/access/principal.ts';
import { resolveApiToken } from '../../services/auth/api-tokens.ts';
import { tokenInvalid } from '../../services/auth/auth-errors.ts';
import { API_TOKEN_PREFIX } from '../../services/auth/secrets.ts';
import { resolveSession } from '../../services/auth/sessions.ts';
import type { ServiceContext } from '../../services/context.ts';
import { isStateChanging, requireCsrfToken, requireSameSite } from './csrf.ts';
import { clearSessionCookie, sessionSecretOf } from './session-cookie.ts';

declare module 'fastify' {
  interface FastifyRequest {
    principal: Principal;
    /** Who acts, as audit events record it. */
    actor: string;
  }
}

export interface AuthenticationOptions {
  /** The secret the local CLI presents (from the data directory); absent: no owner access over HTTP. */
  ownerKey?: string | undefined;
  /** The database holding accounts, sessions and tokens; absent: only the owner key and the public. */
  db?: Database | undefined;
}

/** Routes that sign in (no session yet): guarded by the same-site check, not by a session's CSRF token. */
const SIGN_IN_ROUTES = new Set(['/api/auth/login', '/api/auth/setup']);

/** The bearer credential of a request, if it sent one. */
export function bearerOf(req: FastifyRequest): string | undefined {
  const h = req.headers.authorization;
  if (typeof h !== 'string') return undefined;
  const m = /^Bearer\s+(\S+)\s*$/i.exec(h);
  return m?.[1];
}

/** Constant-time comparison of two secrets. */
export function sameSecret(a: string, b: string): boolean {
  const x = Buffer.from(a);
  const y = Buffer.from(b);
  return x.length === y.length && timingSafeEqual(x, y);
}

/** Whether the request presents the owner key. */
export function isOwnerRequest(req: FastifyRequest, options: AuthenticationOptions): boolean {
  const bearer = bearerOf(req);
  return bearer !== undefined && options.ownerKey !== undefined && sameSecret(bearer, options.ownerKey);
}

/** The principal of an owner request; the CLI names its user in `x-ictmon-actor` (recorded, not trusted for rights). */
export function ownerPrincipal(req: FastifyRequest): { principal: Principal; actor: string } {
  const named = req.headers['x-ictmon-actor'];
  const actor = typeof named === 'string' && /^cli:[\w.@-]{1,120}$/.test(named) ? named : 'cli:owner';
  return { principal: { ...SYSTEM_PRINCIPAL, via: 'owner' }, actor };
}

export function publicPrincipal(req: FastifyRequest): { principal: Principal; actor: string } {
  return { principal: PUBLIC_PRINCIPAL, actor: `http:${req.ip}` };
}

/** Installs the hook; @fastify/cookie must be registered before it. */
export function installAuthentication(app: FastifyInstance, options: AuthenticationOptions): void {
  // Fastify refuses an object as a shared default (it would be one object for every request): the hook sets it.
  app.decorateRequest('principal', null as unknown as Principal);
  app.decorateRequest('actor', '');
  app.addHook('onRequest', async (req, reply) => {
    const who = await identify(req, options);
    if (who.clearCookie) clearSessionCookie(req, reply);
    req.principal = who.principal;
    req.actor = who.actor;
  });
}

async function identify(req: FastifyRequest, options: AuthenticationOptions): Promise<{ principal: Principal; actor: string; clearCookie?: boolean }> {
  // Only the API acts on anyone's behalf; the web UI's files are the same for all and never wait for the database.
  if (!req.url.startsWith('/api/')) return publicPrincipal(req);
  const bearer = bearerOf(req);
  if (bearer !== undefined) {
    if (isOwnerRequest(req, options)) return ownerPrincipal(req);
    if (options.db && bearer.startsWith(API_TOKEN_PREFIX)) return resolveApiToken(lookupContext(req, options.db), bearer);
    throw tokenInvalid('unknown');
  }
  const changing = isStateChanging(req.method);
  if (changing) requireSameSite(req);
  const secret = sessionSecretOf(req);
  if (secret === undefined || !options.db) return publicPrincipal(req);
  const session = await resolveSession(lookupContext(req, options.db), secret);
  if (!session) return { ...publicPrincipal(req), clearCookie: true };
  if (changing && !SIGN_IN_ROUTES.has(req.routeOptions.url ?? '')) requireCsrfToken(req, secret);
  return session;
}

function lookupContext(req: FastifyRequest, db: Database): ServiceContext {
  return { db, actor: `http:${req.ip}`, principal: PUBLIC_PRINCIPAL, ip: req.ip };
}
