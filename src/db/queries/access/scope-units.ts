/**
 * The units of an account's scope: the scope unit, every unit ever under it, and the same for each of its
 * predecessors back through the lineage (a province formed on 01/07/2025 reaches the history of the
 * provinces merged into it, their districts, communes and villages). Read on the date-ranged hierarchy
 * (unit_ancestor) and unit_lineage.
 */
import type { Queryable } from '../../database.ts';

/** SQL CTE `scope_root(id)`: the scope unit (parameter `param`, an integer) and its predecessors, recursively. */
export function scopeRootsCte(param: string): string {
  return `scope_root(id) as (
      select ${param}::int
      union
      select l.from_unit_id from unit_lineage l join scope_root r on l.to_unit_id = r.id
    )`;
}

/** SQL predicate: the unit id in `column` is in the scope whose roots are `scope_root` (see scopeRootsCte). */
export function inScopeSql(column: string): string {
  return `(${column} in (select id from scope_root)
           or exists (select 1 from unit_ancestor sa where sa.unit_id = ${column} and sa.ancestor_id in (select id from scope_root)))`;
}

/** The ids among `unitIds` that are outside the scope of unit `scopeUnitId`. */
export async function listUnitsOutsideScope(q: Queryable, scopeUnitId: number, unitIds: readonly number[]): Promise<number[]> {
  const rows = await q.query<{ id: number }>(
    `with recursive ${scopeRootsCte('$1')}
     select u.id from unnest($2::int[]) u (id) where not ${inScopeSql('u.id')}`,
    [scopeUnitId, [...new Set(unitIds)]],
  );
  return rows.map((r) => r.id);
}

/** The provinces (admin_unit ids) units are, or are under, on any date. */
export async function listProvincesOfUnits(q: Queryable, unitIds: readonly number[]): Promise<number[]> {
  const rows = await q.query<{ id: number }>(
    `select distinct x.id from (
       select u.id from admin_unit u where u.id = any($1::int[]) and u.level = 'province'
       union all
       select a.ancestor_id from unit_ancestor a where a.unit_id = any($1::int[]) and a.ancestor_level = 'province') x
     order by 1`,
    [[...new Set(unitIds)]],
  );
  return rows.map((r) => r.id);
}

/** The provinces of a scope: the scope unit if a province, and the provinces it was formed from (empty for a narrower scope). */
export async function listScopeProvinces(q: Queryable, scopeUnitId: number): Promise<number[]> {
  const rows = await q.query<{ id: number }>(
    `with recursive ${scopeRootsCte('$1')}
     select u.id from admin_unit u where u.id in (select id from scope_root) and u.level = 'province'
       and exists (select 1 from admin_unit s where s.id = $1 and s.level = 'province')
     order by 1`,
    [scopeUnitId],
  );
  return rows.map((r) => r.id);
}
