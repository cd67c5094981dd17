/** Sign-in routes (issue #6): login, logout, the current session, and first-run setup. */
import { Type, type FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { completeSetup, isSetupNeeded } from '../../services/auth/first-run.ts';
import { describeSession, login, logout, type SignedIn } from '../../services/auth/sessions.ts';
import { LoginBody, SessionSchema, SetupBody, SignedInSchema, SMALL_BODY } from '../auth/account-schemas.ts';
import { AUTH_RATE_LIMIT } from '../auth/rate-limit.ts';
import { clearSessionCookie, sessionSecretOf, setSessionCookie } from '../auth/session-cookie.ts';
import type { RouteDeps } from './unit-routes.ts';

const errorRef = { $ref: 'Error#' } as unknown as ReturnType<typeof Type.Unknown>;

/** What a sign-in answers: the account and the CSRF token (the session id goes into the cookie only). */
function presentSignedIn(s: SignedIn) {
  return { user: s.user, csrfToken: s.csrfToken, expiresAt: s.expiresAt };
}

/** Registers /api/auth/*. */
export const authRoutes: FastifyPluginAsyncTypebox<RouteDeps> = async (app, deps) => {
  app.post(
    '/api/auth/login',
    {
      bodyLimit: SMALL_BODY,
      config: { rateLimit: AUTH_RATE_LIMIT },
      schema: {
        tags: ['accounts'],
        summary: 'Sign in with username and password: sets the HttpOnly session cookie, answers the account and the CSRF token',
        description:
          'Five failed sign-ins in a row lock the account for 15 minutes (423 account_locked, even with the right password). 20 attempts a minute per address (429 rate_limited).',
        body: LoginBody,
        response: { 200: SignedInSchema, 400: errorRef, 401: errorRef, 403: errorRef, 423: errorRef, 429: errorRef },
      },
    },
    async (req, reply) => {
      const signedIn = await login(deps.context(req), { username: req.body.username, password: req.body.password, userAgent: req.headers['user-agent'] });
      setSessionCookie(req, reply, signedIn.sessionSecret);
      return presentSignedIn(signedIn);
    },
  );

  app.post(
    '/api/auth/logout',
    {
      bodyLimit: SMALL_BODY,
      schema: {
        tags: ['accounts'],
        summary: 'Sign out: ends the session and clears its cookie',
        response: { 200: Type.Object({ ok: Type.Boolean() }), 403: errorRef },
      },
    },
    async (req, reply) => {
      await logout(deps.context(req), req.principal.via === 'session' ? sessionSecretOf(req) : undefined);
      clearSessionCookie(req, reply);
      return { ok: true };
    },
  );

  app.get(
    '/api/auth/session',
    {
      schema: {
        tags: ['accounts'],
        summary: 'Who is signed in (null: nobody) and the CSRF token of the session',
        response: { 200: SessionSchema },
      },
    },
    async (req, reply) => {
      reply.header('cache-control', 'no-store');
      return describeSession(deps.context(req), sessionSecretOf(req));
    },
  );

  app.get(
    '/api/auth/setup',
    {
      schema: {
        tags: ['accounts'],
        summary: 'Whether the first administrator still has to be created (with the code `ictmon serve` prints)',
        response: { 200: Type.Object({ needed: Type.Boolean() }) },
      },
    },
    async (req) => ({ needed: await isSetupNeeded(deps.context(req)) }),
  );

  app.post(
    '/api/auth/setup',
    {
      bodyLimit: SMALL_BODY,
      config: { rateLimit: AUTH_RATE_LIMIT },
      schema: {
        tags: ['accounts'],
        summary: 'Create the first national administrator with the one-time setup code, and sign it in',
        body: SetupBody,
        response: { 201: SignedInSchema, 400: errorRef, 403: errorRef, 409: errorRef, 429: errorRef },
      },
    },
    async (req, reply) => {
      const signedIn = await completeSetup(deps.context(req), { ...req.body, userAgent: req.headers['user-agent'] });
      setSessionCookie(req, reply, signedIn.sessionSecret);
      return reply.status(201).send(presentSignedIn(signedIn));
    },
  );
};
