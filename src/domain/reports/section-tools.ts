/**
 * What the sections share: a figure of the data as a sentence fact, the indicator table (same period
 * last year, plan, actual, actual/plan and actual/last year in per cent, as Vietnamese review reports
 * lay them out) and the table numbering.
 */
import { SECTOR_CATALOGUE } from '../indicators/sector-catalogue.ts';
import { periodEnd, tryParsePeriod } from '../periods/period.ts';
import { figureSpanLabel } from '../periods/period-text.ts';
import { TWO_TIER_START } from '../units/unit-types.ts';
import type { FigureFact, FigureKind } from './phrasing.ts';
import { figureKey, type ReportData, type ReportFigure } from './report-data.ts';
import type { CellValue, ReportColumn, ReportRow, ReportTable } from './report-types.ts';

/** How an indicator's figures are printed. */
export function kindOf(indicator: string): FigureKind {
  const d = SECTOR_CATALOGUE.byCode.get(indicator);
  if (!d) throw new Error(`unknown indicator ${indicator}`);
  if (d.unit.vi === '%') return 'percent';
  if (d.unit.vi === 'tỷ đồng') return 'money';
  if (d.valueType === 'count' || d.valueType === 'boolean') return 'count';
  return 'number';
}

/** The unit word of an indicator ("thuê bao", "tỷ đồng", "%"). */
export function unitWordOf(indicator: string): string {
  return SECTOR_CATALOGUE.byCode.get(indicator)?.unit.vi ?? '';
}

/** The figure of an indicator (and breakdown) in the data, or undefined when it was not read. */
export function figureOf(data: ReportData, indicator: string, breakdown = ''): ReportFigure | undefined {
  return data.figures.get(figureKey(indicator, breakdown));
}

const GRAIN = { year: 0, half: 1, quarter: 2, month: 3 } as const;
const GRAIN_WORD = { year: 'năm', half: '6 tháng', quarter: 'quý', month: 'tháng' } as const;

/**
 * What is said of a figure not known: "chưa có số liệu", or, when the indicator is reported for longer
 * periods than the report's (a yearly stock in a six-month report), that it is not reported for such a
 * period — it is not read at all then (the pivot refuses a period finer than the indicator's).
 */
export function missingText(data: ReportData, indicator: string): string {
  const d = SECTOR_CATALOGUE.byCode.get(indicator);
  const p = tryParsePeriod(data.period.code);
  if (d && p && GRAIN[d.periodType] < GRAIN[p.type]) return `chỉ tiêu thống kê theo ${GRAIN_WORD[d.periodType]}, không có số liệu ${GRAIN_WORD[p.type]}`;
  return 'chưa có số liệu';
}

/** True when an indicator can be read for the report's period (its own periods are as fine or finer). */
export function isReadableFor(indicator: string, periodCode: string): boolean {
  const d = SECTOR_CATALOGUE.byCode.get(indicator);
  const p = tryParsePeriod(periodCode);
  return d !== undefined && p !== undefined && GRAIN[d.periodType] >= GRAIN[p.type];
}

/**
 * What a figure covers when it is not the whole period ("10 tháng đầu năm 2026" for a flow of a year in
 * progress, "quý III/2026" for a stock from its last quarter) or, country-wide, not every province
 * ("4/34 tỉnh, thành phố có số liệu"); null when it covers them.
 */
export function spanOf(data: ReportData, f: ReportFigure | undefined): string | null {
  const parts = [periodSpanOf(data, f), reportingOf(f)].filter((x) => x !== null);
  return parts.length > 0 ? parts.join('; ') : null;
}

function periodSpanOf(data: ReportData, f: ReportFigure | undefined): string | null {
  if (!f || f.value === null || !f.from) return null;
  // A stock read from the sub-period that ends with the period (June for the first half) is the period's own.
  const last = tryParsePeriod(f.from[f.from.length - 1]!);
  if (SECTOR_CATALOGUE.byCode.get(f.indicator)?.periodKind === 'stock' && last && periodEnd(last) === data.period.end) return null;
  const whole = figureSpanLabel(data.period.code, null, 'vi');
  const span = figureSpanLabel(data.period.code, f.from, 'vi');
  return span === whole ? null : span[0]!.toLocaleLowerCase('vi-VN') + span.slice(1);
}

/** Country-wide, when not every province has the figure: "4/34 tỉnh, thành phố có số liệu"; null otherwise. */
export function reportingOf(f: ReportFigure | undefined): string | null {
  if (!f || f.value === null || !f.reporting || f.reporting.units >= f.reporting.of) return null;
  return `${f.reporting.units}/${f.reporting.of} tỉnh, thành phố có số liệu`;
}

/** A figure as a sentence fact (value null when not known). */
export function factOf(data: ReportData, indicator: string, breakdown = ''): FigureFact {
  const f = figureOf(data, indicator, breakdown);
  const d = SECTOR_CATALOGUE.byCode.get(indicator)!;
  const ref = f?.ref ?? {
    kind: 'indicator' as const,
    unit: data.area.code ?? '',
    indicator,
    period: data.period.code,
    breakdown,
    series: 'actual' as const,
    at: data.at,
  };
  return {
    ref,
    value: f?.value ?? null,
    kind: kindOf(indicator),
    unitWord: d.unit.vi,
    decimals: d.decimals,
    plan: f ? { value: f.plan, ref: f.planRef, ofYear: f.planIsYear } : null,
    previous: f ? { value: f.previous, ref: f.previousRef } : null,
    missing: f?.notCombined ?? missingText(data, indicator),
    span: spanOf(data, f),
  };
}

