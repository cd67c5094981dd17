/**
 * The review workflow API (issue #6): the queue (`/api/submissions`), a submission's detail, the moves
 * (submit, approve, return, reopen — all or nothing), what is due (`/api/due`), closed periods and the
 * reporting deadlines. Shapes come from the server's services; the closures' shape is restated here
 * (it is declared in the database layer, which the UI does not import).
 */
import type { DueList } from '../../../src/services/review/due-list.ts';
import type { QueueItem, QueuePage, SubmissionDetail } from '../../../src/services/review/review-queue.ts';
import type { TransitionResult } from '../../../src/services/review/submissions.ts';
import { requestJsonBody, withQuery } from './http.ts';
import { useApi, type ApiState } from './use-api.ts';

export type { DueList, QueueItem, QueuePage, SubmissionDetail };
export type SubmissionState = QueueItem['state'];
export type Transition = TransitionResult['transition'];
export const SUBMISSION_STATES: readonly SubmissionState[] = ['draft', 'submitted', 'returned', 'approved'];

export interface QueueQuery {
  states: readonly SubmissionState[];
  period?: string | undefined;
  unit?: string | undefined;
  limit: number;
  offset: number;
}

/** `/api/submissions?…`. */
export function queueUrl(q: QueueQuery): string {
  return withQuery('/api/submissions', { state: q.states.join(','), period: q.period, unit: q.unit, limit: q.limit, offset: q.offset });
}

/** A page of the queue (null loads nothing); keeps the previous page while the next loads. */
export function useQueue(q: QueueQuery | null): ApiState<QueuePage> {
  return useApi<QueuePage>(q ? queueUrl(q) : null, { keepPrevious: true });
}

/** One submission with its values and moves (null loads nothing). */
export function useSubmission(id: number | null): ApiState<SubmissionDetail> {
  return useApi<SubmissionDetail>(id === null ? null : `/api/submissions/${id}`);
}

/** A submission named by id, or by unit code, period and party. */
export type SubmissionRef = { id: number } | { unit: string; period: string; party?: string };

/** Moves the submissions (all or none); a return or a reopen needs a reason. */
export function moveSubmissions(transition: Transition, submissions: readonly SubmissionRef[], reason?: string): Promise<TransitionResult> {
  return requestJsonBody<TransitionResult>('POST', `/api/submissions/${transition}`, {
    submissions,
    ...(reason && reason.trim() ? { reason: reason.trim() } : {}),
  });
}

export interface DueQuery {
  unit?: string | undefined;
  asOf?: string | undefined;
  all?: boolean | undefined;
}

/** What is due in the query's unit (default: the account's scope); null loads nothing. */
export function useDue(q: DueQuery | null): ApiState<DueList> {
  return useApi<DueList>(q ? withQuery('/api/due', { unit: q.unit, asOf: q.asOf, all: q.all ? 'true' : undefined }) : null, { keepPrevious: true });
}

export type Deadline = DueList['deadlines'][number];

/** The deadlines: days after the end of each kind of period. */
export function useDeadlines(enabled: boolean): ApiState<Deadline[]> {
  return useApi<Deadline[]>(enabled ? '/api/deadlines' : null, { keepPrevious: true });
}

/** Sets the deadline of a kind of period (a national administrator). */
export function setDeadline(periodType: string, days: number): Promise<Deadline[]> {
  return requestJsonBody<Deadline[]>('PUT', '/api/deadlines', { periodType, days });
}

/** A closed period of a province (or of every province), with the units let in. */
export interface Closure {
  id: number;
  period: string;
  provinceId: number | null;
  provinceCode: string | null;
  provinceName: string | null;
  closedAt: string;
  closedBy: string;
  reason: string | null;
  exceptions: Array<{ unitCode: string; unitName: string; reason: string; grantedBy: string; grantedAt: string }>;
}

/** The closed periods. */
export function useClosures(enabled: boolean): ApiState<Closure[]> {
  return useApi<Closure[]>(enabled ? '/api/periods/closures' : null, { keepPrevious: true });
}

export interface ClosureInput {
  period: string;
  province?: string | undefined;
  reason?: string | undefined;
}

const clean = (input: ClosureInput & { unit?: string }) => ({
  period: input.period,
  ...(input.province ? { province: input.province } : {}),
  ...(input.reason && input.reason.trim() ? { reason: input.reason.trim() } : {}),
  ...(input.unit ? { unit: input.unit } : {}),
});

/** Closes a period (for a province, or every province). */
export function closePeriod(input: ClosureInput): Promise<Closure> {
  return requestJsonBody<Closure>('POST', '/api/periods/close', clean(input));
}

/** Opens a closed period again. */
export function reopenPeriod(input: ClosureInput): Promise<{ reopened: Closure }> {
  return requestJsonBody<{ reopened: Closure }>('POST', '/api/periods/reopen', clean(input));
}

/** Lets one unit enter and submit in a closed period. */
export function grantException(input: ClosureInput & { unit: string; reason: string }): Promise<Closure> {
  return requestJsonBody<Closure>('POST', '/api/periods/exceptions', clean(input));
}
