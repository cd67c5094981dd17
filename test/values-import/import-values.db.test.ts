/**
 * The values import on a real database (PGlite, and the PostgreSQL server in the postgres project):
 * a file goes in whole or not at all, a refused file leaves every table as it was, a re-import changes
 * nothing, templates read back, the error report marks the bad cells, oversized and endless files are
 * refused.
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '../../src/db/database.ts';
import { buildErrorReport } from '../../src/services/values-import/error-report.ts';
import { importValuesFile } from '../../src/services/values-import/import-values.ts';
import { MAX_DATA_ROWS } from '../../src/services/values-import/row-source.ts';
import { buildValueTemplate } from '../../src/services/values-import/value-template.ts';
import { scratchDir } from '../support/paths.ts';
import { openTestDatabase, type TestDatabase } from '../support/test-db.ts';

let t: TestDatabase;
let dir: string;
const ctx = () => ({ db: t.db, actor: 'test' });

beforeAll(async () => {
  t = await openTestDatabase();
  dir = scratchDir('values-import');
});
afterAll(() => t.dispose());

function file(name: string, text: string): string {
  const path = join(dir, name);
  writeFileSync(path, text);
  return path;
}

/** Everything an import may write, summarised: row counts and a hash of the values. */
async function snapshot(db: Database) {
  return db.one(
    `select (select count(*) from indicator_value)::int as values,
            (select count(*) from indicator_value_revision)::int as revisions,
            (select count(*) from value_batch)::int as batches,
            (select count(*) from audit_event)::int as audits,
            (select coalesce(md5(string_agg(unit_id || indicator_code || period || breakdown || series || coalesce(value_num::text, value_bool::text, value_text), ',' order by 1)), '')
               from indicator_value) as hash`,
  );
}

const GOOD = `BÁO CÁO SỐ LIỆU CNTT CẤP XÃ
Kỳ báo cáo: Năm 2024
STT;Mã xã;Tên xã;Số CBCC xã;CBCC có chữ ký số;Trang TTĐT xã;Tỷ lệ CBCC có CKS
1;1840;Đức Xuân;20;15;Có;75%
2;01834;Nguyễn Thị Minh Khai;18;17;x;
;;Tổng cộng;38;32;;
`;

