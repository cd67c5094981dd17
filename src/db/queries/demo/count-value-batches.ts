import type { Queryable } from '../../database.ts';

/** How many value batches are stored, by kind (file imports, demo loads). */
export async function countValueBatches(db: Queryable): Promise<{ file: number; demo: number }> {
  return db.one(`select count(*) filter (where kind = 'file')::int as file, count(*) filter (where kind = 'demo')::int as demo from value_batch`);
}
