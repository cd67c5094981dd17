/**
 * The pivot (issue #5): indicators × the units of a level in force on a date × periods. Each figure is
 * read from what is stored — the unit's reported value, the roll-up of the units below it (kept fresh
 * on every write), the register's village count — by the indicator's rule; ratios are recomputed from
 * summed counts (R-AGG-2); a unit that did not exist in a period gets the sum of the units it was formed
 * from (R-HIST-4, R-HIST-7), labelled as derived, or "không so sánh được" where a predecessor was split.
 */
import { compareWithPlan } from '../../domain/analytics/compare-with-plan.ts';
import { LEVEL_BELOW } from '../../domain/analytics/pivot-levels.ts';
import { chooseFigure, ratioOfSums, sumFigures, weightedAverage, type Figure } from '../../domain/analytics/combine-figures.ts';
import { predecessorsWithin, walkLineageBack, type LineageEdge, type LineagePart } from '../../domain/analytics/walk-lineage.ts';
import { formatNumberVi } from '../../domain/format/vi-format.ts';
import type { Bilingual, IndicatorDef } from '../../domain/indicators/indicator-types.ts';
import { SECTOR_CATALOGUE } from '../../domain/indicators/sector-catalogue.ts';
import { formatPeriod, parsePeriod, periodEnd, periodStart, periodsWithin, PERIOD_TYPES, samePeriodLastYear } from '../../domain/periods/period.ts';
import { isInForce, todayInVietnam } from '../../domain/units/dates.ts';
import {
  countUnitsBelow,
  listUnitsForPivot,
  readLineageBack,
  listVillagesAtStart,
  readReportedValues,
  readRollups,
  readUnitWeights,
  type ReportedRow,
} from '../../db/queries/analytics/read-figures.ts';
import type { UnitRow } from '../../db/queries/units/unit-columns.ts';
import type { ServiceContext } from '../context.ts';
import { findUnitAt } from '../criteria/find-area.ts';
import { invalidInput, unitNotFound } from '../errors.ts';
import type { AnalyticsIndicator, AnalyticsUnit, PivotCell, PivotLevel, PivotResult } from './analytics-types.ts';
import { checkPivotRequest, type CheckedPivotRequest, type PivotRequest } from './pivot-request.ts';
import { rollupRules } from './rollups.ts';

export type { PivotRequest } from './pivot-request.ts';

/** Describes an indicator for the analytics responses. */
export function presentIndicator(d: IndicatorDef): AnalyticsIndicator {
  return {
    code: d.code,
    name: d.name,
    shortVi: d.shortVi,
    unit: d.unit,
    valueType: d.valueType,
    decimals: d.decimals,
    aggregation: d.aggregation.kind,
    periodType: d.periodType,
    periodKind: d.periodKind,
  };
}

/** Describes a unit version for the analytics responses. */
export function presentAnalyticsUnit(u: UnitRow): AnalyticsUnit {
  return {
    code: u.code,
    name: u.name,
    fullName: u.fullName,
    level: u.level as PivotLevel,
    parentCode: u.parentCode,
    validFrom: u.validFrom,
    validTo: u.validTo,
  };
}

/** A checked pivot request with its units resolved: what the cells will be computed for. */
export interface PivotPlan {
  request: CheckedPivotRequest;
  at: string;
  units: UnitRow[];
  indicators: AnalyticsIndicator[];
}

/** Checks a request and lists its units; throws invalid_input naming the field for a bad request. */
export async function planPivot(ctx: ServiceContext, input: PivotRequest): Promise<PivotPlan> {
  const req = checkPivotRequest(input);
  const at = req.at ?? todayInVietnam();
  let parentId: number | null = null;
  if (req.parent) {
    const parent = await findUnitAt(ctx, req.parent, at);
    if (!parent) throw unitNotFound(req.parent);
    parentId = parent.id;
  }
  const units = await listUnitsForPivot(ctx.db, req.level, at, parentId, req.units ?? null);
  if (req.units) {
    const found = new Set(units.map((u) => u.code));
    const missing = req.units.filter((c) => !found.has(c));
    if (missing.length > 0) {
      throw invalidInput(
        `no ${req.level} in force on ${at} has the code(s) ${missing.join(', ')}`,
        `không có đơn vị cấp ${req.level} nào có hiệu lực ngày ${at} mang mã ${missing.join(', ')}`,
        missing.map((c) => ({ field: 'units', value: c, message: `not a ${req.level} in force on ${at}`, messageVi: 'không có hiệu lực vào ngày này' })),
      );
    }
  }
  return { request: req, at, units, indicators: req.indicators.map((c) => presentIndicator(SECTOR_CATALOGUE.byCode.get(c)!)) };
}

