import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { cellText, decodeUnitsFile } from '../../src/services/units-import/decode-units-file.ts';
import { readZipDirectory } from '../../src/services/units-import/zip-directory.ts';
import { AppError } from '../../src/services/errors.ts';
import { fixture } from './read-units-file.ts';

/** A zip archive with stored (uncompressed) entries, per PKWARE APPNOTE; CRCs left at 0. */
function makeZip(files: Array<{ name: string; data: string }>): Uint8Array {
  const enc = new TextEncoder();
  const locals: Uint8Array[] = [];
  const centrals: Uint8Array[] = [];
  let offset = 0;
  for (const f of files) {
    const name = enc.encode(f.name);
    const data = enc.encode(f.data);
    const local = new DataView(new ArrayBuffer(30));
    local.setUint32(0, 0x04034b50, true);
    local.setUint32(18, data.length, true);
    local.setUint32(22, data.length, true);
    local.setUint16(26, name.length, true);
    locals.push(new Uint8Array(local.buffer), name, data);
    const central = new DataView(new ArrayBuffer(46));
    central.setUint32(0, 0x02014b50, true);
    central.setUint32(20, data.length, true);
    central.setUint32(24, data.length, true);
    central.setUint16(28, name.length, true);
    central.setUint32(42, offset, true);
    centrals.push(new Uint8Array(central.buffer), name);
    offset += 30 + name.length + data.length;
  }
  const dirSize = centrals.reduce((s, c) => s + c.length, 0);
  const end = new DataView(new ArrayBuffer(22));
  end.setUint32(0, 0x06054b50, true);
  end.setUint16(8, files.length, true);
  end.setUint16(10, files.length, true);
  end.setUint32(12, dirSize, true);
  end.setUint32(16, offset, true);
  return Buffer.concat([...locals, ...centrals, new Uint8Array(end.buffer)]);
}

async function refusal(bytes: Uint8Array): Promise<AppError> {
  const err = await decodeUnitsFile(bytes).then(
    () => undefined,
    (e: unknown) => e,
  );
  expect(err).toBeInstanceOf(AppError);
  return err as AppError;
}

describe('sniffing the bytes', () => {
  const refused: Array<{ name: string; bytes: () => Uint8Array; code: string }> = [
    { name: 'a zip that is not an XLSX', bytes: () => makeZip([{ name: 'readme.txt', data: 'hello' }]), code: 'unsupported_file' },
    {
      name: 'a zip that claims to be an XLSX but is not',
      bytes: () =>
        makeZip([
          { name: '[Content_Types].xml', data: '<x/>' },
          { name: 'xl/workbook.xml', data: 'junk' },
        ]),
      code: 'unsupported_file',
    },
    { name: 'a truncated XLSX', bytes: () => fixture('villages-phong-quang.xlsx').subarray(0, 3000), code: 'unsupported_file' },
    { name: 'an old .xls (OLE2) workbook', bytes: () => Uint8Array.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0, 0]), code: 'unsupported_file' },
    { name: 'UTF-16 text', bytes: () => Uint8Array.from([0xff, 0xfe, 0x4d, 0x00, 0x61, 0x00]), code: 'unsupported_file' },
    { name: 'binary junk', bytes: () => Uint8Array.from({ length: 4096 }, (_, i) => (i * 7919) % 256), code: 'unsupported_file' },
    { name: 'a PNG image', bytes: () => Uint8Array.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d]), code: 'unsupported_file' },
    { name: 'text with NUL bytes', bytes: () => new TextEncoder().encode('Mã xã,Tên thôn\n01840,\u0000\u0000\n'), code: 'unsupported_file' },
    { name: 'a file over 50 MB', bytes: () => new Uint8Array(50 * 1024 * 1024 + 1), code: 'file_too_large' },
  ];
  it.each(refused)('refuses $name', async ({ bytes, code }) => {
    const err = await refusal(bytes());
    expect(err.code).toBe(code);
    expect(err.messageVi).not.toBe('');
  });

  it('reads the central directory of a real XLSX', () => {
    const names = readZipDirectory(fixture('villages-phong-quang.xlsx'))?.map((e) => e.name) ?? [];
    expect(names).toContain('[Content_Types].xml');
    expect(names).toContain('xl/workbook.xml');
  });

  it('reports a CSV that cannot be parsed as an issue with its line', async () => {
    const decoded = await decodeUnitsFile(new TextEncoder().encode('Mã xã,Tên thôn\n01840,Thôn A\n01840,"Thôn B\n'));
    expect(decoded.issues).toMatchObject([{ code: 'csv_syntax', field: 'CSV' }]);
  });

  it('keeps row numbers of the file across blank lines and a BOM', async () => {
    const decoded = await decodeUnitsFile(new TextEncoder().encode('\ufeffTitle\n\nMã xã;Tên thôn\n\n01840;Thôn A\n'));
    expect(decoded.sheets[0]?.rows).toEqual([
      { row: 1, cells: ['Title'] },
      { row: 3, cells: ['Mã xã', 'Tên thôn'] },
      { row: 5, cells: ['01840', 'Thôn A'] },
    ]);
  });
});

describe('XLSX cells', () => {
  it('gives every cell of a merge the merged value, and keeps sheet row numbers', async () => {
    const decoded = await decodeUnitsFile(fixture('villages-phong-quang.xlsx'));
    expect(decoded.format).toBe('xlsx');
    const rows = decoded.sheets[0]!.rows;
    expect(rows[0]).toMatchObject({ row: 1, cells: Array(6).fill('DANH SÁCH THÔN, TỔ DÂN PHỐ') });
    expect(rows.map((r) => r.row)).toEqual([1, 2, 4, 5, 6, 7, 8]);
    expect(rows.slice(3).map((r) => r.cells.slice(1, 3))).toEqual(Array(4).fill(['1849', 'Xã Phong Quang']));
  });

  const values: Array<[string, ExcelJS.CellValue, string]> = [
    ['number', 1840, '1840'],
    ['string', '01840', '01840'],
    ['empty', null, ''],
    ['date', new Date(Date.UTC(2025, 6, 1)), '2025-07-01'],
    ['rich text', { richText: [{ text: 'Xã ' }, { text: 'Phong Quang' }] }, 'Xã Phong Quang'],
    ['formula result', { formula: 'A1', result: 1849 }, '1849'],
    ['hyperlink', { text: 'Thôn A', hyperlink: 'https://example.org' }, 'Thôn A'],
    ['error', { error: '#N/A' }, '#N/A'],
  ];
  it.each(values)('reads a %s cell', (_name, value, text) => {
    expect(cellText(value)).toBe(text);
  });
});
