/**
 * indicator_rollup: the sums of the units below each commune, district and province, per indicator,
 * period, breakdown part and series (migration 0005); indicator_flow_total: each unit's own values of a
 * flow summed into the longer periods (migration 0007). Refreshed set-based for a scope (indicators,
 * periods, provinces), in the caller's transaction.
 */
import type { Queryable, SqlParam } from '../../database.ts';

/** What to refresh, and the catalogue rules the sums follow. */
export interface RollupScope {
  /** Indicators that add up (sum, count of true). */
  indicators: readonly string[];
  /** Of those, the flows (a longer period is the sum of its sub-periods); the others are stocks (the last sub-period). */
  flows: readonly string[];
  /** Indicators whose value reported at a unit wins over the roll-up of the units below it. */
  reportedWins: readonly string[];
  /** Indicators collected per village, and per commune: the others have no values to read at that level. */
  atVillage: readonly string[];
  atCommune: readonly string[];
  /** Periods to refresh (each with every longer period containing it); null: all. */
  periods: readonly string[] | null;
  /** admin_unit ids of the provinces whose units are refreshed; null: the whole country. */
  provinces: readonly number[] | null;
  /** Also recompute indicator_flow_total for the scope (a batch refreshes its own units' sums apart). */
  withFlowTotals?: boolean;
}

/** Names every parameter with its type, so that a statement not using all of them still plans. */
const PARAMS = `params as (select $1::text[] as indicators, $2::text[] as flows, $3::text[] as wins, $4::text[] as periods, $5::int[] as provinces)`;
const TEXTS = '$1::text[]';
const FLOWS = '$2::text[]';
const WINS = '$3::text[]';
const PERIODS = '$4::text[]';
const PROVINCES = '$5::int[]';

/**
 * SQL rows: the period in `col` and every longer period containing it (2024M07 → 2024M07, 2024, 2024Q3,
 * 2024S2; nulls for the ones that do not apply). The same as the SQL function period_containers, written
 * in line so that the planner sees four rows, not a function's thousand.
 */
export const CONTAINERS = (col: string) => `values (${col}),
    (case when length(${col}) > 4 then substr(${col}, 1, 4) end),
    (case when substr(${col}, 5, 1) = 'M' then substr(${col}, 1, 4) || 'Q' || ((substr(${col}, 6, 2)::integer + 2) / 3) end),
    (case when substr(${col}, 5, 1) in ('Q', 'M') then substr(${col}, 1, 4) || 'S' || (case when period_end_month(${col}) <= 6 then 1 else 2 end) end)`;

/** SQL: the unit `column` is (under) one of the scope's provinces. */
function inProvinces(column: string): string {
  return `(${PROVINCES} is null or ${column} = any(${PROVINCES}) or exists (select 1 from unit_ancestor pa
            where pa.unit_id = ${column} and pa.ancestor_level = 'province' and pa.ancestor_id = any(${PROVINCES})))`;
}

/**
 * SQL: a flow's figure over rows (`ex`: the stored period is the one asked; `g`: its grain): the value stored
 * for the period itself, else `agg` over the sub-periods of the coarsest kind stored. `agg` sum, min or max
 * (min/max of the periods summed, null for the period itself).
 */
function byFlowGrain(agg: 'sum' | 'min' | 'max', expr: string): string {
  return `case when bool_or(ex) then ${agg === 'sum' ? `sum(${expr}) filter (where ex)` : 'null'}
       when min(g) = 1 then ${agg}(${expr}) filter (where g = 1) when min(g) = 2 then ${agg}(${expr}) filter (where g = 2)
       else ${agg}(${expr}) filter (where g = 3) end`;
}

