/**
 * Typed access to the analytics API (issue #5): a unit's dashboard for a year (`/api/analytics/dashboard`)
 * and the pivot of indicators × units × periods (`/api/analytics/pivot`, also as CSV or XLSX).
 * Shapes come from the server's analytics-types.ts.
 */
import type {
  AnalyticsIndicator,
  AnalyticsUnit,
  DashboardResult,
  FigureSource,
  KeyFigure,
  PivotCell,
  PivotLevel,
  PivotResult,
  TrendSeries,
} from '../../../src/services/analytics/analytics-types.ts';
import { withQuery } from './http.ts';
import { useApi, type ApiState } from './use-api.ts';

export type { AnalyticsIndicator, AnalyticsUnit, DashboardResult, FigureSource, KeyFigure, PivotCell, PivotLevel, PivotResult, TrendSeries };

/** What a dashboard is asked for: a unit, a year and (optionally) the date that says which unit the code means. */
export interface DashboardQuery {
  unit: string;
  year: number;
  at?: string | undefined;
}

/** `/api/analytics/dashboard?unit=…&year=…[&at=…]`. */
export function dashboardUrl(query: DashboardQuery): string {
  return withQuery('/api/analytics/dashboard', { unit: query.unit, year: query.year, at: query.at });
}

/** A unit's dashboard (null loads nothing); keeps the last one on screen while the next loads. */
export function useDashboard(query: DashboardQuery | null): ApiState<DashboardResult> {
  return useApi<DashboardResult>(query ? dashboardUrl(query) : null, { keepPrevious: true });
}

/** What a pivot is asked for. */
export interface PivotQuery {
  indicators: readonly string[];
  level: PivotLevel;
  parent?: string | undefined;
  periods: readonly string[];
  at?: string | undefined;
  series?: 'actual' | 'plan' | 'both';
  compare?: boolean;
}

/** `/api/analytics/pivot?…`; `format` csv or xlsx gives the download link of the same table. */
export function pivotUrl(query: PivotQuery, format: 'json' | 'csv' | 'xlsx' = 'json'): string {
  return withQuery('/api/analytics/pivot', {
    indicators: query.indicators.join(','),
    level: query.level,
    parent: query.parent,
    periods: query.periods.join(','),
    at: query.at,
    series: query.series,
    compare: query.compare ? 'true' : undefined,
    format: format === 'json' ? undefined : format,
  });
}

/** A pivot as JSON (null loads nothing). */
export function usePivot(query: PivotQuery | null): ApiState<PivotResult> {
  return useApi<PivotResult>(query ? pivotUrl(query) : null);
}
