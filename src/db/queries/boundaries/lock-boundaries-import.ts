import type { Queryable } from '../../database.ts';

/** Takes the boundaries-import lock until the end of the current transaction: two imports run one after the other. */
export async function lockBoundariesImport(tx: Queryable): Promise<void> {
  await tx.query(`select pg_advisory_xact_lock(hashtext('ictmon.unit_boundary'))`);
}
