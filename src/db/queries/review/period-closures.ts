/** Closed periods and their exceptions (migration 0009). Each change writes its audit event in the same statement's transaction. */
import type { Queryable } from '../../database.ts';

export interface ClosureRow {
  id: number;
  period: string;
  provinceId: number | null;
  provinceCode: string | null;
  provinceName: string | null;
  closedAt: string;
  closedBy: string;
  reason: string | null;
  exceptions: Array<{ unitCode: string; unitName: string; reason: string; grantedBy: string; grantedAt: string }>;
}

const COLUMNS = `c.id, c.period, c.province_id as "provinceId", p.code as "provinceCode", p.full_name as "provinceName",
       to_char(c.closed_at at time zone 'Asia/Ho_Chi_Minh', 'YYYY-MM-DD"T"HH24:MI:SS"+07:00"') as "closedAt", c.closed_by as "closedBy", c.reason,
       coalesce((select jsonb_agg(jsonb_build_object('unitCode', u.code, 'unitName', u.full_name, 'reason', e.reason, 'grantedBy', e.granted_by,
                                                    'grantedAt', to_char(e.granted_at at time zone 'Asia/Ho_Chi_Minh', 'YYYY-MM-DD"T"HH24:MI:SS"+07:00"')) order by u.code)
                   from period_exception e join admin_unit u on u.id = e.unit_id where e.closure_id = c.id), '[]'::jsonb) as exceptions`;

export function listClosures(q: Queryable, period: string | null): Promise<ClosureRow[]> {
  return q.query<ClosureRow>(
    `select ${COLUMNS} from period_closure c left join admin_unit p on p.id = c.province_id
      where $1::text is null or c.period = $1 order by c.period desc, p.code nulls first`,
    [period],
  );
}

export function findClosure(q: Queryable, period: string, provinceId: number | null): Promise<ClosureRow | undefined> {
  return q.maybeOne<ClosureRow>(
    `select ${COLUMNS} from period_closure c left join admin_unit p on p.id = c.province_id
      where c.period = $1 and coalesce(c.province_id, 0) = coalesce($2::int, 0)`,
    [period, provinceId],
  );
}

export async function insertClosure(
  q: Queryable,
  c: { period: string; provinceId: number | null; reason: string | null; actor: string; ip: string | null },
): Promise<void> {
  await q.query(
    `with ins as (insert into period_closure (period, province_id, closed_by, reason) values ($1, $2, $3, $4) returning id)
     insert into audit_event (actor, action, entity, entity_key, after, reason, ip, province_ids)
     select $3, 'period.close', 'period_closure', $1 || '@' || coalesce($2::int::text, '*'), jsonb_build_object('period', $1::text, 'province', $2::int), $4, $5,
            case when $2::int is null then null else array[$2::int] end
       from ins`,
    [c.period, c.provinceId, c.actor, c.reason, c.ip],
  );
}

export async function deleteClosure(q: Queryable, closure: ClosureRow, actor: string, reason: string | null, ip: string | null): Promise<void> {
  await q.query(`delete from period_closure where id = $1`, [closure.id]);
  await q.query(
    `insert into audit_event (actor, action, entity, entity_key, before, reason, ip, province_ids)
     values ($1, 'period.reopen', 'period_closure', $2, $3, $4, $5, $6)`,
    [
      actor,
      `${closure.period}@${closure.provinceId ?? '*'}`,
      JSON.stringify({
        period: closure.period,
        province: closure.provinceCode,
        closedBy: closure.closedBy,
        closedAt: closure.closedAt,
        exceptions: closure.exceptions,
      }),
      reason,
      ip,
      closure.provinceId === null ? null : [closure.provinceId],
    ],
  );
}

export async function insertException(
  q: Queryable,
  e: { closure: ClosureRow; unitId: number; unitCode: string; reason: string; actor: string; ip: string | null },
): Promise<void> {
  await q.query(
    `insert into period_exception (closure_id, unit_id, granted_by, reason) values ($1, $2, $3, $4)
     on conflict (closure_id, unit_id) do update set reason = excluded.reason, granted_by = excluded.granted_by, granted_at = now()`,
    [e.closure.id, e.unitId, e.actor, e.reason],
  );
  await q.query(
    `insert into audit_event (actor, action, entity, entity_key, after, reason, ip, province_ids)
     values ($1, 'period.exception', 'period_closure', $2, $3, $4, $5, $6)`,
    [
      e.actor,
      `${e.closure.period}@${e.closure.provinceId ?? '*'}`,
      JSON.stringify({ unit: e.unitCode }),
      e.reason,
      e.ip,
      e.closure.provinceId === null ? null : [e.closure.provinceId],
    ],
  );
}
