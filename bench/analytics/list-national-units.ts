/** The register's provinces and communes (every version) with their lineage, for the national analytics benchmark. */
import type { Queryable } from '../../src/db/database.ts';

/** One province or commune version. */
export interface NationalUnit {
  id: number;
  code: string;
  typeCode: string;
  validFrom: string | null;
  validTo: string | null;
  validFromExact: boolean;
  validToExact: boolean;
  /** For a commune: the province it lay in while in force (its district's before 01/07/2025, its parent after). */
  provinceCode: string;
}

/** An old → new edge between two versions of the same level. */
export interface NationalEdge {
  fromId: number;
  toId: number;
}

export interface NationalUnits {
  provinces: NationalUnit[];
  communes: NationalUnit[];
  provinceLineage: NationalEdge[];
  communeLineage: NationalEdge[];
}

const COLUMNS = `u.id, u.code, u.type_code as "typeCode", u.valid_from as "validFrom", u.valid_to as "validTo",
  u.valid_from_exact as "validFromExact", u.valid_to_exact as "validToExact"`;

/** Lists every province and commune version of the register and the lineage edges within each level. */
export async function listNationalUnits(q: Queryable): Promise<NationalUnits> {
  const provinces = await q.query<NationalUnit>(
    `select ${COLUMNS}, u.code as "provinceCode" from admin_unit u where u.level = 'province' order by u.code, u.valid_from nulls first`,
  );
  const communes = await q.query<NationalUnit>(
    `select ${COLUMNS},
            coalesce((select d.parent_code from admin_unit d where d.level = 'district' and d.code = u.parent_code
                       order by d.valid_from desc nulls last limit 1), u.parent_code) as "provinceCode"
       from admin_unit u where u.level = 'commune' order by u.code, u.valid_from nulls first`,
  );
  const edges = (level: string) =>
    q.query<NationalEdge>(
      `select l.from_unit_id as "fromId", l.to_unit_id as "toId"
         from unit_lineage l join admin_unit f on f.id = l.from_unit_id join admin_unit t on t.id = l.to_unit_id
        where f.level = $1 and t.level = $1 order by 1, 2`,
      [level],
    );
  return { provinces, communes, provinceLineage: await edges('province'), communeLineage: await edges('commune') };
}
