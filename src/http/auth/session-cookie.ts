/** The session cookie: HttpOnly (scripts cannot read it), SameSite=Strict (never sent from another site), Secure over HTTPS. */
import type { FastifyReply, FastifyRequest } from 'fastify';
import { SESSION_MAX_DAYS } from '../../services/auth/sessions.ts';

export const SESSION_COOKIE = 'ictmon_session';

function cookieOptions(req: FastifyRequest) {
  return { httpOnly: true, sameSite: 'strict' as const, path: '/', secure: req.protocol === 'https' };
}

/** The session cookie value the request carries, if any. */
export function sessionSecretOf(req: FastifyRequest): string | undefined {
  const v = req.cookies?.[SESSION_COOKIE];
  return typeof v === 'string' && v.length > 0 ? v : undefined;
}

/** Sets the cookie of a new session (the server ends the session itself after 12 idle hours). */
export function setSessionCookie(req: FastifyRequest, reply: FastifyReply, sessionSecret: string): void {
  reply.setCookie(SESSION_COOKIE, sessionSecret, { ...cookieOptions(req), maxAge: SESSION_MAX_DAYS * 24 * 3600 });
}

/** Tells the browser to forget the session cookie. */
export function clearSessionCookie(req: FastifyRequest, reply: FastifyReply): void {
  reply.clearCookie(SESSION_COOKIE, cookieOptions(req));
}