/**
 * SQL CTEs `src`, `norm`: the values stored on units of `level` (null: any), one per unit, indicator,
 * period (each stored period and every longer one containing it), breakdown and series. A stock's longer
 * period is its last sub-period with a value; a flow's is the value stored for the period itself, else
 * the sum of its sub-periods of the coarsest kind stored (quarters before months). `obs`: the day the
 * figure is observed on (the period's end, or the unit's last day if it ended earlier: R-HIST-3).
 */
export function normalizedValuesSql(level: string | null): string {
  // One hash aggregate, no sort: a stock's pick is the max of [rank key, value] (end month, then the
  // period itself, then the coarser); a flow's sum is taken per kind of sub-period and the first present kept.
  const chosenStock = `case when max(k) % 10 >= 5 then null
       when 4 - max(k) % 10 = 1 then substr(target, 1, 4) || 'S' || (max(k) / 10 / 6)
       when 4 - max(k) % 10 = 2 then substr(target, 1, 4) || 'Q' || (max(k) / 10 / 3)
       else substr(target, 1, 4) || 'M' || lpad((max(k) / 10)::text, 2, '0') end`;
  return `src as (
      select v.unit_id, v.indicator_code, c.target, v.breakdown, v.series, v.period, u.valid_to as unit_to,
             coalesce(v.value_num, case when v.value_bool then 1 else 0 end) as x,
             period_grain(v.period) as g, v.period = c.target as ex, f.code is not null as is_flow,
             period_end_month(v.period) * 10 + (case when v.period = c.target then 5 else 0 end) + 4 - period_grain(v.period) as k
        from indicator_value v
        join admin_unit u on u.id = v.unit_id${level === null ? '' : ` and u.level = '${level}'`}
        cross join lateral (${CONTAINERS('v.period')}) c (target)
        left join unnest(${FLOWS}) f (code) on f.code = v.indicator_code
       where v.indicator_code = any(${TEXTS}) and v.status = 'approved' and v.value_text is null and c.target is not null
         and (${PERIODS} is null or c.target = any(${PERIODS}))
         and ${inProvinces('v.unit_id')}
    ), norm as (
      select unit_id, indicator_code, target, breakdown, series,
             case when is_flow then ${byFlowGrain('sum', 'x')} else (max(array[k::numeric, x]))[2] end as x,
             case when is_flow then ${byFlowGrain('min', 'period')} else ${chosenStock} end as from_min,
             case when is_flow then ${byFlowGrain('max', 'period')} else ${chosenStock} end as from_max,
             least(period_end_date(target), coalesce(max(unit_to), 'infinity'::date)) as obs
        from src
       group by unit_id, indicator_code, target, breakdown, series, is_flow
    )`;
}

/**
 * Deletes the scope's roll-ups, then sums villages into communes and communes into districts and
 * provinces, one indicator at a time (a country's village values are tens of millions of rows: one
 * indicator's sums fit in memory, all of them at once do not).
 */
export async function refreshRollups(q: Queryable, scope: RollupScope): Promise<number> {
  let rows = 0;
  for (const indicator of scope.indicators) rows += await refreshIndicatorRollups(q, { ...scope, indicators: [indicator] });
  return rows;
}

