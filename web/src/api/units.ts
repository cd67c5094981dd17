/** Typed access to the units API (`/api/units…`); shapes come from the server's unit-views.ts. */
import { useCallback, useEffect, useState } from 'react';
import type { UnitLevel } from '../../../src/domain/units/unit-types.ts';
import type { UnitDetail, UnitList, UnitListItem, UnitSearchResult } from '../../../src/services/units/unit-views.ts';
import { ApiError, fetchJson, withQuery } from './http.ts';
import { useApi, type ApiState } from './use-api.ts';

export interface UnitListQuery {
  at: string;
  level?: UnitLevel;
  parent?: string;
  limit?: number;
  offset?: number;
}

/** `/api/units?…`: provinces when neither parent nor level is given. */
export function unitListUrl(query: UnitListQuery): string {
  return withQuery('/api/units', { at: query.at, level: query.level, parent: query.parent, limit: query.limit, offset: query.offset });
}

/** `/api/units/search?q=…&at=…&limit=…`. */
export function unitSearchUrl(q: string, at: string, limit: number): string {
  return withQuery('/api/units/search', { q, at, limit });
}

/** `/api/units/CODE?at=…`. */
export function unitDetailUrl(code: string, at: string): string {
  return withQuery(`/api/units/${encodeURIComponent(code)}`, { at });
}

/** One page of units (null query: nothing loaded). */
export function useUnitList(query: UnitListQuery | null): ApiState<UnitList> {
  return useApi<UnitList>(query ? unitListUrl(query) : null);
}

/** Search hits for `q` on `at`; null q loads nothing. Keeps the previous hits while the next load. */
export function useUnitSearch(q: string | null, at: string, limit = 20): ApiState<UnitSearchResult> {
  return useApi<UnitSearchResult>(q ? unitSearchUrl(q, at, limit) : null, { keepPrevious: true });
}

/** A unit with its versions, ancestors, lineage and attributes, as on `at`. */
export function useUnitDetail(code: string, at: string): ApiState<UnitDetail> {
  return useApi<UnitDetail>(unitDetailUrl(code, at));
}

export interface PagedUnits {
  items: UnitListItem[];
  /** Undefined until the first page arrives. */
  total: number | undefined;
  isLoading: boolean;
  error: ApiError | undefined;
  /** Loads the next page (or retries the one that failed). */
  loadMore(): void;
}

/**
 * Units under `parent` (provinces when absent) on `at`, fetched page by page once `enabled` turns
 * true, so that a tree node loads its children only when first expanded.
 */
export function usePagedUnits(at: string, parent: string | undefined, enabled: boolean, pageSize = 100): PagedUnits {
  const key = `${at}|${parent ?? ''}`;
  const [state, setState] = useState<PagedState>(() => initialPagedState(key));
  // A new date or parent starts over (state reset during render, as React recommends).
  const current = state.key === key ? state : initialPagedState(key);
  if (current !== state) setState(current);

  const shouldStart = enabled && current.total === undefined && current.pending === null && current.error === undefined;
  useEffect(() => {
    if (shouldStart) setState((s) => ({ ...s, pending: 0 }));
  }, [shouldStart]);

  const { pending, attempt } = current;
  useEffect(() => {
    if (pending === null) return;
    const controller = new AbortController();
    fetchJson<UnitList>(unitListUrl({ at, parent, limit: pageSize, offset: pending }), controller.signal).then(
      (page) =>
        setState((s) => ({
          ...s,
          items: pending === 0 ? page.items : [...s.items, ...page.items],
          total: page.total,
          pending: null,
        })),
      (err: unknown) => {
        if (controller.signal.aborted) return;
        const error = err instanceof ApiError ? err : new ApiError(0, 'network', String(err));
        setState((s) => ({ ...s, error, pending: null }));
      },
    );
    return () => controller.abort();
  }, [at, parent, pageSize, pending, attempt]);

  const loadMore = useCallback(() => setState((s) => ({ ...s, error: undefined, pending: s.items.length, attempt: s.attempt + 1 })), []);
  return { items: current.items, total: current.total, isLoading: current.pending !== null || shouldStart, error: current.error, loadMore };
}

interface PagedState {
  key: string;
  items: UnitListItem[];
  total: number | undefined;
  error: ApiError | undefined;
  /** Offset of the page being loaded, null when idle. */
  pending: number | null;
  attempt: number;
}

function initialPagedState(key: string): PagedState {
  return { key, items: [], total: undefined, error: undefined, pending: null, attempt: 0 };
}
