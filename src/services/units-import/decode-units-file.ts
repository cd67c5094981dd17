/**
 * Turns the bytes of a units file into sheets of text cells: an XLSX workbook (sniffed as a zip holding
 * xl/workbook.xml) or a CSV (comma, semicolon or tab) in UTF-8 (BOM or not), TCVN3, VNI or Windows-1258.
 * Every cell comes out in Unicode NFC: columns typed in a legacy font (TCVN3, VNI — also inside XLSX
 * cells) are recognised and converted. Anything else is refused.
 */
import ExcelJS from 'exceljs';
import { parse } from 'csv-parse/sync';
import { convertColumnsToUnicode } from '../../domain/text/legacy/convert-columns.ts';
import { findHeader, isBlankRow } from '../../domain/units-file/file-columns.ts';
import { fileIssue } from '../../domain/units-file/file-issue.ts';
import type { FileIssue, Sheet, SheetRow, UnitsFileKind } from '../../domain/units-file/units-file-types.ts';
import { fileTooLarge, unsupportedFile } from '../errors.ts';
import { assertCsvText, checkXlsxDirectory, notTextFile, sniffFileStart } from '../files/sniff-file.ts';
import { decodeTextBytes, type TextFileEncoding } from '../text/decode-text-bytes.ts';
import { readZipDirectory } from './zip-directory.ts';

/** Largest file accepted (the CLI checks the same limit before reading). */
export const MAX_UNITS_FILE_BYTES = 50 * 1024 * 1024;

export interface DecodedUnitsFile {
  format: 'csv' | 'xlsx';
  /** How a CSV's bytes were read (XLSX is always Unicode). */
  textEncoding?: TextFileEncoding;
  /** Columns converted from a legacy font, by sheet. */
  converted: Array<{ sheet: string; column: number; encoding: 'tcvn3' | 'vni' }>;
  sheets: Sheet[];
  issues: FileIssue[];
}

/** The sheet with every cell in Unicode NFC, legacy-font columns converted (`hint`: the file's encoding). */
function toUnicodeSheet(sheet: Sheet, converted: DecodedUnitsFile['converted'], hint?: TextFileEncoding): Sheet {
  const result = convertColumnsToUnicode(
    sheet.rows.map((r) => r.cells),
    hint === 'tcvn3' || hint === 'vni' ? hint : undefined,
  );
  for (const c of result.converted) converted.push({ sheet: sheet.name, ...c });
  return { ...sheet, rows: sheet.rows.map((r, i) => ({ ...r, cells: result.rows[i] ?? r.cells })) };
}

/** Decodes a units file, refusing oversized files (413) and files that are neither XLSX nor CSV text (415). */
export async function decodeUnitsFile(bytes: Uint8Array, kind?: UnitsFileKind): Promise<DecodedUnitsFile> {
  if (bytes.byteLength > MAX_UNITS_FILE_BYTES) throw fileTooLarge(MAX_UNITS_FILE_BYTES);
  if (sniffFileStart(bytes) === 'zip') {
    const converted: DecodedUnitsFile['converted'] = [];
    const sheets = (await readXlsx(bytes)).map((sheet) => toUnicodeSheet(sheet, converted));
    return { format: 'xlsx', converted, sheets, issues: [] };
  }
  const csv = readCsv(bytes, kind);
  const converted: DecodedUnitsFile['converted'] = [];
  const sheets = csv.sheets.map((sheet) => toUnicodeSheet(sheet, converted, csv.textEncoding));
  return { format: 'csv', textEncoding: csv.textEncoding, converted, sheets, issues: csv.issues };
}

async function readXlsx(bytes: Uint8Array): Promise<Sheet[]> {
  const entries = readZipDirectory(bytes);
  checkXlsxDirectory(entries);
  const workbook = new ExcelJS.Workbook();
  try {
    await workbook.xlsx.load(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength) as unknown as ExcelJS.Buffer);
  } catch (err) {
    throw unsupportedFile(`the XLSX workbook cannot be read: ${(err as Error).message}`, `không đọc được bảng tính XLSX: ${(err as Error).message}`);
  }
  return workbook.worksheets.map((ws) => {
    const rows: SheetRow[] = [];
    // Merged cells: ExcelJS gives every cell of a merge the value of its top-left cell.
    ws.eachRow({ includeEmpty: false }, (row, rowNumber) => {
      const cells: string[] = [];
      for (let c = 1; c <= row.cellCount; c++) cells.push(cellText(row.getCell(c).value));
      const r = { row: rowNumber, cells };
      if (!isBlankRow(r)) rows.push(r);
    });
    return { name: ws.name, rows };
  });
}

/** The text of an XLSX cell: numbers as written (1840), dates as YYYY-MM-DD, formulas by their result. */
export function cellText(value: ExcelJS.CellValue): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'string') return value;
  if (typeof value === 'number') return Number.isFinite(value) ? String(value) : '';
  if (typeof value === 'boolean') return value ? 'TRUE' : 'FALSE';
  if (value instanceof Date) return value.toISOString().slice(0, 10);
  if ('richText' in value) return value.richText.map((t) => t.text).join('');
  if ('error' in value) return value.error;
  if ('hyperlink' in value) return cellText(value.text as ExcelJS.CellValue);
  if ('formula' in value || 'sharedFormula' in value) return cellText((value.result ?? null) as ExcelJS.CellValue);
  return '';
}

function readCsv(bytes: Uint8Array, kind?: UnitsFileKind): { sheets: Sheet[]; issues: FileIssue[]; textEncoding: TextFileEncoding } {
  const decoded = decodeTextBytes(bytes);
  if (!decoded) throw notTextFile();
  const { text, encoding: textEncoding } = decoded;
  assertCsvText(text);
  const delimiter = chooseDelimiter(text, kind);
  try {
    const rows = parseCsv(text, delimiter);
    return { sheets: [{ name: 'CSV', rows }], issues: [], textEncoding };
  } catch (err) {
    const e = err as Error & { lines?: number };
    return {
      sheets: [],
      textEncoding,
      issues: [fileIssue('csv_syntax', { row: e.lines ?? 1, field: 'CSV' }, `the CSV cannot be read: ${e.message}`, `không đọc được CSV: ${e.message}`)],
    };
  }
}

function parseCsv(text: string, delimiter: string, toLine?: number): SheetRow[] {
  const records = parse(text, {
    bom: true,
    delimiter,
    relax_column_count: true,
    relax_quotes: true,
    skip_empty_lines: true,
    info: true,
    ...(toLine ? { to_line: toLine } : {}),
  }) as unknown as Array<{ record: string[]; info: { lines: number } }>;
  return records.map((r) => ({ row: r.info.lines, cells: r.record })).filter((r) => !isBlankRow(r));
}

/** The delimiter under which a header row is found in the first lines; else the most frequent one. */
function chooseDelimiter(text: string, kind?: UnitsFileKind): string {
  const candidates = [',', ';', '\t'];
  for (const d of candidates) {
    try {
      if (findHeader(parseCsv(text, d, 40), kind).match) return d;
    } catch {
      // a candidate that does not even parse is simply not the delimiter
    }
  }
  const head = text.slice(0, 4096);
  const count = (d: string) => head.split(d).length;
  return candidates.reduce((best, d) => (count(d) > count(best) ? d : best));
}
