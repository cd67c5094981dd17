/**
 * The stored periods behind a figure for a period: the period itself and every finer period inside it,
 * each with how fine it is and the month it ends in. The pivot reads values through this table rather
 * than working it out per stored row (`period_containers` in SQL does the same for the roll-ups).
 */
import { formatPeriod, parsePeriod, periodEnd, periodsWithin, PERIOD_TYPES } from './period.ts';

/** One stored period that counts towards a target period. */
export interface PeriodPart {
  /** The stored period (2024M07). */
  period: string;
  /** The period asked for (2024). */
  target: string;
  /** How fine the stored period is: 0 year, 1 half, 2 quarter, 3 month (as `period_grain` in SQL). */
  grain: number;
  /** The month the stored period ends in, 1–12 (as `period_end_month` in SQL). */
  endMonth: number;
}

/** Every stored period inside each of `targets` (the target itself included), targets in order, coarsest first. */
export function periodParts(targets: readonly string[]): PeriodPart[] {
  const out: PeriodPart[] = [];
  for (const target of new Set(targets)) {
    const p = parsePeriod(target);
    for (const type of PERIOD_TYPES.slice(PERIOD_TYPES.indexOf(p.type))) {
      for (const part of periodsWithin(p, type)) {
        out.push({ period: formatPeriod(part), target, grain: PERIOD_TYPES.indexOf(type), endMonth: Number(periodEnd(part).slice(5, 7)) });
      }
    }
  }
  return out;
}
