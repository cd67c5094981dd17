/** The commune-level unit versions in force on a date, for the country benchmark. */
import type { Queryable } from '../../src/db/database.ts';

/** The commune types the benchmark gives villages and values to (xã, phường, thị trấn, đặc khu). */
export const BENCH_COMMUNE_TYPES = ['commune', 'ward', 'commune_level_town', 'special_zone'] as const;

export interface BenchCommune {
  id: number;
  code: string;
  typeCode: string;
  validFrom: string | null;
  validTo: string | null;
  validFromExact: boolean;
  validToExact: boolean;
}

/** Lists the commune versions in force on `date`, ordered by code. */
export async function listCommunesInForce(q: Queryable, date: string): Promise<BenchCommune[]> {
  return q.query<BenchCommune>(
    `select id, code, type_code as "typeCode", valid_from as "validFrom", valid_to as "validTo",
            valid_from_exact as "validFromExact", valid_to_exact as "validToExact"
       from admin_unit
      where level = 'commune' and type_code = any($1::text[])
        and (valid_from is null or valid_from <= $2::date) and (valid_to is null or valid_to >= $2::date)
      order by code`,
    [BENCH_COMMUNE_TYPES, date],
  );
}
