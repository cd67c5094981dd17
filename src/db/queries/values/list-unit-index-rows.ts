/** Every unit version, compactly, for the in-memory index a values import resolves codes with. */
import type { Queryable } from '../../database.ts';
import type { IndexedUnit } from '../../../domain/values-file/unit-index.ts';

export function listUnitIndexRows(q: Queryable): Promise<IndexedUnit[]> {
  return q.query<IndexedUnit>(
    `select id, code, level, name, full_name as "fullName", parent_code as "parentCode", valid_from as "validFrom", valid_to as "validTo"
       from admin_unit order by code, valid_from nulls first`,
  );
}
