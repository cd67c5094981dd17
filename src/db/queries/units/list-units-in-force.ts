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
    `select ${unitColumns('u')},
       (select count(*)::int from admin_unit c where c.parent_code = u.code and ${inForce('c', '$1::date')}) as "childCount",
       count(*) over ()::int as total
     from admin_unit u
     where ${inForce('u', '$1::date')}
       and ($2::text is null or u.level = $2)
       and ($3::text is null or u.parent_code = $3)
     order by u.code
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
