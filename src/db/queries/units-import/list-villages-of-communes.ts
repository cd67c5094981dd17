import type { Queryable } from '../../database.ts';
import type { RegisterUnit } from '../../../domain/units-file/units-diff-types.ts';
import { inForceOn, registerColumns } from './register-columns.ts';

/** The villages in force on `date` in the communes with these codes. */
export function listVillagesOfCommunes(db: Queryable, communeCodes: readonly string[], date: string): Promise<RegisterUnit[]> {
  return db.query<RegisterUnit>(
    `select ${registerColumns('u')} from admin_unit u
     where u.level = 'village' and u.parent_code = any($1::text[]) and ${inForceOn('u', '$2')}
     order by u.code`,
    [communeCodes, date],
  );
}
