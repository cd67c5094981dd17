/** Writes the shipped indicator catalogue into the indicator table; indicators no longer shipped are retired. */
import type { Queryable } from '../../database.ts';

export interface IndicatorRow {
  code: string;
  area: string;
  nameVi: string;
  nameEn: string;
  shortVi: string;
  unitVi: string;
  unitEn: string;
  valueType: string;
  levels: string[];
  periodType: string;
  aggregation: string;
  decimals: number;
  definition: unknown;
}

/** Upserts every indicator (one statement) and marks the others retired; returns how many rows changed. */
export async function syncIndicators(q: Queryable, version: string, rows: readonly IndicatorRow[]): Promise<{ changed: number; retired: number }> {
  const changed = await q.query(
    `insert into indicator (code, area, name_vi, name_en, short_vi, unit_vi, unit_en, value_type, levels, period_type, aggregation, decimals, definition, catalogue_version, retired)
     select code, area, name_vi, name_en, short_vi, unit_vi, unit_en, value_type, string_to_array(levels, ','), period_type, aggregation, decimals, definition::jsonb, $14, false
       from unnest($1::text[], $2::text[], $3::text[], $4::text[], $5::text[], $6::text[], $7::text[], $8::text[], $9::text[], $10::text[], $11::text[], $12::int[], $13::text[])
            as t(code, area, name_vi, name_en, short_vi, unit_vi, unit_en, value_type, levels, period_type, aggregation, decimals, definition)
     on conflict (code) do update set
       area = excluded.area, name_vi = excluded.name_vi, name_en = excluded.name_en, short_vi = excluded.short_vi,
       unit_vi = excluded.unit_vi, unit_en = excluded.unit_en, value_type = excluded.value_type, levels = excluded.levels,
       period_type = excluded.period_type, aggregation = excluded.aggregation, decimals = excluded.decimals,
       definition = excluded.definition, catalogue_version = excluded.catalogue_version, retired = false, synced_at = now()
     where (indicator.definition, indicator.catalogue_version, indicator.retired) is distinct from (excluded.definition, excluded.catalogue_version, false)
     returning code`,
    [
      rows.map((r) => r.code),
      rows.map((r) => r.area),
      rows.map((r) => r.nameVi),
      rows.map((r) => r.nameEn),
      rows.map((r) => r.shortVi),
      rows.map((r) => r.unitVi),
      rows.map((r) => r.unitEn),
      rows.map((r) => r.valueType),
      rows.map((r) => r.levels.join(',')),
      rows.map((r) => r.periodType),
      rows.map((r) => r.aggregation),
      rows.map((r) => r.decimals),
      rows.map((r) => JSON.stringify(r.definition)),
      version,
    ],
  );
  const retired = await q.query(`update indicator set retired = true where not retired and code <> all($1::text[]) returning code`, [rows.map((r) => r.code)]);
  return { changed: changed.length, retired: retired.length };
}
