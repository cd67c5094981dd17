/** Random secrets and their digests: session ids, API tokens, setup codes, CSRF tokens. */
import { createHash, createHmac, randomBytes, randomInt, timingSafeEqual } from 'node:crypto';

/** `bytes` random bytes as base64url. */
export function randomSecret(bytes = 32): string {
  return randomBytes(bytes).toString('base64url');
}

/** SHA-256 of a secret, hex: what the tables store in place of session ids, tokens and setup codes. */
export function sha256Hex(secret: string): string {
  return createHash('sha256').update(secret, 'utf8').digest('hex');
}

/** Constant-time comparison of two strings. */
export function sameSecret(a: string, b: string): boolean {
  const x = Buffer.from(a);
  const y = Buffer.from(b);
  return x.length === y.length && timingSafeEqual(x, y);
}

/**
 * The CSRF token of a session: an HMAC of the session's cookie value (OWASP's "HMAC-based token bound to
 * the session"). Only the holder of the cookie value — the server, when the browser sends it — can
 * compute it, the cookie value cannot be read back from it, and it dies with the session.
 */
export function csrfTokenFor(sessionSecret: string): string {
  return createHmac('sha256', sessionSecret).update('ictmon csrf v1').digest('base64url');
}

export const API_TOKEN_PREFIX = 'ictm_';

/** A new API token: `ictm_` + 32 random bytes (base64url). */
export function newApiToken(): string {
  return API_TOKEN_PREFIX + randomSecret(32);
}

/** Letters and digits that cannot be mistaken for one another when read off a console (no I, O, 0, 1). */
const SETUP_ALPHABET = 'ABCDEFGHJKLMNPQRSTUVWXYZ23456789';

/** A setup code of 10 characters (50 bits), shown grouped: ABCD-EFGH-JK. */
export function newSetupCode(): string {
  const chars = Array.from({ length: 10 }, () => SETUP_ALPHABET[randomInt(SETUP_ALPHABET.length)]!).join('');
  return `${chars.slice(0, 4)}-${chars.slice(4, 8)}-${chars.slice(8)}`;
}

/** A setup code as typed (any case, with or without dashes or spaces) in the form that is hashed. */
export function canonicalSetupCode(typed: string): string {
  return typed.toUpperCase().replace(/[^A-Z0-9]/g, '');
}
