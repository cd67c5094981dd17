import type { Queryable } from '../../database.ts';

export interface AuditEntry {
  entityKey: string;
  before: unknown;
  after: unknown;
}

/** Writes one audit event per entry in one statement: who, what action, which entity, old → new, why. */
export async function insertAuditEvents(
  tx: Queryable,
  event: {
    actor: string;
    action: string;
    entity: string;
    reason: string | null;
    /** The client's address, for a change made over HTTP. */
    ip?: string | null | undefined;
    /** The provinces (admin_unit ids) the change concerns; null: the whole installation. */
    provinceIds?: readonly number[] | null | undefined;
  },
  entries: readonly AuditEntry[],
): Promise<void> {
  if (entries.length === 0) return;
  const json = (v: unknown) => (v === null || v === undefined ? null : JSON.stringify(v));
  await tx.query(
    `insert into audit_event (actor, action, entity, entity_key, before, after, reason, ip, province_ids)
     select $1, $2, $3, e.entity_key, e.before::jsonb, e.after::jsonb, $4, $8, $9::int[]
     from unnest($5::text[], $6::text[], $7::text[]) with ordinality as e(entity_key, before, after, n)
     order by e.n`,
    [
      event.actor,
      event.action,
      event.entity,
      event.reason,
      entries.map((e) => e.entityKey),
      entries.map((e) => json(e.before)),
      entries.map((e) => json(e.after)),
      event.ip ?? null,
      event.provinceIds ? [...event.provinceIds] : null,
    ],
  );
}
