/**
 * First run without a default password: while no active administrator exists, `ictmon serve` makes a
 * one-time setup code (its SHA-256 stored, valid 24 hours, only the latest one) and prints it on the
 * server's console; whoever can read that console creates the first national administrator with it.
 */
import { countActiveAdmins, findUserById, insertUser } from '../../db/queries/auth/app-users.ts';
import { findLatestSetupCode, insertSetupCode, lockSetup, markSetupCodeUsed } from '../../db/queries/auth/setup-codes.ts';
import type { ServiceContext } from '../context.ts';
import { auditedAccount } from './account-views.ts';
import { normalizeUsername } from './accounts.ts';
import { setupCodeInvalid, setupNotNeeded } from './auth-errors.ts';
import { hashPassword } from './password-hash.ts';
import { requirePasswordRules } from './password-rules.ts';
import { recordAuthEvent } from './record-auth-event.ts';
import { canonicalSetupCode, newSetupCode, sameSecret, sha256Hex } from './secrets.ts';
import { startSession, type SignedIn } from './sessions.ts';
import { conflict, invalidInput } from '../errors.ts';
import { DatabaseError } from '../../db/database.ts';

export const SETUP_CODE_VALID_HOURS = 24;

/** Whether the installation still needs its first administrator (no active administrator exists). */
export async function isSetupNeeded(ctx: ServiceContext): Promise<boolean> {
  return (await countActiveAdmins(ctx.db)) === 0;
}

/** Makes a new setup code when no active administrator exists (the previous code stops working); undefined otherwise. */
export async function issueSetupCodeIfNeeded(ctx: ServiceContext): Promise<{ code: string; validHours: number } | undefined> {
  const code = newSetupCode();
  const issued = await ctx.db.transaction(async (tx) => {
    await lockSetup(tx);
    if ((await countActiveAdmins(tx)) > 0) return false;
    await insertSetupCode(tx, sha256Hex(canonicalSetupCode(code)));
    await recordAuthEvent(tx, ctx, [null], { action: 'auth.setup_code', entity: 'setup_code', entityKey: null, after: { validHours: SETUP_CODE_VALID_HOURS } });
    return true;
  });
  return issued ? { code, validHours: SETUP_CODE_VALID_HOURS } : undefined;
}

export interface SetupInput {
  code: string;
  username: string;
  displayName: string;
  password: string;
  userAgent?: string | undefined;
}

/** Creates the first national administrator with the setup code (used once) and signs it in. */
export async function completeSetup(ctx: ServiceContext, input: SetupInput): Promise<SignedIn> {
  if (!(await isSetupNeeded(ctx))) throw setupNotNeeded();
  const username = normalizeUsername(input.username);
  const displayName = input.displayName.trim();
  if (displayName.length < 1 || displayName.length > 200)
    throw invalidInput('the display name has 1 to 200 characters', 'tên hiển thị có từ 1 đến 200 ký tự', [{ field: 'displayName', message: 'length 1..200' }]);
  requirePasswordRules(input.password, username);
  const passwordHash = await hashPassword(input.password);
  const presented = sha256Hex(canonicalSetupCode(input.code));
  const userId = await ctx.db
    .transaction(async (tx) => {
      await lockSetup(tx);
      if ((await countActiveAdmins(tx)) > 0) throw setupNotNeeded();
      const latest = await findLatestSetupCode(tx, SETUP_CODE_VALID_HOURS);
      if (!latest || latest.used || !latest.fresh || !sameSecret(latest.codeHash, presented) || !(await markSetupCodeUsed(tx, latest.id)))
        throw setupCodeInvalid();
      const id = await insertUser(tx, {
        username,
        displayName,
        role: 'admin',
        scopeUnitId: null,
        operatorCode: null,
        passwordHash,
        createdBy: `setup:${ctx.actor}`,
      });
      const row = (await findUserById(tx, id))!;
      await recordAuthEvent(tx, ctx, [null], {
        action: 'user.create',
        entity: 'user',
        entityKey: username,
        after: auditedAccount(row),
        reason: 'first-run setup code',
      });
      return id;
    })
    .catch((err: unknown) => {
      if (err instanceof DatabaseError && err.sqlState === '23505')
        throw conflict(`the username ${username} is taken`, `tên đăng nhập ${username} đã có người dùng`);
      throw err;
    });
  const user = (await findUserById(ctx.db, userId))!;
  return startSession(ctx, user, 'auth.login', input.userAgent);
}
