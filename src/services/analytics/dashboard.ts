/**
 * The dashboard of one unit and year (issue #5): key figures with plan and the same period last year,
 * yearly trends (earlier years re-based onto the unit where it did not exist yet), the village coverage
 * figure, the criterion-8 board of the communes below, and the units one level down for the table and
 * the map. Built from the pivot, so every figure carries its source; answers are cached per data
 * version (the last audit event: every write leaves one), so a new value shows on the next request.
 */
import { compareWithPlan, figureSentence } from '../../domain/analytics/compare-with-plan.ts';
import { DASHBOARD_LEVELS } from '../../domain/analytics/dashboard-indicators.ts';
import { LEVEL_BELOW } from '../../domain/analytics/pivot-levels.ts';
import { formatNumberVi } from '../../domain/format/vi-format.ts';
import type { Bilingual } from '../../domain/indicators/indicator-types.ts';
import { SECTOR_CATALOGUE } from '../../domain/indicators/sector-catalogue.ts';
import { figureSpanLabel } from '../../domain/periods/period-text.ts';
import { MIN_YEAR } from '../../domain/periods/period.ts';
import { isIsoDate, todayInVietnam } from '../../domain/units/dates.ts';
import { findAncestors } from '../../db/queries/units/find-ancestors.ts';
import { findUnitVersions } from '../../db/queries/units/find-unit-versions.ts';
import type { ServiceContext } from '../context.ts';
import { VersionedAnswers, type VersionedAnswer } from '../serving/versioned-answers.ts';
import { summarizeCriteria } from '../criteria/summarize-criteria.ts';
import { evaluateUnit } from '../criteria/evaluate-unit.ts';
import { invalidInput, unitNotFound } from '../errors.ts';
import type { DashboardResult, KeyFigure, PivotCell, PivotLevel, TrendSeries } from './analytics-types.ts';
import { pivot, presentAnalyticsUnit, presentIndicator } from './pivot.ts';

export interface DashboardRequest {
  unit: string;
  year: number;
  /** Which units the code means (codes were reused after 01/07/2025); default: the year's last day, or today in the current year. */
  at?: string | undefined;
}

/** The first year trends start at. */
export const TREND_FIRST_YEAR = 2016;

const answers = new VersionedAnswers<DashboardResult>(500);

/** The dashboard; throws invalid_input / not_found naming the field. */
export async function getDashboard(ctx: ServiceContext, input: DashboardRequest): Promise<DashboardResult> {
  return (await getDashboardAnswer(ctx, input)).value;
}

/**
 * The dashboard as a cached answer with its JSON text, gzip bytes and ETag, made once per data version:
 * a province's answer is hundreds of kilobytes, and writing it again for every request would keep the one
 * Node thread busy under load.
 */
export async function getDashboardAnswer(ctx: ServiceContext, input: DashboardRequest): Promise<VersionedAnswer<DashboardResult>> {
  const today = todayInVietnam();
  const thisYear = Number(today.slice(0, 4));
  if (!Number.isInteger(input.year) || input.year < MIN_YEAR || input.year > thisYear) {
    throw invalidInput(`year must be between ${MIN_YEAR} and ${thisYear}`, `năm phải từ ${MIN_YEAR} đến ${thisYear}`, [
      { field: 'year', value: String(input.year), message: `between ${MIN_YEAR} and ${thisYear}`, messageVi: `từ ${MIN_YEAR} đến ${thisYear}` },
    ]);
  }
  if (input.at !== undefined && !isIsoDate(input.at)) {
    throw invalidInput('at must be a date YYYY-MM-DD', 'at phải là ngày dạng YYYY-MM-DD', [
      { field: 'at', value: input.at, message: 'YYYY-MM-DD', messageVi: 'YYYY-MM-DD' },
    ]);
  }
  const yearEnd = `${input.year}-12-31`;
  const at = input.at ?? (yearEnd < today ? yearEnd : today);
  return answers.get(ctx, `${input.unit}|${input.year}|${at}|${today}`, () => buildDashboard(ctx, input.unit, input.year, at, today));
}

