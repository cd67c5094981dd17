/** The stored inputs of a pivot: reported values, roll-ups, register counts, lineage, units of a level. */
import type { Queryable } from '../../database.ts';
import { periodParts } from '../../../domain/periods/period-parts.ts';
import { inForce, unitColumns, type UnitRow } from '../units/unit-columns.ts';

/** A value reported for a unit and a period (or the sub-periods behind it), as a number, yes/no or enum key. */
export interface ReportedRow {
  unitId: number;
  indicator: string;
  period: string;
  series: string;
  num: number | null;
  bool: boolean | null;
  text: string | null;
  fromMin: string | null;
  fromMax: string | null;
}

/**
 * Values stored on the units `unitIds` for the periods `periods`, one per unit, indicator, period and
 * series: the value stored for the period itself, else (stocks) the last sub-period with a value or
 * (flows) the sum of the sub-periods of the coarsest kind stored. The same rule as the roll-ups
 * (refresh-rollups.ts). Which stored periods count towards which asked period comes from
 * `periodParts`, joined as a small table: one statement per kind of indicator, no per-row functions.
 * The flows in `totalled` are read from indicator_flow_total, where those sums are kept on write.
 */
export async function readReportedValues(
  q: Queryable,
  unitIds: readonly number[],
  indicators: readonly string[],
  flows: readonly string[],
  periods: readonly string[],
  breakdown: string,
  series: readonly string[],
  totalled: readonly string[] = [],
): Promise<ReportedRow[]> {
  const flowSet = new Set(flows);
  const totalSet = new Set(totalled);
  const stocks = indicators.filter((c) => !flowSet.has(c));
  const flowCodes = indicators.filter((c) => flowSet.has(c) && !totalSet.has(c));
  const totalCodes = indicators.filter((c) => flowSet.has(c) && totalSet.has(c));
  const parts = periodParts(periods);
  const years = yearBounds(periods);
  // $1 units, $2 indicators, $3 breakdown, $4 series, $5–$6 the years asked (so the key (unit, indicator,
  // period) bounds the scan), $7–$10 the period parts.
  const params = (codes: string[]) => [
    unitIds,
    codes,
    breakdown,
    series,
    years.first,
    years.afterLast,
    parts.map((x) => x.period),
    parts.map((x) => x.target),
    parts.map((x) => x.grain),
    parts.map((x) => x.endMonth),
  ];
  const from = `indicator_value v
       join unnest($7::text[], $8::text[], $9::int[], $10::int[]) m (period, target, grain, end_month) on m.period = v.period
      where v.unit_id = any($1::int[]) and v.indicator_code = any($2::text[]) and v.breakdown = $3 and v.series = any($4::text[])
        and v.status = 'approved' and v.period >= $5 and v.period < $6`;
  const [stockRows, flowRows, totalRows] = await Promise.all([
    stocks.length === 0
      ? Promise.resolve([])
      : // The last sub-period with a value; on the same last month the coarsest (the period itself first).
        q.query<ReportedRow>(
          `select distinct on (v.unit_id, v.indicator_code, m.target, v.series)
                  v.unit_id as "unitId", v.indicator_code as indicator, m.target as period, v.series, v.value_num::float8 as num,
                  v.value_bool as bool, v.value_text as text,
                  case when v.period <> m.target then v.period end as "fromMin",
                  case when v.period <> m.target then v.period end as "fromMax"
             from ${from}
            order by v.unit_id, v.indicator_code, m.target, v.series, m.end_month desc, m.grain`,
          params(stocks),
        ),
    flowCodes.length === 0
      ? Promise.resolve([])
      : // The sum of the sub-periods of the coarsest kind stored (the period itself when stored).
        q.query<ReportedRow>(
          `select unit_id as "unitId", indicator_code as indicator, target as period, series, num, null::boolean as bool, null::text as text,
                  case when p_min <> target then p_min end as "fromMin", case when p_min <> target then p_max end as "fromMax"
             from (select v.unit_id, v.indicator_code, m.target, v.series, sum(v.value_num)::float8 as num,
                          min(v.period) as p_min, max(v.period) as p_max,
                          rank() over (partition by v.unit_id, v.indicator_code, m.target, v.series order by m.grain) as r
                     from ${from}
                    group by v.unit_id, v.indicator_code, m.target, v.series, m.grain) g
            where r = 1`,
          params(flowCodes),
        ),
    totalCodes.length === 0
      ? Promise.resolve([])
      : // The same sums, kept on write (indicator_flow_total): one row per unit and period asked.
        q.query<ReportedRow>(
          `select t.unit_id as "unitId", t.indicator_code as indicator, t.period, t.series, t.value_num::float8 as num,
                  null::boolean as bool, null::text as text, t.from_min as "fromMin", t.from_max as "fromMax"
             from unnest($1::int[]) u (id)
             join indicator_flow_total t on t.unit_id = u.id
            where t.indicator_code = any($2::text[]) and t.period = any($3::text[]) and t.breakdown = $4 and t.series = any($5::text[])`,
          [unitIds, totalCodes, [...new Set(periods)], breakdown, series],
        ),
  ]);
  return [...stockRows, ...flowRows, ...totalRows];
}

