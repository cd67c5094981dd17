import type { Queryable } from '../../database.ts';

/** Ends these unit versions on `validTo` (their last day in force). */
export async function closeUnitVersions(tx: Queryable, ids: readonly number[], validTo: string): Promise<void> {
  if (ids.length === 0) return;
  await tx.query(`update admin_unit set valid_to = $2::date, valid_to_exact = true where id = any($1::int[])`, [ids, validTo]);
}
