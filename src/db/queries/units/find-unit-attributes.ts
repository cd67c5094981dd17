import type { Queryable } from '../../database.ts';

export interface AttributeRow {
  attribute: string;
  value: unknown;
  validFrom: string;
  validTo: string | null;
  source: string;
}

/** The effective-dated attributes of one unit version, by attribute then date. */
export function findUnitAttributes(db: Queryable, unitId: number): Promise<AttributeRow[]> {
  return db.query<AttributeRow>(
    `select attribute, value, valid_from as "validFrom", valid_to as "validTo", source
     from unit_attribute where unit_id = $1 order by attribute, valid_from`,
    [unitId],
  );
}
