/** Submissions: the figures of one unit, period and party as one piece of review work (migration 0009). */
import type { Queryable } from '../../database.ts';

export type SubmissionState = 'draft' | 'submitted' | 'approved' | 'returned';

export interface SubmissionRow {
  id: number;
  unitId: number;
  unitCode: string;
  unitName: string;
  unitLevel: string;
  period: string;
  party: string;
  state: SubmissionState;
  changedAt: string;
  changedBy: string;
  reason: string | null;
  firstSubmittedAt: string | null;
  submittedByUser: number | null;
  values: number;
  /** admin_unit ids of the provinces the unit is (or was) in. */
  provinceIds: number[];
}

export const SUBMISSION_COLUMNS = `s.id, s.unit_id as "unitId", u.code as "unitCode", u.full_name as "unitName", u.level as "unitLevel", s.period, s.party, s.state,
       to_char(s.changed_at at time zone 'Asia/Ho_Chi_Minh', 'YYYY-MM-DD"T"HH24:MI:SS"+07:00"') as "changedAt", s.changed_by as "changedBy", s.reason,
       to_char(s.first_submitted_at at time zone 'Asia/Ho_Chi_Minh', 'YYYY-MM-DD"T"HH24:MI:SS"+07:00"') as "firstSubmittedAt",
       s.submitted_by_user as "submittedByUser",
       (select count(*)::int from indicator_value v where v.submission_id = s.id) as values,
       coalesce((select array_agg(distinct x.id order by x.id) from (
           select a.ancestor_id as id from unit_ancestor a where a.unit_id = s.unit_id and a.ancestor_level = 'province'
           union select s.unit_id where u.level = 'province') x), '{}') as "provinceIds"`;

/** The submissions with these ids (any order). */
export async function findSubmissionsByIds(q: Queryable, ids: readonly number[]): Promise<SubmissionRow[]> {
  return q.query<SubmissionRow>(
    `select ${SUBMISSION_COLUMNS} from submission s join admin_unit u on u.id = s.unit_id where s.id = any($1::int[]) order by s.id`,
    [[...ids]],
  );
}

/** The submission of a unit (admin_unit id), period and party, if any. */
export async function findSubmissionByKey(q: Queryable, unitId: number, period: string, party: string): Promise<SubmissionRow | undefined> {
  return q.maybeOne<SubmissionRow>(
    `select ${SUBMISSION_COLUMNS} from submission s join admin_unit u on u.id = s.unit_id where s.unit_id = $1 and s.period = $2 and s.party = $3`,
    [unitId, period, party],
  );
}

/** Locks the submissions' rows for the transaction (two reviewers acting at once act one after the other). */
export async function lockSubmissions(q: Queryable, ids: readonly number[]): Promise<void> {
  await q.query(`select id from submission where id = any($1::int[]) order by id for update`, [[...ids]]);
}

/**
 * Moves submissions to `state` with the transition's actor and reason, and their values with them (a
 * value's status is its submission's state).
 */
export async function setSubmissionsState(
  q: Queryable,
  ids: readonly number[],
  change: { state: SubmissionState; actor: string; reason: string | null; userId: number | null },
): Promise<void> {
  await q.query(
    `update submission set state = $2, changed_at = now(), changed_by = $3, reason = $4,
            first_submitted_at = case when $2 = 'submitted' then coalesce(first_submitted_at, now()) else first_submitted_at end,
            submitted_by_user = case when $2 = 'submitted' then $5::int else submitted_by_user end
      where id = any($1::int[])`,
    [[...ids], change.state, change.actor, change.reason, change.userId],
  );
  await q.query(`update indicator_value set status = $2 where submission_id = any($1::int[]) and status <> $2`, [[...ids], change.state]);
}

/** The submissions a batch wrote values into. */
export async function listSubmissionsOfBatch(q: Queryable, batchId: number): Promise<number[]> {
  const rows = await q.query<{ id: number }>(`select distinct submission_id as id from indicator_value where batch_id = $1 order by 1`, [batchId]);
  return rows.map((r) => r.id);
}

/** Writes one audit event per submission moved (who, when, from where, state before → after, why). */
export async function insertSubmissionEvents(
  q: Queryable,
  rows: readonly SubmissionRow[],
  change: { action: string; state: SubmissionState; actor: string; reason: string | null; ip: string | null },
): Promise<void> {
  const items = rows.map((r) => ({ id: r.id, before: r.state, unit: r.unitCode, period: r.period, party: r.party, provinces: r.provinceIds }));
  await q.query(
    `insert into audit_event (actor, action, entity, entity_key, before, after, reason, ip, province_ids)
     select $1, $2, 'submission', x.id::text, jsonb_build_object('state', x.before),
            jsonb_build_object('state', $3::text, 'unit', x.unit, 'period', x.period, 'party', x.party), $4, $5,
            array(select jsonb_array_elements_text(x.provinces)::int)
       from jsonb_to_recordset($6::jsonb) x (id int, before text, unit text, period text, party text, provinces jsonb)`,
    [change.actor, change.action, change.state, change.reason, change.ip, JSON.stringify(items)],
  );
}

/** Whether the period is closed for the unit (its province, or everywhere) with no exception for it. */
export async function listClosedSubmissions(q: Queryable, ids: readonly number[]): Promise<number[]> {
  const rows = await q.query<{ id: number }>(
    `select s.id from submission s
      where s.id = any($1::int[])
        and exists (select 1 from period_closure c
                     where c.period = s.period
                       and (c.province_id is null or c.province_id = s.unit_id
                            or exists (select 1 from unit_ancestor pa where pa.unit_id = s.unit_id and pa.ancestor_level = 'province' and pa.ancestor_id = c.province_id))
                       and not exists (select 1 from period_exception e where e.closure_id = c.id and e.unit_id = s.unit_id))`,
    [[...ids]],
  );
  return rows.map((r) => r.id);
}

/**
 * The submission of the unit with `code` for a period and party. Codes were reused in 2025: of the units
 * with the code, the one in force on the period's last day wins.
 */
export async function findSubmissionIdByCode(q: Queryable, code: string, period: string, party: string): Promise<number | undefined> {
  const row = await q.maybeOne<{ id: number }>(
    `select s.id from submission s join admin_unit u on u.id = s.unit_id
      where u.code = $1 and s.period = $2 and s.party = $3
      order by (period_end_date($2) between coalesce(u.valid_from, '-infinity'::date) and coalesce(u.valid_to, 'infinity'::date)) desc, u.valid_from desc nulls last
      limit 1`,
    [code, period, party],
  );
  return row?.id;
}
