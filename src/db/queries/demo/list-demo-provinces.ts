import type { Queryable } from '../../database.ts';

export interface DemoUnitRow {
  id: number;
  code: string;
  typeCode: string;
  name: string;
  parentCode: string | null;
  validFrom: string | null;
  validTo: string | null;
  validFromExact: boolean;
  validToExact: boolean;
}

export interface DemoLineageRow {
  fromId: number;
  toId: number;
  effectiveDate: string;
}

const UNIT_COLUMNS = `u.id, u.code, u.type_code as "typeCode", u.name, u.parent_code as "parentCode", u.valid_from as "validFrom",
  u.valid_to as "validTo", u.valid_from_exact as "validFromExact", u.valid_to_exact as "validToExact"`;

/**
 * The seed provinces in force before `reformDate`, the provinces they were merged into and every other
 * province merged into those (R-HIST-7), with the lineage edges into the merged ones.
 */
export async function listDemoProvinces(
  db: Queryable,
  seedCodes: readonly string[],
  reformDate: string,
): Promise<{ units: DemoUnitRow[]; lineage: DemoLineageRow[] }> {
  const scope = `with seed as (
      select id from admin_unit
       where level = 'province' and code = any($1::text[]) and (valid_from is null or valid_from < $2::date)
    ), merged as (
      select distinct l.to_unit_id as id from unit_lineage l join seed s on s.id = l.from_unit_id
    ), parts as (
      select l.from_unit_id as id from unit_lineage l join merged m on m.id = l.to_unit_id
    )`;
  const units = await db.query<DemoUnitRow>(
    `${scope}
     select ${UNIT_COLUMNS} from admin_unit u
      where u.id in (select id from seed union select id from merged union select id from parts)
      order by u.code, u.valid_from nulls first`,
    [seedCodes, reformDate],
  );
  const lineage = await db.query<DemoLineageRow>(
    `${scope}
     select l.from_unit_id as "fromId", l.to_unit_id as "toId", l.effective_date as "effectiveDate"
       from unit_lineage l where l.to_unit_id in (select id from merged)
      order by 2, 1`,
    [seedCodes, reformDate],
  );
  return { units, lineage };
}
