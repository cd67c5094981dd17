/** Browser sessions (user_session): the table keeps the SHA-256 of each cookie value, never the value. */
import type { Queryable } from '../../database.ts';
import { USER_COLUMNS, type UserRow } from './app-users.ts';

/** Inserts a session that ends after `idleHours` unless used; returns when it expires. */
export async function insertSession(
  q: Queryable,
  s: { idHash: string; userId: number; idleHours: number; ip: string | null; userAgent: string | null },
): Promise<Date> {
  const r = await q.one<{ expiresAt: Date }>(
    `insert into user_session (id_hash, user_id, expires_at, ip, user_agent)
     values ($1, $2, now() + make_interval(hours => $3), $4, $5) returning expires_at as "expiresAt"`,
    [s.idHash, s.userId, s.idleHours, s.ip, s.userAgent],
  );
  return r.expiresAt;
}

/** The account of an unexpired session, with when the session was last extended. */
export function findSessionUser(q: Queryable, idHash: string): Promise<(UserRow & { sessionLastSeenAt: Date; sessionExpiresAt: Date }) | undefined> {
  return q.maybeOne(
    `select ${USER_COLUMNS}, us.last_seen_at as "sessionLastSeenAt", us.expires_at as "sessionExpiresAt"
       from user_session us join app_user u on u.id = us.user_id left join admin_unit s on s.id = u.scope_unit_id
      where us.id_hash = $1 and us.expires_at > now()`,
    [idHash],
  );
}

/**
 * Slides a session's end to `idleHours` from now, never past `maxDays` after it began; at most once a
 * minute per session, so that a busy page does not write on every request.
 */
export async function extendSession(q: Queryable, idHash: string, idleHours: number, maxDays: number): Promise<void> {
  await q.query(
    `update user_session set last_seen_at = now(),
            expires_at = least(now() + make_interval(hours => $2), created_at + make_interval(days => $3))
      where id_hash = $1 and last_seen_at < now() - interval '1 minute'`,
    [idHash, idleHours, maxDays],
  );
}

/** Ends one session; returns the account it belonged to, if it existed. */
export async function deleteSession(q: Queryable, idHash: string): Promise<number | undefined> {
  const r = await q.maybeOne<{ userId: number }>(`delete from user_session where id_hash = $1 returning user_id as "userId"`, [idHash]);
  return r?.userId;
}

/** Ends every session of an account except `keepIdHash` (a password change keeps the browser that made it). */
export async function deleteSessionsOfUser(q: Queryable, userId: number, keepIdHash: string | null = null): Promise<void> {
  await q.query(`delete from user_session where user_id = $1 and id_hash is distinct from $2`, [userId, keepIdHash]);
}

/** Forgets an account's expired sessions (done at each sign-in, so the table stays small). */
export async function deleteExpiredSessions(q: Queryable, userId: number): Promise<void> {
  await q.query(`delete from user_session where user_id = $1 and expires_at <= now()`, [userId]);
}
