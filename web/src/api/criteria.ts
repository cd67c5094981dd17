/**
 * Typed access to the NTM ICT criterion API (`/api/criteria/…`): the sets and parameters, a province's
 * board, one commune's evaluation and history, villages without coverage, what-if and recording.
 * Shapes come from the server's services.
 */
import { useEffect, useState } from 'react';
import type { Confidence } from '../../../src/domain/indicators/indicator-types.ts';
import type { ConditionResult, Outcome, ParamValue, ParameterDef, SubCriterionResult } from '../../../src/domain/criteria/criteria-types.ts';
import type { CommuneLine } from '../../../src/domain/criteria/summarize-evaluations.ts';
import type { VillageCoverage } from '../../../src/domain/criteria/village-coverage.ts';
import type { CriteriaSetView } from '../../../src/services/criteria/criteria-catalogue.ts';
import type { CoverageReport } from '../../../src/services/criteria/coverage-gaps.ts';
import type { UnitEvaluation, HistoryLine } from '../../../src/services/criteria/evaluate-unit.ts';
import type { RecordResult } from '../../../src/services/criteria/record-criteria.ts';
import type { CriteriaSummary } from '../../../src/services/criteria/summarize-criteria.ts';
import type { WhatIfChange } from '../../../src/services/criteria/what-if.ts';
import type { UnitList } from '../../../src/services/units/unit-views.ts';
import { ApiError, fetchJson, requestJsonBody, withQuery } from './http.ts';
import { useApi, type ApiState } from './use-api.ts';
import type { ValueBatch, ValuePage } from './values.ts';

export type { CommuneLine, ConditionResult, Confidence, CoverageReport, CriteriaSetView, CriteriaSummary, HistoryLine, Outcome, ParamValue, ParameterDef };
export type { RecordResult, SubCriterionResult, UnitEvaluation, VillageCoverage, WhatIfChange };

/** A commune's overall or per-sub-criterion result: đạt, không đạt, chưa đủ dữ liệu, or không áp dụng. */
export type AnyOutcome = Outcome | 'not_applicable';

const OUTCOMES: readonly AnyOutcome[] = ['pass', 'fail', 'missing', 'not_applicable'];

/** An outcome the server sent as a plain string (history lines, what-if changes); unknown words read as 'missing'. */
export function asOutcome(value: string | undefined): AnyOutcome {
  return OUTCOMES.includes(value as AnyOutcome) ? (value as AnyOutcome) : 'missing';
}

/** `/api/criteria/sets`. */
export interface CriteriaCatalogue {
  sets: CriteriaSetView[];
  parameters: ParameterDef[];
}

/** What a board is asked for. */
export interface BoardQuery {
  province: string;
  date: string;
  set?: string | undefined;
}

/** A what-if's answer: the national count, the count under the changed parameters, and the communes that change. */
export interface WhatIfResult {
  base: CriteriaSummary;
  whatIf: CriteriaSummary;
  changed: WhatIfChange[];
}

/** A commune's history across versions of the criteria. */
export interface CriteriaHistory {
  unit: { code: string; name: string };
  lines: HistoryLine[];
}

/** Loads the sets and parameters once. */
export function useCriteriaCatalogue(): ApiState<CriteriaCatalogue> {
  return useApi<CriteriaCatalogue>('/api/criteria/sets');
}

/** A province's board on a date (null loads nothing). */
export function useCriteriaSummary(query: BoardQuery | null): ApiState<CriteriaSummary> {
  return useApi<CriteriaSummary>(query ? withQuery('/api/criteria/summary', { province: query.province, date: query.date, set: query.set }) : null);
}

/** One commune's evaluation on a date (null loads nothing). */
export function useCriteriaEvaluation(query: { unit: string; date: string; set?: string | undefined } | null): ApiState<UnitEvaluation> {
  return useApi<UnitEvaluation>(query ? withQuery('/api/criteria/evaluation', { unit: query.unit, date: query.date, set: query.set }) : null);
}

/** A commune's evaluations at each year end and its recorded ones. */
export function useCriteriaHistory(unit: string): ApiState<CriteriaHistory> {
  return useApi<CriteriaHistory>(withQuery('/api/criteria/history', { unit }));
}

/** A province's villages without mobile broadband or signal on a date (null loads nothing). */
export function useCoverage(query: { province: string; date: string } | null): ApiState<CoverageReport> {
  return useApi<CoverageReport>(query ? withQuery('/api/criteria/coverage', { province: query.province, date: query.date }) : null);
}

