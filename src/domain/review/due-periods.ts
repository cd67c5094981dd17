/**
 * What a commune owes and by when (issue #6 "what is due"): the periods of its reports that have ended,
 * each with its deadline (the period's last day plus the days the province set for that kind of period;
 * the regulations ictmon follows set none — regulations.md §6 item 10), and whether it is late.
 */
import { formatPeriod, periodEnd, type Period, type PeriodType } from '../periods/period.ts';
import { addDays } from '../units/dates.ts';

/** The periods of `type` that ended on or before `asOf` and after `from` (ISO dates), oldest first. */
export function endedPeriods(type: PeriodType, from: string, asOf: string): Period[] {
  const out: Period[] = [];
  const first = Number(from.slice(0, 4));
  const last = Number(asOf.slice(0, 4));
  const count = type === 'year' ? 1 : type === 'half' ? 2 : type === 'quarter' ? 4 : 12;
  for (let year = first; year <= last; year++) {
    for (let index = 1; index <= count; index++) {
      const p: Period = { type, year, index };
      const end = periodEnd(p);
      if (end > from && end <= asOf) out.push(p);
    }
  }
  return out;
}

export type DueState = 'missing' | 'draft' | 'returned' | 'submitted' | 'approved';

export interface DueLine {
  period: string;
  periodEnd: string;
  deadline: string;
  state: DueState;
  /** Not submitted by the deadline (still outstanding, or submitted after it). */
  late: boolean;
  /** Still to do by the commune: missing, being entered, or returned. */
  outstanding: boolean;
}

/** A period's line: its deadline and whether it is late, from the submission's state and first submission day. */
export function dueLine(p: Period, deadlineDays: number, asOf: string, state: DueState, firstSubmittedOn: string | null): DueLine {
  const end = periodEnd(p);
  const deadline = addDays(end, deadlineDays);
  const outstanding = state === 'missing' || state === 'draft' || state === 'returned';
  const submittedLate = firstSubmittedOn !== null && firstSubmittedOn > deadline;
  const late = outstanding ? asOf > deadline : submittedLate;
  return { period: formatPeriod(p), periodEnd: end, deadline, state, late, outstanding };
}