describe('importValuesFile', () => {
  it('stores a file whole, then changes nothing when it comes again', async () => {
    const path = file('good.csv', GOOD);
    const dry = await importValuesFile(ctx(), { path }, { dryRun: true });
    expect(dry).toMatchObject({ outcome: 'accepted', dryRun: true, values: 7, inserted: 7, errorCount: 0, periods: ['2024'] });
    expect(dry.batchId).toBeUndefined();
    expect((await snapshot(t.db)).values).toBe(0);

    const first = await importValuesFile(ctx(), { path }, {});
    expect(first).toMatchObject({ outcome: 'accepted', inserted: 7, updated: 0 });
    expect(first.batchId).toBeGreaterThan(0);
    const stored = await t.db.query<{ code: string; indicator_code: string; value_num: string | null; value_bool: boolean | null; source_row: number }>(
      `select u.code, v.indicator_code, v.value_num, v.value_bool, v.source_row from indicator_value v join admin_unit u on u.id = v.unit_id order by 1, 2`,
    );
    expect(stored).toContainEqual({
      code: '01840',
      indicator_code: 'commune.share_officials_with_digital_signature',
      value_num: '75',
      value_bool: null,
      source_row: 4,
    });
    expect(stored).toContainEqual({ code: '01834', indicator_code: 'commune.web_page_live', value_num: null, value_bool: true, source_row: 5 });

    const before = await snapshot(t.db);
    const again = await importValuesFile(ctx(), { path }, {});
    expect(again).toMatchObject({ outcome: 'unchanged', inserted: 0, updated: 0, unchanged: 7 });
    expect(await snapshot(t.db)).toEqual(before);
  });

  it('replaces a changed value and keeps the old one as a revision', async () => {
    const path = file('changed.csv', GOOD.replace('2;01834;Nguyễn Thị Minh Khai;18;17', '2;01834;Nguyễn Thị Minh Khai;19;17'));
    const r = await importValuesFile(ctx(), { path }, {});
    expect(r).toMatchObject({ outcome: 'accepted', inserted: 0, updated: 1, unchanged: 6 });
    const rev = await t.db.one<{ value_num: string; replaced_by_batch: number }>(`select value_num, replaced_by_batch from indicator_value_revision`);
    expect(rev).toEqual({ value_num: '18', replaced_by_batch: r.batchId });
  });

  it('refuses a file with any bad row, names each row and column, and leaves the database as it was', async () => {
    const before = await snapshot(t.db);
    const bad = file(
      'bad.csv',
      `Mã xã;Tên xã;Kỳ báo cáo;Số CBCC xã;CBCC có chữ ký số;Trang TTĐT xã;Tỷ lệ CBCC có CKS
01840;Đức Xuân;2024;22;15;Có;75%
99999;Đức Xuân;2024;1;1;;
01849;Dương Quang;2024;abc;1;có lẽ;120%
01849;Dương Quang;2024;10;1,5;;
01834;Nguyễn Thị Minh Khai;2024;18;30;;
01834;Nguyễn Thị Minh Khai;2026;1;1;;
01837;Sông Cầu;2023;5;5;;
01837;Sông Cầu;2023;5;5;;
`,
    );
    const r = await importValuesFile(ctx(), { path: bad }, {});
    expect(r.outcome).toBe('rejected');
    const found = r.errors.map((e) => [e.row, e.field, e.code]);
    expect(found).toEqual(
      expect.arrayContaining([
        [3, 'Mã xã', 'unknown_unit'],
        [4, 'Số CBCC xã', 'wrong_type'],
        [4, 'Trang TTĐT xã', 'wrong_type'],
        [4, 'Tỷ lệ CBCC có CKS', 'above_max'],
        [5, 'CBCC có chữ ký số', 'not_integer'],
        [7, 'Mã xã', 'unit_not_in_force'],
        [9, expect.any(String), 'duplicate'],
        [6, 'CBCC có chữ ký số', 'cross_check'],
      ]),
    );
    expect(r.errors.find((e) => e.code === 'unknown_unit')?.suggestion).toBe('01840 Phường Đức Xuân');
    expect(await snapshot(t.db)).toEqual(before);

    const report = await buildErrorReport(bad, r, 'vi');
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(report as unknown as ExcelJS.Buffer);
    expect(wb.worksheets.map((w) => w.name)).toEqual(['Danh sách lỗi', 'Dữ liệu lỗi']);
    const rows = wb.getWorksheet('Dữ liệu lỗi')!;
    // header, then the row at fault with its original row number and the bad cell marked with the reason
    const row4 = [...Array(rows.rowCount).keys()].map((i) => rows.getRow(i + 1)).find((r) => r.getCell(1).value === 4)!;
    const percent = row4.getCell(8);
    expect(percent.value).toBe('120%');
    expect((percent.fill as ExcelJS.FillPattern).fgColor?.argb).toBe('FFFFC7CE');
    expect(String(percent.note)).toContain('không được lớn hơn 100');
  });

  it('refuses a percentage that its own counts contradict (shares are computed from counts)', async () => {
    const path = file(
      'ratio.csv',
      `Mã xã;Tên xã;Kỳ báo cáo;Số CBCC xã;CBCC có chữ ký số;Tỷ lệ CBCC có CKS
01846;Huyền Tụng;2022;30;20;66,7%
01849;Dương Quang;2022;20;15;80%
`,
    );
    const r = await importValuesFile(ctx(), { path }, { dryRun: true });
    expect(r.outcome).toBe('rejected');
    expect(r.errors).toHaveLength(1);
    expect(r.errors[0]).toMatchObject({ row: 3, field: 'Tỷ lệ CBCC có CKS', code: 'ratio_mismatch' });
    expect(r.errors[0]!.messageVi).toContain('15/20 = 75%');
  });

  it('reads back a template filled in a spreadsheet', async () => {
    const tpl = await buildValueTemplate(ctx(), { area: 'it_application', unit: '06', period: 'Năm 2023', format: 'xlsx' });
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(tpl.bytes as unknown as ExcelJS.Buffer);
    const ws = wb.getWorksheet('Số liệu')!;
    const header = ws.getRow(5).values as string[];
    const col = (start: string) => header.findIndex((h) => typeof h === 'string' && h.startsWith(start));
    expect(ws.getCell(6, 1).value).toBe('01834');
    ws.getCell(6, col('Số cán bộ, công chức cấp xã')).value = 25;
    ws.getCell(6, col('Số cán bộ, công chức xã có chữ ký số')).value = 24;
    ws.getCell(6, col('Trang thông tin điện tử')).value = 'Có';
    ws.getCell(7, col('Số hồ sơ TTHC xã tiếp nhận, giải quyết (')).value = 1463;
    ws.getCell(7, col('Số hồ sơ TTHC xã tiếp nhận, giải quyết trực tuyến')).value = 1200;
    const path = join(dir, tpl.fileName);
    await wb.xlsx.writeFile(path);
    const r = await importValuesFile(ctx(), { path }, {});
    expect(r.errors).toEqual([]);
    expect(r).toMatchObject({ outcome: 'accepted', values: 5, inserted: 5, periods: ['2023'], layout: 'wide', headerRow: 5 });
  });

  it('refuses a file with more rows than the limit (2,000,000 by default), storing nothing', async () => {
    expect(MAX_DATA_ROWS).toBe(2_000_000);
    const before = await snapshot(t.db);
    const path = join(dir, 'endless.csv');
    const lines = ['Mã xã,Chỉ tiêu,Kỳ báo cáo,Giá trị'];
    for (let i = 0; i < 25_001; i++) lines.push(`01840,commune.villages,2024,${i}`);
    writeFileSync(path, lines.join('\n'));
    // The same reader with a lower limit: one data row more than the limit is refused, and nothing is stored.
    await expect(importValuesFile(ctx(), { path }, { maxRows: 25_000 })).rejects.toMatchObject({ code: 'too_many_rows', status: 413 });
    const exact = await importValuesFile(ctx(), { path }, { maxRows: 25_001, dryRun: true });
    expect(exact.errorsByCode).toMatchObject({ duplicate: expect.any(Number) as number });
    expect(await snapshot(t.db)).toEqual(before);
  });

  it('refuses what is not a spreadsheet', async () => {
    const png = join(dir, 'photo.xlsx');
    writeFileSync(png, Buffer.from('89504e470d0a1a0a0000000d49484452', 'hex'));
    await expect(importValuesFile(ctx(), { path: png }, {})).rejects.toMatchObject({ code: 'unsupported_file', status: 415 });
    const utf16 = join(dir, 'utf16.csv');
    writeFileSync(utf16, Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from('Mã xã,Giá trị\n', 'utf16le')]));
    await expect(importValuesFile(ctx(), { path: utf16 }, {})).rejects.toMatchObject({ code: 'unsupported_file' });
  });
});
