import type { Queryable } from '../../database.ts';
import type { DemoLineageRow, DemoUnitRow } from './list-demo-provinces.ts';

export interface DemoCommuneRow extends DemoUnitRow {
  /** The province the version lay in: its district's province before the reform, its parent after. */
  provinceCode: string;
}

/**
 * The communes of the seed provinces before `reformDate` and every commune descending from them by
 * lineage (any date), with the lineage edges between them.
 */
export async function listDemoCommunes(
  db: Queryable,
  seedCodes: readonly string[],
  reformDate: string,
): Promise<{ units: DemoCommuneRow[]; lineage: DemoLineageRow[] }> {
  const scope = `with recursive seed as (
      select c.id from admin_unit c
       where c.level = 'commune' and (c.valid_from is null or c.valid_from < $2::date)
         and exists (select 1 from admin_unit d where d.level = 'district' and d.code = c.parent_code and d.parent_code = any($1::text[]))
    ), scope as (
      select id from seed
      union
      select l.to_unit_id from scope s
        join unit_lineage l on l.from_unit_id = s.id
        join admin_unit t on t.id = l.to_unit_id and t.level = 'commune'
    )`;
  const units = await db.query<DemoCommuneRow>(
    `${scope}
     select u.id, u.code, u.type_code as "typeCode", u.name, u.parent_code as "parentCode", u.valid_from as "validFrom",
            u.valid_to as "validTo", u.valid_from_exact as "validFromExact", u.valid_to_exact as "validToExact",
            coalesce((select d.parent_code from admin_unit d where d.level = 'district' and d.code = u.parent_code
                       order by d.valid_from desc nulls last limit 1), u.parent_code) as "provinceCode"
       from admin_unit u where u.id in (select id from scope)
      order by u.code, u.valid_from nulls first`,
    [seedCodes, reformDate],
  );
  const lineage = await db.query<DemoLineageRow>(
    `${scope}
     select l.from_unit_id as "fromId", l.to_unit_id as "toId", l.effective_date as "effectiveDate"
       from unit_lineage l
      where l.from_unit_id in (select id from scope) and l.to_unit_id in (select id from scope)
      order by 1, 2`,
    [seedCodes, reformDate],
  );
  return { units, lineage };
}
