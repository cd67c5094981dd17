import type { Queryable } from '../../database.ts';
import type { RegisterUnit } from '../../../domain/units-file/units-diff-types.ts';
import { inForceOn, registerColumns } from './register-columns.ts';

/** The versions of these codes in force on `date`. */
export function listUnitsByCodes(db: Queryable, codes: readonly string[], date: string): Promise<RegisterUnit[]> {
  return db.query<RegisterUnit>(`select ${registerColumns('u')} from admin_unit u where u.code = any($1::text[]) and ${inForceOn('u', '$2')} order by u.code`, [
    codes,
    date,
  ]);
}