/** Units computed per round trip when a pivot is streamed: memory stays bounded whatever the size. */
export const PIVOT_CHUNK_UNITS = 400;

/** The cells of a planned pivot, a chunk of units at a time (unit, then indicator, then period order). */
export async function* pivotCells(ctx: ServiceContext, plan: PivotPlan, chunkUnits = PIVOT_CHUNK_UNITS): AsyncGenerator<PivotCell[]> {
  const req = plan.request;
  for (let i = 0; i < plan.units.length; i += chunkUnits) {
    const chunk = plan.units.slice(i, i + chunkUnits);
    const reader = await FigureReader.load(ctx, chunk, req.indicators, req.periods, req.breakdown, req.series !== 'actual', req.compare);
    const cells: PivotCell[] = [];
    for (const u of chunk) {
      for (const code of req.indicators) {
        for (const period of req.periods) cells.push(reader.cell(u, code, period, req.series, req.compare));
      }
    }
    yield cells;
  }
}

/** The whole pivot in memory (the API streams large ones with planPivot + pivotCells instead). */
export async function pivot(ctx: ServiceContext, input: PivotRequest): Promise<PivotResult> {
  const plan = await planPivot(ctx, input);
  const cells: PivotCell[] = [];
  for await (const chunk of pivotCells(ctx, plan)) cells.push(...chunk);
  return presentPivot(plan, cells);
}

/** The pivot's answer around its cells. */
export function presentPivot(plan: PivotPlan, cells: PivotCell[]): PivotResult {
  const req = plan.request;
  return {
    at: plan.at,
    level: req.level,
    series: req.series,
    breakdown: req.breakdown,
    periods: req.periods,
    indicators: plan.indicators,
    units: plan.units.map(presentAnalyticsUnit),
    cells,
  };
}

/** The periods a figure for `period` may need: itself, the same period a year earlier and that year's sub-periods (year to date). */
function periodsNeeded(period: string, compare: boolean): string[] {
  const p = parsePeriod(period);
  if (!compare) return [period];
  const prev = samePeriodLastYear(p);
  const finer = PERIOD_TYPES.slice(PERIOD_TYPES.indexOf(p.type) + 1).flatMap((t) => periodsWithin(prev, t));
  return [period, formatPeriod(prev), ...finer.map(formatPeriod)];
}

/**
 * The stored periods `first`..`last` (same kind) moved a year back: the same span last year, when they
 * cover only part of `period` (a year to date); null when they cover all of it (then last year's
 * `period` itself is the comparison).
 */
function sameSpanLastYear(period: string, first: string, last: string): string[] | null {
  const a = parsePeriod(first);
  const b = parsePeriod(last);
  if (a.type !== b.type || a.year !== b.year) return null;
  if (b.index - a.index + 1 === periodsWithin(parsePeriod(period), a.type).length) return null;
  return Array.from({ length: b.index - a.index + 1 }, (_, i) => formatPeriod({ type: a.type, year: a.year - 1, index: a.index + i }));
}

/** Flows whose sums over longer periods are kept on write (indicator_flow_total): the additive ones. */
const TOTALLED_FLOWS = rollupRules().flows;

type Key = string;
const key = (unitId: number, indicator: string, period: string, series: string): Key => `${unitId}|${indicator}|${period}|${series}`;

/** Loads once everything the cells of a pivot need, then answers each cell from memory. */
export class FigureReader {
  private constructor(
    private readonly reported: Map<Key, ReportedRow>,
    private readonly rollups: Map<Key, { value: number; unitsReported: number; fromMin: string | null; fromMax: string | null }>,
    private readonly below: Map<string, number>,
    private readonly weights: Map<string, number>,
    private readonly edgesInto: Map<number, LineageEdge[]>,
    private readonly versions: Map<number, UnitRow>,
    private readonly villagesOf: Map<number, UnitRow[]>,
  ) {}

