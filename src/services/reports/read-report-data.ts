/**
 * Reads what a report is written from, through the same services the dashboard and the criterion board
 * use (so the report's numbers are the analytics API's numbers): the pivot for the area's figures with
 * plan and last year, the criterion board (and a year earlier, and a year asked for), and the villages'
 * coverage now and a year earlier. Only what the sections asked for is read.
 */
import { combineProvinces, type ProvinceFigure } from '../../domain/reports/national-figures.ts';
import { SECTOR_CATALOGUE } from '../../domain/indicators/sector-catalogue.ts';
import { figureKey, type ReportCoverage, type ReportCriteria, type ReportData, type ReportFigure } from '../../domain/reports/report-data.ts';
import type { AnnualReportRequest, FigureRef, ReportSectionId } from '../../domain/reports/report-types.ts';
import { countValueBatches } from '../../db/queries/demo/count-value-batches.ts';
import { pivot } from '../analytics/pivot.ts';
import type { ServiceContext } from '../context.ts';
import { listCoverageGaps, type CoverageReport } from '../criteria/coverage-gaps.ts';
import { summarizeAtEarlierDate, summarizeCriteria, yearEarlier, type CriteriaSummary } from '../criteria/summarize-criteria.ts';
import { chooseSet } from '../../domain/criteria/evaluate-commune.ts';
import { findUnitType } from '../../domain/units/unit-types.ts';
import { periodEnd, tryParsePeriod } from '../../domain/periods/period.ts';
import { figureSpanLabel } from '../../domain/periods/period-text.ts';
import { isReadableFor } from '../../domain/reports/section-tools.ts';

/** The indicators the sections print (total figures). */
export const REPORT_INDICATORS: readonly string[] = [
  'province.mobile_population_coverage',
  'commune.villages',
  'village.mobile_broadband',
  'commune.share_villages_mobile_broadband',
  'village.fibre',
  'commune.share_households_with_fibre',
  'province.share_households_internet',
  'commune.postal_points',
  'commune.public_telecom_point',
  'commune.public_letter_box',
  'province.postal_admin_dossiers',
  'commune.radio_station',
  'commune.radio_station_operating',
  'commune.villages_with_loudspeakers',
  'commune.share_villages_loudspeakers',
  'commune.dms_in_use',
  'commune.web_page_live',
  'province.online_public_services',
  'province.dossiers_online',
  'province.dossiers_total',
  'province.share_dossiers_online',
  'commune.dossiers_online',
  'commune.dossiers_total',
  'commune.share_dossiers_online',
  'province.documents_outgoing_electronic',
  'province.documents_outgoing',
  'province.share_documents_electronic',
  'commune.officials',
  'commune.officials_using_computers',
  'commune.officials_with_digital_signature',
  'commune.share_officials_with_digital_signature',
  'province.telecom_revenue',
  'province.postal_revenue',
  'province.mobile_telephone_subscriptions',
  'province.fixed_telephone_subscriptions',
  'province.mobile_broadband_subscriptions',
  'province.fixed_broadband_subscriptions',
];

/** The parts of breakdowns the sections print. */
export const REPORT_BREAKDOWNS: ReadonlyArray<readonly [string, string]> = [
  ['province.mobile_population_coverage', 'technology=3g'],
  ['province.mobile_population_coverage', 'technology=4g'],
  ['province.mobile_population_coverage', 'technology=5g'],
  ['commune.radio_station', 'transmission=wired'],
  ['commune.radio_station', 'transmission=wireless'],
  ['commune.radio_station', 'transmission=ip'],
  ['province.online_public_services', 'online_service_level=full'],
  ['province.online_public_services', 'online_service_level=partial'],
];

/** Where the report stands: its area (a province version in force on `at`, or the country: code null) and period. */
export interface ReportScope {
  area: ReportData['area'];
  period: ReportData['period'];
  at: string;
  date: string;
}

/** The indicators to read, by breakdown: those the sections print that can be read for the period. */
function indicatorsByBreakdown(scope: ReportScope, extra: readonly string[]): Map<string, string[]> {
  // An indicator reported for longer periods than the report's (a yearly stock in a six-month report) is not read.
  const readable = (code: string) => isReadableFor(code, scope.period.code);
  const breakdowns = new Map<string, string[]>([['', [...new Set([...REPORT_INDICATORS, ...extra])].filter(readable)]]);
  for (const [indicator, breakdown] of REPORT_BREAKDOWNS) if (readable(indicator)) breakdowns.set(breakdown, [...(breakdowns.get(breakdown) ?? []), indicator]);
  return breakdowns;
}

