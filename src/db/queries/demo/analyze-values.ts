import type { Queryable } from '../../database.ts';

/**
 * Refreshes the planner's statistics of the values tables after a bulk load: a later import's checks
 * join against indicator_value, and with the statistics of an empty table the server plans those joins
 * as nested loops over hundreds of thousands of rows.
 */
export async function analyzeValues(db: Queryable): Promise<void> {
  await db.exec('analyze indicator_value; analyze value_batch');
}
