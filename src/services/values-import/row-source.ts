/**
 * Reads a values file as a stream of rows, in bounded memory: an XLSX workbook through ExcelJS's
 * streaming reader, or CSV text (comma, semicolon or tab; UTF-8 with or without BOM, Windows-1258,
 * TCVN3 or VNI) through csv-parse. Refuses what is not a spreadsheet, is too large, would inflate too
 * far (a zip bomb), or has too many rows.
 */
import { createReadStream } from 'node:fs';
import { open, stat } from 'node:fs/promises';
import ExcelJS from 'exceljs';
import { parse } from 'csv-parse';
import iconv from 'iconv-lite';
import { detectVietnameseEncoding, toUnicodeNfc, type VietnameseEncoding } from '../../domain/text/legacy/detect-encoding.ts';
import { composeVietnameseNfc } from '../../domain/text/legacy/windows-1258.ts';
import type { Cell } from '../../domain/values-file/read-cells.ts';
import { AppError, fileTooLarge, unsupportedFile } from '../errors.ts';
import { assertCsvText, checkXlsxDirectory, notTextFile, sniffFileStart } from '../files/sniff-file.ts';
import { decodeTextBytes, type TextFileEncoding } from '../text/decode-text-bytes.ts';
import { readZipDirectory } from '../units-import/zip-directory.ts';

/** Largest values file accepted (the HTTP upload and the CLI check the same limit). */
export const MAX_VALUES_FILE_BYTES = 100 * 1024 * 1024;
/** Most data rows a file may have: ten million rows are refused after this many, with nothing stored. */
export const MAX_DATA_ROWS = 2_000_000;
/** Rows the reader lets through beyond the data-row limit: titles and the header (the import counts data rows exactly). */
const HEADER_ALLOWANCE = 32;
/** Rows read before the columns' legacy fonts are decided and the header is looked for. */
export const SAMPLE_ROWS = 300;

export interface SourceRow {
  row: number;
  cells: Cell[];
}

export interface RowSource {
  format: 'csv' | 'xlsx';
  textEncoding?: TextFileEncoding;
  totalBytes: number;
  /** Bytes read so far (of the file on disk; for XLSX, of the compressed file). */
  bytesRead(): number;
  /** Sheets, each with its rows in order; blank rows are left out. */
  sheets(): AsyncIterable<{ name: string; rows: AsyncIterable<SourceRow> }>;
}

export function tooManyRows(maxRows = MAX_DATA_ROWS): AppError {
  return new AppError(
    'too_many_rows',
    413,
    `the file has more than ${maxRows.toLocaleString('en')} data rows; split it into smaller files (nothing was stored)`,
    `tệp có hơn ${maxRows.toLocaleString('vi')} dòng số liệu; hãy chia thành các tệp nhỏ hơn (chưa lưu gì)`,
  );
}

/** Opens a values file for reading, after checking its size and kind. */
export async function openRowSource(path: string, maxRows = MAX_DATA_ROWS): Promise<RowSource> {
  const { size } = await stat(path);
  if (size > MAX_VALUES_FILE_BYTES) throw fileTooLarge(MAX_VALUES_FILE_BYTES);
  if (size === 0) throw unsupportedFile('the file is empty', 'tệp rỗng');
  const head = await readHead(path, Math.min(size, 1024 * 1024));
  if (sniffFileStart(head) === 'zip') return xlsxSource(path, size, maxRows);
  return csvSource(path, size, head, maxRows);
}

async function readHead(path: string, length: number): Promise<Uint8Array> {
  const handle = await open(path, 'r');
  try {
    const buffer = Buffer.alloc(length);
    const { bytesRead } = await handle.read(buffer, 0, length, 0);
    return buffer.subarray(0, bytesRead);
  } finally {
    await handle.close();
  }
}