async function buildDashboard(ctx: ServiceContext, code: string, year: number, at: string, today: string): Promise<DashboardResult> {
  const versions = await findUnitVersions(ctx.db, code);
  if (versions.length === 0) throw unitNotFound(code);
  const unit = versions.find((v) => (v.validFrom === null || v.validFrom <= at) && (v.validTo === null || v.validTo >= at));
  if (!unit) {
    const last = versions[versions.length - 1]!;
    throw invalidInput(
      `unit ${code} is not in force on ${at}${last.validTo ? ` (it ended on ${last.validTo}: choose an earlier year or its successor)` : ''}`,
      `đơn vị ${code} không có hiệu lực ngày ${at}${last.validTo ? ` (hết hiệu lực ngày ${last.validTo}: chọn năm trước đó hoặc đơn vị kế thừa)` : ''}`,
      [{ field: 'unit', value: code, message: `not in force on ${at}`, messageVi: 'không có hiệu lực vào ngày này' }],
    );
  }
  const level = unit.level as PivotLevel;
  const spec = DASHBOARD_LEVELS[level];
  const period = String(year);
  const ancestors = (await findAncestors(ctx.db, unit.parentCode, at)).map(presentAnalyticsUnit).reverse();

  const below = LEVEL_BELOW[level];
  const criteriaDate = `${year}-12-31` < today ? `${year}-12-31` : today;
  // Independent reads, run together (on a server pool they run in parallel).
  const [now, trend, criteria, kids] = await Promise.all([
    pivot(ctx, { indicators: spec.keyFigures, level, units: [unit.code], periods: [period], at, series: 'both', compare: true }),
    pivot(ctx, { indicators: spec.keyFigures, level, units: [unit.code], periods: [`${TREND_FIRST_YEAR}..${year}`], at, series: 'both' }),
    criteriaBoard(ctx, unit.code, level, criteriaDate),
    below && spec.children.length > 0 ? pivot(ctx, { indicators: spec.children, level: below, parent: unit.code, periods: [period], at }) : null,
  ]);
  const keyFigures = now.cells.map((c) => keyFigure(c));
  const trends: TrendSeries[] = spec.keyFigures.map((indicator) => ({
    indicator: presentIndicator(SECTOR_CATALOGUE.byCode.get(indicator)!),
    points: trend.cells
      .filter((c) => c.indicator === indicator)
      .map((c) => ({
        period: c.period,
        value: typeof c.value === 'number' ? c.value : null,
        plan: c.plan ?? null,
        derived: c.derived,
        comparable: c.comparable,
        source: c.source,
      })),
  }));

  let coverage: DashboardResult['coverage'] = null;
  const cov = spec.coverage ? now.cells.find((c) => c.indicator === spec.coverage) : undefined;
  if (cov && typeof cov.numerator === 'number' && typeof cov.denominator === 'number') {
    const share = typeof cov.value === 'number' ? cov.value : null;
    const villages = `${formatNumberVi(cov.numerator)}/${formatNumberVi(cov.denominator)}`;
    coverage = {
      period: cov.from?.[cov.from.length - 1] ?? period,
      covered: cov.numerator,
      total: cov.denominator,
      share,
      derived: cov.derived,
      text: {
        vi: `${villages} thôn, bản được phủ sóng băng rộng di động${share === null ? '' : ` (${formatNumberVi(share, 1)}%)`}`,
        en: `${villages} villages covered by mobile broadband${share === null ? '' : ` (${share.toFixed(1)}%)`}`,
      },
    };
  }

  const children: DashboardResult['children'] = below && kids ? { level: below, units: kids.units, indicators: kids.indicators, cells: kids.cells } : null;
  return { unit: presentAnalyticsUnit(unit), ancestors, year, at, keyFigures, trends, coverage, criteria, children };
}

/** A key figure card from its pivot cell (asked with plan and comparison). */
function keyFigure(c: PivotCell): KeyFigure {
  const d = SECTOR_CATALOGUE.byCode.get(c.indicator)!;
  const value = typeof c.value === 'number' ? c.value : null;
  const plan = c.plan ?? null;
  const previous = c.previous ?? null;
  const comparison = c.comparison ?? compareWithPlan(value ?? 0, null, null);
  const label = figurePeriodLabel(c);
  const text: Bilingual =
    value === null
      ? { vi: `${d.name.vi}: chưa có số liệu`, en: `${d.name.en}: no figures yet` }
      : {
          vi: figureSentence(d.name, value, d.unit, d.decimals, c.comparison ?? null, 'vi'),
          en: figureSentence(d.name, value, d.unit, d.decimals, c.comparison ?? null, 'en'),
        };
  return { indicator: presentIndicator(d), period: c.from?.[c.from.length - 1] ?? c.period, periodLabel: label, cell: c, plan, previous, comparison, text };
}

/** "Năm 2024"; a flow to date: "10 tháng đầu năm 2026"; a stock from its last quarter: "Quý III/2026". */
function figurePeriodLabel(c: PivotCell): Bilingual {
  return { vi: figureSpanLabel(c.period, c.from, 'vi'), en: figureSpanLabel(c.period, c.from, 'en') };
}

/** The criterion-8 board of a province's communes, or one commune's outcome; null for a village or where no set applies. */
async function criteriaBoard(ctx: ServiceContext, code: string, level: PivotLevel, date: string): Promise<DashboardResult['criteria']> {
  if (level === 'province') {
    const s = await summarizeCriteria(ctx, { area: code, date, withPreviousYear: false });
    if (!s.criterion) return null;
    return {
      date,
      setId: s.setId,
      setName: s.setName,
      text: s.text,
      counts: { inScope: s.counts.inScope, passed: s.counts.passed, failed: s.counts.failed, missing: s.counts.missing },
      communes: s.communes.map((c) => ({ code: c.code, name: c.name, outcome: c.outcome })),
    };
  }
  if (level === 'commune') {
    const ev = await evaluateUnit(ctx, { unit: code, date });
    if (!ev.criterion) return null;
    const outcome = ev.outcome;
    const passed = outcome === 'pass' ? 1 : 0;
    return {
      date,
      setId: ev.setId,
      setName: ev.setName,
      text: { vi: `${passed}/1 xã đạt tiêu chí số 8`, en: `${passed}/1 commune meets criterion 8` },
      counts: { inScope: 1, passed, failed: outcome === 'fail' ? 1 : 0, missing: outcome === 'missing' ? 1 : 0 },
      communes: [{ code, name: ev.unit.name, outcome }],
    };
  }
  return null;
}