  /** Reads the values, roll-ups, register counts and lineage behind the cells of `units` × `indicators` × `periods`. */
  static async load(
    ctx: ServiceContext,
    units: readonly UnitRow[],
    indicators: readonly string[],
    periods: readonly string[],
    breakdown: string,
    withPlan: boolean,
    compare: boolean,
  ): Promise<FigureReader> {
    const allPeriods = [...new Set(periods.flatMap((p) => periodsNeeded(p, compare)))];
    const earliest = allPeriods.map((p) => periodStart(parsePeriod(p))).sort()[0]!;
    const later = units.filter((u) => u.validFrom !== null && u.validFrom > earliest).map((u) => u.id);
    const edgeRows = later.length > 0 ? await readLineageBack(ctx.db, later) : [];
    const edgesInto = new Map<number, LineageEdge[]>();
    const versions = new Map<number, UnitRow>(units.map((u) => [u.id, u]));
    for (const e of edgeRows) {
      versions.set(e.from.id, e.from);
      const list = edgesInto.get(e.toId) ?? [];
      list.push({ toId: e.toId, from: e.from, coverage: e.coverage });
      edgesInto.set(e.toId, list);
    }
    // A commune formed from part of a split one is re-based from its villages (R-HIST-4): the villages
    // it was formed with, walked back through their own lineage.
    const villagesOf = new Map<number, UnitRow[]>();
    const split = units.filter((u) => u.level === 'commune' && hasPartialOrigin(u.id, edgesInto));
    if (split.length > 0) {
      for (const v of await listVillagesAtStart(
        ctx.db,
        split.map((u) => u.id),
      )) {
        const list = villagesOf.get(v.communeId) ?? [];
        list.push(v);
        villagesOf.set(v.communeId, list);
        versions.set(v.id, v);
      }
      const villageIds = [...villagesOf.values()].flat().map((v) => v.id);
      for (const e of villageIds.length > 0 ? await readLineageBack(ctx.db, villageIds) : []) {
        versions.set(e.from.id, e.from);
        const list = edgesInto.get(e.toId) ?? [];
        list.push({ toId: e.toId, from: e.from, coverage: e.coverage });
        edgesInto.set(e.toId, list);
      }
    }
    const ids = [...versions.keys()];
    const defs = indicators.map((c) => SECTOR_CATALOGUE.byCode.get(c)!);
    const inputs = new Set<string>(indicators);
    for (const d of defs) {
      if (d.aggregation.kind === 'ratio_of_sums') {
        inputs.add(d.aggregation.numerator);
        inputs.add(d.aggregation.denominator);
      }
    }
    const inputCodes = [...inputs];
    const flows = inputCodes.filter((c) => SECTOR_CATALOGUE.byCode.get(c)!.periodKind === 'flow');
    // Roll-ups and counts below exist only for inputs collected below the units' level.
    const finest = (code: string) => SECTOR_CATALOGUE.byCode.get(code)!.levels[0]!;
    const depth = (level: string) => ['village', 'commune', 'district', 'province'].indexOf(level);
    const unitDepth = Math.max(...units.map((u) => depth(u.level)));
    const rolled = inputCodes.filter((c) => depth(finest(c)) < unitDepth);
    const dates = [...new Set(allPeriods.map((p) => periodEnd(parsePeriod(p))))];
    // The units one level down (who should have reported), and the villages of a commune (the register's
    // count where a commune did not report its villages): not every village under a province.
    const levelsBelow = [...new Set(units.map((u) => LEVEL_BELOW[u.level as PivotLevel]).filter((l): l is PivotLevel => l !== null))];
    const fromRegister = inputCodes.some((c) => SECTOR_CATALOGUE.byCode.get(c)!.registerSource?.kind === 'child_count');
    const weightKeys = [
      ...new Set(
        defs.flatMap((d) => (d.aggregation.kind === 'weighted_average' && d.aggregation.weight.source === 'attribute' ? [d.aggregation.weight.key] : [])),
      ),
    ];
    // Independent reads, sent together (each on its own connection on a server).
    const [reportedRows, rollupRows, belowRows, weightRows] = await Promise.all([
      readReportedValues(ctx.db, ids, inputCodes, flows, allPeriods, breakdown, withPlan ? ['actual', 'plan'] : ['actual'], TOTALLED_FLOWS),
      rolled.length > 0 ? readRollups(ctx.db, ids, rolled, allPeriods, breakdown) : Promise.resolve([]),
      levelsBelow.length > 0 && (rolled.length > 0 || fromRegister) ? countUnitsBelow(ctx.db, ids, dates, levelsBelow) : Promise.resolve([]),
      Promise.all(weightKeys.map(async (w) => ({ w, rows: await readUnitWeights(ctx.db, ids, w, dates) }))),
    ]);
    const reported = new Map<Key, ReportedRow>();
    for (const r of reportedRows) reported.set(key(r.unitId, r.indicator, r.period, r.series), r);
    const rollups = new Map<Key, { value: number; unitsReported: number; fromMin: string | null; fromMax: string | null }>();
    for (const r of rollupRows) {
      if (withPlan || r.series === 'actual')
        rollups.set(key(r.unitId, r.indicator, r.period, r.series), { value: r.num, unitsReported: r.unitsReported, fromMin: r.fromMin, fromMax: r.fromMax });
    }
    const below = new Map<string, number>();
    for (const r of belowRows) below.set(`${r.unitId}|${r.date}|${r.level}`, r.n);
    const weights = new Map<string, number>();
    for (const { w, rows } of weightRows) for (const r of rows) weights.set(`${r.unitId}|${r.date}|${w}`, r.value);
    return new FigureReader(reported, rollups, below, weights, edgesInto, versions, villagesOf);
  }

