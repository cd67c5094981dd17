import type { Queryable } from '../../database.ts';
import type { UnitLevel } from '../../../domain/units/unit-types.ts';
import { inForce, unitColumns, type UnitRow } from './unit-columns.ts';

export interface ListUnitsFilter {
  at: string;
  level?: UnitLevel | undefined;
  parentCode?: string | undefined;
  limit: number;
  offset: number;
}

/** Lists unit versions in force on a date, by level and/or parent, with their child counts and the total. */
export async function listUnitsInForce(db: Queryable, f: ListUnitsFilter): Promise<{ rows: (UnitRow & { childCount: number })[]; total: number }> {
  const rows = await db.query<UnitRow & { childCount: number; total: number }>(
    // child counts by one grouped join over the listed codes, not a subquery per row
    `with listed as (
       select ${unitColumns('u')} from admin_unit u
       where ${inForce('u', '$1::date')}
         and ($2::text is null or u.level = $2)
         and ($3::text is null or u.parent_code = $3)
     ), kids as (
       select c.parent_code, count(*)::int as n from admin_unit c
       where c.parent_code in (select code from listed) and ${inForce('c', '$1::date')}
       group by c.parent_code
     )
     select l.*, coalesce(k.n, 0) as "childCount", count(*) over ()::int as total
     from listed l left join kids k on k.parent_code = l.code
     order by l.code
     limit $4 offset $5`,
    [f.at, f.level ?? null, f.parentCode ?? null, f.limit, f.offset],
  );
  const total = rows[0]?.total ?? (f.offset > 0 ? await countUnitsInForce(db, f) : 0);
  return { rows: rows.map(({ total: _t, ...r }) => r), total };
}

/** Counts unit versions in force on a date for a filter (used when an offset runs past the end). */
export async function countUnitsInForce(db: Queryable, f: Omit<ListUnitsFilter, 'limit' | 'offset'>): Promise<number> {
  const r = await db.one<{ n: number }>(
    `select count(*)::int as n from admin_unit u
     where ${inForce('u', '$1::date')} and ($2::text is null or u.level = $2) and ($3::text is null or u.parent_code = $3)`,
    [f.at, f.level ?? null, f.parentCode ?? null],
  );
  return r.n;
}
