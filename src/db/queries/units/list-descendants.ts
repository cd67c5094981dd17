import type { Queryable } from '../../database.ts';
import type { UnitLevel } from '../../../domain/units/unit-types.ts';
import { inForce, unitColumns, type UnitRow } from './unit-columns.ts';

/** The units of `level` below `code` on `at` (through districts before 01/07/2025), by code; one query. */
export function listDescendants(db: Queryable, code: string, level: UnitLevel, at: string): Promise<UnitRow[]> {
  return db.query<UnitRow>(
    `with recursive tree as (
       select u.*, 0 as depth from admin_unit u where u.code = $1 and ${inForce('u', '$3::date')}
       union all
       select c.*, t.depth + 1 from tree t join admin_unit c on c.parent_code = t.code and ${inForce('c', '$3::date')}
       where t.depth < 4 and t.level <> $2
     )
     select ${unitColumns('tree')} from tree where tree.level = $2 and tree.depth > 0 order by tree.code`,
    [code, level, at],
  );
}