/** Recounts a province under changed parameters (shares as fractions 0–1); stores nothing. */
export function runWhatIf(query: BoardQuery, parameters: Record<string, ParamValue>): Promise<WhatIfResult> {
  return postJson<WhatIfResult>('/api/criteria/what-if', { province: query.province, date: query.date, ...(query.set ? { set: query.set } : {}), parameters });
}

/** Stores the province's evaluations on the date as the official record. */
export function recordEvaluations(query: BoardQuery, reason: string): Promise<RecordResult> {
  return postJson<RecordResult>('/api/criteria/records', {
    province: query.province,
    date: query.date,
    ...(query.set ? { set: query.set } : {}),
    ...(reason.trim() ? { reason: reason.trim() } : {}),
  });
}

/** POSTs a JSON body (with the session's CSRF token) and parses the JSON answer; throws ApiError like fetchJson. */
function postJson<T>(url: string, body: unknown): Promise<T> {
  return requestJsonBody<T>('POST', url, body);
}

/** Whether the communes of an area in force on a date have stored values, and whether any are demo values. */
export interface Provenance {
  /** Undefined until known. */
  hasValues: boolean | undefined;
  hasDemo: boolean | undefined;
}

/**
 * Where the figures a board or an evaluation reads come from: the criterion API does not say, so this asks
 * the values API whether the units under `area` (in force on `date`) have values of a demo batch — the
 * same test the values pages make (a value's batch kind).
 */
export function useProvenance(area: string | null, date: string): Provenance {
  const [state, setState] = useState<Provenance & { key: string }>({ key: '', hasValues: undefined, hasDemo: undefined });
  const key = area ? `${area}|${date}` : '';
  useEffect(() => {
    if (!area) return;
    const controller = new AbortController();
    const count = (extra: Record<string, string | number>) =>
      fetchJson<ValuePage>(withQuery('/api/values', { area, at: date, limit: 1, ...extra }), controller.signal).then((page) => page.total);
    (async () => {
      const [total, batches] = await Promise.all([
        count({}),
        fetchJson<{ rows: ValueBatch[] }>(withQuery('/api/value-batches', { limit: 500 }), controller.signal),
      ]);
      const demoIds = batches.rows.filter((b) => b.kind === 'demo').map((b) => b.id);
      const demoTotals = total > 0 ? await Promise.all(demoIds.map((id) => count({ batch: id }))) : [];
      setState({ key: `${area}|${date}`, hasValues: total > 0, hasDemo: demoTotals.some((n) => n > 0) });
    })().catch(() => {
      // Provenance is a label, not the data: when it cannot be read the board shows no banner.
    });
    return () => controller.abort();
  }, [area, date]);
  return state.key === key ? { hasValues: state.hasValues, hasDemo: state.hasDemo } : { hasValues: undefined, hasDemo: undefined };
}

/** The province a board opens on without one in the address: undefined while searching. */
export interface DefaultProvince {
  code: string | null | undefined;
  error: ApiError | undefined;
}

/**
 * The first province in force on `date` (in code order) whose communes have stored values, asked one
 * province at a time until one answers (the first province when none has values); null `date` asks nothing.
 */
export function useDefaultProvince(date: string | null): DefaultProvince {
  const [state, setState] = useState<DefaultProvince & { date: string | null }>({ date: null, code: undefined, error: undefined });
  useEffect(() => {
    if (date === null) return;
    const controller = new AbortController();
    (async () => {
      const provinces = await fetchJson<UnitList>(withQuery('/api/units', { at: date, limit: 100 }), controller.signal);
      for (const p of provinces.items) {
        const page = await fetchJson<ValuePage>(withQuery('/api/values', { area: p.code, at: date, level: 'commune', limit: 1 }), controller.signal);
        if (page.total > 0) return p.code;
      }
      return provinces.items[0]?.code ?? null;
    })().then(
      (code) => setState({ date, code, error: undefined }),
      (err: unknown) => {
        if (controller.signal.aborted) return;
        setState({ date, code: undefined, error: err instanceof ApiError ? err : new ApiError(0, 'network', String(err)) });
      },
    );
    return () => controller.abort();
  }, [date]);
  return state.date === date ? { code: state.code, error: state.error } : { code: undefined, error: undefined };
}
