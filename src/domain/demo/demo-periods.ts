/**
 * The periods of the demo and which unit version a value of a period belongs to: a stock (a snapshot at
 * the period's end) to the version in force on its last day; a flow (a total over the period) only to a
 * version in force on every day of it (R-HIST-3). So 2025 stocks sit on the units of 01/07/2025 and 2025
 * flows are given by half year or quarter, on the old units before and the new units after.
 */
import { periodEnd, periodStart, type Period } from '../periods/period.ts';
import { CURRENT_YEAR, DETAIL_FROM_YEAR, FIRST_YEAR, LAST_FULL_YEAR, LAST_MONTH, LAST_QUARTER } from './demo-scope.ts';
import { coversSpan, isVersionInForce } from './demo-types.ts';

/** A version's validity. */
export interface Validity {
  validFrom: string | null;
  validTo: string | null;
}

/** The instant (in years) at which a period ends: 2024 → 2025.0, 2026Q3 → 2026.75. */
export function endInstant(p: Period): number {
  const months = p.type === 'year' ? 12 : p.type === 'half' ? 6 * p.index : p.type === 'quarter' ? 3 * p.index : p.index;
  return p.year + months / 12;
}

/** The years from `first` to `last`, inclusive. */
export function yearsBetween(first: number, last: number): Period[] {
  const out: Period[] = [];
  for (let y = first; y <= last; y++) out.push({ type: 'year', year: y, index: 1 });
  return out;
}

/** Every complete year of the demo (2016–2025). */
export const DEMO_YEARS: readonly Period[] = yearsBetween(FIRST_YEAR, LAST_FULL_YEAR);

/** The quarters of the current year that are over (2026Q1–Q3). */
export const CURRENT_QUARTERS: readonly Period[] = Array.from({ length: LAST_QUARTER }, (_, i) => ({
  type: 'quarter' as const,
  year: CURRENT_YEAR,
  index: i + 1,
}));

/** The months or quarters given in detail: from DETAIL_FROM_YEAR to the last one that is over. */
export function detailPeriods(type: 'quarter' | 'month'): Period[] {
  const out: Period[] = [];
  const perYear = type === 'quarter' ? 4 : 12;
  for (let y = DETAIL_FROM_YEAR; y <= CURRENT_YEAR; y++) {
    const last = y < CURRENT_YEAR ? perYear : type === 'quarter' ? LAST_QUARTER : LAST_MONTH;
    for (let i = 1; i <= last; i++) out.push({ type, year: y, index: i });
  }
  return out;
}

/** The halves of the reform year: flows of 2025S1 on the old units, 2025S2 on the new ones. */
export const REFORM_HALVES: readonly Period[] = [
  { type: 'half', year: 2025, index: 1 },
  { type: 'half', year: 2025, index: 2 },
];

/** True when a stock of period `p` belongs to the version: in force on the period's last day. */
export function holdsStock(v: Validity, p: Period): boolean {
  return isVersionInForce(v, periodEnd(p));
}

/** True when a flow of period `p` belongs to the version: in force on every day of the period. */
export function holdsFlow(v: Validity, p: Period): boolean {
  return coversSpan(v, periodStart(p), periodEnd(p));
}

/** The version of a chain that holds a stock of period `p`. */
export function versionAtEnd<T extends Validity>(versions: readonly T[], p: Period): T | undefined {
  const end = periodEnd(p);
  return versions.find((v) => isVersionInForce(v, end));
}