  /** The day a unit version's figure for a period is observed on: the period's end, or the unit's last day. */
  private obsDate(unitId: number, period: string): string {
    const end = periodEnd(parsePeriod(period));
    const to = this.versions.get(unitId)?.validTo ?? null;
    return to !== null && to < end ? to : end;
  }

  /** The figure of one unit version for an additive (or own-level) indicator, by the indicator's rule. */
  private figure(unitId: number, d: IndicatorDef, period: string, series: string): Figure {
    const r = this.reported.get(key(unitId, d.code, period, series));
    const reported = r && r.text === null ? { value: r.bool !== null ? (r.bool ? 1 : 0) : r.num!, fromMin: r.fromMin, fromMax: r.fromMax } : null;
    const rollup = this.rollups.get(key(unitId, d.code, period, series)) ?? null;
    let register: number | null = null;
    const level = this.versions.get(unitId)?.level;
    // The register's count stands in for a commune that did not report its villages; above a commune the communes' figures are summed.
    if (
      !reported &&
      !rollup &&
      series === 'actual' &&
      d.registerSource?.kind === 'child_count' &&
      level === 'commune' &&
      d.registerSource.childLevel === 'village'
    ) {
      // A commune with no village list in the register has no count, not 0 villages.
      register = this.below.get(`${unitId}|${this.obsDate(unitId, period)}|${d.registerSource.childLevel}`) || null;
    }
    return chooseFigure(d.reportedAbove ?? 'fills_gaps', reported, rollup, register);
  }

  /** A unit version the reader knows (the units asked and their predecessors). */
  version(id: number): UnitRow | undefined {
    return this.versions.get(id);
  }

  /** The day a unit version's figure for a period is observed on. */
  observedOn(unitId: number, period: string): string {
    return this.obsDate(unitId, period);
  }

  /** The parts (unit versions) behind a unit's figure for a period: itself, or what it was formed from. */
  parts(u: UnitRow, period: string, flow: boolean): { parts: LineagePart[]; rebased: boolean; before: LineagePart[] } {
    const p = parsePeriod(period);
    const end = periodEnd(p);
    if (isInForce(u.validFrom, null, end)) {
      // A flow over a period the unit began inside of also counts what its predecessors did before it began.
      const before = flow ? predecessorsWithin(u, periodStart(p), this.edgesInto, (id) => this.versions.get(id)) : [];
      return { parts: [{ id: u.id, full: true }], rebased: false, before };
    }
    return { parts: walkLineageBack(u, end, this.edgesInto), rebased: true, before: [] };
  }

