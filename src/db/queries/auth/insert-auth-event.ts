/** The audit events of accounts, sessions and tokens: with the client's address and the provinces concerned. */
import type { Queryable } from '../../database.ts';

export interface AuthEvent {
  actor: string;
  action: string;
  entity: 'user' | 'api_token' | 'setup_code';
  entityKey: string | null;
  before?: unknown;
  after?: unknown;
  reason?: string | null;
  ip?: string | null | undefined;
  /** The provinces the account's scope lies in; null: a national account (read by national scopes). */
  provinceIds: readonly number[] | null;
}

/** Appends one audit event. */
export async function insertAuthEvent(q: Queryable, e: AuthEvent): Promise<void> {
  await q.query(
    `insert into audit_event (actor, action, entity, entity_key, before, after, reason, ip, province_ids)
     values ($1, $2, $3, $4, $5::jsonb, $6::jsonb, $7, $8, $9::int[])`,
    [
      e.actor,
      e.action,
      e.entity,
      e.entityKey,
      e.before === undefined || e.before === null ? null : JSON.stringify(e.before),
      e.after === undefined || e.after === null ? null : JSON.stringify(e.after),
      e.reason ?? null,
      e.ip ?? null,
      e.provinceIds === null ? null : [...e.provinceIds],
    ],
  );
}