async function readTail(path: string, size: number, length: number): Promise<Uint8Array> {
  const handle = await open(path, 'r');
  try {
    const buffer = Buffer.alloc(Math.min(size, length));
    const { bytesRead } = await handle.read(buffer, 0, buffer.length, size - buffer.length);
    return buffer.subarray(0, bytesRead);
  } finally {
    await handle.close();
  }
}

// ---------------------------------------------------------------------------------------------- XLSX

async function xlsxSource(path: string, size: number, maxRows: number): Promise<RowSource> {
  // The central directory is at the end: read it (the whole file when small) without inflating anything.
  const bytes = size <= 8 * 1024 * 1024 ? await readHead(path, size) : await readWholeDirectory(path, size);
  const entries = readZipDirectory(bytes);
  checkXlsxDirectory(entries);
  let read = 0;
  // ExcelJS's streaming reader parks worksheets stored before xl/workbook.xml in temporary files and was
  // seen to fail on them now and then ("reading 'sheets'"). Excel and LibreOffice store the workbook first;
  // ExcelJS itself (ictmon's templates written back unchanged, scripts) does not: such files are read whole
  // when they are small enough to hold in memory.
  const all = entries ?? [];
  const workbookAt = all.findIndex((e) => e.name === 'xl/workbook.xml');
  const sheetsFirst = all.some((e, i) => i < workbookAt && e.name.startsWith('xl/worksheets/'));
  const inflated = all.reduce((sum, e) => sum + e.uncompressedSize, 0);
  if (sheetsFirst && inflated <= WHOLE_READ_BYTES) {
    return {
      format: 'xlsx',
      totalBytes: size,
      bytesRead: () => read,
      async *sheets() {
        const book = new ExcelJS.Workbook();
        try {
          await book.xlsx.readFile(path);
        } catch (err) {
          throw unsupportedFile(`the XLSX workbook cannot be read: ${(err as Error).message}`, `không đọc được bảng tính XLSX: ${(err as Error).message}`);
        }
        read = size;
        for (const ws of book.worksheets) {
          const rows: ExcelJS.Row[] = [];
          ws.eachRow((row) => rows.push(row));
          yield { name: ws.name, rows: xlsxRows(iterate(rows), maxRows) };
        }
      },
    };
  }
  return {
    format: 'xlsx',
    totalBytes: size,
    bytesRead: () => read,
    async *sheets() {
      const stream = createReadStream(path);
      stream.on('data', (chunk) => {
        read += chunk.length;
      });
      const reader = new ExcelJS.stream.xlsx.WorkbookReader(stream, {
        sharedStrings: 'cache',
        styles: 'cache',
        hyperlinks: 'ignore',
        worksheets: 'emit',
        entries: 'ignore',
      });
      try {
        for await (const sheet of reader) {
          const ws = sheet as unknown as AsyncIterable<ExcelJS.Row> & { name?: string; id?: number };
          yield { name: ws.name ?? `Sheet${ws.id ?? ''}`, rows: xlsxRows(ws, maxRows) };
        }
      } catch (err) {
        if (err instanceof AppError) throw err;
        throw unsupportedFile(`the XLSX workbook cannot be read: ${(err as Error).message}`, `không đọc được bảng tính XLSX: ${(err as Error).message}`);
      } finally {
        stream.destroy();
      }
    },
  };
}

/** The end of a large zip: its central directory, read from the end record's offset. */
async function readWholeDirectory(path: string, size: number): Promise<Uint8Array> {
  const tail = await readTail(path, size, 22 + 0xffff);
  const view = new DataView(tail.buffer, tail.byteOffset, tail.byteLength);
  for (let i = tail.length - 22; i >= 0; i--) {
    if (view.getUint32(i, true) === 0x06054b50) {
      const dirSize = view.getUint32(i + 12, true);
      const dirOffset = view.getUint32(i + 16, true);
      if (dirOffset + dirSize > size) break;
      // Rebuild a small zip image: directory + end record, with the offset pointing at the start.
      const handle = await open(path, 'r');
      try {
        const dir = Buffer.alloc(dirSize + (tail.length - i));
        await handle.read(dir, 0, dirSize, dirOffset);
        Buffer.from(tail.subarray(i)).copy(dir, dirSize);
        dir.writeUInt32LE(0, dirSize + 16);
        return dir;
      } finally {
        await handle.close();
      }
    }
  }
  return new Uint8Array(0);
}