/** A row of an indicator table. */
export interface IndicatorRowSpec {
  /** "1", "1.1", "a" — or '' for none. */
  number: string;
  name: string;
  indicator: string;
  breakdown?: string;
  /** Bold (a group heading or a total). */
  emphasis?: 'total' | 'group';
}

const ratio = (a: number | null, b: number | null): number | null => (a === null || b === null || b === 0 ? null : Math.round((a / b) * 1000) / 10);

/** The columns of an indicator table. */
export function indicatorColumns(data: ReportData): ReportColumn[] {
  const prevYear = data.period.year - 1;
  const label = data.period.label;
  const prevLabel = label.replace(String(data.period.year), String(prevYear));
  return [
    // Widths fit a count of millions ("1.654.381") on one line at 12 pt on A4.
    { header: 'TT', format: 'text', decimals: 0, width: 5 },
    { header: 'Chỉ tiêu', format: 'text', decimals: 0, width: 29 },
    { header: 'Đơn vị tính', format: 'text', decimals: 0, width: 10 },
    { header: `Cùng kỳ ${lower(prevLabel)}`, format: 'number', decimals: 1, width: 14 },
    { header: data.period.code === String(data.period.year) ? 'Kế hoạch' : `Kế hoạch năm ${data.period.year}`, format: 'number', decimals: 1, width: 14 },
    { header: `Thực hiện ${lower(label)}`, format: 'number', decimals: 1, width: 14 },
    { header: 'TH/KH (%)', format: 'percent', decimals: 1, width: 7 },
    { header: 'TH/CK (%)', format: 'percent', decimals: 1, width: 7 },
  ];
}

/** One indicator row: numbers as numbers (null when not known). */
export function indicatorRow(data: ReportData, spec: IndicatorRowSpec): ReportRow {
  const f = figureOf(data, spec.indicator, spec.breakdown ?? '');
  const v = f?.value ?? null;
  const comparable = !(countsCommunes(spec.indicator) && crossesReform(data));
  const previous = comparable ? (f?.previous ?? null) : null;
  const cells: CellValue[] = [spec.number, spec.name, unitWordOf(spec.indicator), previous, f?.plan ?? null, v, ratio(v, f?.plan ?? null), ratio(v, previous)];
  const kind = kindOf(spec.indicator);
  // Counts print whole, tỷ đồng and shares with one decimal, other numbers with the indicator's own.
  const d = kind === 'count' ? 0 : kind === 'number' ? (SECTOR_CATALOGUE.byCode.get(spec.indicator)?.decimals ?? 1) : 1;
  const row: ReportRow = { cells, decimals: [null, null, null, d, d, d, null, null] };
  return spec.emphasis ? { ...row, emphasis: spec.emphasis } : row;
}

/** The notes every indicator table carries. */
export const INDICATOR_TABLE_NOTES = ['(–): chưa có số liệu.', 'TH/KH: thực hiện so với kế hoạch; TH/CK: thực hiện so với cùng kỳ năm trước.'];

/** An indicator table. */
export function indicatorTable(data: ReportData, id: string, title: string, rows: readonly IndicatorRowSpec[]): ReportTable {
  const notes = [...INDICATOR_TABLE_NOTES];
  if (crossesReform(data) && rows.some((r) => countsCommunes(r.indicator))) notes.push(`Số xã, phường: ${REFORM_NOT_COMPARABLE}.`);
  if (data.area.code === null) notes.push('Cả nước: tổng của các tỉnh, thành phố có số liệu (số tỉnh có số liệu ghi tại phần thuyết minh).');
  return { type: 'table', id, title, columns: indicatorColumns(data), rows: rows.map((r) => indicatorRow(data, r)), notes };
}

function lower(text: string): string {
  return text === '' ? text : text[0]!.toLocaleLowerCase('vi-VN') + text.slice(1);
}

/** True for an indicator that counts commune-level units (xã, phường): such counts change with the 2025 merger of communes. */
export function countsCommunes(indicator: string): boolean {
  const d = SECTOR_CATALOGUE.byCode.get(indicator);
  return d !== undefined && d.code.startsWith('commune.') && d.valueType === 'boolean';
}

/**
 * True when the same period a year earlier lies before the two-tier reorganisation (01/07/2025) and the
 * report's units after it: counts of communes then and now are not comparable (R-HIST-5).
 */
export function crossesReform(data: ReportData): boolean {
  const previousEnd = `${Number(data.period.end.slice(0, 4)) - 1}${data.period.end.slice(4)}`;
  return previousEnd < TWO_TIER_START && data.at >= TWO_TIER_START;
}

/** The words said instead of a change that the reorganisation makes meaningless. */
export const REFORM_NOT_COMPARABLE = 'không so sánh với cùng kỳ do sắp xếp đơn vị hành chính cấp xã từ ngày 01/07/2025';

/** "Toàn tỉnh", "Toàn thành phố" or "Cả nước": the area as the subject of a sentence. */
export function wholeArea(data: ReportData): string {
  if (data.area.code === null) return 'Cả nước';
  return data.area.typeCode === 'municipality' ? 'Toàn thành phố' : 'Toàn tỉnh';
}
