import type { Queryable } from '../../database.ts';

export interface StoredDemoVillage {
  id: number;
  code: string;
  typeCode: string;
  name: string;
  parentCode: string;
  validFrom: string | null;
  validTo: string | null;
}

/** The villages the demo made (admin_unit.source = the demo's source). */
export function listDemoVillages(db: Queryable, demoSource: string): Promise<StoredDemoVillage[]> {
  return db.query<StoredDemoVillage>(
    `select id, code, type_code as "typeCode", name, parent_code as "parentCode", valid_from as "validFrom", valid_to as "validTo"
       from admin_unit where level = 'village' and source = $1
      order by code, valid_from nulls first`,
    [demoSource],
  );
}
