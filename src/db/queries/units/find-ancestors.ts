import type { Queryable } from '../../database.ts';
import { inForce, unitColumns, type UnitRow } from './unit-columns.ts';

/** The chain of parents above `parentCode` in force on `at`, top (province) first. */
export function findAncestors(db: Queryable, parentCode: string | null, at: string): Promise<UnitRow[]> {
  if (parentCode === null) return Promise.resolve([]);
  return db.query<UnitRow>(
    `with recursive chain as (
       select u.*, 1 as depth from admin_unit u where u.code = $1 and ${inForce('u', '$2::date')}
       union all
       select p.*, c.depth + 1 from chain c join admin_unit p on p.code = c.parent_code and ${inForce('p', '$2::date')}
       where c.depth < 5
     )
     select ${unitColumns('chain')} from chain order by depth desc`,
    [parentCode, at],
  );
}
