import type { Queryable } from '../../database.ts';

/** A stored value behind a figure, with the batch (file, decision) it came in. */
export interface ValueBehindRow {
  unitId: number;
  indicator: string;
  period: string;
  breakdown: string;
  series: string;
  value: number | boolean | string;
  status: string;
  batchId: number;
  batchKind: string;
  fileName: string;
  decision: string | null;
  recordedAt: string;
  recordedBy: string;
}

/** The approved values (the ones figures count) stored on `unitIds` for `indicators` in `period` or any period inside it. */
export function listValuesBehind(
  q: Queryable,
  unitIds: readonly number[],
  indicators: readonly string[],
  period: string,
  series: string,
): Promise<ValueBehindRow[]> {
  return q.query<ValueBehindRow>(
    `select v.unit_id as "unitId", v.indicator_code as indicator, v.period, v.breakdown, v.series,
            coalesce(to_jsonb(v.value_num::float8), to_jsonb(v.value_bool), to_jsonb(v.value_text)) as value,
            v.status, v.batch_id as "batchId", b.kind as "batchKind", b.file_name as "fileName", b.decision,
            to_char(v.recorded_at at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS"Z"') as "recordedAt", v.recorded_by as "recordedBy"
       from indicator_value v join value_batch b on b.id = v.batch_id
      where v.unit_id = any($1::int[]) and v.indicator_code = any($2::text[]) and v.series = $4 and v.status = 'approved'
        and exists (select 1 from period_containers(v.period) c (p) where c.p = $3)
      order by v.unit_id, v.indicator_code, v.period, v.breakdown`,
    [unitIds, indicators, period, series],
  );
}
