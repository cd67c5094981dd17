/**
 * Use cases of accounts (issue #6): create, list and change them. Only administrators manage accounts,
 * and only within their scope: a provincial administrator makes and changes accounts of its province,
 * never national ones. Every change is audited in its transaction (never with a password hash).
 */
import { listUnitsOutsideScope } from '../../db/queries/access/scope-units.ts';
import { listScopedActiveTokens, revokeTokens } from '../../db/queries/auth/api-tokens.ts';
import { findUserById, findUserByUsername, insertUser, listUsersInScope, updateUser, type UserRow } from '../../db/queries/auth/app-users.ts';
import { deleteSessionsOfUser } from '../../db/queries/auth/user-sessions.ts';
import { DatabaseError } from '../../db/database.ts';
import { isRole, ROLES, type Role } from '../../domain/access/roles.ts';
import { requireAction } from '../access/principal.ts';
import type { ServiceContext } from '../context.ts';
import { conflict, invalidInput } from '../errors.ts';
import { auditedAccount, presentAccount, type AccountView } from './account-views.ts';
import { requireOperatorCode, requireRoleScope, requireWithinPrincipalScope, resolveScopeUnit, type ScopeInput } from './account-scope.ts';
import { ownAccount, userNotFound } from './auth-errors.ts';
import { hashPassword } from './password-hash.ts';
import { requirePasswordRules } from './password-rules.ts';
import { recordAuthEvent } from './record-auth-event.ts';

const USERNAME = /^[a-z0-9][a-z0-9._-]{2,63}$/;

/** A username as typed, in its stored form (trimmed, lower case); refuses one that cannot be stored. */
export function normalizeUsername(typed: string): string {
  const username = typed.trim().toLowerCase();
  if (!USERNAME.test(username)) {
    throw invalidInput(
      'a username has 3 to 64 characters: lower-case letters a–z, digits, dot, dash, underscore, starting with a letter or digit',
      'tên đăng nhập có 3 đến 64 ký tự: chữ thường không dấu a–z, chữ số, dấu chấm, gạch ngang, gạch dưới, bắt đầu bằng chữ hoặc số',
      [{ field: 'username', value: typed, code: 'username.shape', message: 'expected ^[a-z0-9][a-z0-9._-]{2,63}$' }],
    );
  }
  return username;
}

function requireRole(value: string): Role {
  if (!isRole(value))
    throw invalidInput(`role must be one of ${ROLES.join(', ')}`, `vai trò phải là một trong ${ROLES.join(', ')}`, [
      { field: 'role', value, message: 'unknown role' },
    ]);
  return value;
}

function requireDisplayName(value: string): string {
  const name = value.trim();
  if (name.length < 1 || name.length > 200)
    throw invalidInput('the display name has 1 to 200 characters', 'tên hiển thị có từ 1 đến 200 ký tự', [{ field: 'displayName', message: 'length 1..200' }]);
  return name;
}

/** An account by username, or 404. */
export async function requireUser(ctx: ServiceContext, username: string): Promise<UserRow> {
  const user = await findUserByUsername(ctx.db, username.trim().toLowerCase());
  if (!user) throw userNotFound(username);
  return user;
}

/** Refuses unless the context manages accounts and `user` lies within its scope. */
export async function requireManageable(ctx: ServiceContext, user: UserRow): Promise<void> {
  const p = requireAction(ctx, 'users.manage');
  await requireWithinPrincipalScope(ctx.db, p, user.scopeUnitId, user.username);
}

export interface CreateAccountInput {
  username: string;
  displayName: string;
  role: string;
  /** The unit the account works on; absent or null: the whole country. */
  scope?: ScopeInput | null | undefined;
  operatorCode?: string | null | undefined;
  /** Absent: the account cannot sign in until a password is set (e.g. an operator that uses tokens only). */
  password?: string | null | undefined;
}

/** Creates an account within the creator's scope. */
export async function createAccount(ctx: ServiceContext, input: CreateAccountInput): Promise<AccountView> {
  const p = requireAction(ctx, 'users.manage');
  const username = normalizeUsername(input.username);
  const role = requireRole(input.role);
  const displayName = requireDisplayName(input.displayName);
  const scope = input.scope ? await resolveScopeUnit(ctx.db, input.scope) : null;
  requireRoleScope(role, scope);
  const operatorCode = requireOperatorCode(role, input.operatorCode);
  await requireWithinPrincipalScope(ctx.db, p, scope?.id ?? null, scope?.code ?? 'toàn quốc / whole country');
  let passwordHash: string | null = null;
  if (input.password !== undefined && input.password !== null) {
    requirePasswordRules(input.password, username);
    passwordHash = await hashPassword(input.password);
  }
  try {
    return await ctx.db.transaction(async (tx) => {
      if (await findUserByUsername(tx, username)) throw usernameTaken(username);
      const id = await insertUser(tx, { username, displayName, role, scopeUnitId: scope?.id ?? null, operatorCode, passwordHash, createdBy: ctx.actor });
      const row = (await findUserById(tx, id))!;
      await recordAuthEvent(tx, ctx, [row.scopeUnitId], { action: 'user.create', entity: 'user', entityKey: username, after: auditedAccount(row) });
      return presentAccount(row);
    });
  } catch (err) {
    if (err instanceof DatabaseError && err.sqlState === '23505') throw usernameTaken(username);
    throw err;
  }
}

