import type { Queryable } from '../../database.ts';

/**
 * A stamp that changes with every write: the last audit event (STYLE.md "every write leaves a trace":
 * values, units, overlays, reference loads all write one in their transaction). Cached answers are
 * valid while it stays the same, so they are never stale, even beside another process on the server.
 */
export async function readDataVersion(q: Queryable): Promise<string> {
  const r = await q.one<{ v: string }>(`select coalesce(max(id), 0)::text as v from audit_event`);
  return r.v;
}
