/**
 * `ictmon report annual` on a register with only a few figures (both engines): the TC-24 sentence comes
 * out of stored values, every figure not stored is said to be missing ("chưa có số liệu") and nothing is
 * invented, a report dated before 01/03/2025 is issued by the Sở Thông tin và Truyền thông, and bad
 * options are refused naming the field, with no file written.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ReportDocument } from '../../src/domain/reports/report-types.ts';
import { storeValueRecords } from '../../src/services/values/store-values.ts';
import { runCliCaptured } from '../support/run-cli.ts';
import { scratchDir } from '../support/paths.ts';
import { openDatabase } from '../../src/db/open-database.ts';
import { createTestTarget, testEngine } from '../support/test-db.ts';

let target: { dataDir: string; databaseUrl?: string };
let dispose: () => Promise<void>;
const out = scratchDir('report-cli');
const ictmon = (...args: string[]) => runCliCaptured(target, args);

beforeAll(async () => {
  ({ target, dispose } = await createTestTarget());
  // The figures are stored, then the database is closed: the CLI owns the data directory when it runs.
  const { db } = await openDatabase(target, 'test');
  const { id } = await db.one<{ id: number }>(
    `select id from admin_unit where code = '14' and level = 'province' and coalesce(valid_from, '1900-01-01') <= '2024-12-31' and coalesce(valid_to, '9999-12-31') >= '2024-12-31'`,
  );
  const v = (indicatorCode: string, period: string, value: number, series: 'actual' | 'plan' = 'actual') => ({
    unitId: id,
    indicatorCode,
    period,
    breakdown: '',
    series,
    value,
  });
  // TC-24: actual 1,463 tỷ đồng, plan 1,354.6, previous year 1,350.
  await storeValueRecords(
    { db, actor: 'test' },
    [
      [
        v('province.telecom_revenue', '2024', 1463),
        v('province.telecom_revenue', '2024', 1354.6, 'plan'),
        v('province.telecom_revenue', '2023', 1350),
        v('province.mobile_population_coverage', '2024', 96),
      ],
    ],
    { kind: 'file', fileName: 'tc24.csv', fileSha256: 'tc24', fileBytes: 1, format: 'csv', actor: 'test', catalogueVersion: 'test', rowsRead: 4, summary: {} },
  );
  await db.close();
}, 120_000);
afterAll(async () => {
  await dispose();
});

describe(`ictmon report annual (${testEngine})`, () => {
  it('writes the figures stored, says which are missing, and is issued by the agency of its date', async () => {
    const file = join(out, 'r.json');
    const r = await ictmon(
      'report',
      'annual',
      '--province',
      '14',
      '--year',
      '2024',
      '--format',
      'json',
      '--out',
      file,
      '--date',
      '2025-01-20',
      '--number',
      '7',
    );
    expect(r.code, r.err).toBe(0);
    const doc = JSON.parse(readFileSync(file, 'utf8')) as ReportDocument;
    expect(doc.meta).toMatchObject({
      agency: 'SỞ THÔNG TIN VÀ TRUYỀN THÔNG',
      numberLine: 'Số: 7/BC-STTTT',
      placeDateLine: 'Sơn La, ngày 20 tháng 01 năm 2025',
    });
    expect(doc.meta.subtitle).toBe('Tổng kết công tác thông tin và truyền thông năm 2024');
    expect(doc.meta.recipients[0]).toBe('Bộ Thông tin và Truyền thông');
    const text = [...doc.sections, ...doc.appendices].flatMap((s) => s.blocks).flatMap((b) => (b.type === 'paragraph' ? b.sentences.map((x) => x.text) : []));
    expect(text).toContain('Doanh thu dịch vụ viễn thông đạt 1.463 tỷ đồng, đạt 108,0% kế hoạch, vượt 8,0% so với kế hoạch, tăng 8,4% so với cùng kỳ.');
    expect(text).toContain('Tỷ lệ dân số được phủ sóng bởi mạng di động đạt 96%, chưa có số liệu kế hoạch.');
    expect(text).toContain('Doanh thu dịch vụ bưu chính: chưa có số liệu.');
    expect(text).toContain('Số thuê bao điện thoại di động: chưa có số liệu.');
    // No village is in this register: no count of villages is invented.
    expect(text).toContain('Số thôn, bản được phủ sóng băng rộng di động: chưa có số liệu.');
    const revenue = doc.sections.find((s) => s.id === 'revenue')!.blocks.find((b) => b.type === 'table')!;
    expect(revenue.type === 'table' && revenue.rows[0]!.cells).toEqual(['1', 'Doanh thu dịch vụ viễn thông', 'tỷ đồng', 1350, 1354.6, 1463, 108, 108.4]);
    expect(revenue.type === 'table' && revenue.rows[1]!.cells.slice(3)).toEqual([null, null, null, null, null]);
  });

  it('writes the country-wide report from the provinces that have figures, saying how many', async () => {
    const file = join(out, 'vn.json');
    const r = await ictmon(
      'report',
      'annual',
      '--country',
      '--year',
      '2024',
      '--format',
      'json',
      '--out',
      file,
      '--sections',
      'revenue',
      '--date',
      '2025-03-10',
    );
    expect(r.code, r.err).toBe(0);
    const doc = JSON.parse(readFileSync(file, 'utf8')) as ReportDocument;
    expect(doc.meta).toMatchObject({ superiorAgency: null, agency: 'BỘ KHOA HỌC VÀ CÔNG NGHỆ', placeDateLine: 'Hà Nội, ngày 10 tháng 3 năm 2025' });
    const text = doc.sections[0]!.blocks.flatMap((b) => (b.type === 'paragraph' ? b.sentences.map((x) => x.text) : []));
    // 63 provinces were in force on 31/12/2024; one has the figure.
    expect(text).toContain(
      'Doanh thu dịch vụ viễn thông (1/63 tỉnh, thành phố có số liệu) đạt 1.463 tỷ đồng, đạt 108,0% kế hoạch, vượt 8,0% so với kế hoạch, tăng 8,4% so với cùng kỳ.',
    );
    expect(text).toContain('Doanh thu dịch vụ bưu chính: chưa có số liệu.');
    expect((await ictmon('report', 'annual', '--country', '--province', '14', '--year', '2024', '--out', join(out, 'x.json'))).err).toContain('province');
  });

  it('writes the DOCX and XLSX asked for, with only the sections asked for', async () => {
    for (const format of ['docx', 'xlsx'] as const) {
      const file = join(out, `r.${format}`);
      const r = await ictmon('report', 'annual', '--province', '14', '--year', '2024', '--format', format, '--out', file, '--sections', 'revenue,ntm');
      expect(r.code, r.err).toBe(0);
      expect(readFileSync(file).subarray(0, 2).toString()).toBe('PK');
    }
  });

  it.each([
    [['--period', '2024M05'], 'period'],
    [['--year', '2024', '--sections', 'revenue,horoscope'], 'sections'],
    [['--year', '2024', '--compare-year', '2030'], 'compareYear'],
    [['--year', '2024', '--signer-name', 'A\u0007B'], 'signer.name'],
    [['--year', '2031'], 'period'],
  ])('refuses %j naming %s, writing nothing', async (args, field) => {
    const file = join(out, `bad-${field}.docx`);
    const r = await ictmon('report', 'annual', '--province', '14', ...args, '--out', file);
    expect(r.code).not.toBe(0);
    expect(r.err).toContain(field);
    expect(existsSync(file)).toBe(false);
  });

  it('refuses a province that is not in the register', async () => {
    const r = await ictmon('report', 'annual', '--province', '99', '--year', '2024', '--out', join(out, 'x.docx'));
    expect(r.code).not.toBe(0);
    expect(r.err).toMatch(/99/);
  });
});
