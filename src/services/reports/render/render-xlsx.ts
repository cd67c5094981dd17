/**
 * The annual report's figures as a workbook (issue #7): a first sheet "Thông tin" with the document's
 * frame (agency, number, date, subject, notes), then one sheet per table in reading order, its numbers
 * stored as numbers with a number format (percentages as fractions with a % format), so that they can be
 * summed and charted; cells without figures are left empty.
 */
import ExcelJS from 'exceljs';
import type { ReportColumn, ReportDocument, ReportRow, ReportTable } from '../../../domain/reports/report-types.ts';
import { formatDateVi } from '../../../domain/format/vi-format.ts';
import { printableText } from './escape-markup.ts';
import { FONT_FAMILY } from './report-layout.ts';
import { columnForCell, columnShares, DATA_NOTES_LABEL, DEMO_NOTICE, isNumberColumn, listReportTables } from './report-text.ts';
import { uniqueSheetName } from './xlsx-sheet-name.ts';

export const INFO_SHEET_NAME = 'Thông tin';

/** The characters a table's columns share on screen, in proportion to their widths. */
const TABLE_WIDTH_CHARS = 100;
const INFO_VALUE_CHARS = 90;
/** The report's family, as Vietnamese offices set their spreadsheets; 12 pt as in the report's tables. */
const FONT = { name: FONT_FAMILY, size: 12 } as const;
/** Points per line of 12 pt text: spreadsheets do not grow rows to wrapped text written by a program. */
const LINE_HEIGHT_PT = 16;
const HEADER_ROW = 3;
const THIN = { style: 'thin' as const, color: { argb: 'FF000000' } };
const BORDER = { top: THIN, left: THIN, bottom: THIN, right: THIN };

/** Lays a report's tables out as an XLSX workbook. */
export async function renderReportXlsx(doc: ReportDocument): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  wb.creator = 'ictmon';
  wb.lastModifiedBy = 'ictmon';
  wb.title = printableText(doc.meta.subtitle);
  wb.subject = printableText(`${doc.meta.title} ${doc.meta.subtitle}`);
  const built = new Date(doc.builtAt);
  if (!Number.isNaN(built.getTime())) wb.created = wb.modified = built;

  const taken = new Set([INFO_SHEET_NAME.toLowerCase()]);
  const tables = listReportTables(doc).map(({ table }) => ({ table, sheetName: uniqueSheetName(table.title, taken, table.id) }));
  addInfoSheet(wb, doc, tables);
  for (const { table, sheetName } of tables) addTableSheet(wb, table, sheetName);
  return Buffer.from(await wb.xlsx.writeBuffer());
}

function addInfoSheet(wb: ExcelJS.Workbook, doc: ReportDocument, tables: ReadonlyArray<{ table: ReportTable; sheetName: string }>): void {
  const ws = wb.addWorksheet(INFO_SHEET_NAME);
  ws.columns = [{ width: 30 }, { width: INFO_VALUE_CHARS }];
  ws.pageSetup = { paperSize: 9, orientation: 'portrait', fitToPage: true, fitToWidth: 1, fitToHeight: 0 };
  const line = (key: string, value: string) => {
    const row = ws.addRow([printableText(key), printableText(value)]);
    row.getCell(1).font = { ...FONT, bold: true };
    row.getCell(2).alignment = { wrapText: true, vertical: 'top' };
    row.getCell(1).alignment = { vertical: 'top' };
    row.height = LINE_HEIGHT_PT * lineCount(value, INFO_VALUE_CHARS);
  };
  const meta = doc.meta;
  const title = ws.addRow([printableText(`${meta.title} ${meta.subtitle}`)]);
  title.font = { ...FONT, bold: true, size: 13 };
  ws.mergeCells(1, 1, 1, 2);
  if (doc.demo) ws.addRow([DEMO_NOTICE]).font = { ...FONT, italic: true, bold: true, color: { argb: 'FFC00000' } };
  ws.addRow([]);
  if (meta.superiorAgency) line('Cơ quan chủ quản', meta.superiorAgency);
  line('Cơ quan ban hành', meta.agency);
  line('Số, ký hiệu', meta.numberLine);
  line('Địa danh, ngày tháng', meta.placeDateLine);
  line('Tên loại', meta.title);
  line('Trích yếu', meta.subtitle);
  line('Địa bàn', doc.area.fullName);
  line('Kỳ báo cáo', doc.period.label);
  line('Đơn vị hành chính tại ngày', formatDateVi(doc.at));
  line('Người ký', [meta.signer.authority, meta.signer.position, meta.signer.name].filter((s) => s.trim() !== '').join(' – '));
  line('Lập lúc', builtAtText(doc.builtAt));
  if (doc.demo) line('Lưu ý', DEMO_NOTICE);
  doc.dataNotes.forEach((note, i) => line(i === 0 ? DATA_NOTES_LABEL : '', note));
  if (tables.length > 0) {
    ws.addRow([]);
    ws.addRow(['Trang tính', 'Bảng']).font = { ...FONT, bold: true };
    for (const t of tables) ws.addRow([t.sheetName, printableText(t.table.title)]);
  }
  applyFont(ws);
}