async function refreshIndicatorRollups(q: Queryable, scope: RollupScope): Promise<number> {
  const params = [scope.indicators, scope.flows, scope.reportedWins, scope.periods, scope.provinces];
  const code = scope.indicators[0]!;
  const atVillage = scope.atVillage.includes(code);
  const atCommune = scope.atCommune.includes(code);
  await q.query(
    `with ${PARAMS}
     delete from indicator_rollup r
      where r.indicator_code = any(${TEXTS}) and (${PERIODS} is null or r.period = any(${PERIODS})) and ${inProvinces('r.unit_id')}`,
    params,
  );
  const totals = scope.withFlowTotals !== false && scope.flows.includes(code) ? await refreshFlowTotals(q, params) : 0;
  // Nothing is stored per village (or per commune) for some indicators: skip reading the values table for them.
  const communes = !atVillage
    ? { n: 0 }
    : await q.one<{ n: number }>(
        `with ${PARAMS}, ${normalizedValuesSql('village')},
     written as (
       insert into indicator_rollup (unit_id, indicator_code, period, breakdown, series, value_num, units_reported, from_min, from_max)
       select a.ancestor_id, n.indicator_code, n.target, n.breakdown, n.series, sum(n.x), count(*)::int, min(n.from_min), max(n.from_max)
         from norm n join unit_ancestor a on a.unit_id = n.unit_id and a.ancestor_level = 'commune' and n.obs between a.valid_from and a.valid_to
        group by a.ancestor_id, n.indicator_code, n.target, n.breakdown, n.series
       returning 1)
     select count(*)::int as n from written`,
        params,
      );
  if (!atVillage && !atCommune) return communes.n + totals;
  const communeValues = atCommune
    ? normalizedValuesSql('commune')
    : `norm as (select null::int as unit_id, null::text as indicator_code, null::text as target, null::text as breakdown, null::text as series,
              null::numeric as x, null::text as from_min, null::text as from_max, null::date as obs where false)`;
  const above = await q.one<{ n: number }>(
    `with ${PARAMS}, ${communeValues},
     roll as (
       select r.unit_id, r.indicator_code, r.period as target, r.breakdown, r.series, r.value_num as x, r.from_min, r.from_max,
              least(period_end_date(r.period), coalesce(u.valid_to, 'infinity'::date)) as obs
         from indicator_rollup r join admin_unit u on u.id = r.unit_id and u.level = 'commune'
        where r.indicator_code = any(${TEXTS}) and (${PERIODS} is null or r.period = any(${PERIODS})) and ${inProvinces('r.unit_id')}
     ), eff as (
       select unit_id, indicator_code, target, breakdown, series,
              case when n.x is not null and (r.x is null or indicator_code = any(${WINS})) then n.x else r.x end as x,
              case when n.x is not null and (r.x is null or indicator_code = any(${WINS})) then n.from_min else r.from_min end as from_min,
              case when n.x is not null and (r.x is null or indicator_code = any(${WINS})) then n.from_max else r.from_max end as from_max,
              coalesce(n.obs, r.obs) as obs
         from norm n full join roll r using (unit_id, indicator_code, target, breakdown, series)
     ), written as (
       insert into indicator_rollup (unit_id, indicator_code, period, breakdown, series, value_num, units_reported, from_min, from_max)
       select a.ancestor_id, e.indicator_code, e.target, e.breakdown, e.series, sum(e.x), count(*)::int, min(e.from_min), max(e.from_max)
         from eff e join unit_ancestor a on a.unit_id = e.unit_id and a.ancestor_level in ('district', 'province') and e.obs between a.valid_from and a.valid_to
        group by a.ancestor_id, e.indicator_code, e.target, e.breakdown, e.series
       returning 1)
     select count(*)::int as n from written`,
    params,
  );
  return communes.n + above.n + totals;
}

/** Which stored values changed (or changed state): a batch's, or a set of submissions'. `where` uses $1. */
export interface ValueSelector {
  where: string;
  param: number | number[];
}

export const valuesOfBatch = (batchId: number): ValueSelector => ({ where: 'batch_id = $1', param: batchId });
export const valuesOfSubmissions = (ids: readonly number[]): ValueSelector => ({ where: 'submission_id = any($1::int[])', param: [...ids] });

/**
 * Recomputes indicator_flow_total where some values can have changed it: for the units and flows of the
 * selected values, in the periods they touch and every longer one. Read by key (those units), not by
 * province: a province's other units keep their sums.
 */
