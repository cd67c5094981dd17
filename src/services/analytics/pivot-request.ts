/**
 * A pivot request as the API, the CLI and the web send it, checked once: every problem names its field.
 * Periods may be listed ("2023,2024") or given as a range of the same kind ("2016..2026", "2024Q1..2024Q4").
 */
import { SECTOR_CATALOGUE } from '../../domain/indicators/sector-catalogue.ts';
import { comparePeriods, formatPeriod, parsePeriod, shiftPeriod, tryParsePeriod, PERIOD_TYPES } from '../../domain/periods/period.ts';
import { isIsoDate } from '../../domain/units/dates.ts';
import type { ErrorDetail } from '../errors.ts';
import { invalidInput } from '../errors.ts';
import { PIVOT_LEVELS, type PivotLevel } from './analytics-types.ts';

/** What a pivot is asked. */
export interface PivotRequest {
  indicators: readonly string[];
  level: PivotLevel;
  /** Units under this unit (code, in force on `at`). */
  parent?: string | undefined;
  /** Or exactly these units (codes). */
  units?: readonly string[] | undefined;
  periods: readonly string[];
  /** The units in force on this date (default today); periods before a unit existed are re-based onto it. */
  at?: string | undefined;
  series?: 'actual' | 'plan' | 'both' | undefined;
  /** '' (the total) or one part: "operator=viettel". */
  breakdown?: string | undefined;
  /** Add the same period a year earlier (the same span, for a year in progress) and the comparisons. */
  compare?: boolean | undefined;
}

export interface CheckedPivotRequest {
  indicators: string[];
  level: PivotLevel;
  parent?: string;
  units?: string[];
  periods: string[];
  at?: string;
  series: 'actual' | 'plan' | 'both';
  breakdown: string;
  compare: boolean;
}

/** Most periods one request may list (a month-by-month pivot of 2016–2026 is 132). */
export const MAX_PIVOT_PERIODS = 400;
export const MAX_PIVOT_INDICATORS = 100;

/** Expands "2016..2026" and lists into canonical periods, in order, without repeats. */
export function expandPeriods(items: readonly string[]): string[] | null {
  const out: string[] = [];
  for (const raw of items) {
    const item = raw.trim();
    const range = /^(.+?)\s*(?:\.\.|–|—)\s*(.+)$/.exec(item);
    if (range) {
      const a = tryParsePeriod(range[1]!.trim());
      const b = tryParsePeriod(range[2]!.trim());
      if (!a || !b || a.type !== b.type || comparePeriods(a, b) > 0) return null;
      for (let p = a; comparePeriods(p, b) <= 0 && out.length <= MAX_PIVOT_PERIODS; p = shiftPeriod(p, 1)) out.push(formatPeriod(p));
    } else {
      const p = tryParsePeriod(item);
      if (!p) return null;
      out.push(formatPeriod(p));
    }
  }
  return [...new Set(out)];
}

/** Checks a pivot request; throws invalid_input listing every bad field. */
export function checkPivotRequest(input: PivotRequest): CheckedPivotRequest {
  const details: ErrorDetail[] = [];
  const bad = (field: string, value: string, message: string, messageVi: string) => details.push({ field, value, message, messageVi });
  const indicators = [...new Set(input.indicators.map((c) => c.trim()).filter((c) => c !== ''))];
  if (indicators.length === 0) bad('indicators', '', 'name at least one indicator', 'cần ít nhất một chỉ tiêu');
  if (indicators.length > MAX_PIVOT_INDICATORS)
    bad('indicators', String(indicators.length), `at most ${MAX_PIVOT_INDICATORS} indicators`, `tối đa ${MAX_PIVOT_INDICATORS} chỉ tiêu`);
  for (const c of indicators) {
    if (!SECTOR_CATALOGUE.byCode.has(c)) bad('indicators', c, 'unknown indicator code (see GET /api/indicators)', 'mã chỉ tiêu không có trong danh mục');
  }
  if (!PIVOT_LEVELS.includes(input.level))
    bad('level', String(input.level), `level must be one of ${PIVOT_LEVELS.join(', ')}`, `cấp phải là một trong ${PIVOT_LEVELS.join(', ')}`);
  const periods = expandPeriods(input.periods);
  if (periods === null) {
    bad(
      'periods',
      input.periods.join(','),
      'periods are 2024, 2024S1, 2024Q3 or 2024M07, listed or as a range 2016..2026',
      'kỳ có dạng 2024, 2024S1, 2024Q3, 2024M07, liệt kê hoặc khoảng 2016..2026',
    );
  } else if (periods.length === 0) {
    bad('periods', '', 'name at least one period', 'cần ít nhất một kỳ');
  } else if (periods.length > MAX_PIVOT_PERIODS) {
    bad('periods', String(periods.length), `at most ${MAX_PIVOT_PERIODS} periods`, `tối đa ${MAX_PIVOT_PERIODS} kỳ`);
  } else {
    for (const c of indicators) {
      const d = SECTOR_CATALOGUE.byCode.get(c);
      const finer = d && periods.find((p) => PERIOD_TYPES.indexOf(parsePeriod(p).type) > PERIOD_TYPES.indexOf(d.periodType));
      if (d && finer)
        bad('periods', finer, `${c} is reported by ${d.periodType}: ${finer} is finer`, `${c} báo cáo theo ${d.periodType}: kỳ ${finer} chi tiết hơn`);
    }
  }
  if (input.at !== undefined && !isIsoDate(input.at)) bad('at', input.at, 'a date YYYY-MM-DD', 'ngày dạng YYYY-MM-DD');
  const series = input.series ?? 'actual';
  if (!['actual', 'plan', 'both'].includes(series)) bad('series', series, 'actual, plan or both', 'actual, plan hoặc both');
  const breakdown = (input.breakdown ?? '').trim();
  if (breakdown !== '' && !/^[a-z_]+=[a-z0-9_]+$/.test(breakdown))
    bad('breakdown', breakdown, 'a part as dimension=value (operator=viettel)', 'phân tổ dạng chiều=giá trị (operator=viettel)');
  if (input.parent !== undefined && input.units !== undefined)
    bad('units', input.units.join(','), 'give either parent or units', 'chỉ dùng một trong hai: parent hoặc units');
  if (details.length > 0) throw invalidInput(`the pivot request has ${details.length} problem(s)`, `yêu cầu bảng tổng hợp có ${details.length} lỗi`, details);
  return {
    indicators,
    level: input.level,
    ...(input.parent ? { parent: input.parent.trim() } : {}),
    ...(input.units ? { units: [...new Set(input.units.map((u) => u.trim()).filter((u) => u !== ''))] } : {}),
    periods: periods!,
    ...(input.at ? { at: input.at } : {}),
    series,
    breakdown,
    compare: input.compare ?? false,
  };
}
