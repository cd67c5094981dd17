/** Typed access to the values API: `/api/values`, `/api/values/history`, `/api/value-periods`, `/api/value-batches`, `/api/templates/values`. */
import type { IndicatorArea } from '../../../src/domain/indicators/indicator-types.ts';
import type { UnitLevel } from '../../../src/domain/units/unit-types.ts';
import type { Series } from '../../../src/domain/values/value-types.ts';
import type { ValueHistory } from '../../../src/services/values/get-value-history.ts';
import type { ValueView } from '../../../src/services/values/list-values.ts';
import { withQuery } from './http.ts';
import { useApi, type ApiState } from './use-api.ts';

/** Where a value came from: an imported file, or demo data (always labelled as such in the UI). */
export type BatchKind = ValueView['batchKind'];

/** One stored value, with its unit (as observed), period, breakdown and provenance (the server's ValueView). */
export type ValueRow = ValueView;

export interface ValuePage {
  total: number;
  rows: ValueRow[];
}

/** The filters of the values table; all optional (without indicator or period: the latest values). */
export interface ValueQuery {
  indicator?: string;
  period?: string;
  area?: string;
  level?: UnitLevel;
  series?: Series;
  q?: string;
  /** Only the values stored by this batch. */
  batch?: number;
  /** The date the units under `area` are read on when no period is given (the period's end otherwise). */
  at?: string;
  limit?: number;
  offset?: number;
}

/** `/api/values?…`. */
export function valuesUrl(query: ValueQuery): string {
  return withQuery('/api/values', { ...query });
}

/** One page of values; keeps the previous page on screen while the next loads. Null loads nothing. */
export function useValues(query: ValueQuery | null): ApiState<ValuePage> {
  return useApi<ValuePage>(query ? valuesUrl(query) : null, { keepPrevious: true });
}

/** Periods that have values (of one indicator, when given), newest first. */
export function useValuePeriods(indicator: string | undefined): ApiState<{ periods: Array<{ period: string; label: string }> }> {
  return useApi(withQuery('/api/value-periods', { indicator }));
}

/** One import (or demo load) of values. */
export interface ValueBatch {
  id: number;
  kind: BatchKind;
  fileName: string;
  actor: string;
  importedAt: string;
  rowsRead: number;
  valuesInserted: number;
  valuesUpdated: number;
  valuesUnchanged: number;
}

/** The latest batches, newest first. */
export function useValueBatches(limit = 10): ApiState<{ rows: ValueBatch[] }> {
  return useApi(withQuery('/api/value-batches', { limit }));
}

export type TemplateFormat = 'xlsx' | 'csv';

/** `/api/templates/values?…`: a template listing the units of `unit` for the indicators of `area`. */
export function templateUrl(area: IndicatorArea, unit: string, period: string, format: TemplateFormat): string {
  return withQuery('/api/templates/values', { area, unit, period, format });
}

/** Which figure's history: the key of a stored value. */
export interface ValueHistoryKey {
  unit: string;
  indicator: string;
  period: string;
  breakdown: string;
  series: string;
  at?: string | undefined;
}

/** `/api/values/history`: every value one figure has had, newest first (null loads nothing). */
export function useValueHistory(key: ValueHistoryKey | null): ApiState<ValueHistory> {
  return useApi<ValueHistory>(
    key
      ? withQuery('/api/values/history', {
          unit: key.unit,
          indicator: key.indicator,
          period: key.period,
          breakdown: key.breakdown || undefined,
          series: key.series,
          at: key.at,
        })
      : null,
  );
}
