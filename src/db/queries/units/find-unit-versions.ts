import type { Queryable } from '../../database.ts';
import { unitColumns, type UnitRow } from './unit-columns.ts';

/** Every version of the unit with this code, oldest first. */
export function findUnitVersions(db: Queryable, code: string): Promise<UnitRow[]> {
  return db.query<UnitRow>(`select ${unitColumns('u')} from admin_unit u where u.code = $1 order by u.valid_from nulls first`, [code]);
}
