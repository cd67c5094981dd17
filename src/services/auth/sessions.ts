/**
 * Signing in and out, and the session a browser's cookie stands for. The cookie holds 32 random bytes;
 * the table keeps their SHA-256. A session lasts 12 hours from its last use, at most 7 days. Five
 * failed sign-ins in a row lock the account for 15 minutes, even against the right password.
 */
import {
  clearLoginFailures,
  findUserById,
  findUserByUsername,
  recordFailedLogin,
  upgradeUserPasswordHash,
  type UserRow,
} from '../../db/queries/auth/app-users.ts';
import { deleteExpiredSessions, deleteSession, extendSession, findSessionUser, insertSession } from '../../db/queries/auth/user-sessions.ts';
import type { Queryable } from '../../db/database.ts';
import { isRole } from '../../domain/access/roles.ts';
import { principalOf, type Principal } from '../access/principal.ts';
import type { ServiceContext } from '../context.ts';
import { presentAccount, type AccountView } from './account-views.ts';
import { accountLocked, invalidCredentials } from './auth-errors.ts';
import { hashPassword, needsRehash, verifyAgainstDummy, verifyPassword } from './password-hash.ts';
import { recordAuthEvent } from './record-auth-event.ts';
import { csrfTokenFor, randomSecret, sha256Hex } from './secrets.ts';

export const SESSION_IDLE_HOURS = 12;
export const SESSION_MAX_DAYS = 7;
export const MAX_FAILED_LOGINS = 5;
export const LOCK_MINUTES = 15;

/** A new session: the cookie value (set it, never show it), its CSRF token, and the account. */
export interface SignedIn {
  sessionSecret: string;
  csrfToken: string;
  expiresAt: string;
  user: AccountView;
}

/** Who a request is, once its credential is recognised. */
export interface Authenticated {
  principal: Principal;
  /** As audit events record it: "user:<username>", "token:<username>/<token name>". */
  actor: string;
}

/**
 * Signs in with a username and password. Unknown, disabled and password-less accounts get the same
 * answer as a wrong password, after the same scrypt work. Every failure is audited (never the password,
 * nor a username that matches no account: it may be a password typed in the wrong field).
 */
export async function login(ctx: ServiceContext, input: { username: string; password: string; userAgent?: string | undefined }): Promise<SignedIn> {
  const username = input.username.trim().toLowerCase();
  const user = username.length <= 64 ? await findUserByUsername(ctx.db, username) : undefined;
  if (!user || !user.active || user.passwordHash === null) {
    await verifyAgainstDummy(input.password);
    await recordLoginFailure(ctx, user, user ? (user.active ? 'no_password' : 'inactive') : 'unknown_user');
    throw invalidCredentials();
  }
  if (user.lockedUntil && user.lockedUntil.getTime() > Date.now()) {
    await recordLoginFailure(ctx, user, 'locked');
    throw accountLocked(user.lockedUntil);
  }
  if (!(await verifyPassword(input.password, user.passwordHash))) {
    const counted = await ctx.db.transaction(async (tx) => {
      const c = await recordFailedLogin(tx, user.id, MAX_FAILED_LOGINS, LOCK_MINUTES);
      await insertFailure(tx, ctx, user, 'wrong_password', { failedLogins: c.failedLogins });
      return c;
    });
    if (counted.lockedUntil && counted.lockedUntil.getTime() > Date.now()) throw accountLocked(counted.lockedUntil);
    throw invalidCredentials();
  }
  const upgraded = needsRehash(user.passwordHash) ? await hashPassword(input.password) : undefined;
  return startSession(ctx, user, 'auth.login', input.userAgent, async (tx) => {
    if (upgraded) await upgradeUserPasswordHash(tx, user.id, user.passwordHash!, upgraded);
  });
}

