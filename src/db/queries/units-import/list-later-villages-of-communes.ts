import type { Queryable } from '../../database.ts';
import type { RegisterUnit } from '../../../domain/units-file/units-diff-types.ts';
import { registerColumns } from './register-columns.ts';

/** Villages of these communes whose versions start after `date` (so a file dated earlier is matched to them). */
export function listLaterVillagesOfCommunes(db: Queryable, communeCodes: readonly string[], date: string): Promise<RegisterUnit[]> {
  return db.query<RegisterUnit>(
    `select ${registerColumns('u')} from admin_unit u
     where u.level = 'village' and u.parent_code = any($1::text[]) and u.valid_from > $2::date
     order by u.code, u.valid_from`,
    [communeCodes, date],
  );
}
