import type { Queryable } from '../../database.ts';
import type { RegisterUnit } from '../../../domain/units-file/units-diff-types.ts';
import { inForceOn, registerColumns } from './register-columns.ts';

/** The provinces with these codes and every district, commune and village under them, in force on `date`. */
export function listProvinceTrees(db: Queryable, provinceCodes: readonly string[], date: string): Promise<RegisterUnit[]> {
  return db.query<RegisterUnit>(
    `with recursive tree as (
       select u.* from admin_unit u
       where u.level = 'province' and u.code = any($1::text[]) and ${inForceOn('u', '$2')}
       union all
       select c.* from admin_unit c join tree t on c.parent_code = t.code
       where t.level in ('province', 'district', 'commune') and c.level in ('district', 'commune', 'village') and ${inForceOn('c', '$2')}
     )
     select distinct ${registerColumns('tree')} from tree order by tree.code`,
    [provinceCodes, date],
  );
}
