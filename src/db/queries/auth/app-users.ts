/** Accounts (app_user): one query per function. Password hashes leave this file only for verification. */
import type { Queryable } from '../../database.ts';
import { inScopeSql, scopeRootsCte } from '../access/scope-units.ts';

/** An account with its scope unit (the version it was given). */
export interface UserRow {
  id: number;
  username: string;
  displayName: string;
  role: string;
  scopeUnitId: number | null;
  scopeCode: string | null;
  scopeLevel: string | null;
  scopeName: string | null;
  scopeFullName: string | null;
  scopeValidFrom: string | null;
  scopeValidTo: string | null;
  operatorCode: string | null;
  passwordHash: string | null;
  active: boolean;
  failedLogins: number;
  lockedUntil: Date | null;
  createdAt: Date;
  createdBy: string;
  passwordChangedAt: Date | null;
}

/** SELECT list producing a UserRow from app_user `u` left-joined to admin_unit `s`. */
export const USER_COLUMNS = `u.id, u.username, u.display_name as "displayName", u.role, u.scope_unit_id as "scopeUnitId",
  s.code as "scopeCode", s.level as "scopeLevel", s.name as "scopeName", s.full_name as "scopeFullName",
  s.valid_from as "scopeValidFrom", s.valid_to as "scopeValidTo", u.operator_code as "operatorCode",
  u.password_hash as "passwordHash", u.active, u.failed_logins as "failedLogins", u.locked_until as "lockedUntil",
  u.created_at as "createdAt", u.created_by as "createdBy", u.password_changed_at as "passwordChangedAt"`;

const FROM_USERS = 'app_user u left join admin_unit s on s.id = u.scope_unit_id';

/** The account with this (lower-case) username. */
export function findUserByUsername(q: Queryable, username: string): Promise<UserRow | undefined> {
  return q.maybeOne<UserRow>(`select ${USER_COLUMNS} from ${FROM_USERS} where u.username = $1`, [username]);
}

/** The account with this id. */
export function findUserById(q: Queryable, id: number): Promise<UserRow | undefined> {
  return q.maybeOne<UserRow>(`select ${USER_COLUMNS} from ${FROM_USERS} where u.id = $1`, [id]);
}

/** Every account (scopeUnitId null), or the accounts whose scope lies within the scope of `scopeUnitId`, by username. */
export function listUsersInScope(q: Queryable, scopeUnitId: number | null): Promise<UserRow[]> {
  if (scopeUnitId === null) return q.query<UserRow>(`select ${USER_COLUMNS} from ${FROM_USERS} order by u.username`);
  return q.query<UserRow>(
    `with recursive ${scopeRootsCte('$1')}
     select ${USER_COLUMNS} from ${FROM_USERS}
      where u.scope_unit_id is not null and ${inScopeSql('u.scope_unit_id')}
      order by u.username`,
    [scopeUnitId],
  );
}

export interface NewUser {
  username: string;
  displayName: string;
  role: string;
  scopeUnitId: number | null;
  operatorCode: string | null;
  passwordHash: string | null;
  createdBy: string;
}

/** Inserts an account; returns its id. */
export async function insertUser(q: Queryable, u: NewUser): Promise<number> {
  const r = await q.one<{ id: number }>(
    `insert into app_user (username, display_name, role, scope_unit_id, operator_code, password_hash, created_by, password_changed_at)
     values ($1, $2, $3, $4, $5, $6, $7, case when $6::text is null then null else now() end) returning id`,
    [u.username, u.displayName, u.role, u.scopeUnitId, u.operatorCode, u.passwordHash, u.createdBy],
  );
  return r.id;
}

export interface UserChanges {
  displayName: string;
  role: string;
  scopeUnitId: number | null;
  operatorCode: string | null;
  active: boolean;
}

/** Writes an account's role, scope, name, operator and active flag. */
export async function updateUser(q: Queryable, id: number, c: UserChanges): Promise<void> {
  await q.query(`update app_user set display_name = $2, role = $3, scope_unit_id = $4, operator_code = $5, active = $6 where id = $1`, [
    id,
    c.displayName,
    c.role,
    c.scopeUnitId,
    c.operatorCode,
    c.active,
  ]);
}

/** Replaces an account's password hash. */
export async function setUserPasswordHash(q: Queryable, id: number, passwordHash: string): Promise<void> {
  await q.query(`update app_user set password_hash = $2, password_changed_at = now() where id = $1`, [id, passwordHash]);
}

/** Replaces the hash with a stronger one of the same password, unless it was changed meanwhile (no audit: same password). */
export async function upgradeUserPasswordHash(q: Queryable, id: number, oldHash: string, newHash: string): Promise<void> {
  await q.query(`update app_user set password_hash = $3 where id = $1 and password_hash = $2`, [id, oldHash, newHash]);
}

/**
 * Counts a failed sign-in: the count restarts after an expired lock, and reaching `maxFailures` locks the
 * account for `lockMinutes` (one atomic statement, so parallel attempts cannot slip past the count).
 */
export function recordFailedLogin(
  q: Queryable,
  id: number,
  maxFailures: number,
  lockMinutes: number,
): Promise<{ failedLogins: number; lockedUntil: Date | null }> {
  return q.one(
    `update app_user u set
        failed_logins = n.count,
        locked_until = case when n.count >= $2 then now() + make_interval(mins => $3) when n.expired then null else u.locked_until end
       from (select id, expired, case when expired then 1 else failed_logins + 1 end as count
               from (select id, failed_logins, coalesce(locked_until <= now(), false) as expired from app_user where id = $1) c) n
      where u.id = n.id
      returning u.failed_logins as "failedLogins", u.locked_until as "lockedUntil"`,
    [id, maxFailures, lockMinutes],
  );
}

/** Clears the failure count and any lock (a successful sign-in, an administrator's unlock). */
export async function clearLoginFailures(q: Queryable, id: number): Promise<void> {
  await q.query(`update app_user set failed_logins = 0, locked_until = null where id = $1 and (failed_logins <> 0 or locked_until is not null)`, [id]);
}

/** How many active administrators there are (any scope). */
export async function countActiveAdmins(q: Queryable): Promise<number> {
  const r = await q.one<{ n: number }>(`select count(*)::int as n from app_user where role = 'admin' and active`);
  return r.n;
}