export async function refreshFlowTotalsFor(q: Queryable, selected: ValueSelector, flows: readonly string[]): Promise<number> {
  const touched = `touched as (select distinct unit_id, indicator_code from indicator_value where ${selected.where} and indicator_code = any($2::text[])),
     periods as (select distinct c.p from (select distinct period from indicator_value where ${selected.where} and indicator_code = any($2::text[])) d
                   cross join lateral period_containers(d.period) c (p))`;
  await q.query(
    `with ${touched}
     delete from indicator_flow_total t using touched x
      where t.unit_id = x.unit_id and t.indicator_code = x.indicator_code and t.period in (select p from periods)`,
    [selected.param, flows],
  );
  const r = await q.one<{ n: number }>(
    `with ${touched},
     src as (
       select v.unit_id, v.indicator_code, c.target, v.breakdown, v.series, v.period,
              coalesce(v.value_num, case when v.value_bool then 1 else 0 end) as x, period_grain(v.period) as g, v.period = c.target as ex
         from touched x
         join indicator_value v on v.unit_id = x.unit_id and v.indicator_code = x.indicator_code
         cross join lateral (${CONTAINERS('v.period')}) c (target)
        where c.target in (select p from periods) and v.status = 'approved' and v.value_text is null
     ), written as (
       insert into indicator_flow_total (unit_id, indicator_code, period, breakdown, series, value_num, from_min, from_max)
       select unit_id, indicator_code, target, breakdown, series, ${byFlowGrain('sum', 'x')}, ${byFlowGrain('min', 'period')}, ${byFlowGrain('max', 'period')}
         from src
        group by unit_id, indicator_code, target, breakdown, series
       returning 1)
     select count(*)::int as n from written`,
    [selected.param, flows],
  );
  return r.n;
}

/**
 * Recomputes indicator_flow_total for exactly the flows `flows` (rows of any other indicator go): after
 * the catalogue changed which indicators are additive flows.
 */
export async function rebuildFlowTotals(q: Queryable, flows: readonly string[]): Promise<number> {
  await q.query(`delete from indicator_flow_total where not (indicator_code = any($1::text[]))`, [flows]);
  let rows = 0;
  for (const code of flows) rows += await refreshFlowTotals(q, [[code], flows, [], null, null]);
  return rows;
}

/** A flow's values on the scope's units (any level) summed into their periods and every longer one. */
async function refreshFlowTotals(q: Queryable, params: readonly SqlParam[]): Promise<number> {
  await q.query(
    `with ${PARAMS}
     delete from indicator_flow_total t
      where t.indicator_code = any(${TEXTS}) and (${PERIODS} is null or t.period = any(${PERIODS})) and ${inProvinces('t.unit_id')}`,
    params,
  );
  const r = await q.one<{ n: number }>(
    `with ${PARAMS}, ${normalizedValuesSql(null)},
     written as (
       insert into indicator_flow_total (unit_id, indicator_code, period, breakdown, series, value_num, from_min, from_max)
       select unit_id, indicator_code, target, breakdown, series, x, from_min, from_max from norm
       returning 1)
     select count(*)::int as n from written`,
    params,
  );
  return r.n;
}

/** The provinces (admin_unit ids) the selected values belong to, and the periods and indicators they touch. */
export async function findValuesScope(q: Queryable, selected: ValueSelector): Promise<{ indicators: string[]; periods: string[]; provinces: number[] }> {
  return q.one(
    `with b as (select distinct unit_id, indicator_code, period from indicator_value where ${selected.where})
     select coalesce((select array_agg(distinct indicator_code) from b), '{}') as indicators,
            coalesce((select array_agg(distinct c.p) from (select distinct period from b) d cross join lateral period_containers(d.period) c (p)), '{}') as periods,
            coalesce((select array_agg(distinct x.id) from (
                select a.ancestor_id as id from (select distinct unit_id from b) u join unit_ancestor a on a.unit_id = u.unit_id and a.ancestor_level = 'province'
                union select u.unit_id from (select distinct unit_id from b) u join admin_unit p on p.id = u.unit_id and p.level = 'province') x), '{}') as provinces`,
    [selected.param],
  );
}