/** Reads the figures of the area for the period, with plan and last year, by breakdown. */
export async function readReportFigures(ctx: ServiceContext, scope: ReportScope): Promise<Map<string, ReportFigure>> {
  const unit = scope.area.code;
  if (unit === null) return readCountryFigures(ctx, scope);
  const out = new Map<string, ReportFigure>();
  for (const [breakdown, indicators] of indicatorsByBreakdown(scope, [])) {
    if (indicators.length === 0) continue;
    const r = await pivot(ctx, {
      indicators,
      level: 'province',
      units: [unit],
      periods: [scope.period.code],
      at: scope.at,
      series: 'both',
      compare: true,
      breakdown,
    });
    for (const c of r.cells) {
      const ref = { kind: 'indicator' as const, unit, indicator: c.indicator, period: c.period, breakdown, series: 'actual' as const, at: scope.at };
      out.set(figureKey(c.indicator, breakdown), {
        indicator: c.indicator,
        breakdown,
        value: typeof c.value === 'number' ? c.value : null,
        plan: c.plan ?? null,
        previous: c.previous ?? null,
        numerator: c.numerator ?? null,
        denominator: c.denominator ?? null,
        derived: c.derived,
        from: c.from ?? null,
        ref,
        planRef: { ...ref, series: 'plan' },
        planIsYear: c.from !== undefined && c.from !== null && spanIsPartial(scope.period.code, c.from),
        previousRef: { ...ref, series: 'previous' },
        reporting: null,
        notCombined: null,
      });
    }
  }
  // Plans are set for years: a six-month or quarterly figure is compared with its year's plan
  // ("đạt 53% kế hoạch năm", R-AGG-3 as ministry reports apply it).
  const year = String(scope.period.year);
  if (scope.period.code !== year) {
    const planned = [...out.values()].filter((f) => f.value !== null && f.breakdown === '').map((f) => f.indicator);
    if (planned.length > 0) {
      const r = await pivot(ctx, { indicators: planned, level: 'province', units: [unit], periods: [year], at: scope.at, series: 'plan' });
      for (const c of r.cells) {
        const f = out.get(figureKey(c.indicator));
        if (!f || typeof c.value !== 'number') continue;
        f.plan = c.value;
        f.planRef = { kind: 'indicator', unit, indicator: c.indicator, period: year, breakdown: '', series: 'plan', at: scope.at };
        f.planIsYear = true;
      }
    }
  }
  return out;
}

/**
 * The country's figures: every province in force read through the pivot, then combined by
 * `combineProvinces` (sums; shares from summed counts). Each figure cites the provinces' cells it adds.
 */
async function readCountryFigures(ctx: ServiceContext, scope: ReportScope): Promise<Map<string, ReportFigure>> {
  const out = new Map<string, ReportFigure>();
  // The numerators and denominators of the shares are read too: the country's share is recomputed from them.
  const counts = REPORT_INDICATORS.flatMap((code) => {
    const agg = SECTOR_CATALOGUE.byCode.get(code)?.aggregation;
    return agg?.kind === 'ratio_of_sums' ? [agg.numerator, agg.denominator] : [];
  });
  for (const [breakdown, indicators] of indicatorsByBreakdown(scope, counts)) {
    if (indicators.length === 0) continue;
    const r = await pivot(ctx, { indicators, level: 'province', periods: [scope.period.code], at: scope.at, series: 'both', compare: true, breakdown });
    const provinces = r.units.length;
    const byIndicator = new Map<string, ProvinceFigure[]>();
    for (const c of r.cells) {
      const list = byIndicator.get(c.indicator) ?? [];
      list.push({ unit: c.unit, value: typeof c.value === 'number' ? c.value : null, plan: c.plan ?? null, previous: c.previous ?? null });
      byIndicator.set(c.indicator, list);
    }
    for (const code of indicators) {
      const d = SECTOR_CATALOGUE.byCode.get(code)!;
      const n = combineProvinces(d, (x) => byIndicator.get(x) ?? []);
      const cell = (unit: string, series: 'actual' | 'plan' | 'previous', indicator = code): FigureRef => ({
        kind: 'indicator',
        unit,
        indicator,
        period: scope.period.code,
        breakdown,
        series,
        at: scope.at,
      });
      const refOf = (series: 'actual' | 'plan' | 'previous'): FigureRef => {
        const agg = d.aggregation;
        if (agg.kind !== 'ratio_of_sums') return { kind: 'derived', formula: 'sum', of: n.parts.map((u) => cell(u, series)) };
        const sum = (indicator: string): FigureRef => ({ kind: 'derived', formula: 'sum', of: n.parts.map((u) => cell(u, series, indicator)) });
        return { kind: 'derived', formula: 'ratio', of: [sum(agg.numerator), sum(agg.denominator)] };
      };
      out.set(figureKey(code, breakdown), {
        indicator: code,
        breakdown,
        value: n.value,
        plan: n.plan,
        previous: n.previous,
        numerator: n.numerator,
        denominator: n.denominator,
        derived: r.cells.some((c) => c.indicator === code && c.derived),
        from: null,
        ref: refOf('actual'),
        planRef: refOf('plan'),
        planIsYear: false,
        previousRef: refOf('previous'),
        reporting: { units: n.parts.length, of: provinces },
        notCombined: n.notCombined,
      });
    }
  }
  return out;
}

