/** What the boundary tables hold, to check that a refused import changed nothing. */
import type { Queryable } from '../../src/db/database.ts';

export interface BoundaryState {
  batches: number;
  boundaries: string[];
  auditEvents: number;
}

/** The batches count, every stored boundary (unit, batch, bbox, vertices, time) and the audit events count. */
export async function readBoundaryState(db: Queryable): Promise<BoundaryState> {
  const [b] = await db.query<{ n: number }>(`select count(*)::int as n from boundary_batch`);
  const rows = await db.query<{ line: string }>(
    `select concat_ws(' ', u.code, b.batch_id, b.west, b.south, b.east, b.north, b.vertices, b.updated_at::text, md5(b.geometry::text)) as line
     from unit_boundary b join admin_unit u on u.id = b.unit_id order by u.code, b.unit_id`,
  );
  const [a] = await db.query<{ n: number }>(`select count(*)::int as n from audit_event`);
  return { batches: b!.n, boundaries: rows.map((r) => r.line), auditEvents: a!.n };
}
