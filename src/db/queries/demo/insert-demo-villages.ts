import type { Queryable } from '../../database.ts';

export interface NewDemoVillage {
  code: string;
  typeCode: string;
  name: string;
  fullName: string;
  searchText: string;
  parentCode: string;
  validFrom: string | null;
  validTo: string | null;
  validFromExact: boolean;
  validToExact: boolean;
}

/** Inserts village versions, each with its own validity, in one statement; returns their ids. */
export async function insertDemoVillages(
  tx: Queryable,
  villages: readonly NewDemoVillage[],
  source: string,
): Promise<Array<{ id: number; code: string; validFrom: string | null }>> {
  if (villages.length === 0) return [];
  const col = <K extends keyof NewDemoVillage>(k: K) => villages.map((v) => v[k]);
  return tx.query(
    `insert into admin_unit (code, level, type_code, name, full_name, search_text, parent_code, code_list_id,
                             valid_from, valid_to, valid_from_exact, valid_to_exact, source)
     select v.code, 'village', v.type_code, v.name, v.full_name, v.search_text, v.parent_code, 'LOCAL',
            v.valid_from, v.valid_to, v.valid_from_exact, v.valid_to_exact, $11
       from unnest($1::text[], $2::text[], $3::text[], $4::text[], $5::text[], $6::text[], $7::date[], $8::date[], $9::boolean[], $10::boolean[])
            as v(code, type_code, name, full_name, search_text, parent_code, valid_from, valid_to, valid_from_exact, valid_to_exact)
     returning id, code, valid_from as "validFrom"`,
    [
      col('code'),
      col('typeCode'),
      col('name'),
      col('fullName'),
      col('searchText'),
      col('parentCode'),
      col('validFrom'),
      col('validTo'),
      col('validFromExact'),
      col('validToExact'),
      source,
    ],
  );
}