function addTableSheet(wb: ExcelJS.Workbook, table: ReportTable, sheetName: string): void {
  const ws = wb.addWorksheet(sheetName, {
    views: [{ state: 'frozen', ySplit: HEADER_ROW }],
    // Printed like the report: A4 portrait, as wide as the page, the header row on every page.
    pageSetup: { paperSize: 9, orientation: 'portrait', fitToPage: true, fitToWidth: 1, fitToHeight: 0, printTitlesRow: `${HEADER_ROW}:${HEADER_ROW}` },
  });
  const columns = table.columns;
  const count = Math.max(1, columns.length);
  const widths = columnShares(columns).map((share) => Math.max(5, Math.round(share * TABLE_WIDTH_CHARS)));
  widths.forEach((width, i) => (ws.getColumn(i + 1).width = width));

  const title = ws.getRow(1);
  title.getCell(1).value = printableText(table.title);
  title.font = { ...FONT, bold: true, size: 13 };
  title.getCell(1).alignment = { horizontal: 'center', vertical: 'middle', wrapText: true };
  if (count > 1) ws.mergeCells(1, 1, 1, count);

  const header = ws.getRow(HEADER_ROW);
  columns.forEach((c, i) => {
    const cell = header.getCell(i + 1);
    cell.value = printableText(c.header);
    cell.font = { ...FONT, bold: true };
    cell.alignment = { horizontal: 'center', vertical: 'middle', wrapText: true };
    cell.border = BORDER;
  });
  header.height = LINE_HEIGHT_PT * Math.max(1, ...columns.map((c, i) => lineCount(c.header, widths[i] ?? 10)));

  table.rows.forEach((row, r) => {
    const xlsxRow = ws.getRow(HEADER_ROW + 1 + r);
    writeRow(xlsxRow, row, columns);
    const lines = Math.max(1, ...row.cells.map((v, i) => (typeof v === 'string' ? lineCount(v, widths[i] ?? 10) : 1)));
    if (lines > 1) xlsxRow.height = LINE_HEIGHT_PT * lines;
  });

  let next = HEADER_ROW + table.rows.length + 2;
  for (const note of table.notes) {
    const cell = ws.getCell(next++, 1);
    cell.value = printableText(note);
    cell.font = { ...FONT, italic: true };
  }
  applyFont(ws);
}

/** The build time in Vietnam time, "15/12/2025 09:30" (the stored value when it is not a date). */
function builtAtText(iso: string): string {
  const when = new Date(iso);
  if (Number.isNaN(when.getTime())) return iso;
  const parts = new Intl.DateTimeFormat('en-GB', {
    timeZone: 'Asia/Ho_Chi_Minh',
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
    hour: '2-digit',
    minute: '2-digit',
    hourCycle: 'h23',
  }).formatToParts(when);
  const part = (type: Intl.DateTimeFormatPartTypes) => parts.find((p) => p.type === type)?.value ?? '';
  return `${part('day')}/${part('month')}/${part('year')} ${part('hour')}:${part('minute')}`;
}

/** Sets the report's family on every written cell that has no font of its own. */
function applyFont(ws: ExcelJS.Worksheet): void {
  ws.eachRow((row) => row.eachCell((cell) => (cell.font = { ...FONT, ...cell.font })));
}

/** About how many lines `text` takes in a column `widthChars` wide (wrapped at words). */
function lineCount(text: string, widthChars: number): number {
  const usable = Math.max(1, widthChars - 2);
  return text.split('\n').reduce((n, part) => n + Math.max(1, Math.ceil(part.length / usable)), 0);
}

function writeRow(xlsxRow: ExcelJS.Row, row: ReportRow, columns: readonly ReportColumn[]): void {
  const bold = row.emphasis === 'total' || row.emphasis === 'group';
  columns.forEach((tableColumn, i) => {
    const column = columnForCell(tableColumn, row, i);
    const cell = xlsxRow.getCell(i + 1);
    const value = row.cells[i] ?? null;
    cell.border = BORDER;
    if (bold) cell.font = { ...FONT, bold: true };
    if (value === null || (typeof value === 'number' && !Number.isFinite(value))) return;
    if (typeof value === 'string') {
      cell.value = printableText(value);
      cell.alignment = { horizontal: isNumberColumn(column) ? 'right' : 'left', vertical: 'middle', wrapText: true };
      return;
    }
    // A percentage is stored as a fraction and shown by the % format: 58,2 % is 0.582.
    cell.value = column.format === 'percent' ? Number((value / 100).toPrecision(12)) : value;
    const format = numberFormat(column);
    if (format) cell.numFmt = format;
    cell.alignment = { horizontal: 'right', vertical: 'middle' };
  });
}

/** The Excel number format of a column: #,##0 for integers, #,##0.0 for one decimal, 0.0% for percentages. */
function numberFormat(column: ReportColumn): string | null {
  const decimals = Math.max(0, Math.min(10, Math.trunc(column.decimals)));
  const fraction = decimals > 0 ? `.${'0'.repeat(decimals)}` : '';
  switch (column.format) {
    case 'integer':
      return '#,##0';
    case 'number':
      return `#,##0${fraction}`;
    case 'percent':
      return `0${fraction}%`;
    case 'text':
      return null;
  }
}
