import type { Queryable } from '../../database.ts';

export interface AuditEntry {
  entityKey: string;
  before: unknown;
  after: unknown;
}

/** Writes one audit event per entry in one statement: who, what action, which entity, old → new, why. */
export async function insertAuditEvents(
  tx: Queryable,
  event: { actor: string; action: string; entity: string; reason: string | null },
  entries: readonly AuditEntry[],
): Promise<void> {
  if (entries.length === 0) return;
  const json = (v: unknown) => (v === null || v === undefined ? null : JSON.stringify(v));
  await tx.query(
    `insert into audit_event (actor, action, entity, entity_key, before, after, reason)
     select $1, $2, $3, e.entity_key, e.before::jsonb, e.after::jsonb, $4
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
    ],
  );
}
