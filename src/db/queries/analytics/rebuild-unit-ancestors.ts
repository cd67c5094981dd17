import type { Queryable } from '../../database.ts';

/**
 * Rebuilds unit_ancestor from admin_unit: every unit version with every ancestor version and the days
 * that ancestor holds (parents are resolved by code on the date, so a path is valid on the intersection
 * of its versions' validity). Returns the number of links written.
 */
export async function rebuildUnitAncestors(q: Queryable): Promise<number> {
  await q.exec('delete from unit_ancestor');
  const { n } = await q.one<{ n: number }>(
    `with recursive up (unit_id, unit_level, ancestor_id, ancestor_level, parent_code, f, t) as (
       select u.id, u.level, p.id, p.level, p.parent_code,
              greatest(coalesce(u.valid_from, '-infinity'::date), coalesce(p.valid_from, '-infinity'::date)),
              least(coalesce(u.valid_to, 'infinity'::date), coalesce(p.valid_to, 'infinity'::date))
         from admin_unit u join admin_unit p on p.code = u.parent_code
        where greatest(coalesce(u.valid_from, '-infinity'::date), coalesce(p.valid_from, '-infinity'::date))
              <= least(coalesce(u.valid_to, 'infinity'::date), coalesce(p.valid_to, 'infinity'::date))
       union all
       select up.unit_id, up.unit_level, p.id, p.level, p.parent_code,
              greatest(up.f, coalesce(p.valid_from, '-infinity'::date)), least(up.t, coalesce(p.valid_to, 'infinity'::date))
         from up join admin_unit p on p.code = up.parent_code
        where greatest(up.f, coalesce(p.valid_from, '-infinity'::date)) <= least(up.t, coalesce(p.valid_to, 'infinity'::date))
     ), written as (
       insert into unit_ancestor (unit_id, ancestor_id, unit_level, ancestor_level, valid_from, valid_to)
       select unit_id, ancestor_id, unit_level, ancestor_level, f, t from up
       returning 1
     )
     select count(*)::int as n from written`,
  );
  // The units just changed: fresh statistics keep the lineage and hierarchy lookups on their indexes.
  await q.exec('analyze unit_ancestor');
  await q.exec('analyze admin_unit');
  await q.exec('analyze unit_lineage');
  return n;
}
