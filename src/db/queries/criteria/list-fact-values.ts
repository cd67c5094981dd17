import type { Queryable } from '../../database.ts';
import { inForce } from '../units/unit-columns.ts';

/** One unit's stored values of the candidate periods, packed (see unpackFactValues). */
export interface PackedFactRow {
  unitId: number;
  packed: string;
}

/**
 * The actual, not rejected values of the given indicators for the given units in the candidate
 * periods, one row per unit: each value is `indicator␟breakdown␟period␟value` (value `T`/`F`, `N<number>`
 * or `S<option key>`), values separated by ␞. Hundreds of thousands of values cross from the engine as a
 * few thousand rows: the row protocol, not the query, is what costs (most of all on PGlite).
 */
export function listPackedFactValues(
  db: Queryable,
  scope: { communeIds: readonly number[]; communeCodes: readonly string[]; at: string },
  indicators: readonly string[],
  periods: readonly string[],
): Promise<PackedFactRow[]> {
  // The communes and their villages in force on the date; the villages are found here rather than passed
  // in, so this query can run while the village list itself is being read.
  return db.query<PackedFactRow>(
    `with u as (
       select unnest($1::int[]) as id
       union all
       select t.id from admin_unit t where t.level = 'village' and t.parent_code = any($4::text[]) and ${inForce('t', '$5::date')}
     )
     -- One index lookup per unit (lateral): the planner cannot size u, and a hash join over the values
     -- table reads all of it once it holds years of a country's villages.
     select u.id as "unitId", x.packed
       from u cross join lateral (
         select string_agg(v.indicator_code || chr(31) || v.breakdown || chr(31) || v.period || chr(31) ||
                  case when v.value_bool is not null then case when v.value_bool then 'T' else 'F' end
                       when v.value_num is not null then 'N' || v.value_num::text
                       else 'S' || v.value_text end, chr(30)) as packed
           from indicator_value v
          where v.unit_id = u.id and v.indicator_code = any($2::text[]) and v.period = any($3::text[])
            and v.series = 'actual' and v.status = 'approved'
       ) x
      where x.packed is not null`,
    [scope.communeIds, indicators, periods, scope.communeCodes, scope.at],
  );
}