/** The first year of the periods and the year after the last, as period-string bounds ('2016' ≤ p < '2025'). */
function yearBounds(periods: readonly string[]): { first: string; afterLast: string } {
  const years = periods.map((p) => Number(p.slice(0, 4)));
  return { first: String(Math.min(...years)), afterLast: String(Math.max(...years) + 1) };
}

/** A roll-up row (indicator_rollup) as read. */
export interface RollupRow {
  unitId: number;
  indicator: string;
  period: string;
  series: string;
  num: number;
  unitsReported: number;
  fromMin: string | null;
  fromMax: string | null;
}

/** The roll-ups of the units `unitIds`. */
export function readRollups(
  q: Queryable,
  unitIds: readonly number[],
  indicators: readonly string[],
  periods: readonly string[],
  breakdown: string,
): Promise<RollupRow[]> {
  return q.query<RollupRow>(
    // One key lookup per unit (a join on the ids): faster than three `= any` index conditions, which
    // the planner answers by AND-ing two bitmap scans over all the indicators' roll-ups.
    `select r.unit_id as "unitId", r.indicator_code as indicator, r.period, r.series, r.value_num::float8 as num, r.units_reported as "unitsReported",
            r.from_min as "fromMin", r.from_max as "fromMax"
       from unnest($1::int[]) u (id)
       join indicator_rollup r on r.unit_id = u.id
      where r.indicator_code = any($2::text[]) and r.period = any($3::text[]) and r.breakdown = $4`,
    [unitIds, indicators, periods, breakdown],
  );
}

/** How many units of `level` were under each unit on each date (the register's count; the expected reporters). */
export interface ChildCountRow {
  unitId: number;
  date: string;
  level: string;
  n: number;
}

/** Counts the units of `levels` below `unitIds` in force on each of `dates`. */
export function countUnitsBelow(q: Queryable, unitIds: readonly number[], dates: readonly string[], levels: readonly string[]): Promise<ChildCountRow[]> {
  return q.query<ChildCountRow>(
    `select a.ancestor_id as "unitId", d.date::text as date, a.unit_level as level, count(*)::int as n
       from unnest($2::date[]) d (date)
       join unit_ancestor a on a.ancestor_id = any($1::int[]) and a.unit_level = any($3::text[]) and d.date between a.valid_from and a.valid_to
       join admin_unit u on u.id = a.unit_id and ${inForce('u', 'd.date')}
      group by a.ancestor_id, d.date, a.unit_level`,
    [unitIds, dates, levels],
  );
}

/** SQL: the edges into the unit version `id`: its lineage, else the previous version of the same code. */
const EDGES_INTO = (id: string) => `
  select l.to_unit_id as to_id, l.from_unit_id as from_id, l.coverage, l.legal_basis from unit_lineage l where l.to_unit_id = ${id}
  union all
  select u.id, p.id, 'full', null from admin_unit u
    join admin_unit p on p.code = u.code and p.level = u.level and p.valid_to = u.valid_from - 1
   where u.id = ${id} and not exists (select 1 from unit_lineage l2 where l2.to_unit_id = u.id)`;

