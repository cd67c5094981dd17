/**
 * The criterion screens' state in the address: `/criteria?province=06&date=2024-12-31&set=NTM-2021-NC
 * &outcome=fail&district=060` and `/criteria/communes/:code?date=…&set=…`, so a board can be shared and
 * survives a reload. Without a date, the latest annual review (31/12 of last year) is shown.
 */
import { useMemo } from 'react';

import { CRITERIA_SET_IDS, type CriteriaSetId } from '../../../src/domain/criteria/criteria-types.ts';
import { isIsoDate, todayInVietnam } from '../../../src/domain/units/dates.ts';
import type { AnyOutcome } from '../api/criteria.ts';
import { defaultReviewDate } from './criteria-dates.ts';
import { useSearchParamPatch } from './use-search-param-patch.ts';

const OUTCOMES: readonly AnyOutcome[] = ['pass', 'fail', 'missing'];

export interface CriteriaParams {
  province: string | undefined;
  /** The review date, ISO: the `date` parameter, or 31/12 of last year. */
  date: string;
  /** Whether the date came from the address (else it is the default). */
  hasDate: boolean;
  /** The `date` parameter when present but not a real date. */
  invalidDate: string | null;
  set: CriteriaSetId | undefined;
  /** Board filters. */
  outcome: AnyOutcome | undefined;
  district: string | undefined;
}

export type CriteriaParamKey = 'province' | 'date' | 'set' | 'outcome' | 'district';

export interface CriteriaParamsState extends CriteriaParams {
  /** Sets (or, with undefined, removes) parameters in one step; `replace` leaves no history entry. */
  update(patch: Partial<Record<CriteriaParamKey, string | undefined>>, replace?: boolean): void;
}

/** Reads and updates the criterion parameters of the address. */
export function useCriteriaParams(): CriteriaParamsState {
  const { params, update } = useSearchParamPatch<CriteriaParamKey>();
  const read = useMemo(() => readParams(params), [params]);
  return { ...read, update };
}

function readParams(params: URLSearchParams): CriteriaParams {
  const text = (key: string) => params.get(key)?.trim() || undefined;
  const rawDate = text('date');
  const isValidDate = rawDate !== undefined && isIsoDate(rawDate);
  const set = text('set');
  const outcome = text('outcome');
  return {
    province: text('province'),
    date: isValidDate ? rawDate : defaultReviewDate(todayInVietnam()),
    hasDate: isValidDate,
    invalidDate: rawDate !== undefined && !isValidDate ? rawDate : null,
    set: CRITERIA_SET_IDS.includes(set as CriteriaSetId) ? (set as CriteriaSetId) : undefined,
    outcome: OUTCOMES.includes(outcome as AnyOutcome) ? (outcome as AnyOutcome) : undefined,
    district: text('district'),
  };
}

/** `/criteria?province=…&date=…[&set=…]`. */
export function boardPath(province: string, date: string, set?: string): string {
  const q = new URLSearchParams({ province, date });
  if (set) q.set('set', set);
  return `/criteria?${q.toString()}`;
}

/** `/criteria/communes/CODE?date=…[&set=…]`. */
export function communePath(code: string, date: string, set?: string): string {
  const q = new URLSearchParams({ date });
  if (set) q.set('set', set);
  return `/criteria/communes/${encodeURIComponent(code)}?${q.toString()}`;
}
