/**
 * The filters of the values table, kept in the address (`/values?indicator=…&period=…&area=…&level=…
 * &series=…&q=…&batch=…&page=…`) so that a filtered table can be shared and survives a reload.
 */
import { useCallback, useMemo } from 'react';
import { useSearchParams } from 'react-router';
import { INDICATOR_LEVELS, type IndicatorLevel } from '../../../src/domain/indicators/indicator-types.ts';
import { SERIES, type Series } from '../../../src/domain/values/value-types.ts';

export interface ValueFilters {
  indicator?: string;
  period?: string;
  area?: string;
  level?: IndicatorLevel;
  series?: Series;
  q?: string;
  batch?: number;
  /** 1-based. */
  page: number;
}

export type FilterKey = Exclude<keyof ValueFilters, 'page'>;
const FILTER_KEYS: FilterKey[] = ['indicator', 'period', 'area', 'level', 'series', 'q', 'batch'];

export interface ValueFiltersState {
  filters: ValueFilters;
  /** Sets (or, with undefined, removes) one filter and goes back to the first page. */
  setFilter(key: FilterKey, value: string | undefined): void;
  setPage(page: number): void;
  /** Removes every filter (the page date `at` stays). */
  clearAll(): void;
}

/** Reads and updates the filters in the address. */
export function useValueFilters(): ValueFiltersState {
  const [params, setParams] = useSearchParams();
  const filters = useMemo(() => readFilters(params), [params]);

  const setFilter = useCallback(
    (key: FilterKey, value: string | undefined) =>
      setParams(
        (prev) => {
          const next = new URLSearchParams(prev);
          if (value === undefined || value === '') next.delete(key);
          else next.set(key, value);
          next.delete('page');
          return next;
        },
        { replace: key === 'q' },
      ),
    [setParams],
  );

  const setPage = useCallback(
    (page: number) =>
      setParams((prev) => {
        const next = new URLSearchParams(prev);
        if (page <= 1) next.delete('page');
        else next.set('page', String(page));
        return next;
      }),
    [setParams],
  );

  const clearAll = useCallback(
    () =>
      setParams((prev) => {
        const next = new URLSearchParams();
        const at = prev.get('at');
        if (at) next.set('at', at);
        return next;
      }),
    [setParams],
  );

  return { filters, setFilter, setPage, clearAll };
}

/** The filters in `params`, ignoring values that cannot be right (an unknown level, a page of 0). */
function readFilters(params: URLSearchParams): ValueFilters {
  const text = (key: string) => params.get(key)?.trim() || undefined;
  const level = text('level');
  const series = text('series');
  const batch = Number(text('batch'));
  const page = Number(text('page'));
  return {
    indicator: text('indicator'),
    period: text('period'),
    area: text('area'),
    level: INDICATOR_LEVELS.includes(level as IndicatorLevel) ? (level as IndicatorLevel) : undefined,
    series: SERIES.includes(series as Series) ? (series as Series) : undefined,
    q: text('q'),
    batch: Number.isInteger(batch) && batch > 0 ? batch : undefined,
    page: Number.isInteger(page) && page > 1 ? page : 1,
  };
}

/** Whether any filter is set. */
export function hasFilters(filters: ValueFilters): boolean {
  return FILTER_KEYS.some((key) => filters[key] !== undefined);
}
