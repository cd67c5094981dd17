import type { Queryable } from '../../database.ts';

/** Deletes the stored boundaries of these unit versions (before writing new ones: cheaper than updating large rows in place). */
export async function deleteUnitBoundaries(tx: Queryable, unitIds: readonly number[]): Promise<void> {
  if (unitIds.length === 0) return;
  await tx.query(`delete from unit_boundary where unit_id = any($1::int[])`, [unitIds]);
}
