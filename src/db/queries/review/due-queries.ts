/** Reads behind the "what is due" list and the deadlines (migration 0009). */
import type { Queryable } from '../../database.ts';
import type { PeriodType } from '../../../domain/periods/period.ts';

export interface DeadlineRow {
  periodType: PeriodType;
  daysAfterEnd: number;
  changedAt: string;
  changedBy: string;
}

export function listDeadlines(q: Queryable): Promise<DeadlineRow[]> {
  return q.query<DeadlineRow>(
    `select period_type as "periodType", days_after_end as "daysAfterEnd",
            to_char(changed_at at time zone 'Asia/Ho_Chi_Minh', 'YYYY-MM-DD"T"HH24:MI:SS"+07:00"') as "changedAt", changed_by as "changedBy"
       from report_deadline order by array_position(array['month', 'quarter', 'half', 'year'], period_type)`,
  );
}

/** Sets a deadline and writes its audit event, in the caller's transaction. */
export async function updateDeadline(q: Queryable, periodType: PeriodType, days: number, actor: string, ip: string | null): Promise<void> {
  await q.query(
    `with old as (select days_after_end from report_deadline where period_type = $1),
     upd as (insert into report_deadline (period_type, days_after_end, changed_by) values ($1, $2, $3)
             on conflict (period_type) do update set days_after_end = excluded.days_after_end, changed_at = now(), changed_by = excluded.changed_by)
     insert into audit_event (actor, action, entity, entity_key, before, after, ip)
     select $3, 'deadline.set', 'report_deadline', $1, (select jsonb_build_object('daysAfterEnd', days_after_end) from old), jsonb_build_object('daysAfterEnd', $2::int), $4`,
    [periodType, days, actor, ip],
  );
}

export interface DueSubmissionRow {
  unitId: number;
  period: string;
  state: string;
  firstSubmittedOn: string | null;
}

/** The units' own submissions (party '') for the periods. */
export function listUnitSubmissions(q: Queryable, unitIds: readonly number[], periods: readonly string[]): Promise<DueSubmissionRow[]> {
  return q.query<DueSubmissionRow>(
    `select s.unit_id as "unitId", s.period, s.state,
            to_char(s.first_submitted_at at time zone 'Asia/Ho_Chi_Minh', 'YYYY-MM-DD') as "firstSubmittedOn"
       from submission s
      where s.unit_id = any($1::int[]) and s.period = any($2::text[]) and s.party = ''`,
    [[...unitIds], [...periods]],
  );
}

/** The unit with this id: code, level and validity (for a scope). */
export function findUnitById(q: Queryable, id: number): Promise<{ id: number; code: string; level: string; name: string } | undefined> {
  return q.maybeOne(`select id, code, level, full_name as name from admin_unit where id = $1`, [id]);
}
