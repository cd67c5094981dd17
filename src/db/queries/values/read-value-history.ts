/** Every value a figure has had: the one stored now and those later files replaced, with their files. */
import type { Queryable } from '../../database.ts';

export interface ValueHistoryRow {
  state: 'current' | 'replaced';
  num: number | null;
  bool: boolean | null;
  text: string | null;
  status: string;
  reportedOn: string | null;
  recordedBy: string;
  /** ISO 8601, UTC. */
  recordedAt: string;
  replacedAt: string | null;
  replacedByBatch: number | null;
  batchId: number;
  batchKind: string;
  fileName: string;
  decision: string | null;
  sourceRow: number | null;
}

const UTC = (col: string) => `to_char(${col} at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US"Z"')`;

/** Newest first; empty when nothing was ever stored for the key. */
export function readValueHistory(
  q: Queryable,
  key: { unitId: number; indicator: string; period: string; breakdown: string; series: string },
): Promise<ValueHistoryRow[]> {
  const columns = (t: string, state: string, replaced: boolean) => `'${state}' as state, ${t}.value_num::float8 as num, ${t}.value_bool as bool,
         ${t}.value_text as text, ${t}.status, ${t}.reported_on::text as "reportedOn", ${t}.recorded_by as "recordedBy",
         ${UTC(`${t}.recorded_at`)} as "recordedAt", ${replaced ? UTC(`${t}.replaced_at`) : 'null'} as "replacedAt",
         ${replaced ? `${t}.replaced_by_batch` : 'null::int'} as "replacedByBatch", b.id as "batchId", b.kind as "batchKind",
         b.file_name as "fileName", b.decision, ${t}.source_row as "sourceRow", ${t}.recorded_at as sort_at`;
  const where = (t: string) => `${t}.unit_id = $1 and ${t}.indicator_code = $2 and ${t}.period = $3 and ${t}.breakdown = $4 and ${t}.series = $5`;
  return q.query<ValueHistoryRow>(
    `select state, num, bool, text, status, "reportedOn", "recordedBy", "recordedAt", "replacedAt", "replacedByBatch", "batchId", "batchKind",
            "fileName", decision, "sourceRow"
       from (select ${columns('v', 'current', false)} from indicator_value v join value_batch b on b.id = v.batch_id where ${where('v')}
             union all
             select ${columns('r', 'replaced', true)} from indicator_value_revision r join value_batch b on b.id = r.batch_id where ${where('r')}) h
      order by sort_at desc, state`,
    [key.unitId, key.indicator, key.period, key.breakdown, key.series],
  );
}

/** The submission the figure's stored value belongs to (undefined: nothing stored). */
export async function findFigureSubmission(
  q: Queryable,
  key: { unitId: number; indicator: string; period: string; breakdown: string; series: string },
): Promise<number | undefined> {
  const row = await q.maybeOne<{ id: number }>(
    `select submission_id as id from indicator_value where unit_id = $1 and indicator_code = $2 and period = $3 and breakdown = $4 and series = $5`,
    [key.unitId, key.indicator, key.period, key.breakdown, key.series],
  );
  return row?.id;
}
