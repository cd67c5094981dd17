/**
 * Rate limiting of sign-in and first-run setup (@fastify/rate-limit, registered with `global: false`,
 * so only the routes that ask for it are limited): per client address, answered with the project's
 * error shape (429 rate_limited).
 */
import type { RateLimitPluginOptions } from '@fastify/rate-limit';
import { rateLimited } from '../../services/auth/auth-errors.ts';

/** The options of the plugin: no global limit; 429 as `{ error: { code: 'rate_limited', … } }`. */
export const rateLimitOptions: RateLimitPluginOptions = {
  global: false,
  errorResponseBuilder: (_req, context) => rateLimited(context.ttl / 1000),
};

/** The per-route limit of the password and setup-code endpoints: 20 attempts a minute from one address. */
export const AUTH_RATE_LIMIT = { max: 20, timeWindow: 60_000 };
