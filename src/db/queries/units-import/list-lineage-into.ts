import type { Queryable } from '../../database.ts';

/** Existing old → new edges into these unit versions. */
export function listLineageInto(db: Queryable, unitIds: readonly number[]): Promise<Array<{ fromId: number; toId: number }>> {
  return db.query(`select from_unit_id as "fromId", to_unit_id as "toId" from unit_lineage where to_unit_id = any($1::int[])`, [unitIds]);
}