/** A lineage edge into a unit version, with the version it comes from. */
export interface LineageEdgeRow {
  toId: number;
  fromId: number;
  coverage: 'full' | 'partial';
  legalBasis: string | null;
  from: UnitRow;
}

/**
 * Every edge reaching the units `unitIds` backwards through unit_lineage, however many reorganisations
 * back, plus the implicit edge from the previous version of the same code where a version has no edge
 * (a renamed unit). Each with the unit version it comes from.
 */
export async function readLineageBack(q: Queryable, unitIds: readonly number[]): Promise<LineageEdgeRow[]> {
  // Two steps: the recursion over ids (its size cannot be estimated), then the few unit rows by key.
  const edges = await q.query<Omit<LineageEdgeRow, 'from'>>(
    `with recursive edges (to_id, from_id, coverage, legal_basis) as (
       select x.* from unnest($1::int[]) t (id) cross join lateral (${EDGES_INTO('t.id')}) x
       union
       select x.* from edges e cross join lateral (${EDGES_INTO('e.from_id')}) x
     )
     select to_id as "toId", from_id as "fromId", coverage, legal_basis as "legalBasis" from edges`,
    [unitIds],
  );
  if (edges.length === 0) return [];
  const units = await q.query<UnitRow>(`select ${unitColumns('f')} from admin_unit f where f.id = any($1::int[])`, [[...new Set(edges.map((e) => e.fromId))]]);
  const byId = new Map(units.map((u) => [u.id, u]));
  return edges.map((e) => ({ ...e, from: byId.get(e.fromId)! }));
}

/** The units of `level` in force on `at`, under `parentCode` (any depth) or with the given codes. */
export function listUnitsForPivot(q: Queryable, level: string, at: string, parentId: number | null, codes: readonly string[] | null): Promise<UnitRow[]> {
  return q.query<UnitRow>(
    `select ${unitColumns('u')} from admin_unit u
      where u.level = $1 and ${inForce('u', '$2::date')}
        and ($3::int is null or exists (select 1 from unit_ancestor a where a.unit_id = u.id and a.ancestor_id = $3 and $2::date between a.valid_from and a.valid_to))
        and ($4::text[] is null or u.code = any($4::text[]))
      order by u.code`,
    [level, at, parentId, codes],
  );
}

/** A unit attribute used as a weight (population), on each date. */
export function readUnitWeights(
  q: Queryable,
  unitIds: readonly number[],
  attribute: string,
  dates: readonly string[],
): Promise<Array<{ unitId: number; date: string; value: number }>> {
  return q.query(
    `select a.unit_id as "unitId", d.date::text as date, (a.value #>> '{}')::float8 as value
       from unnest($3::date[]) d (date)
       join unit_attribute a on a.unit_id = any($1::int[]) and a.attribute = $2 and a.valid_from <= d.date and (a.valid_to is null or a.valid_to >= d.date)
      where jsonb_typeof(a.value) = 'number'`,
    [unitIds, attribute, dates],
  );
}

/** The villages each commune version had on its first day (the villages it was formed with). */
export function listVillagesAtStart(q: Queryable, communeIds: readonly number[]): Promise<Array<UnitRow & { communeId: number }>> {
  return q.query<UnitRow & { communeId: number }>(
    `select ${unitColumns('v')}, c.id as "communeId"
       from admin_unit c
       join unit_ancestor a on a.ancestor_id = c.id and a.unit_level = 'village' and coalesce(c.valid_from, '-infinity'::date) between a.valid_from and a.valid_to
       join admin_unit v on v.id = a.unit_id and ${inForce('v', "coalesce(c.valid_from, '-infinity'::date)")}
      where c.id = any($1::int[])
      order by c.id, v.code`,
    [communeIds],
  );
}