/** Opens a session for `user` in one transaction with its audit event (and `also`); the failure count is cleared. */
export async function startSession(
  ctx: ServiceContext,
  user: UserRow,
  action: string,
  userAgent: string | undefined,
  also: (tx: Queryable) => Promise<void> = async () => undefined,
): Promise<SignedIn> {
  const sessionSecret = randomSecret(32);
  return ctx.db.transaction(async (tx) => {
    await also(tx);
    await clearLoginFailures(tx, user.id);
    await deleteExpiredSessions(tx, user.id);
    const expiresAt = await insertSession(tx, {
      idHash: sha256Hex(sessionSecret),
      userId: user.id,
      idleHours: SESSION_IDLE_HOURS,
      ip: ctx.ip ?? null,
      userAgent: userAgent?.slice(0, 300) ?? null,
    });
    await recordAuthEvent(tx, { ...ctx, actor: `user:${user.username}` }, [user.scopeUnitId], { action, entity: 'user', entityKey: user.username });
    const fresh = (await findUserById(tx, user.id))!;
    return { sessionSecret, csrfToken: csrfTokenFor(sessionSecret), expiresAt: expiresAt.toISOString(), user: presentAccount(fresh) };
  });
}

async function recordLoginFailure(ctx: ServiceContext, user: UserRow | undefined, reason: string): Promise<void> {
  await ctx.db.transaction((tx) => insertFailure(tx, ctx, user, reason));
}

function insertFailure(tx: Queryable, ctx: ServiceContext, user: UserRow | undefined, reason: string, extra: Record<string, unknown> = {}): Promise<void> {
  return recordAuthEvent(tx, ctx, [user ? user.scopeUnitId : null], {
    action: 'auth.login_failed',
    entity: 'user',
    entityKey: user?.username ?? null,
    after: { reason, ...extra },
  });
}

const SESSION_SECRET = /^[\w-]{43}$/;

/** The account a session cookie stands for (and slides the session's end); undefined when expired, unknown or disabled. */
export async function resolveSession(ctx: ServiceContext, sessionSecret: string): Promise<Authenticated | undefined> {
  if (!SESSION_SECRET.test(sessionSecret)) return undefined;
  const idHash = sha256Hex(sessionSecret);
  const row = await findSessionUser(ctx.db, idHash);
  if (!row || !row.active || !isRole(row.role)) return undefined;
  if (Date.now() - row.sessionLastSeenAt.getTime() > 60_000) await extendSession(ctx.db, idHash, SESSION_IDLE_HOURS, SESSION_MAX_DAYS);
  return {
    principal: {
      kind: 'user',
      userId: row.id,
      username: row.username,
      role: row.role,
      scopeUnitId: row.scopeUnitId,
      operatorCode: row.operatorCode,
      via: 'session',
      tokenId: null,
    },
    actor: `user:${row.username}`,
  };
}

/** Ends the session of this cookie value (audited when there was one). */
export async function logout(ctx: ServiceContext, sessionSecret: string | undefined): Promise<void> {
  if (!sessionSecret) return;
  await ctx.db.transaction(async (tx) => {
    const userId = await deleteSession(tx, sha256Hex(sessionSecret));
    if (userId === undefined) return;
    const user = await findUserById(tx, userId);
    if (user) await recordAuthEvent(tx, ctx, [user.scopeUnitId], { action: 'auth.logout', entity: 'user', entityKey: user.username });
  });
}

/** Who is signed in (an account, or null), how, and the CSRF token of the session. */
export async function describeSession(
  ctx: ServiceContext,
  sessionSecret: string | undefined,
): Promise<{ user: AccountView | null; via: Principal['via']; csrfToken: string | null }> {
  const p = principalOf(ctx);
  const user = p.kind === 'user' && p.userId !== null ? await findUserById(ctx.db, p.userId) : undefined;
  return {
    user: user ? presentAccount(user) : null,
    via: p.via,
    csrfToken: p.via === 'session' && sessionSecret ? csrfTokenFor(sessionSecret) : null,
  };
}
