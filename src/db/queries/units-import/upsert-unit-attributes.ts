import type { Queryable } from '../../database.ts';

export interface AttributeValue {
  unitId: number;
  attribute: string;
  value: unknown;
  /** Last day the value holds (the end of its unit version); null or absent: open. */
  validTo?: string | null;
}

/** Sets attribute values from `validFrom` in one statement (a value already starting that day is replaced). */
export async function upsertUnitAttributes(tx: Queryable, values: readonly AttributeValue[], validFrom: string, source: string): Promise<void> {
  if (values.length === 0) return;
  await tx.query(
    `insert into unit_attribute (unit_id, attribute, value, valid_from, valid_to, source)
     select v.unit_id, v.attribute, v.value::jsonb, $4::date, v.valid_to, $5
     from unnest($1::int[], $2::text[], $3::text[], $6::date[]) as v(unit_id, attribute, value, valid_to)
     on conflict (unit_id, attribute, valid_from) do update set value = excluded.value, valid_to = excluded.valid_to, source = excluded.source`,
    [
      values.map((v) => v.unitId),
      values.map((v) => v.attribute),
      values.map((v) => JSON.stringify(v.value)),
      validFrom,
      source,
      values.map((v) => v.validTo ?? null),
    ],
  );
}
