import type { Queryable } from '../../database.ts';

/** The last batch that imported a file with these bytes on this date, if any. */
export function findBoundaryBatchBySha256(db: Queryable, sha256: string, at: string): Promise<{ id: number } | undefined> {
  return db.maybeOne<{ id: number }>(`select id from boundary_batch where file_sha256 = $1 and at = $2::date order by id desc limit 1`, [sha256, at]);
}
