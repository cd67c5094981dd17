import type { Queryable } from '../../database.ts';
import type { RegisterAttribute } from '../../../domain/units-file/units-diff-types.ts';

/** Attribute rows of these unit versions that are in force on `date` or start after it. */
export function listAttributesFromDate(db: Queryable, unitIds: readonly number[], date: string): Promise<RegisterAttribute[]> {
  return db.query<RegisterAttribute>(
    `select unit_id as "unitId", attribute, value, valid_from as "validFrom", valid_to as "validTo"
     from unit_attribute where unit_id = any($1::int[]) and (valid_to is null or valid_to >= $2::date)
     order by unit_id, attribute, valid_from`,
    [unitIds, date],
  );
}
