/**
 * The shapes the analytics services return (issue #5): the pivot (indicators × units × periods) and the
 * dashboard of one unit and year. HTTP presents them as they are; the CLI prints them; the web draws them.
 */
import type { PlanComparison } from '../../domain/analytics/compare-with-plan.ts';
import type { Bilingual } from '../../domain/indicators/indicator-types.ts';

/** The levels a pivot can list units at (districts only before 01/07/2025). */
export { PIVOT_LEVEL_NAMES as PIVOT_LEVELS } from '../../domain/analytics/pivot-levels.ts';
export type { PivotLevelName as PivotLevel } from '../../domain/analytics/pivot-levels.ts';
import type { PivotLevelName as PivotLevel } from '../../domain/analytics/pivot-levels.ts';

/** Where a figure comes from. */
export type FigureSource =
  /** stored for this unit and period (or its sub-periods) */
  | 'reported'
  /** summed up from the units below it (villages → commune → district → province) */
  | 'rollup'
  /** counted from the register (villages in force under a commune) */
  | 'register'
  /** a unit that did not exist in the period: summed from its predecessors' figures (R-HIST-4, R-HIST-7) */
  | 'rebased'
  /** nothing known */
  | 'none';

/** A unit as the analytics responses list it. */
export interface AnalyticsUnit {
  code: string;
  name: string;
  fullName: string;
  level: PivotLevel;
  parentCode: string | null;
  validFrom: string | null;
  validTo: string | null;
}

/** An indicator as the analytics responses describe it. */
export interface AnalyticsIndicator {
  code: string;
  name: Bilingual;
  shortVi: string;
  unit: Bilingual;
  valueType: 'number' | 'count' | 'percent' | 'boolean' | 'enum';
  decimals: number;
  aggregation: string;
  periodType: 'year' | 'half' | 'quarter' | 'month';
  periodKind: 'stock' | 'flow';
}

/** One figure: a unit, an indicator, a period. */
export interface PivotCell {
  unit: string;
  indicator: string;
  period: string;
  /** Number (counts of true for yes/no indicators above their own level), yes/no or enum key at the unit's own level; null when unknown. */
  value: number | boolean | string | null;
  /** For ratios (R-AGG-2): the summed numerator and denominator the percentage was recomputed from. */
  numerator?: number | null;
  denominator?: number | null;
  /** The plan target for the same unit, indicator and period (when asked with series=both). */
  plan?: number | null;
  /** The same period a year earlier, and the comparisons (when asked with compare=true). */
  previous?: number | null;
  comparison?: PlanComparison;
  source: FigureSource;
  /** True when the figure was computed for a unit that did not exist in the period (re-based, labelled as derived). */
  derived: boolean;
  /** False when it cannot be compared: a predecessor was split and has no village-level data (R-HIST-4, TC-23). */
  comparable: boolean;
  /** For roll-ups: how many units below reported, of how many in force (null: not known). */
  reporting: { units: number; expected: number | null } | null;
  /** The stored periods behind the figure ("2024Q4"; months of a year to date), when not the period itself. */
  from?: string[];
  /** Why the figure is what it is (a reported value that overrides its roll-up, a partial year…). */
  note?: Bilingual;
}

/** A pivot's answer. */
export interface PivotResult {
  /** The date whose units are listed: figures of periods before a unit existed are re-based onto it. */
  at: string;
  level: PivotLevel;
  series: 'actual' | 'plan' | 'both';
  breakdown: string;
  periods: string[];
  indicators: AnalyticsIndicator[];
  units: AnalyticsUnit[];
  cells: PivotCell[];
}

/** One key figure of the dashboard: value, plan, same period last year and the phrasing (R-AGG-3). */
export interface KeyFigure {
  indicator: AnalyticsIndicator;
  /** The period the figure is for ("2024", or "2026M10" / "2026Q3" when the year is in progress). */
  period: string;
  /** "2024" or "10 tháng đầu năm 2026". */
  periodLabel: Bilingual;
  cell: PivotCell;
  plan: number | null;
  previous: number | null;
  comparison: PlanComparison;
  /** "doanh thu 1.463 tỷ đồng, đạt 108,0% kế hoạch, tăng 8,4% so với cùng kỳ". */
  text: Bilingual;
}

/** A yearly series for a trend chart. */
export interface TrendSeries {
  indicator: AnalyticsIndicator;
  points: Array<{ period: string; value: number | null; plan: number | null; derived: boolean; comparable: boolean; source: FigureSource }>;
}

/** The dashboard of one unit (province, commune) for one year. */
export interface DashboardResult {
  unit: AnalyticsUnit;
  /** The unit's ancestors, top first, for breadcrumbs. */
  ancestors: AnalyticsUnit[];
  year: number;
  at: string;
  keyFigures: KeyFigure[];
  trends: TrendSeries[];
  /** "212/216 thôn được phủ sóng băng rộng di động" at the end of the year (or latest quarter). */
  coverage: { period: string; covered: number; total: number; share: number | null; text: Bilingual; derived: boolean } | null;
  /** The criterion-8 board of the communes below (null for a village, or when no set applies). */
  criteria: {
    date: string;
    setId: string;
    setName: Bilingual;
    text: Bilingual;
    counts: { inScope: number; passed: number; failed: number; missing: number };
    communes: Array<{ code: string; name: string; outcome: 'pass' | 'fail' | 'missing' | 'not_applicable' }>;
  } | null;
  /** The units one level down with the key indicators for the year: the table and the map's default layer. */
  children: { level: PivotLevel; units: AnalyticsUnit[]; indicators: AnalyticsIndicator[]; cells: PivotCell[] } | null;
}
