import type { Queryable } from '../../database.ts';

/** Advisory lock key: two imports of units files run one after the other, each seeing the other's result. */
const UNITS_IMPORT_LOCK = 4_823_118;

/** Takes the units-import lock until the end of the current transaction. */
export async function lockUnitsImport(tx: Queryable): Promise<void> {
  await tx.query(`select pg_advisory_xact_lock($1)`, [UNITS_IMPORT_LOCK]);
}
