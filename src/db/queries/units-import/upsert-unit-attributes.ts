import type { Queryable } from '../../database.ts';

export interface AttributeValue {
  unitId: number;
  attribute: string;
  value: unknown;
}

/** Sets attribute values from `validFrom` in one statement (a value already starting that day is replaced). */
export async function upsertUnitAttributes(tx: Queryable, values: readonly AttributeValue[], validFrom: string, source: string): Promise<void> {
  if (values.length === 0) return;
  await tx.query(
    `insert into unit_attribute (unit_id, attribute, value, valid_from, valid_to, source)
     select v.unit_id, v.attribute, v.value::jsonb, $4::date, null, $5
     from unnest($1::int[], $2::text[], $3::text[]) as v(unit_id, attribute, value)
     on conflict (unit_id, attribute, valid_from) do update set value = excluded.value, source = excluded.source`,
    [values.map((v) => v.unitId), values.map((v) => v.attribute), values.map((v) => JSON.stringify(v.value)), validFrom, source],
  );
}
