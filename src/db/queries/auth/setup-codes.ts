/** One-time setup codes (setup_code): the code that creates the first administrator, stored as its SHA-256. */
import type { Queryable } from '../../database.ts';

/** Stores a new code's hash; returns when it was made. */
export async function insertSetupCode(q: Queryable, codeHash: string): Promise<Date> {
  const r = await q.one<{ createdAt: Date }>(`insert into setup_code (code_hash) values ($1) returning created_at as "createdAt"`, [codeHash]);
  return r.createdAt;
}

/** The most recent code (only it is valid), whether it is used, and whether it is younger than `validHours`. */
export function findLatestSetupCode(q: Queryable, validHours: number): Promise<{ id: number; codeHash: string; used: boolean; fresh: boolean } | undefined> {
  return q.maybeOne(
    `select id, code_hash as "codeHash", used_at is not null as used, created_at > now() - make_interval(hours => $1) as fresh
       from setup_code order by id desc limit 1`,
    [validHours],
  );
}

/** Marks a code used; false when it already was (two setups racing: one wins). */
export async function markSetupCodeUsed(q: Queryable, id: number): Promise<boolean> {
  const r = await q.maybeOne<{ id: number }>(`update setup_code set used_at = now() where id = $1 and used_at is null returning id`, [id]);
  return r !== undefined;
}

/** Takes the setup lock for the rest of the transaction (first-run steps never run twice at once). */
export async function lockSetup(q: Queryable): Promise<void> {
  await q.query(`select pg_advisory_xact_lock(hashtext('ictmon.setup'))`);
}
