import type { Queryable } from '../../database.ts';

export interface BoundaryBatchRow {
  id: number;
  fileName: string;
  fileSha256: string;
  format: string;
  level: string;
  at: string;
  actor: string;
  importedAt: Date;
  summary: Record<string, unknown>;
  /** Units whose current boundary still comes from this batch. */
  unitsCurrent: number;
}

/** The boundary batches, newest first. */
export function listBoundaryBatches(db: Queryable, limit: number): Promise<BoundaryBatchRow[]> {
  return db.query<BoundaryBatchRow>(
    `select bb.id, bb.file_name as "fileName", bb.file_sha256 as "fileSha256", bb.format, bb.level, bb.at, bb.actor,
       bb.imported_at as "importedAt", bb.summary,
       (select count(*)::int from unit_boundary b where b.batch_id = bb.id) as "unitsCurrent"
     from boundary_batch bb order by bb.id desc limit $1`,
    [limit],
  );
}
