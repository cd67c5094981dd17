import type { Queryable } from '../../database.ts';
import { inForce } from '../units/unit-columns.ts';

/** A commune-level unit in force on a date, with its district (before 01/07/2025) and province then. */
export interface CommuneScopeRow {
  id: number;
  code: string;
  name: string;
  typeCode: string;
  districtCode: string | null;
  districtName: string | null;
  provinceCode: string;
  provinceName: string;
  /** The first day of this version of the commune (null: before the register's records). */
  validFrom: string | null;
}

/** The commune-level units in force on `at` in some provinces (or the whole country when null; or one commune), by code. */
export function listCommunesInScope(db: Queryable, scope: { provinces: readonly string[] | null; commune?: string }, at: string): Promise<CommuneScopeRow[]> {
  return db.query<CommuneScopeRow>(
    `select c.id, c.code, c.name, c.type_code as "typeCode",
            case when d.level = 'district' then d.code end as "districtCode",
            case when d.level = 'district' then d.name end as "districtName",
            coalesce(p.code, d.code) as "provinceCode", coalesce(p.name, d.name) as "provinceName",
            c.valid_from::text as "validFrom"
       from admin_unit c
       join admin_unit d on d.code = c.parent_code and ${inForce('d', '$1::date')}
       left join admin_unit p on d.level = 'district' and p.code = d.parent_code and ${inForce('p', '$1::date')}
      where c.level = 'commune' and ${inForce('c', '$1::date')}
        and ($2::text[] is null or coalesce(p.code, d.code) = any($2::text[]))
        and ($3::text is null or c.code = $3)
      order by c.code`,
    [at, scope.provinces, scope.commune ?? null],
  );
}

/** The provinces in force on `earlier` that became (all or part of) the province `code` in force on `at` (R-HIST-7). */
export async function listPredecessorProvinces(db: Queryable, code: string, at: string, earlier: string): Promise<string[]> {
  const rows = await db.query<{ code: string }>(
    `select distinct f.code
       from unit_lineage l
       join admin_unit t on t.id = l.to_unit_id
       join admin_unit f on f.id = l.from_unit_id
      where t.code = $1 and ${inForce('t', '$2::date')} and f.level = 'province' and ${inForce('f', '$3::date')}
      order by f.code`,
    [code, at, earlier],
  );
  return rows.map((r) => r.code);
}
