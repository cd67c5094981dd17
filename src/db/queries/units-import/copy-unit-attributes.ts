import type { Queryable } from '../../database.ts';

/**
 * Copies to each new version, from `validFrom`, the attribute values its old version has in force on
 * that date (the old rows are then closed by closeUnitAttributes).
 */
export async function copyUnitAttributes(
  tx: Queryable,
  fromIds: readonly number[],
  toIds: readonly number[],
  validFrom: string,
  source: string,
): Promise<void> {
  if (fromIds.length === 0) return;
  await tx.query(
    `insert into unit_attribute (unit_id, attribute, value, valid_from, valid_to, source)
     select m.to_id, a.attribute, a.value, $3::date, a.valid_to, $4
     from unnest($1::int[], $2::int[]) as m(from_id, to_id)
     join unit_attribute a on a.unit_id = m.from_id
     where a.valid_from < $3::date and (a.valid_to is null or a.valid_to >= $3::date)`,
    [fromIds, toIds, validFrom, source],
  );
}