/** Inflated size up to which a workbook stored worksheets-first is read whole (see xlsxSource). */
const WHOLE_READ_BYTES = 64 * 1024 * 1024;

async function* iterate<T>(items: readonly T[]): AsyncGenerator<T> {
  for (const item of items) yield item;
}

async function* xlsxRows(ws: AsyncIterable<ExcelJS.Row>, maxRows: number): AsyncGenerator<SourceRow> {
  let count = 0;
  for await (const row of ws) {
    const cells: Cell[] = [];
    let blank = true;
    for (let c = 1; c <= row.cellCount; c++) {
      const cell = row.getCell(c);
      const value = xlsxCell(cell.value, cell.numFmt);
      if (value !== null && !(typeof value === 'string' && value.trim() === '')) blank = false;
      cells.push(value);
    }
    if (blank) continue;
    if (++count > maxRows + HEADER_ALLOWANCE) throw tooManyRows(maxRows);
    yield { row: row.number, cells };
  }
}

/** A cell's value: text, number, boolean, date, a percentage (Excel's 0.96 in a "0%" cell is 96), or null. */
function xlsxCell(value: ExcelJS.CellValue, numFmt: string | undefined): Cell {
  if (value === null || value === undefined) return null;
  if (typeof value === 'string') return value;
  if (typeof value === 'number') {
    if (!Number.isFinite(value)) return null;
    return numFmt && /%/.test(numFmt.replace(/"[^"]*"/g, '')) ? { percent: Number((value * 100).toPrecision(12)) } : value;
  }
  if (typeof value === 'boolean') return value;
  if (value instanceof Date) return value;
  if ('richText' in value) return value.richText.map((t) => t.text).join('');
  if ('error' in value) return String(value.error);
  if ('hyperlink' in value) return xlsxCell(value.text as ExcelJS.CellValue, numFmt);
  if ('formula' in value || 'sharedFormula' in value) return xlsxCell((value.result ?? null) as ExcelJS.CellValue, numFmt);
  return null;
}

// ----------------------------------------------------------------------------------------------- CSV

function csvSource(path: string, size: number, head: Uint8Array, maxRows: number): RowSource {
  // The encoding is decided on the first megabyte, cut at a line end so no character is split.
  const cut = head.length < size ? head.lastIndexOf(0x0a) + 1 || head.length : head.length;
  const decoded = decodeTextBytes(head.subarray(0, cut));
  if (!decoded) throw notTextFile();
  assertCsvText(decoded.text);
  const encoding = decoded.encoding;
  const delimiter = chooseDelimiter(decoded.text);
  let read = 0;
  return {
    format: 'csv',
    textEncoding: encoding,
    totalBytes: size,
    bytesRead: () => read,
    async *sheets() {
      yield { name: 'CSV', rows: csvRows(path, encoding, delimiter, maxRows, (n) => (read += n)) };
    },
  };
}

/** The delimiter that splits the first lines into the most columns consistently: ; , or tab. */
function chooseDelimiter(sample: string): string {
  const lines = sample.split(/\r?\n/).slice(0, 40);
  let best = ',';
  let bestScore = -1;
  for (const d of [',', ';', '\t']) {
    const counts = lines.map((l) => l.split(d).length - 1).filter((n) => n > 0);
    const max = counts.length ? Math.max(...counts) : 0;
    const score = max * counts.filter((n) => n === max).length;
    if (score > bestScore) {
      best = d;
      bestScore = score;
    }
  }
  return best;
}

async function* csvRows(path: string, encoding: TextFileEncoding, delimiter: string, maxRows: number, onBytes: (n: number) => void): AsyncGenerator<SourceRow> {
  const stream = createReadStream(path, { highWaterMark: 256 * 1024 });
  const parser = parse({ bom: true, delimiter, relax_column_count: true, relax_quotes: true, skip_empty_lines: true, info: true });
  const utf8 = new TextDecoder('utf-8', { fatal: true });
  const cp1258 = iconv.getDecoder('windows1258');
  const pump = (async () => {
    try {
      for await (const chunk of stream) {
        const bytes = chunk as Buffer;
        onBytes(bytes.length);
        let text: string;
        if (encoding === 'utf-8') {
          try {
            text = utf8.decode(bytes, { stream: true });
          } catch {
            throw unsupportedFile('the file is not valid UTF-8 text further on', 'tệp có đoạn không phải văn bản UTF-8 hợp lệ');
          }
        } else if (encoding === 'windows-1258') text = cp1258.write(bytes);
        else text = bytes.toString('latin1');
        if (parser.destroyed) return;
        if (!parser.write(text)) {
          await new Promise<void>((resolve) => {
            const done = () => {
              parser.off('drain', done);
              parser.off('close', done);
              resolve();
            };
            parser.on('drain', done);
            parser.on('close', done);
          });
        }
      }
      parser.end();
    } catch (err) {
      parser.destroy(err as Error);
    }
  })();
  let count = 0;
  try {
    for await (const record of parser as AsyncIterable<{ record: string[]; info: { lines: number } }>) {
      const cells = record.record;
      if (cells.every((c) => c.trim() === '')) continue;
      if (++count > maxRows + HEADER_ALLOWANCE) throw tooManyRows(maxRows);
      yield { row: record.info.lines, cells: encoding === 'windows-1258' ? cells.map(composeVietnameseNfc) : cells };
    }
  } catch (err) {
    if (err instanceof AppError) throw err;
    const e = err as Error & { lines?: number };
    throw new AppError(
      'csv_syntax',
      400,
      `the CSV cannot be read at line ${e.lines ?? '?'}: ${e.message}`,
      `không đọc được CSV ở dòng ${e.lines ?? '?'}: ${e.message}`,
    );
  } finally {
    stream.destroy();
    parser.destroy();
    await pump.catch(() => undefined);
  }
}

// ------------------------------------------------------------------------------------- legacy fonts

/** Per column, the legacy font its text is typed in, decided on the first rows. */
export class ColumnFonts {
  readonly converted: Array<{ column: number; encoding: 'tcvn3' | 'vni' }> = [];
  private readonly encodings: Array<VietnameseEncoding | undefined> = [];

  constructor(sample: readonly SourceRow[], fileEncoding?: TextFileEncoding) {
    const width = Math.max(0, ...sample.map((r) => r.cells.length));
    for (let c = 0; c < width; c++) {
      const text = sample
        .map((r) => r.cells[c])
        .filter((v): v is string => typeof v === 'string')
        .join('\n');
      const e: VietnameseEncoding = fileEncoding === 'tcvn3' || fileEncoding === 'vni' ? fileEncoding : detectVietnameseEncoding(text);
      this.encodings.push(e);
      if ((e === 'tcvn3' || e === 'vni') && /[^\x00-\x7f]/.test(text)) this.converted.push({ column: c, encoding: e });
    }
  }

  /** The row with text cells in Unicode NFC. */
  convert(row: SourceRow): SourceRow {
    const cells = row.cells.map((cell, c) => {
      if (typeof cell !== 'string') return cell;
      const e = this.encodings[c];
      if (e === 'tcvn3' || e === 'vni') return toUnicodeNfc(cell, e).text;
      return /[^\x00-\x7f]/.test(cell) ? composeVietnameseNfc(cell).normalize('NFC') : cell;
    });
    return { row: row.row, cells };
  }
}
