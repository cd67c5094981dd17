/**
 * Village lists typed in the old Vietnamese fonts import as Unicode: CSV bytes in TCVN3 (ABC), VNI or
 * Windows-1258, and XLSX cells typed in TCVN3. Names are stored in NFC and the diff says what was read.
 */
import ExcelJS from 'exceljs';
import iconv from 'iconv-lite';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { diffUnitsFile, formatUnitsDiffText, importUnitsFile } from '../../src/services/units-import/units-file-service.ts';
import { AppError } from '../../src/services/errors.ts';
import { openTestDatabase, type TestDatabase } from '../support/test-db.ts';
import { decomposeTonesLikeWindows1258, encodeTcvn3, encodeVni } from '../text/legacy-encoders.ts';

const NAMES = ['Thôn Nà Pái', 'Bản Khuổi Bốc', 'Thôn Cốc Lải', 'Tổ dân phố Đức Xuân', 'Bản Nặm Đăm'];
const HEADER = 'Mã xã;Tên thôn';
const unicodeCsv = [HEADER, ...NAMES.map((n) => `01849;${n}`)].join('\r\n');

let t: TestDatabase;
beforeEach(async () => {
  t = await openTestDatabase();
});
afterEach(() => t.dispose());

async function importedNames(): Promise<string[]> {
  const rows = await t.db.query<{ fullName: string }>(`select full_name as "fullName" from admin_unit where parent_code = '01849' order by code`);
  return rows.map((r) => r.fullName);
}

const latin1 = (text: string) => new Uint8Array(Buffer.from(text, 'latin1'));

describe('village lists in legacy Vietnamese encodings', () => {
  it.each([
    ['TCVN3 (ABC)', 'tcvn3', () => latin1(encodeTcvn3(unicodeCsv))],
    ['VNI', 'vni', () => latin1(encodeVni(unicodeCsv))],
    ['Windows-1258', 'windows-1258', () => new Uint8Array(iconv.encode(decomposeTonesLikeWindows1258(unicodeCsv), 'windows1258'))],
  ])('imports a CSV saved in %s as Unicode NFC', async (_name, encoding, bytes) => {
    const input = { fileName: 'thon.csv', bytes: bytes(), effectiveDate: '2025-08-01' };
    const diff = await diffUnitsFile({ db: t.db, actor: 'test' }, input);
    expect(diff.errors).toEqual([]);
    expect(diff.file.textEncoding).toBe(encoding);
    expect(formatUnitsDiffText(diff, 'vi')).toContain('đã chuyển sang Unicode');
    await importUnitsFile({ db: t.db, actor: 'test' }, input);
    const names = await importedNames();
    expect(names).toEqual(NAMES);
    for (const n of names) expect(n).toBe(n.normalize('NFC'));
  });

  it('converts XLSX cells typed in TCVN3 (.VnTime), column by column', async () => {
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet('Danh sách thôn');
    ws.addRow([encodeTcvn3('DANH SÁCH THÔN, BẢN XÃ PHONG QUANG')]);
    ws.addRow([encodeTcvn3('Mã xã'), encodeTcvn3('Tên thôn')]);
    for (const n of NAMES) ws.addRow(['01849', encodeTcvn3(n)]);
    const bytes = new Uint8Array(await wb.xlsx.writeBuffer());
    const result = await importUnitsFile({ db: t.db, actor: 'test' }, { fileName: 'thon.xlsx', bytes, effectiveDate: '2025-08-01' });
    expect(result.diff.file.convertedColumns).toEqual([
      { sheet: 'Danh sách thôn', column: 0, encoding: 'tcvn3' },
      { sheet: 'Danh sách thôn', column: 1, encoding: 'tcvn3' },
    ]);
    expect(await importedNames()).toEqual(NAMES);
  });

  it('refuses 8-bit text in no Vietnamese encoding, naming the encodings it reads', async () => {
    const junk = new Uint8Array(Array.from({ length: 400 }, (_, i) => 0x80 + ((i * 37) % 120)));
    const err = await diffUnitsFile({ db: t.db, actor: 'test' }, { fileName: 'x.csv', bytes: junk, effectiveDate: '2025-08-01' }).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(AppError);
    expect((err as AppError).messageVi).toContain('TCVN3 (ABC), VNI hay Windows-1258');
  });
});
