/** The audit trail (audit_event), filtered, in id order, a page at a time after a given id. */
import type { Queryable } from '../../database.ts';

export interface AuditFilter {
  /** First day, inclusive (Vietnam time). */
  from?: string | undefined;
  /** Last day, inclusive (Vietnam time). */
  to?: string | undefined;
  entity?: string | undefined;
  action?: string | undefined;
  /** Exact actor, as recorded ("http:127.0.0.1", "cli", a user name). */
  actor?: string | undefined;
  /** Only events concerning these provinces (admin_unit ids); absent: all (a reader scoped to the whole country). Set by the service, never by the user. */
  provinces?: readonly number[] | undefined;
}

export interface AuditEventRow {
  id: number;
  /** ISO 8601, UTC. */
  at: string;
  actor: string;
  action: string;
  entity: string;
  entityKey: string | null;
  before: unknown;
  after: unknown;
  reason: string | null;
  /** The client's address, when the change came over HTTP. */
  ip: string | null;
}

export function listAuditEvents(q: Queryable, f: AuditFilter, afterId: number, limit: number): Promise<AuditEventRow[]> {
  return q.query<AuditEventRow>(
    `select id, to_char(at at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US"Z"') as at, actor, action, entity, entity_key as "entityKey",
            before, after, reason, ip
       from audit_event
      where id > $1 and ($8::int[] is null or province_ids && $8::int[])
        and ($2::date is null or at >= ($2::date)::timestamp at time zone 'Asia/Ho_Chi_Minh')
        and ($3::date is null or at < ($3::date + 1)::timestamp at time zone 'Asia/Ho_Chi_Minh')
        and ($4::text is null or entity = $4) and ($5::text is null or action = $5) and ($6::text is null or actor = $6)
      order by id
      limit $7`,
    [afterId, f.from ?? null, f.to ?? null, f.entity ?? null, f.action ?? null, f.actor ?? null, limit, f.provinces ? [...f.provinces] : null],
  );
}

/** How many events the filter selects. */
export async function countAuditEvents(q: Queryable, f: AuditFilter): Promise<number> {
  const r = await q.one<{ n: number }>(
    `select count(*)::int as n from audit_event
      where ($1::date is null or at >= ($1::date)::timestamp at time zone 'Asia/Ho_Chi_Minh')
        and ($2::date is null or at < ($2::date + 1)::timestamp at time zone 'Asia/Ho_Chi_Minh')
        and ($3::text is null or entity = $3) and ($4::text is null or action = $4) and ($5::text is null or actor = $5)
        and ($6::int[] is null or province_ids && $6::int[])`,
    [f.from ?? null, f.to ?? null, f.entity ?? null, f.action ?? null, f.actor ?? null, f.provinces ? [...f.provinces] : null],
  );
  return r.n;
}
