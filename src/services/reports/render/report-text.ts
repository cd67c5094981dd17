/**
 * What the three renderers print the same way: the fixed lines of an administrative document
 * (NĐ 30/2020/NĐ-CP, Phụ lục I), a table cell as text (Vietnamese numbers: "1.463,5"; no figures: "–"),
 * a paragraph's text, the recipients' lines, the tables in document order and the columns' shares.
 */
import type { CellValue, ReportColumn, ReportDocument, ReportParagraph, ReportRow, ReportSection, ReportTable } from '../../../domain/reports/report-types.ts';
import { formatNumberVi } from '../../../domain/format/vi-format.ts';
import { printableText } from './escape-markup.ts';

/** Quốc hiệu (NĐ 30/2020/NĐ-CP, Phụ lục I, mục II.1). */
export const NATIONAL_NAME = 'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM';
/** Tiêu ngữ, words joined by hyphens with a space either side (NĐ 30/2020/NĐ-CP, Phụ lục I, mục II.1). */
export const NATIONAL_MOTTO = 'Độc lập - Tự do - Hạnh phúc';
/** Printed under the title when the figures include the demo dataset. */
export const DEMO_NOTICE = 'Dữ liệu minh họa — không phải số liệu thống kê chính thức';
export const RECIPIENTS_LABEL = 'Nơi nhận:';
export const DATA_NOTES_LABEL = 'Ghi chú:';
/** A cell without figures. */
export const EMPTY_CELL = '–';

/** True when a column holds numbers (set right-aligned, stored as numbers in XLSX). */
export function isNumberColumn(column: ReportColumn): boolean {
  return column.format !== 'text';
}

/** The column a row's cell is printed by: a row may give its own fraction digits (an indicator table mixes counts and shares). */
export function columnForCell(column: ReportColumn, row: ReportRow, index: number): ReportColumn {
  const d = row.decimals?.[index];
  return d === undefined || d === null ? column : { ...column, decimals: d };
}

/**
 * A cell as printed: numbers the Vietnamese way with the column's decimals, a percentage as 58,2, null as
 * "–" — except in a group heading row, which carries no figures and leaves its other cells blank.
 */
export function formatCell(value: CellValue, column: ReportColumn, emphasis?: ReportRow['emphasis']): string {
  if (value === null) return emphasis === 'group' ? '' : EMPTY_CELL;
  if (typeof value === 'string') return printableText(value);
  if (!Number.isFinite(value)) return EMPTY_CELL;
  switch (column.format) {
    case 'integer':
      return formatNumberVi(value, 0);
    case 'number':
    case 'percent':
      return formatNumberVi(value, column.decimals);
    case 'text':
      return formatNumberVi(value);
  }
}

/** A paragraph's text: its sentences joined by one space, an item of a list starting with "- ". */
export function paragraphText(paragraph: ReportParagraph): string {
  const text = paragraph.sentences
    .map((s) => printableText(s.text).trim())
    .filter((s) => s !== '')
    .join(' ');
  return paragraph.item ? `- ${text}` : text;
}

/** The "Nơi nhận:" lines: "- {recipient};", the last ending with "." (NĐ 30/2020/NĐ-CP, Phụ lục I, mục II.9). */
export function recipientLines(recipients: readonly string[]): string[] {
  return recipients.map(
    (r, i) =>
      `- ${printableText(r)
        .trim()
        .replace(/[;.,]+$/, '')}${i === recipients.length - 1 ? '.' : ';'}`,
  );
}

/** Each column's share of the table width, in proportion to `width` (equal shares when none is positive). */
export function columnShares(columns: readonly ReportColumn[]): number[] {
  const widths = columns.map((c) => (Number.isFinite(c.width) && c.width > 0 ? c.width : 0));
  const total = widths.reduce((a, b) => a + b, 0);
  return total > 0 ? widths.map((w) => w / total) : columns.map(() => 1 / columns.length);
}

/** A table with the section (or appendix) it belongs to. */
export interface PlacedTable {
  table: ReportTable;
  section: ReportSection;
}

/** The document's tables in reading order: the sections', then the appendices'. */
export function listReportTables(doc: ReportDocument): PlacedTable[] {
  return [...doc.sections, ...doc.appendices].flatMap((section) =>
    section.blocks.filter((b): b is ReportTable => b.type === 'table').map((table) => ({ table, section })),
  );
}
