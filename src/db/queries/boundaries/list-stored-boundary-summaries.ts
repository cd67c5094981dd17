import type { Queryable } from '../../database.ts';

export interface StoredBoundarySummary {
  unitId: number;
  batchId: number;
  bbox: [number, number, number, number];
  vertices: number;
}

/** The boundaries already stored for these unit versions (without their geometry): the "before" of the audit trail. */
export function listStoredBoundarySummaries(db: Queryable, unitIds: readonly number[]): Promise<StoredBoundarySummary[]> {
  return db.query<StoredBoundarySummary>(
    `select b.unit_id as "unitId", b.batch_id as "batchId", array[b.west, b.south, b.east, b.north] as bbox, b.vertices
     from unit_boundary b where b.unit_id = any($1::int[])`,
    [unitIds],
  );
}
