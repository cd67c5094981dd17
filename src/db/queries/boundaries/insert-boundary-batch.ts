import type { Queryable } from '../../database.ts';

export interface NewBoundaryBatch {
  fileName: string;
  sha256: string;
  format: string;
  level: string;
  at: string;
  actor: string;
  summary: unknown;
}

/** Records one accepted boundary file; returns the batch id. */
export async function insertBoundaryBatch(tx: Queryable, b: NewBoundaryBatch): Promise<number> {
  const row = await tx.one<{ id: number }>(
    `insert into boundary_batch (file_name, file_sha256, format, level, at, actor, summary)
     values ($1, $2, $3, $4, $5::date, $6, $7::jsonb) returning id`,
    [b.fileName, b.sha256, b.format, b.level, b.at, b.actor, JSON.stringify(b.summary)],
  );
  return row.id;
}
