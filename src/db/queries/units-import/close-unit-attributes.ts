import type { Queryable } from '../../database.ts';

/**
 * Ends on `validTo` the attribute rows in force after it, of each (unit, attribute) pair; a null
 * attribute means every attribute of that unit.
 */
export async function closeUnitAttributes(tx: Queryable, unitIds: readonly number[], attributes: readonly (string | null)[], validTo: string): Promise<void> {
  if (unitIds.length === 0) return;
  await tx.query(
    `update unit_attribute a set valid_to = $3::date
     from unnest($1::int[], $2::text[]) as k(unit_id, attribute)
     where a.unit_id = k.unit_id and (k.attribute is null or a.attribute = k.attribute)
       and a.valid_from <= $3::date and (a.valid_to is null or a.valid_to > $3::date)`,
    [unitIds, attributes, validTo],
  );
}
