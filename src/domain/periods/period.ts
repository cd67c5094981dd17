/**
 * Reporting periods as strings: 2024 (year), 2024S1–S2 (six months), 2024Q1–Q4 (quarter), 2024M01–M12
 * (month) — the periods of the ICT reporting regime (TT 04/2022/TT-BTTTT, art. 7: month, quarter,
 * first six months 1/1–30/6, year). Periods are values: parse once, then compute.
 */
import { addDays } from '../units/dates.ts';

export type PeriodType = 'year' | 'half' | 'quarter' | 'month';

export interface Period {
  type: PeriodType;
  year: number;
  /** 1 for a year; 1–2 halves; 1–4 quarters; 1–12 months. */
  index: number;
}

/** How many periods of each type a year has, and how many months each spans. */
const PER_YEAR: Record<PeriodType, number> = { year: 1, half: 2, quarter: 4, month: 12 };
const MONTHS: Record<PeriodType, number> = { year: 12, half: 6, quarter: 3, month: 1 };
/** Order from coarse to fine. */
export const PERIOD_TYPES: readonly PeriodType[] = ['year', 'half', 'quarter', 'month'];

export const MIN_YEAR = 1990;
export const MAX_YEAR = 2100;
export const PERIOD_FORMS = 'YYYY, YYYYS1–S2, YYYYQ1–Q4 or YYYYM01–M12 (e.g. 2024, 2024S1, 2024Q3, 2024M07)';
const PERIOD_FORMS_VI = 'YYYY, YYYYS1–S2, YYYYQ1–Q4 hoặc YYYYM01–M12 (ví dụ 2024, 2024S1, 2024Q3, 2024M07)';

/** A string that is not a period, with the expected forms in both languages. */
export class PeriodError extends Error {
  readonly messageVi: string;
  constructor(readonly input: string) {
    super(`invalid period "${input}": expected ${PERIOD_FORMS}`);
    this.name = 'PeriodError';
    this.messageVi = `kỳ báo cáo không hợp lệ "${input}": cần dạng ${PERIOD_FORMS_VI}`;
  }
}

const CANONICAL = /^(\d{4})(?:(S)([12])|(Q)([1-4])|(M)(0[1-9]|1[0-2]))?$/;

/** Parses a canonical period string; undefined when it is not one. */
export function tryParsePeriod(text: string): Period | undefined {
  const m = CANONICAL.exec(text);
  if (!m) return undefined;
  const year = Number(m[1]);
  if (year < MIN_YEAR || year > MAX_YEAR) return undefined;
  if (m[2]) return { type: 'half', year, index: Number(m[3]) };
  if (m[4]) return { type: 'quarter', year, index: Number(m[5]) };
  if (m[6]) return { type: 'month', year, index: Number(m[7]) };
  return { type: 'year', year, index: 1 };
}

/** Parses a canonical period string or throws PeriodError naming the expected forms. */
export function parsePeriod(text: string): Period {
  const p = tryParsePeriod(text);
  if (!p) throw new PeriodError(text);
  return p;
}

/** The canonical string of a period. */
export function formatPeriod(p: Period): string {
  switch (p.type) {
    case 'year':
      return String(p.year);
    case 'half':
      return `${p.year}S${p.index}`;
    case 'quarter':
      return `${p.year}Q${p.index}`;
    case 'month':
      return `${p.year}M${String(p.index).padStart(2, '0')}`;
  }
}

/** First month (1–12) of a period. */
function firstMonth(p: Period): number {
  return (p.index - 1) * MONTHS[p.type] + 1;
}

function isoDate(year: number, month: number, day: number): string {
  return `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

/** First day of the period (ISO date). */
export function periodStart(p: Period): string {
  return isoDate(p.year, firstMonth(p), 1);
}

/** Last day of the period (ISO date). */
export function periodEnd(p: Period): string {
  const lastMonth = firstMonth(p) + MONTHS[p.type] - 1;
  const nextStart = lastMonth === 12 ? isoDate(p.year + 1, 1, 1) : isoDate(p.year, lastMonth + 1, 1);
  return addDays(nextStart, -1);
}

/** The period `n` steps after `p` (negative: before), of the same type. */
export function shiftPeriod(p: Period, n: number): Period {
  const per = PER_YEAR[p.type];
  const ordinal = p.year * per + (p.index - 1) + n;
  return { type: p.type, year: Math.floor(ordinal / per), index: (ordinal % per) + 1 };
}

/** The period just before (2024Q1 → 2023Q4). */
export function previousPeriod(p: Period): Period {
  return shiftPeriod(p, -1);
}

/** The same period of the previous year ("cùng kỳ năm trước": 2024Q3 → 2023Q3). */
export function samePeriodLastYear(p: Period): Period {
  return { ...p, year: p.year - 1 };
}

/**
 * Year to date ("lũy kế từ đầu năm"): the periods of the same type from the start of the year up to
 * and including `p` (2024Q3 → 2024Q1, 2024Q2, 2024Q3), with the span they cover.
 */
export function yearToDate(p: Period): { from: string; to: string; periods: Period[] } {
  const periods = Array.from({ length: p.index }, (_, i) => ({ type: p.type, year: p.year, index: i + 1 }));
  return { from: isoDate(p.year, 1, 1), to: periodEnd(p), periods };
}

/** True when `inner` lies within `outer` (2024 contains 2024Q3; 2024S2 contains 2024M07). */
export function periodContains(outer: Period, inner: Period): boolean {
  return periodStart(outer) <= periodStart(inner) && periodEnd(inner) <= periodEnd(outer);
}

/** The periods of a finer (or the same) type that make up `p` (2024S1 as quarters → Q1, Q2). */
export function periodsWithin(p: Period, type: PeriodType): Period[] {
  if (PERIOD_TYPES.indexOf(type) < PERIOD_TYPES.indexOf(p.type)) {
    throw new Error(`a ${p.type} cannot be split into ${type}s`);
  }
  const count = MONTHS[p.type] / MONTHS[type];
  const first = (firstMonth(p) - 1) / MONTHS[type] + 1;
  return Array.from({ length: count }, (_, i) => ({ type, year: p.year, index: first + i }));
}

/** The period of a type that contains an ISO date. */
export function periodOfDate(date: string, type: PeriodType): Period {
  const year = Number(date.slice(0, 4));
  const month = Number(date.slice(5, 7));
  return { type, year, index: Math.floor((month - 1) / MONTHS[type]) + 1 };
}

/** Orders periods by start, then coarse before fine (2024 before 2024S1 before 2024Q1 before 2024M01). */
export function comparePeriods(a: Period, b: Period): number {
  const byStart = periodStart(a).localeCompare(periodStart(b));
  return byStart !== 0 ? byStart : PERIOD_TYPES.indexOf(a.type) - PERIOD_TYPES.indexOf(b.type);
}
