/**
 * Cross-site request forgery (issue #6). A browser attaches the session cookie by itself, so every
 * state-changing request (POST, PUT, PATCH, DELETE) authenticated by that cookie must also carry the
 * session's CSRF token in `x-csrf-token`, which another site cannot read. Bearer requests (API tokens,
 * the owner key) are exempt: browsers never attach an Authorization header on their own. Any
 * state-changing request without a bearer whose `Origin` is another site's (or that the browser marks
 * `Sec-Fetch-Site: cross-site`/`same-site`) is refused too; that guards sign-in and first-run setup,
 * which have no session yet, against login CSRF (beside the cookie's SameSite=Strict).
 *
 * Why not @fastify/csrf-protection: it keeps its secret in a separate `_csrf` cookie, or in
 * @fastify/session / @fastify/secure-session. ictmon's sessions are rows of user_session, read by
 * authenticate.ts, and the library has no way to keep its secret there: its only binding to a session is
 * `getUserInfo` + an `hmacKey`, a server-wide secret we would have to store somewhere and that still
 * leaves the secret in a cookie of its own, which outlives logout. Instead the token is an HMAC of the
 * session's own cookie value (services/auth/secrets.ts csrfTokenFor): bound to the row, nothing stored,
 * dead the moment the session ends, the same after a restart.
 */
import type { FastifyRequest } from 'fastify';
import { csrfRefused } from '../../services/auth/auth-errors.ts';
import { csrfTokenFor, sameSecret } from '../../services/auth/secrets.ts';

export const CSRF_HEADER = 'x-csrf-token';

/** Whether the method may change state (everything but GET, HEAD, OPTIONS). */
export function isStateChanging(method: string): boolean {
  return method === 'POST' || method === 'PUT' || method === 'PATCH' || method === 'DELETE';
}

/** The server's own origin as the browser sees it. */
export function ownOrigin(req: FastifyRequest): string {
  return `${req.protocol}://${req.headers.host ?? ''}`;
}

/** Refuses (403 csrf_refused) a request a browser sent from another site. */
export function requireSameSite(req: FastifyRequest): void {
  const origin = req.headers.origin;
  if (origin !== undefined && origin.toLowerCase() !== ownOrigin(req).toLowerCase()) throw csrfRefused('origin');
  const site = req.headers['sec-fetch-site'];
  if (site === 'cross-site' || site === 'same-site') throw csrfRefused('origin');
}

/** Refuses (403 csrf_refused) a cookie-authenticated request without the session's CSRF token. */
export function requireCsrfToken(req: FastifyRequest, sessionSecret: string): void {
  const sent = req.headers[CSRF_HEADER];
  if (typeof sent !== 'string' || !sameSecret(sent, csrfTokenFor(sessionSecret))) throw csrfRefused('token');
}
