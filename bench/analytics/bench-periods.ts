/** The periods of the national benchmark (2016 to 2026Q3 / 2026M10) and which unit version holds a value of each. */

/** One period with its first and last day and its end as an instant in years (2016Q1 → 2016.25). */
export interface BenchPeriod {
  key: string;
  year: number;
  index: number;
  start: string;
  end: string;
  t: number;
}

export const FIRST_YEAR = 2016;
/** The last year whose yearly stocks are given. */
export const LAST_FULL_YEAR = 2025;
/** The current year: quarters to Q3, months to M10. */
export const CURRENT_YEAR = 2026;
const LAST_QUARTER = 3;
const LAST_MONTH = 10;

const pad = (n: number) => String(n).padStart(2, '0');
const lastDay = (y: number, m: number) => new Date(Date.UTC(y, m, 0)).getUTCDate();

function build(perYear: number, lastIndexOfCurrent: number, key: (y: number, i: number) => string): BenchPeriod[] {
  const months = 12 / perYear;
  const out: BenchPeriod[] = [];
  for (let y = FIRST_YEAR; y <= CURRENT_YEAR; y++) {
    const last = y < CURRENT_YEAR ? perYear : lastIndexOfCurrent;
    for (let i = 1; i <= last; i++) {
      const m1 = (i - 1) * months + 1;
      const m2 = i * months;
      out.push({ key: key(y, i), year: y, index: i, start: `${y}-${pad(m1)}-01`, end: `${y}-${pad(m2)}-${pad(lastDay(y, m2))}`, t: y + m2 / 12 });
    }
  }
  return out;
}

/** Years 2016–2025. */
export const YEARS: readonly BenchPeriod[] = build(1, 0, (y) => String(y)).filter((p) => p.year <= LAST_FULL_YEAR);
/** Quarters 2016Q1–2026Q3. */
export const QUARTERS: readonly BenchPeriod[] = build(4, LAST_QUARTER, (y, i) => `${y}Q${i}`);
/** Months 2016M01–2026M10. */
export const MONTHS: readonly BenchPeriod[] = build(12, LAST_MONTH, (y, i) => `${y}M${pad(i)}`);
/** Years 2016–2026 for plans (the current year's plan is set at its start). */
export const PLAN_YEARS: readonly BenchPeriod[] = build(1, 1, (y) => String(y));

export interface Validity {
  validFrom: string | null;
  validTo: string | null;
}

/** True when the version is in force on `date`. */
export function isInForce(v: Validity, date: string): boolean {
  return (v.validFrom === null || v.validFrom <= date) && (v.validTo === null || v.validTo >= date);
}

/** A stock belongs to the version in force on the period's last day; a flow to one in force on every day of it (R-HIST-3). */
export function holds(v: Validity, p: BenchPeriod, kind: 'stock' | 'flow'): boolean {
  return kind === 'stock' ? isInForce(v, p.end) : isInForce(v, p.start) && isInForce(v, p.end);
}
