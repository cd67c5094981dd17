/**
 * The dashboard's state in the address: `/dashboard/:code?year=2024&at=2025-07-01&layer=commune.x
 * &classes=equal`, so a view can be shared and survives a reload. Without a year, last year (the latest
 * complete one); without `at`, the server reads the code on the year's last day (today for this year).
 */
import { useCallback, useMemo } from 'react';
import { useParams } from 'react-router';
import { isIsoDate, todayInVietnam } from '../../../src/domain/units/dates.ts';
import { useSearchParamPatch } from './use-search-param-patch.ts';

/** The first year the dashboard offers (the NTM-2016 programme; the demo data starts then). */
export const FIRST_YEAR = 2016;

/** How numbers are cut into colour classes on the map. */
export type ClassMethod = 'quantile' | 'equal';

export interface DashboardParams {
  /** The unit's code from the path, undefined on `/dashboard`. */
  code: string | undefined;
  year: number;
  /** The `at` parameter when valid (undefined: the server's default, the year's last day). */
  at: string | undefined;
  /** The date whose units are meant: `at`, or the year's last day (today for the current year). */
  unitsDate: string;
  /** The map layer: an indicator code or `criteria`; undefined = the default layer. */
  layer: string | undefined;
  classes: ClassMethod;
  today: string;
}

export type DashboardParamKey = 'year' | 'at' | 'layer' | 'classes';

export interface DashboardParamsState extends DashboardParams {
  /** Sets (or, with undefined, removes) query parameters; `replace` leaves no history entry. */
  update(patch: Partial<Record<DashboardParamKey, string | undefined>>, replace?: boolean): void;
  /** The path of another unit's dashboard with the same year and date: the drill-down links. */
  pathFor(code: string): string;
}

/** Reads and updates the dashboard's parameters. */
export function useDashboardParams(): DashboardParamsState {
  const { code } = useParams();
  const { params, update } = useSearchParamPatch<DashboardParamKey>();
  const read = useMemo(() => readParams(code, params), [code, params]);
  const { year, at } = read;
  const pathFor = useCallback((unit: string) => dashboardPath(unit, year, at), [year, at]);
  return { ...read, update, pathFor };
}

/** `/dashboard/CODE?year=…[&at=…]`. */
export function dashboardPath(code: string, year: number, at?: string): string {
  const q = new URLSearchParams({ year: String(year) });
  if (at) q.set('at', at);
  return `/dashboard/${encodeURIComponent(code)}?${q.toString()}`;
}

/** The years offered: 2016 to this year, newest first. */
export function dashboardYears(today: string): number[] {
  const last = Number(today.slice(0, 4));
  return Array.from({ length: last - FIRST_YEAR + 1 }, (_, i) => last - i);
}

/** The date the units of `year` are read on by default: 31/12, or today for the year in progress. */
export function yearEndDate(year: number, today: string): string {
  const end = `${year}-12-31`;
  return end > today ? today : end;
}

function readParams(code: string | undefined, params: URLSearchParams): DashboardParams {
  const today = todayInVietnam();
  const thisYear = Number(today.slice(0, 4));
  const rawYear = Number(params.get('year'));
  const year = Number.isInteger(rawYear) && rawYear >= FIRST_YEAR && rawYear <= thisYear ? rawYear : thisYear - 1;
  const rawAt = params.get('at')?.trim() || undefined;
  const at = rawAt !== undefined && isIsoDate(rawAt) ? rawAt : undefined;
  return {
    code: code?.trim() || undefined,
    year,
    at,
    unitsDate: at ?? yearEndDate(year, today),
    layer: params.get('layer')?.trim() || undefined,
    classes: params.get('classes') === 'equal' ? 'equal' : 'quantile',
    today,
  };
}
