import type { Queryable } from '../../database.ts';
import { inForce } from './unit-columns.ts';

/** How many units have `code` as parent on `at`. */
export async function countChildren(db: Queryable, code: string, at: string): Promise<number> {
  const r = await db.one<{ n: number }>(`select count(*)::int as n from admin_unit c where c.parent_code = $1 and ${inForce('c', '$2::date')}`, [code, at]);
  return r.n;
}
