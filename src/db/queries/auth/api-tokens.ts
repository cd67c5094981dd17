/** API tokens (api_token): stored as their SHA-256 and a short prefix; revoked ones are kept. */
import type { Queryable } from '../../database.ts';
import { inScopeSql, scopeRootsCte } from '../access/scope-units.ts';

export interface TokenRow {
  id: number;
  userId: number;
  username: string;
  name: string;
  prefix: string;
  scopeUnitId: number | null;
  scopeCode: string | null;
  scopeLevel: string | null;
  scopeName: string | null;
  scopeFullName: string | null;
  scopeValidFrom: string | null;
  scopeValidTo: string | null;
  createdAt: Date;
  createdBy: string;
  expiresAt: Date;
  revokedAt: Date | null;
  revokedBy: string | null;
  lastUsedAt: Date | null;
}

const TOKEN_COLUMNS = `t.id, t.user_id as "userId", u.username, t.name, t.prefix, t.scope_unit_id as "scopeUnitId",
  s.code as "scopeCode", s.level as "scopeLevel", s.name as "scopeName", s.full_name as "scopeFullName",
  s.valid_from as "scopeValidFrom", s.valid_to as "scopeValidTo", t.created_at as "createdAt", t.created_by as "createdBy",
  t.expires_at as "expiresAt", t.revoked_at as "revokedAt", t.revoked_by as "revokedBy", t.last_used_at as "lastUsedAt"`;

const FROM_TOKENS = 'api_token t join app_user u on u.id = t.user_id left join admin_unit s on s.id = t.scope_unit_id';

/** Inserts a token; returns its id. */
export async function insertToken(
  q: Queryable,
  t: { userId: number; name: string; prefix: string; tokenHash: string; scopeUnitId: number | null; createdBy: string; expiresInDays: number },
): Promise<number> {
  const r = await q.one<{ id: number }>(
    `insert into api_token (user_id, name, prefix, token_hash, scope_unit_id, created_by, expires_at)
     values ($1, $2, $3, $4, $5, $6, now() + make_interval(days => $7)) returning id`,
    [t.userId, t.name, t.prefix, t.tokenHash, t.scopeUnitId, t.createdBy, t.expiresInDays],
  );
  return r.id;
}

/** The token with this id. */
export function findTokenById(q: Queryable, id: number): Promise<TokenRow | undefined> {
  return q.maybeOne<TokenRow>(`select ${TOKEN_COLUMNS} from ${FROM_TOKENS} where t.id = $1`, [id]);
}

/** What a presented token stands for: the token and its account (role, scope, operator, active). */
export interface TokenCredential {
  id: number;
  name: string;
  scopeUnitId: number | null;
  expired: boolean;
  revoked: boolean;
  lastUsedAt: Date | null;
  userId: number;
  username: string;
  role: string;
  userScopeUnitId: number | null;
  operatorCode: string | null;
  active: boolean;
}

/** The token whose SHA-256 is `tokenHash`, judged on the database's clock. */
export function findTokenCredential(q: Queryable, tokenHash: string): Promise<TokenCredential | undefined> {
  return q.maybeOne<TokenCredential>(
    `select t.id, t.name, t.scope_unit_id as "scopeUnitId", t.expires_at <= now() as expired, t.revoked_at is not null as revoked,
            t.last_used_at as "lastUsedAt", u.id as "userId", u.username, u.role, u.scope_unit_id as "userScopeUnitId",
            u.operator_code as "operatorCode", u.active
       from api_token t join app_user u on u.id = t.user_id
      where t.token_hash = $1`,
    [tokenHash],
  );
}

/** Tokens of one account (userId), or of every account within the scope of `scopeUnitId` (null: all), newest first. */
export function listTokens(q: Queryable, filter: { userId?: number | undefined; scopeUnitId?: number | null | undefined }): Promise<TokenRow[]> {
  if (filter.userId !== undefined) {
    return q.query<TokenRow>(`select ${TOKEN_COLUMNS} from ${FROM_TOKENS} where t.user_id = $1 order by t.id desc`, [filter.userId]);
  }
  if (filter.scopeUnitId === null || filter.scopeUnitId === undefined) {
    return q.query<TokenRow>(`select ${TOKEN_COLUMNS} from ${FROM_TOKENS} order by t.id desc`);
  }
  return q.query<TokenRow>(
    `with recursive ${scopeRootsCte('$1')}
     select ${TOKEN_COLUMNS} from ${FROM_TOKENS}
      where u.scope_unit_id is not null and ${inScopeSql('u.scope_unit_id')}
      order by t.id desc`,
    [filter.scopeUnitId],
  );
}

/** Active tokens of an account that carry a scope of their own. */
export function listScopedActiveTokens(q: Queryable, userId: number): Promise<{ id: number; scopeUnitId: number }[]> {
  return q.query(`select id, scope_unit_id as "scopeUnitId" from api_token where user_id = $1 and revoked_at is null and scope_unit_id is not null`, [userId]);
}

/** Revokes tokens (kept, with who and when); returns the ids that were active. */
export async function revokeTokens(q: Queryable, ids: readonly number[], revokedBy: string): Promise<number[]> {
  const rows = await q.query<{ id: number }>(
    `update api_token set revoked_at = now(), revoked_by = $2 where id = any($1::int[]) and revoked_at is null returning id`,
    [[...ids], revokedBy],
  );
  return rows.map((r) => r.id);
}

/** Records a token's use, at most once a minute. */
export async function touchToken(q: Queryable, id: number): Promise<void> {
  await q.query(`update api_token set last_used_at = now() where id = $1 and (last_used_at is null or last_used_at < now() - interval '1 minute')`, [id]);
}
