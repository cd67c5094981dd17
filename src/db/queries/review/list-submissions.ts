/** Submissions for the reviewer's queue and the commune's own list: filtered by state, period, place and scope. */
import type { Queryable } from '../../database.ts';
import { inScopeSql, scopeRootsCte } from '../access/scope-units.ts';
import { SUBMISSION_COLUMNS, type SubmissionRow, type SubmissionState } from './submission-queries.ts';

export interface SubmissionFilter {
  states: readonly SubmissionState[];
  period: string | null;
  /** admin_unit id: only submissions of this unit or units under it (on any date). */
  underUnitId: number | null;
  /** admin_unit id of the reader's scope; null: the whole country. */
  scopeUnitId: number | null;
  party: string | null;
  limit: number;
  offset: number;
}

/** One page of submissions, oldest submission first, with the total. */
export async function listSubmissions(q: Queryable, f: SubmissionFilter): Promise<{ total: number; rows: SubmissionRow[] }> {
  const where = `s.state = any($1::text[]) and ($2::text is null or s.period = $2) and ($5::text is null or s.party = $5)
     and ($3::int is null or s.unit_id = $3 or exists (select 1 from unit_ancestor x where x.unit_id = s.unit_id and x.ancestor_id = $3))
     and ($4::int is null or ${inScopeSql('s.unit_id')})`;
  const params = [[...f.states], f.period, f.underUnitId, f.scopeUnitId, f.party];
  const [count, rows] = await Promise.all([
    q.one<{ n: number }>(`with recursive ${scopeRootsCte('$4')} select count(*)::int as n from submission s where ${where}`, params),
    q.query<SubmissionRow>(
      `with recursive ${scopeRootsCte('$4')}
       select ${SUBMISSION_COLUMNS} from submission s join admin_unit u on u.id = s.unit_id
        where ${where}
        order by s.first_submitted_at nulls last, s.changed_at, s.id
        limit $6 offset $7`,
      [...params, f.limit, f.offset],
    ),
  ]);
  return { total: count.n, rows };
}

export interface SubmissionValueRow {
  submissionId: number;
  unitId: number;
  unitCode: string;
  unitName: string;
  indicator: string;
  period: string;
  breakdown: string;
  series: string;
  num: number | null;
  bool: boolean | null;
  text: string | null;
  batchId: number;
  fileName: string;
  sourceRow: number | null;
  recordedBy: string;
  recordedAt: string;
  /** The value this one replaced (the last revision), if any. */
  previousNum: number | null;
  previousBool: boolean | null;
  previousText: string | null;
  hasPrevious: boolean;
  /** Approved values of the same unit, indicator, breakdown and series in earlier periods of the same kind, latest first. */
  history: number[];
  /** The warning codes of the file that wrote it. */
  warnings: string[];
}

/** The values of submissions, each with the value it replaced and its approved history (at most `lookBack` earlier periods). */
export async function listSubmissionValues(q: Queryable, submissionIds: readonly number[], lookBack: number, limit: number): Promise<SubmissionValueRow[]> {
  return q.query<SubmissionValueRow>(
    `select v.submission_id as "submissionId", v.unit_id as "unitId", u.code as "unitCode", u.full_name as "unitName",
            v.indicator_code as indicator, v.period, v.breakdown, v.series,
            v.value_num::float8 as num, v.value_bool as bool, v.value_text as text, v.batch_id as "batchId", b.file_name as "fileName",
            v.source_row as "sourceRow", v.recorded_by as "recordedBy",
            to_char(v.recorded_at at time zone 'Asia/Ho_Chi_Minh', 'YYYY-MM-DD"T"HH24:MI:SS"+07:00"') as "recordedAt",
            r.value_num::float8 as "previousNum", r.value_bool as "previousBool", r.value_text as "previousText", r.unit_id is not null as "hasPrevious",
            coalesce(h.values, '{}') as history,
            coalesce((select array_agg(w) from jsonb_array_elements_text(coalesce(b.summary -> 'warnings', '[]'::jsonb)) w), '{}') as warnings
       from indicator_value v
       join admin_unit u on u.id = v.unit_id
       join value_batch b on b.id = v.batch_id
       left join lateral (select rv.unit_id, rv.value_num, rv.value_bool, rv.value_text from indicator_value_revision rv
                           where rv.unit_id = v.unit_id and rv.indicator_code = v.indicator_code and rv.period = v.period
                             and rv.breakdown = v.breakdown and rv.series = v.series
                           order by rv.replaced_at desc limit 1) r on true
       left join lateral (select array_agg(x.value_num::float8 order by x.period desc) as values from (
                            select hv.value_num, hv.period from indicator_value hv
                             where hv.unit_id = v.unit_id and hv.indicator_code = v.indicator_code and hv.breakdown = v.breakdown
                               and hv.series = v.series and hv.status = 'approved' and hv.value_num is not null and hv.period < v.period
                               and length(hv.period) = length(v.period) and substr(hv.period, 5, 1) = substr(v.period, 5, 1)
                             order by hv.period desc limit $2) x) h on v.value_num is not null
      where v.submission_id = any($1::int[])
      order by v.submission_id, u.code, v.indicator_code, v.breakdown, v.series
      limit $3`,
    [[...submissionIds], lookBack, limit],
  );
}

export interface SubmissionEventRow {
  id: number;
  at: string;
  actor: string;
  action: string;
  before: unknown;
  after: unknown;
  reason: string | null;
}

/** The audit events of a submission's moves, oldest first (`at`: ISO 8601, UTC, microseconds). */
export async function listSubmissionEvents(q: Queryable, submissionIds: readonly number[]): Promise<Array<SubmissionEventRow & { submissionId: number }>> {
  return q.query(
    `select e.id, e.entity_key::int as "submissionId", to_char(e.at at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US"Z"') as at,
            e.actor, e.action, e.before, e.after, e.reason
       from audit_event e
      where e.entity = 'submission' and e.entity_key = any($1::text[])
      order by e.id`,
    [submissionIds.map(String)],
  );
}
