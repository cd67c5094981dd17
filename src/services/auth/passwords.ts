/** Use cases of passwords and lock-outs: an administrator sets one or unlocks; a user changes its own. */
import { clearLoginFailures, findUserById, recordFailedLogin, setUserPasswordHash } from '../../db/queries/auth/app-users.ts';
import { deleteSessionsOfUser } from '../../db/queries/auth/user-sessions.ts';
import { notSignedIn, principalOf, requireAction } from '../access/principal.ts';
import type { ServiceContext } from '../context.ts';
import { presentAccount, type AccountView } from './account-views.ts';
import { requireManageable, requireUser } from './accounts.ts';
import { needsSignedInUser, ownAccount, wrongCurrentPassword } from './auth-errors.ts';
import { hashPassword, verifyPassword } from './password-hash.ts';
import { requirePasswordRules } from './password-rules.ts';
import { recordAuthEvent } from './record-auth-event.ts';
import { LOCK_MINUTES, MAX_FAILED_LOGINS } from './sessions.ts';
import { sha256Hex } from './secrets.ts';

/** An administrator (in scope) or the installation sets another account's password; its sessions end. */
export async function setAccountPassword(ctx: ServiceContext, username: string, password: string): Promise<AccountView> {
  requireAction(ctx, 'users.manage');
  const user = await requireUser(ctx, username);
  await requireManageable(ctx, user);
  if (principalOf(ctx).userId === user.id)
    throw ownAccount('password this way: give your current password (POST /api/me/password)', 'mật khẩu theo cách này: hãy nhập mật khẩu hiện tại');
  requirePasswordRules(password, user.username);
  const hash = await hashPassword(password);
  return ctx.db.transaction(async (tx) => {
    await setUserPasswordHash(tx, user.id, hash);
    await deleteSessionsOfUser(tx, user.id);
    await recordAuthEvent(tx, ctx, [user.scopeUnitId], { action: 'user.password', entity: 'user', entityKey: user.username, after: { passwordSet: true } });
    return presentAccount((await findUserById(tx, user.id))!);
  });
}

/**
 * A signed-in user changes its own password, giving the current one (a wrong one counts as a failed
 * sign-in). The user's other sessions end; the browser that made the change stays signed in.
 */
export async function changeOwnPassword(
  ctx: ServiceContext,
  input: { currentPassword: string; newPassword: string; sessionSecret?: string | undefined },
): Promise<AccountView> {
  const p = principalOf(ctx);
  if (p.kind === 'public') throw notSignedIn();
  if (p.kind !== 'user' || p.userId === null || p.via !== 'session') throw needsSignedInUser('changing a password', 'đổi mật khẩu');
  const user = (await findUserById(ctx.db, p.userId))!;
  const ok = user.passwordHash !== null && (await verifyPassword(input.currentPassword, user.passwordHash));
  if (!ok) {
    await ctx.db.transaction(async (tx) => {
      await recordFailedLogin(tx, user.id, MAX_FAILED_LOGINS, LOCK_MINUTES);
      await recordAuthEvent(tx, ctx, [user.scopeUnitId], { action: 'auth.password_failed', entity: 'user', entityKey: user.username });
    });
    throw wrongCurrentPassword();
  }
  requirePasswordRules(input.newPassword, user.username);
  const hash = await hashPassword(input.newPassword);
  return ctx.db.transaction(async (tx) => {
    await setUserPasswordHash(tx, user.id, hash);
    await deleteSessionsOfUser(tx, user.id, input.sessionSecret ? sha256Hex(input.sessionSecret) : null);
    await recordAuthEvent(tx, ctx, [user.scopeUnitId], {
      action: 'user.password',
      entity: 'user',
      entityKey: user.username,
      after: { passwordSet: true, self: true },
    });
    return presentAccount((await findUserById(tx, user.id))!);
  });
}

/** An administrator (in scope) lifts a lock-out and clears the failure count. */
export async function unlockAccount(ctx: ServiceContext, username: string): Promise<AccountView> {
  requireAction(ctx, 'users.manage');
  const user = await requireUser(ctx, username);
  await requireManageable(ctx, user);
  return ctx.db.transaction(async (tx) => {
    await clearLoginFailures(tx, user.id);
    await recordAuthEvent(tx, ctx, [user.scopeUnitId], {
      action: 'user.unlock',
      entity: 'user',
      entityKey: user.username,
      before: { failedLogins: user.failedLogins, lockedUntil: user.lockedUntil?.toISOString() ?? null },
      after: { failedLogins: 0, lockedUntil: null },
    });
    return presentAccount((await findUserById(tx, user.id))!);
  });
}