  /** The summed figure of an additive indicator over the parts. */
  private summed(parts: readonly LineagePart[], d: IndicatorDef, period: string, series: string): Figure {
    return sumFigures(parts.map((p) => this.figure(p.id, d, period, series)));
  }

  /** One cell: the figure, its plan, the same period last year, and where it comes from. */
  cell(u: UnitRow, code: string, period: string, series: 'actual' | 'plan' | 'both', compare: boolean): PivotCell {
    const d = SECTOR_CATALOGUE.byCode.get(code)!;
    const main = this.compute(u, d, period, series === 'plan' ? 'plan' : 'actual');
    const cell: PivotCell = { unit: u.code, indicator: code, period, ...main };
    if (series === 'both') {
      const plan = this.compute(u, d, period, 'plan');
      cell.plan = typeof plan.value === 'number' ? plan.value : null;
    }
    if (compare && typeof main.value === 'number') {
      const prevPeriod = formatPeriod(samePeriodLastYear(parsePeriod(period)));
      // A flow known only part of the way through the period compares with the same span last year.
      const span = d.periodKind === 'flow' && main.from && main.from.length === 2 ? sameSpanLastYear(period, main.from[0]!, main.from[1]!) : null;
      const previous = span ? this.sumOverSpan(u, d, span) : this.numberOf(u, d, prevPeriod);

      cell.previous = previous;
      cell.comparison = compareWithPlan(main.value, cell.plan ?? null, previous);
    }
    return cell;
  }

  /** A figure as a number; null when unknown. */
  private numberOf(u: UnitRow, d: IndicatorDef, period: string): number | null {
    const v = this.compute(u, d, period, 'actual').value;
    return typeof v === 'number' ? v : null;
  }

  /**
   * An additive flow summed over the periods of a span; a ratio of flows recomputed from its summed
   * numerator and denominator (R-AGG-2: shares are never added up); null when a part is unknown.
   */
  private sumOverSpan(u: UnitRow, d: IndicatorDef, span: readonly string[]): number | null {
    const agg = d.aggregation;
    if (agg.kind === 'ratio_of_sums') {
      const num = this.sumOverSpan(u, SECTOR_CATALOGUE.byCode.get(agg.numerator)!, span);
      const den = this.sumOverSpan(u, SECTOR_CATALOGUE.byCode.get(agg.denominator)!, span);
      const ratio = ratioOfSums(num, den);
      return ratio === null ? null : round(ratio, 6);
    }
    let total = 0;
    for (const p of span) {
      const v = this.numberOf(u, d, p);
      if (v === null) return null;
      total += v;
    }
    return round(total, 6);
  }

