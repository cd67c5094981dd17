import { Readable } from 'node:stream';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { FastifyInstance } from 'fastify';
import ExcelJS from 'exceljs';
import { OWNER_HEADERS, TEST_OWNER_KEY } from '../support/http-auth.ts';
import { buildApp } from '../../src/http/server.ts';
import type { ImportJobView } from '../../src/services/values-import/import-jobs.ts';
import { openTestDatabase, testEngine, type TestDatabase } from '../support/test-db.ts';

const GOOD = `Mã xã;Tên xã;Kỳ báo cáo;Tổng số hồ sơ;Số hồ sơ trực tuyến
01840;Đức Xuân;Quý IV/2024;1.463;1.200
01834;Nguyễn Thị Minh Khai;2024Q4;800;350
`;
const BAD = `Mã xã;Tên xã;Kỳ báo cáo;Tổng số hồ sơ;Số hồ sơ trực tuyến
01840;Đức Xuân;2024Q4;100;120
99999;Đức Xuân;2024Q4;5;1
`;

describe(`values HTTP API on ${testEngine}`, () => {
  let t: TestDatabase;
  let app: FastifyInstance;
  beforeAll(async () => {
    t = await openTestDatabase();
    app = await buildApp({ db: t.db, ownerKey: TEST_OWNER_KEY });
  });
  afterAll(async () => {
    await app.close();
    await t.dispose();
  });

  const upload = async (body: string | Buffer | Readable, fileName: string) =>
    app.inject({
      method: 'POST',
      url: `/api/imports?fileName=${encodeURIComponent(fileName)}`,
      payload: body,
      headers: { ...OWNER_HEADERS, 'content-type': 'application/octet-stream' },
    });
  const settle = async (id: string): Promise<ImportJobView> => {
    for (;;) {
      const job = (await app.inject({ method: 'GET', url: `/api/imports/${id}`, headers: OWNER_HEADERS })).json() as ImportJobView;
      if (job.state !== 'checking' && job.state !== 'committing') return job;
      await new Promise((r) => setTimeout(r, 50));
    }
  };

  it('serves the catalogue', async () => {
    const res = await app.inject({ method: 'GET', url: '/api/indicators', headers: OWNER_HEADERS });
    expect(res.statusCode).toBe(200);
    const body = res.json() as { indicators: Array<{ code: string }>; areas: unknown[] };
    expect(body.indicators.length).toBeGreaterThanOrEqual(60);
    expect(body.areas).toHaveLength(7);
  });

  it('checks an upload, shows the preview, stores it on commit and lists the values', async () => {
    const started = await upload(GOOD, 'ho-so.csv');
    expect(started.statusCode, started.body).toBe(202);
    const checked = await settle((started.json() as ImportJobView).id);
    expect(checked.state).toBe('checked');
    expect(checked.result).toMatchObject({ outcome: 'accepted', dryRun: true, values: 4, inserted: 4 });
    expect((await app.inject({ method: 'GET', url: '/api/values?area=06&period=2024Q4', headers: OWNER_HEADERS })).json()).toMatchObject({ total: 0 });

    const commit = await app.inject({ method: 'POST', url: `/api/imports/${checked.id}/commit`, headers: OWNER_HEADERS });
    expect(commit.statusCode).toBe(202);
    const done = await settle(checked.id);
    expect(done.state).toBe('committed');
    expect(done.result).toMatchObject({ outcome: 'accepted', dryRun: false, inserted: 4 });
    const list = (
      await app.inject({ method: 'GET', url: '/api/values?area=06&period=Qu%C3%BD%20IV%2F2024&indicator=commune.dossiers_total', headers: OWNER_HEADERS })
    ).json() as {
      total: number;
      rows: Array<{ unitCode: string; valueText: string; periodLabel: string; fileName: string; sourceRow: number; batchKind: string }>;
    };
    expect(list.total).toBe(2);
    expect(list.rows.find((r) => r.unitCode === '01840')).toMatchObject({
      valueText: '1.463',
      periodLabel: 'Quý IV/2024',
      fileName: 'ho-so.csv',
      sourceRow: 2,
      batchKind: 'file',
    });
    // Bắc Kạn (06) ended on 30/06/2025: without a period its units are read on the date given.
    expect(((await app.inject({ method: 'GET', url: '/api/values?area=06', headers: OWNER_HEADERS })).json() as { total: number }).total).toBe(0);
    expect(((await app.inject({ method: 'GET', url: '/api/values?area=06&at=31/12/2024', headers: OWNER_HEADERS })).json() as { total: number }).total).toBe(4);
    expect((await app.inject({ method: 'GET', url: '/api/values?area=06&at=2024-13-40', headers: OWNER_HEADERS })).statusCode).toBe(400);
    const batches = (await app.inject({ method: 'GET', url: '/api/value-batches', headers: OWNER_HEADERS })).json() as {
      rows: Array<{ fileName: string; valuesInserted: number }>;
    };
    expect(batches.rows[0]).toMatchObject({ fileName: 'ho-so.csv', valuesInserted: 4 });
  });

  it('refuses a bad file, offers the XLSX error report and cannot be committed', async () => {
    const job = await settle(((await upload(BAD, 'bad.csv')).json() as ImportJobView).id);
    expect(job.result?.outcome).toBe('rejected');
    expect(job.result?.errors.map((e) => [e.row, e.code])).toEqual(
      expect.arrayContaining([
        [3, 'unknown_unit'],
        [2, 'cross_check'],
      ]),
    );
    expect((await app.inject({ method: 'POST', url: `/api/imports/${job.id}/commit`, headers: OWNER_HEADERS })).statusCode).toBe(409);
    const report = await app.inject({ method: 'GET', url: `/api/imports/${job.id}/report.xlsx`, headers: OWNER_HEADERS });
    expect(report.statusCode).toBe(200);
    expect(report.headers['content-type']).toContain('spreadsheetml');
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(report.rawPayload as unknown as ExcelJS.Buffer);
    expect(wb.getWorksheet('Danh sách lỗi')?.rowCount).toBeGreaterThanOrEqual(6);
    expect((await app.inject({ method: 'DELETE', url: `/api/imports/${job.id}`, headers: OWNER_HEADERS })).statusCode).toBe(204);
    expect((await app.inject({ method: 'GET', url: `/api/imports/${job.id}`, headers: OWNER_HEADERS })).statusCode).toBe(404);
  });

  it('fails an upload that is not a spreadsheet, and refuses one over 100 MB with 413', async () => {
    const job = await settle(((await upload(Buffer.from('89504e470d0a1a0a0000000d49484452', 'hex'), 'photo.xlsx')).json() as ImportJobView).id);
    expect(job).toMatchObject({ state: 'failed', error: { code: 'unsupported_file' } });
    const chunk = Buffer.alloc(1024 * 1024, 0x41);
    const huge = Readable.from(
      (function* () {
        for (let i = 0; i < 101; i++) yield chunk;
      })(),
    );
    const res = await upload(huge, 'huge.csv');
    expect(res.statusCode).toBe(413);
    expect(res.json()).toMatchObject({ error: { code: 'file_too_large' } });
  });

  it('serves a template with Vietnamese headers', async () => {
    const res = await app.inject({ method: 'GET', url: '/api/templates/values?area=villages&unit=01840&period=2024Q4&format=csv', headers: OWNER_HEADERS });
    expect(res.statusCode, res.body).toBe(200);
    expect(res.headers['content-disposition']).toContain('attachment');
    expect(res.body).toContain('Kỳ báo cáo: Quý IV/2024');
    expect(res.body).toContain('Mã thôn;Tên thôn');
  });
});
