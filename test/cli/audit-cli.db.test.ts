/** `ictmon values history` and `ictmon audit export` (issue #6): a figure's history and the inspectors' log from the CLI. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openDatabase } from '../../src/db/open-database.ts';
import { storeValueRecords } from '../../src/services/values/store-values.ts';
import { testOutputDir } from '../support/paths.ts';
import { runCliCaptured } from '../support/run-cli.ts';
import { createTestTarget, testEngine } from '../support/test-db.ts';

let target: { dataDir: string; databaseUrl?: string };
let dispose: () => Promise<void>;
const ictmon = (...args: string[]) => runCliCaptured(target, args);

describe(`ictmon values history and audit export on ${testEngine}`, () => {
  beforeAll(async () => {
    ({ target, dispose } = await createTestTarget());
    const { db } = await openDatabase(target, 'test');
    try {
      const unitId = (await db.one<{ id: number }>(`select id from admin_unit where code = '19' and valid_from = '2025-07-01'`)).id;
      for (const [value, fileName] of [
        [120.5, 'doanh-thu-thang-3.csv'],
        [121, 'doanh-thu-thang-3-sua.csv'],
      ] as const) {
        await storeValueRecords(
          { db, actor: 'cli:test' },
          [[{ unitId, indicatorCode: 'province.telecom_revenue', period: '2025M09', breakdown: '', series: 'actual', value, sourceRow: 2 }]],
          {
            kind: 'file',
            fileName,
            fileSha256: `${fileName}-x`,
            fileBytes: 1,
            format: 'csv',
            actor: 'cli:test',
            catalogueVersion: 'test',
            rowsRead: 1,
            summary: {},
          },
        );
      }
    } finally {
      await db.close();
    }
  });
  afterAll(() => dispose());

  it('prints a figure’s history, newest first', async () => {
    const r = await ictmon('values', 'history', '--unit', '19', '--indicator', 'province.telecom_revenue', '--period', '2025M09', '--format', 'csv');
    expect(r.err).toBe('');
    const lines = r.out.split('\n');
    expect(lines[0]).toBe('Trạng thái,Giá trị,Duyệt,Ghi lúc (UTC),Người ghi,Tệp,Lô,Bị thay lúc');
    expect(lines[1]).toMatch(/^hiện hành,121,approved,.*,cli:test,doanh-thu-thang-3-sua\.csv \(dòng 2\),2,$/);
    expect(lines[2]).toMatch(/^đã thay,"120,5",approved,.*,cli:test,doanh-thu-thang-3\.csv \(dòng 2\),1,\d{4}-/);
  });

  it('exports the log as XLSX and refuses a bad date naming the option', async () => {
    const out = join(testOutputDir, `audit-${testEngine}.xlsx`);
    const r = await ictmon('audit', 'export', '--entity', 'value_batch', '--format', 'xlsx', '--out', out);
    expect(r.code, r.err).toBe(0);
    const book = new ExcelJS.Workbook();
    await book.xlsx.load(readFileSync(out) as unknown as ArrayBuffer);
    const rows = book.worksheets[0]!.getSheetValues().filter(Boolean) as unknown[][];
    expect(rows).toHaveLength(3);
    expect(rows.slice(1).map((row) => [row[3], row[5], row[6]])).toEqual([
      ['cli:test', 'values.import', 'value_batch'],
      ['cli:test', 'values.import', 'value_batch'],
    ]);
    const bad = await ictmon('audit', 'export', '--from', '31/12/2025');
    expect(bad.code).toBe(1);
    expect(bad.err).toBe('ictmon: yêu cầu xem nhật ký không hợp lệ\n  from: ngày dạng YYYY-MM-DD');
  });
});