  /** The figure of unit `u` for an indicator and period, whatever its aggregation. */
  compute(u: UnitRow, d: IndicatorDef, period: string, series: string): Omit<PivotCell, 'unit' | 'indicator' | 'period'> {
    const flow = d.periodKind === 'flow';
    const { parts, rebased, before } = this.parts(u, period, flow);
    const all = [...parts, ...before];
    const comparable = all.length > 0 && all.every((p) => p.full);
    const derived = rebased || before.length > 0;
    const predecessorNames = all.filter((p) => p.id !== u.id).map((p) => this.versions.get(p.id)?.name ?? `#${p.id}`);
    const lineageNote: Bilingual | undefined =
      predecessorNames.length === 0
        ? undefined
        : comparable
          ? { vi: `Số liệu quy đổi từ ${predecessorNames.join(' + ')}`, en: `Derived from ${predecessorNames.join(' + ')}` }
          : {
              vi: `Không so sánh được: đơn vị tiền thân bị chia tách, chưa có số liệu cấp thôn (${predecessorNames.join(', ')})`,
              en: `Not comparable: a predecessor was split and has no village-level data (${predecessorNames.join(', ')})`,
            };
    const base = { derived, comparable, ...(lineageNote ? { note: lineageNote } : {}) };
    if (all.length === 0) return { value: null, source: 'none', reporting: null, ...base, comparable: !rebased };
    if (!comparable) {
      const fromVillages = this.fromVillages(u, d, period, series, predecessorNames);
      return fromVillages ?? { value: null, source: rebased ? 'rebased' : 'none', reporting: null, ...base };
    }
    const reporting = (f: Figure, unitId: number) => {
      const levelBelow = LEVEL_BELOW[u.level as PivotLevel];
      if (f.origin !== 'rollup' || levelBelow === null || rebased) return null;
      return { units: f.unitsReported ?? 0, expected: this.below.get(`${unitId}|${this.obsDate(unitId, period)}|${levelBelow}`) ?? null };
    };
    const from = (f: Figure) => (f.fromMin !== null ? [f.fromMin, ...(f.fromMax !== null && f.fromMax !== f.fromMin ? [f.fromMax] : [])] : undefined);
    const source = (f: Figure) => (derived ? 'rebased' : f.origin);
    const agg = d.aggregation;

    if (agg.kind === 'ratio_of_sums') {
      const num = this.summed(all, SECTOR_CATALOGUE.byCode.get(agg.numerator)!, period, series);
      const den = this.summed(all, SECTOR_CATALOGUE.byCode.get(agg.denominator)!, period, series);
      const ratio = ratioOfSums(num.value, den.value);
      if (ratio !== null) {
        const f = from(num);
        return {
          value: round(ratio, 6),
          numerator: roundOrNull(num.value),
          denominator: roundOrNull(den.value),
          source: derived ? 'rebased' : num.origin === 'reported' && den.origin === 'reported' ? 'reported' : 'rollup',
          reporting: reporting(num, u.id),
          ...(f ? { from: f } : {}),
          ...base,
        };
      }
      // No counts: a share reported for the unit itself stands (never averaged upward).
      if (!derived) {
        const own = this.reported.get(key(u.id, d.code, period, series));
        if (own && own.num !== null) return { value: own.num, numerator: num.value, denominator: den.value, source: 'reported', reporting: null, ...base };
      }
      return { value: null, numerator: num.value, denominator: den.value, source: 'none', reporting: null, ...base };
    }
    if (agg.kind === 'sum' || agg.kind === 'count_true') {
      const f = all.length === 1 ? this.figure(all[0]!.id, d, period, series) : this.summed(all, d, period, series);
      const ownLevel = !derived && d.valueType === 'boolean' && f.origin === 'reported';
      const value = f.value === null ? null : ownLevel ? f.value === 1 : round(f.value, 6);
      const fr = from(f);
      const note = f.overridden ? overrideNote(d, f) : base.note;
      return { value, source: source(f), reporting: reporting(f, u.id), ...(fr ? { from: fr } : {}), ...base, ...(note ? { note } : {}) };
    }
    if (agg.kind === 'weighted_average') {
      if (all.length === 1) return this.ownValue(all[0]!.id, d, period, series, base);
      const w = agg.weight;
      const parts2 = all.map((p) => {
        const r = this.reported.get(key(p.id, d.code, period, series));
        return {
          value: r?.num ?? null,
          weight: w.source === 'attribute' ? (this.weights.get(`${p.id}|${this.obsDate(p.id, period)}|${w.key}`) ?? null) : null,
        };
      });
      const value = weightedAverage(parts2);
      return { value: value === null ? null : round(value, 6), source: value === null ? 'none' : 'rebased', reporting: null, ...base };
    }
    // latest / none: a value of the unit itself; not combined across units.
    if (derived)
      return {
        value: null,
        source: 'none',
        reporting: null,
        ...base,
        note: { vi: 'Chỉ tiêu không cộng gộp được giữa các đơn vị', en: 'This indicator does not combine across units' },
      };
    return this.ownValue(u.id, d, period, series, base);
  }