function usernameTaken(username: string) {
  return conflict(`the username ${username} is taken`, `tên đăng nhập ${username} đã có người dùng`, [
    { field: 'username', value: username, code: 'username.taken', message: 'taken' },
  ]);
}

/** The accounts within the administrator's scope (every account for a national one), by username. */
export async function listAccounts(ctx: ServiceContext): Promise<AccountView[]> {
  const p = requireAction(ctx, 'users.manage');
  const now = new Date();
  return (await listUsersInScope(ctx.db, p.kind === 'system' ? null : p.scopeUnitId)).map((u) => presentAccount(u, now));
}

export interface AccountChanges {
  displayName?: string | undefined;
  role?: string | undefined;
  /** A new scope; null: the whole country; absent: unchanged. */
  scope?: ScopeInput | null | undefined;
  operatorCode?: string | null | undefined;
  active?: boolean | undefined;
  reason?: string | undefined;
}

/**
 * Changes an account's name, role, scope, operator or active flag. Nobody changes their own role, scope
 * or active flag (so the last national administrator cannot lock everyone out over HTTP). Disabling an
 * account ends its sessions; a narrower scope revokes its tokens scoped outside it.
 */
export async function updateAccount(ctx: ServiceContext, username: string, changes: AccountChanges): Promise<AccountView> {
  const p = requireAction(ctx, 'users.manage');
  const user = await requireUser(ctx, username);
  await requireManageable(ctx, user);
  const role = changes.role === undefined ? requireRole(user.role) : requireRole(changes.role);
  const displayName = changes.displayName === undefined ? user.displayName : requireDisplayName(changes.displayName);
  const active = changes.active ?? user.active;
  const newScope = changes.scope === undefined ? undefined : changes.scope === null ? null : await resolveScopeUnit(ctx.db, changes.scope);
  const scopeUnitId = newScope === undefined ? user.scopeUnitId : (newScope?.id ?? null);
  requireRoleScope(role, newScope === undefined ? (user.scopeUnitId === null ? null : { level: user.scopeLevel ?? '', code: user.scopeCode ?? '' }) : newScope);
  const operatorCode = requireOperatorCode(role, changes.operatorCode !== undefined ? changes.operatorCode : role === 'operator' ? user.operatorCode : null);
  if (scopeUnitId !== user.scopeUnitId) await requireWithinPrincipalScope(ctx.db, p, scopeUnitId, newScope?.code ?? 'toàn quốc / whole country');
  if (p.userId === user.id) {
    if (role !== user.role) throw ownAccount('role', 'vai trò');
    if (scopeUnitId !== user.scopeUnitId) throw ownAccount('scope', 'phạm vi');
    if (active !== user.active) throw ownAccount('active state', 'trạng thái');
  }
  const unchanged =
    role === user.role && displayName === user.displayName && active === user.active && scopeUnitId === user.scopeUnitId && operatorCode === user.operatorCode;
  if (unchanged) return presentAccount(user);
  return ctx.db.transaction(async (tx) => {
    await updateUser(tx, user.id, { displayName, role, scopeUnitId, operatorCode, active });
    if (!active && user.active) await deleteSessionsOfUser(tx, user.id);
    if (scopeUnitId !== user.scopeUnitId && scopeUnitId !== null) {
      const scoped = await listScopedActiveTokens(tx, user.id);
      const outside = new Set(
        await listUnitsOutsideScope(
          tx,
          scopeUnitId,
          scoped.map((t) => t.scopeUnitId),
        ),
      );
      const revoked = await revokeTokens(
        tx,
        scoped.filter((t) => outside.has(t.scopeUnitId)).map((t) => t.id),
        ctx.actor,
      );
      for (const id of revoked) {
        await recordAuthEvent(tx, ctx, [scopeUnitId], {
          action: 'token.revoke',
          entity: 'api_token',
          entityKey: String(id),
          after: { id, user: user.username },
          reason: 'the account’s new scope does not contain the token’s scope',
        });
      }
    }
    const after = (await findUserById(tx, user.id))!;
    await recordAuthEvent(tx, ctx, [user.scopeUnitId, scopeUnitId], {
      action: active !== user.active ? (active ? 'user.enable' : 'user.disable') : 'user.update',
      entity: 'user',
      entityKey: user.username,
      before: auditedAccount(user),
      after: auditedAccount(after),
      reason: changes.reason ?? null,
    });
    return presentAccount(after);
  });
}
