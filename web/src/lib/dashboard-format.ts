/** How the dashboard writes its figures: numbers with the indicator's decimals and unit, sources, levels. */
import type { AnalyticsIndicator, FigureSource, PivotCell } from '../api/analytics.ts';

const LOCALES = { vi: 'vi-VN', en: 'en-GB' } as const;
const formatters = new Map<string, Intl.NumberFormat>();

/** 1463.5 → "1.463,5" (vi) / "1,463.5" (en), with at most `decimals` decimals. */
export function formatDecimal(value: number, lang: 'vi' | 'en', decimals = 2): string {
  const key = `${lang}|${decimals}`;
  let format = formatters.get(key);
  if (!format) {
    format = new Intl.NumberFormat(LOCALES[lang], { maximumFractionDigits: Math.max(0, Math.min(decimals, 4)) });
    formatters.set(key, format);
  }
  return format.format(value);
}

/** The indicator's unit in the UI language ('' for none). */
export function indicatorUnit(indicator: AnalyticsIndicator, lang: 'vi' | 'en'): string {
  return indicator.unit[lang];
}

/** A number with the indicator's decimals and, when asked, its unit: "1.463,5 tỷ đồng", "96,2%". */
export function formatIndicatorNumber(value: number, indicator: AnalyticsIndicator, lang: 'vi' | 'en', withUnit = true): string {
  // Percentages keep one decimal even for whole-number indicators, as the reports write them.
  const decimals = indicator.valueType === 'percent' ? Math.max(indicator.decimals, 1) : indicator.decimals;
  const text = formatDecimal(value, lang, decimals);
  if (!withUnit) return text;
  if (indicator.valueType === 'percent') return `${text}%`;
  const unit = indicatorUnit(indicator, lang);
  return unit ? `${text} ${unit}` : text;
}

/** A cell's value as text: numbers formatted, yes/no as words, enum keys as sent; null → `none`. */
export function formatCellValue(
  value: PivotCell['value'] | undefined,
  indicator: AnalyticsIndicator,
  lang: 'vi' | 'en',
  words: { yes: string; no: string; none: string },
  withUnit = true,
): string {
  if (value === null || value === undefined) return words.none;
  if (typeof value === 'boolean') return value ? words.yes : words.no;
  if (typeof value === 'string') return value;
  return formatIndicatorNumber(value, indicator, lang, withUnit);
}

/** The cell's number, or null when it has none (yes/no and enum values included). */
export function cellNumber(cell: Pick<PivotCell, 'value'> | undefined): number | null {
  return cell && typeof cell.value === 'number' && Number.isFinite(cell.value) ? cell.value : null;
}

/** Whether an indicator's figures can be coloured on a numeric scale (numbers, counts, shares). */
export function isNumericIndicator(indicator: Pick<AnalyticsIndicator, 'valueType'>): boolean {
  return indicator.valueType === 'number' || indicator.valueType === 'count' || indicator.valueType === 'percent';
}

/** Sources whose label is shown on a figure (a reported figure needs none). */
export const LABELLED_SOURCES: readonly FigureSource[] = ['rollup', 'register', 'rebased'];

/** Cells keyed by `unit|indicator|period`. */
export function indexCells(cells: readonly PivotCell[]): Map<string, PivotCell> {
  return new Map(cells.map((c) => [`${c.unit}|${c.indicator}|${c.period}`, c]));
}