  /**
   * A commune formed from part of a split one, from its villages: each village it was formed with,
   * walked back to the village in force on the period's end; their values summed (and, for a share of
   * villages, the villages counted). Null when the indicator is not kept per village or a village has no
   * recorded origin.
   */
  private fromVillages(
    u: UnitRow,
    d: IndicatorDef,
    period: string,
    series: string,
    predecessors: string[],
  ): Omit<PivotCell, 'unit' | 'indicator' | 'period'> | null {
    const villages = this.villagesOf.get(u.id);
    if (!villages || villages.length === 0) return null;
    const end = periodEnd(parsePeriod(period));
    const old = new Set<number>();
    for (const v of villages) {
      const parts = walkLineageBack(v, end, this.edgesInto);
      if (parts.length === 0 || parts.some((p) => !p.full)) return null;
      for (const p of parts) old.add(p.id);
    }
    const ids = [...old];
    const perVillage = (def: IndicatorDef) => def.levels[0] === 'village' && (def.aggregation.kind === 'sum' || def.aggregation.kind === 'count_true');
    const sum = (def: IndicatorDef) => sumFigures(ids.map((id) => this.figure(id, def, period, series)));
    const note = {
      vi: `Số liệu quy đổi từ ${ids.length} thôn, bản của ${predecessors.join(', ')} nay thuộc ${u.name}`,
      en: `Derived from the ${ids.length} villages of ${predecessors.join(', ')} now in ${u.name}`,
    };
    const base = { source: 'rebased' as const, derived: true, comparable: true, reporting: null, note };
    const agg = d.aggregation;
    if (agg.kind === 'ratio_of_sums') {
      const num = SECTOR_CATALOGUE.byCode.get(agg.numerator)!;
      const den = SECTOR_CATALOGUE.byCode.get(agg.denominator)!;
      if (!perVillage(num)) return null;
      const n = sum(num).value;
      const dn = perVillage(den)
        ? sum(den).value
        : den.registerSource?.kind === 'child_count' && den.registerSource.childLevel === 'village'
          ? ids.length
          : null;
      const ratio = ratioOfSums(n, dn);
      return { value: ratio === null ? null : round(ratio, 6), numerator: roundOrNull(n), denominator: roundOrNull(dn), ...base };
    }
    if (perVillage(d)) return { value: roundOrNull(sum(d).value), ...base };
    if (d.registerSource?.kind === 'child_count' && d.registerSource.childLevel === 'village' && series === 'actual') return { value: ids.length, ...base };
    return null;
  }

  private ownValue(unitId: number, d: IndicatorDef, period: string, series: string, base: { derived: boolean; comparable: boolean; note?: Bilingual }) {
    const r = this.reported.get(key(unitId, d.code, period, series));
    if (!r) return { value: null, source: 'none' as const, reporting: null, ...base };
    const value = r.text ?? r.bool ?? r.num;
    const from = r.fromMin !== null ? [r.fromMin] : undefined;
    return { value, source: base.derived ? ('rebased' as const) : ('reported' as const), reporting: null, ...(from ? { from } : {}), ...base };
  }
}

/** True when some unit the commune was formed from went into it only in part. */
function hasPartialOrigin(unitId: number, edgesInto: ReadonlyMap<number, readonly LineageEdge[]>, depth = 0): boolean {
  if (depth > 20) return false;
  return (edgesInto.get(unitId) ?? []).some((e) => e.coverage === 'partial' || hasPartialOrigin(e.from.id, edgesInto, depth + 1));
}

function overrideNote(d: IndicatorDef, f: Figure): Bilingual | undefined {
  if (!f.overridden || f.value === null) return undefined;
  const fmt = (x: number) => formatNumberVi(x, Number.isInteger(x) ? 0 : d.decimals);
  return f.origin === 'reported'
    ? {
        vi: `Dùng số liệu báo cáo của đơn vị (${fmt(f.value)}) thay cho tổng cấp dưới (${fmt(f.overridden.value)}) theo quy tắc của chỉ tiêu`,
        en: `The unit's reported figure (${f.value}) is used over the sum of the units below (${f.overridden.value}), as the indicator says`,
      }
    : {
        vi: `Dùng tổng cấp dưới (${fmt(f.value)}); đơn vị báo cáo ${fmt(f.overridden.value)}`,
        en: `The sum of the units below (${f.value}) is used; the unit reported ${f.overridden.value}`,
      };
}

const round = (x: number, decimals: number) => Math.round(x * 10 ** decimals) / 10 ** decimals;
const roundOrNull = (x: number | null) => (x === null ? null : round(x, 6));
