import type { Queryable } from '../../database.ts';

/** Moves attribute rows starting on or after `validFrom` from old versions to their new versions. */
export async function moveLaterUnitAttributes(tx: Queryable, fromIds: readonly number[], toIds: readonly number[], validFrom: string): Promise<void> {
  if (fromIds.length === 0) return;
  await tx.query(
    `update unit_attribute a set unit_id = m.to_id
     from unnest($1::int[], $2::int[]) as m(from_id, to_id)
     where a.unit_id = m.from_id and a.valid_from >= $3::date`,
    [fromIds, toIds, validFrom],
  );
}
