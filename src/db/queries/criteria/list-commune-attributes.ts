import type { Queryable } from '../../database.ts';

/** A unit attribute in force on a date. */
export interface AttributeRow {
  unitId: number;
  attribute: string;
  value: unknown;
}

/** The attributes in force on `at` of the given unit versions. */
export function listAttributesAt(db: Queryable, unitIds: readonly number[], at: string): Promise<AttributeRow[]> {
  return db.query<AttributeRow>(
    `select a.unit_id as "unitId", a.attribute, a.value
       from unit_attribute a
      where a.unit_id = any($1::int[]) and a.valid_from <= $2::date and (a.valid_to is null or a.valid_to >= $2::date)`,
    [unitIds, at],
  );
}
