import type { Queryable } from '../../database.ts';
import type { NewUnitVersion } from '../../../domain/units-file/units-diff-types.ts';

/** Opens new unit versions from `validFrom` in one statement; returns their ids by code. */
export async function insertUnitVersions(tx: Queryable, units: readonly NewUnitVersion[], validFrom: string, source: string): Promise<Map<string, number>> {
  if (units.length === 0) return new Map();
  const col = <K extends keyof NewUnitVersion>(k: K) => units.map((u) => u[k]);
  const rows = await tx.query<{ id: number; code: string }>(
    `insert into admin_unit (code, level, type_code, name, full_name, search_text, parent_code, code_list_id,
                             valid_from, valid_to, valid_from_exact, valid_to_exact, source)
     select u.code, u.level, u.type_code, u.name, u.full_name, u.search_text, u.parent_code, u.code_list_id,
            $9::date, null, true, true, $10
     from unnest($1::text[], $2::text[], $3::text[], $4::text[], $5::text[], $6::text[], $7::text[], $8::text[])
          as u(code, level, type_code, name, full_name, search_text, parent_code, code_list_id)
     returning id, code`,
    [col('code'), col('level'), col('typeCode'), col('name'), col('fullName'), col('searchText'), col('parentCode'), col('codeListId'), validFrom, source],
  );
  return new Map(rows.map((r) => [r.code, r.id]));
}
