import type { Queryable } from '../../database.ts';
import { inForce } from '../units/unit-columns.ts';

/** A village in force on a date and the commune it belongs to then. */
export interface VillageScopeRow {
  id: number;
  code: string;
  name: string;
  typeCode: string;
  communeCode: string;
}

/** The villages in force on `at` under the given communes (by code), in no particular order (sorting 100,000 rows costs more than sorting each commune's few). */
export function listVillagesOfCommunes(db: Queryable, communeCodes: readonly string[], at: string): Promise<VillageScopeRow[]> {
  return db.query<VillageScopeRow>(
    `select v.id, v.code, v.name, v.type_code as "typeCode", v.parent_code as "communeCode"
       from admin_unit v
      where v.level = 'village' and v.parent_code = any($1::text[]) and ${inForce('v', '$2::date')}`,
    [communeCodes, at],
  );
}
