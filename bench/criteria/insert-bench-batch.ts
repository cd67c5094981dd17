/** The value batch that labels the benchmark's synthetic values. */
import type { Queryable } from '../../src/db/database.ts';
import { INDICATOR_CATALOGUE_VERSION } from '../../src/domain/indicators/sector-catalogue.ts';

/** Inserts one value_batch of kind 'demo' for the benchmark's values; returns its id. */
export async function insertBenchBatch(q: Queryable, actor: string, summary: Record<string, unknown>): Promise<number> {
  const row = await q.one<{ id: number }>(
    `insert into value_batch (kind, file_name, file_sha256, file_bytes, format, actor, catalogue_version,
                              rows_read, values_inserted, values_updated, values_unchanged, summary)
     values ('demo', 'bench criteria-country', repeat('0', 64), 0, 'bench', $1, $2, 0, 0, 0, 0, $3::jsonb)
     returning id`,
    [actor, INDICATOR_CATALOGUE_VERSION, JSON.stringify(summary)],
  );
  return row.id;
}

/** Records how many values the batch holds once they are copied. */
export async function setBenchBatchCounts(q: Queryable, batchId: number, values: number): Promise<void> {
  await q.query(`update value_batch set rows_read = $2, values_inserted = $2 where id = $1`, [batchId, values]);
}
