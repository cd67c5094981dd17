/** What the API and the CLI show of a submission. */
import type { SubmissionRow, SubmissionState } from '../../db/queries/review/submission-queries.ts';

export type { SubmissionState };

export interface SubmissionView {
  id: number;
  unit: { code: string; name: string; level: string };
  period: string;
  /** '' for the unit's own figures; an operator code for an operator's. */
  party: string;
  state: SubmissionState;
  changedAt: string;
  changedBy: string;
  /** Why it was returned or reopened. */
  reason: string | null;
  firstSubmittedAt: string | null;
  values: number;
}

export function presentSubmission(r: SubmissionRow): SubmissionView {
  return {
    id: r.id,
    unit: { code: r.unitCode, name: r.unitName, level: r.unitLevel },
    period: r.period,
    party: r.party,
    state: r.state,
    changedAt: r.changedAt,
    changedBy: r.changedBy,
    reason: r.reason,
    firstSubmittedAt: r.firstSubmittedAt,
    values: r.values,
  };
}