/** True when the stored periods behind a figure cover only part of its period (a year to date). */
function spanIsPartial(period: string, from: readonly string[]): boolean {
  return figureSpanLabel(period, from, 'vi') !== figureSpanLabel(period, null, 'vi');
}

/** The criterion board at the report's date, a year earlier and, when asked, at the end of another year. */
export async function readReportCriteria(ctx: ServiceContext, scope: ReportScope, compareYear: number | undefined): Promise<ReportCriteria> {
  const s = await summarizeCriteria(ctx, { area: scope.area.code, date: scope.at, withPreviousYear: true });
  const earlier: ReportCriteria['earlier'] = [];
  if (s.previousYear)
    earlier.push({
      year: Number(s.previousYear.date.slice(0, 4)),
      date: s.previousYear.date,
      setId: s.previousYear.setId,
      counts: s.previousYear.counts,
      comparable: s.previousYear.comparable,
    });
  const previousYear = Number(yearEarlier(scope.at).slice(0, 4));
  if (compareYear !== undefined && compareYear !== previousYear) {
    const e = await summarizeAtEarlierDate(ctx, scope.area.code, scope.at, `${compareYear}-12-31`, chooseSet({ date: scope.at }), false);
    if (e) earlier.push({ year: compareYear, date: e.date, setId: e.setId, counts: e.counts, comparable: e.comparable });
  }
  return presentCriteria(s, earlier);
}

function presentCriteria(s: CriteriaSummary, earlier: ReportCriteria['earlier']): ReportCriteria {
  return {
    date: s.date,
    setId: s.setId,
    setName: s.setName.vi,
    criterion: s.criterion ? { number: s.criterion.number, name: s.criterion.name.vi } : null,
    guidanceName: s.guidanceName?.vi ?? null,
    counts: s.counts,
    subCriteria: s.subCriteria.map((t) => ({ id: t.id, name: t.name.vi, passed: t.passed, failed: t.failed, missing: t.missing })),
    communes: s.communes
      .filter((c) => c.outcome !== 'not_applicable')
      .map((c) => ({
        code: c.code,
        name: c.name,
        districtName: c.districtName,
        outcome: c.outcome,
        notMet: c.outcome === 'pass' ? [] : c.reasons.length > 0 ? c.reasons.map((r) => r.vi) : c.gaps.map((g) => g.vi),
      })),
    earlier,
  };
}

/** The villages' coverage of the area on a date. */
export async function readReportCoverage(ctx: ServiceContext, area: string | null, date: string): Promise<ReportCoverage> {
  return presentCoverage(await listCoverageGaps(ctx, { area, date }));
}

function presentCoverage(r: CoverageReport): ReportCoverage {
  const by = r.counts.withoutBroadbandBy;
  return {
    date: r.date,
    villages: r.counts.villages,
    broadband: r.counts.broadband,
    withoutBroadband: r.counts.withoutBroadband,
    trangSong: r.counts.trangSong,
    lomSong: r.counts.lomSong,
    withoutGrid: by.usoWithoutGrid + by.otherWithoutGrid,
    share: r.counts.share,
    asOf: latestPeriod(r.villages.map((v) => v.period)),
    gaps: r.villages.map((v) => ({
      code: v.code,
      name: villageName(v.name, v.typeCode),
      communeName: v.communeName,
      broadband: v.broadband,
      signal: v.signal,
      grid: v.grid,
      usoArea: v.usoArea,
    })),
  };
}

/** The period that ends last among some periods (null when there are none). */
function latestPeriod(periods: ReadonlyArray<string | null>): string | null {
  let best: string | null = null;
  for (const p of periods) {
    const parsed = p ? tryParsePeriod(p) : undefined;
    if (parsed && (best === null || periodEnd(parsed) > periodEnd(tryParsePeriod(best)!))) best = p;
  }
  return best;
}

/** "Bản 3", "Thôn Nà Tòng": a village's name with its type, unless the name already starts with it. */
function villageName(name: string, typeCode: string | undefined): string {
  const type = typeCode ? findUnitType(typeCode)?.vi : undefined;
  if (!type || name.toLocaleLowerCase('vi-VN').startsWith(type.toLocaleLowerCase('vi-VN'))) return name;
  return `${type} ${name}`;
}

/** True when the demo dataset is loaded (its figures are then labelled "dữ liệu minh họa"). */
export async function isDemoLoaded(ctx: ServiceContext): Promise<boolean> {
  return (await countValueBatches(ctx.db)).demo > 0;
}

/** What each section needs read. */
export function needsOf(sections: readonly ReportSectionId[]): { figures: boolean; criteria: boolean; coverage: boolean } {
  const has = (...ids: ReportSectionId[]) => ids.some((id) => sections.includes(id));
  return {
    figures: has('telecom', 'postal', 'radio', 'it', 'revenue'),
    criteria: has('postal', 'ntm', 'appendix_communes'),
    coverage: has('telecom', 'appendix_villages'),
  };
}

export type { AnnualReportRequest };
