/** The dates the criterion screens use: NTM reviews are annual, so year ends first (31/12). */
import type { CriteriaSetView } from '../api/criteria.ts';
import { isInForce } from '../../../src/domain/units/dates.ts';

/** 31/12 of the year before `today`: the latest complete annual review. */
export function defaultReviewDate(today: string): string {
  return `${Number(today.slice(0, 4)) - 1}-12-31`;
}

/** The year ends offered as quick choices: the last three before `today`. */
export function recentYearEnds(today: string, count = 3): string[] {
  const last = Number(today.slice(0, 4)) - 1;
  return Array.from({ length: count }, (_, i) => `${last - i}-12-31`);
}

/**
 * The review date to open a commune's criterion page on from a day it is in force (`at`): the last year
 * end on or before `at` when the commune was already in force then, else `at` itself.
 */
export function reviewDateWithin(at: string, validFrom: string | null): string {
  const yearEnd = at.endsWith('-12-31') ? at : `${Number(at.slice(0, 4)) - 1}-12-31`;
  return validFrom === null || validFrom <= yearEnd ? yearEnd : at;
}

/** The sets in force on a date, base set first. */
export function setsInForce(sets: readonly CriteriaSetView[], date: string): CriteriaSetView[] {
  const order = { base: 0, advanced: 1, model: 2 } as Record<string, number>;
  return sets.filter((s) => isInForce(s.validFrom, s.validTo, date)).sort((a, b) => (order[a.kind] ?? 3) - (order[b.kind] ?? 3));
}

/** The last day a set with an ICT criterion was in force before `date` (for "see 31/12/2025 instead"), as a year end when possible. */
export function lastDateWithCriterion(sets: readonly CriteriaSetView[], date: string): string | null {
  const ends = sets
    .filter((s) => s.kind === 'base' && s.criterion !== null && s.validTo !== null && s.validTo < date)
    .map((s) => s.validTo as string)
    .sort();
  const end = ends[ends.length - 1];
  if (!end) return null;
  const yearEnd = `${Number(end.slice(0, 4)) - 1}-12-31`;
  return end.endsWith('-12-31') ? end : yearEnd;
}
