import type { Queryable } from '../../database.ts';
import { inForce, unitColumns, type UnitRow } from './unit-columns.ts';

export interface SearchRow extends UnitRow {
  inForce: boolean;
  path: string | null;
}

/**
 * Finds unit versions whose folded name, full name or code contains every term. Versions in force on
 * `at` come first, then by level and name; each hit carries its ancestors' names on its own date.
 */
export function searchUnits(db: Queryable, terms: string[], at: string, limit: number): Promise<SearchRow[]> {
  const patterns = terms.map((t) => `%${t.replace(/[\\%_]/g, (c) => `\\${c}`)}%`);
  return db.query<SearchRow>(
    `with hits as (
       select u.*, ${inForce('u', '$2::date')} as in_force,
         case when ${inForce('u', '$2::date')} then $2::date
              when u.valid_to is not null and u.valid_to < $2::date then u.valid_to
              else coalesce(u.valid_from, $2::date) end as ref_date
       from admin_unit u
       where u.search_text like all ($1::text[])
     )
     select ${unitColumns('h')}, h.in_force as "inForce",
       (with recursive chain as (
          select p.code, p.parent_code, p.full_name, 1 as depth from admin_unit p
          where p.code = h.parent_code and ${inForce('p', 'h.ref_date')}
          union all
          select q.code, q.parent_code, q.full_name, c.depth + 1 from chain c
          join admin_unit q on q.code = c.parent_code and ${inForce('q', 'h.ref_date')} where c.depth < 5
        ) select string_agg(full_name, ', ' order by depth) from chain) as path
     from hits h
     order by h.in_force desc, array_position(array['province','district','commune','village'], h.level),
       h.name, h.valid_from desc nulls last
     limit $3`,
    [patterns, at, limit],
  );
}
