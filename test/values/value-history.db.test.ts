/**
 * A figure's history ("lịch sử", issue #6): every value it had, newest first, with who, when and which file;
 * and the trail is append-only (migration 0008): audit events and replaced values refuse UPDATE, DELETE and
 * TRUNCATE.
 */
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { OWNER_HEADERS, TEST_OWNER_KEY } from '../support/http-auth.ts';
import { buildApp } from '../../src/http/server.ts';
import { getValueHistory } from '../../src/services/values/get-value-history.ts';
import { storeValueRecords } from '../../src/services/values/store-values.ts';
import { openTestDatabase, testEngine, type TestDatabase } from '../support/test-db.ts';

let t: TestDatabase;
let app: FastifyInstance;
let communeId: number;
const ctx = (actor = 'test') => ({ db: t.db, actor });

const store = (value: number, fileName: string, actor: string) =>
  storeValueRecords(
    ctx(actor),
    [[{ unitId: communeId, indicatorCode: 'commune.postal_points', period: '2024', breakdown: '', series: 'actual', value, sourceRow: 7 }]],
    {
      kind: 'file',
      fileName,
      fileSha256: `${fileName}-${Date.now()}`,
      fileBytes: 10,
      format: 'csv',
      actor,
      catalogueVersion: 'test',
      rowsRead: 1,
      summary: {},
    },
  );

beforeAll(async () => {
  t = await openTestDatabase();
  // Phường Bắc Kạn (01843) from 01/07/2025; before it, the code was a commune of the same name.
  communeId = (await t.db.one<{ id: number }>(`select id from admin_unit where code = '01843' and valid_from is null`)).id;
  app = await buildApp({ db: t.db, ownerKey: TEST_OWNER_KEY });
  await store(2, 'buu-dien-2024.csv', 'nguyen.van.a');
  await store(3, 'buu-dien-2024-sua.csv', 'tran.thi.b');
});
afterAll(async () => {
  await app.close();
  await t.dispose();
});

describe(`a figure's history (${testEngine})`, () => {
  it('lists the value in force and the one a later file replaced, newest first, with who, when and the file', async () => {
    const h = await getValueHistory(ctx(), { unit: '01843', indicator: 'commune.postal_points', period: '2024' });
    expect(h.unit).toMatchObject({ code: '01843', validTo: '2025-06-30' });
    expect(h.versions.map((v) => [v.state, v.value, v.recordedBy, v.batch.fileName, v.sourceRow])).toEqual([
      ['current', 3, 'tran.thi.b', 'buu-dien-2024-sua.csv', 7],
      ['replaced', 2, 'nguyen.van.a', 'buu-dien-2024.csv', 7],
    ]);
    expect(h.versions[1]!.replacedByBatch).toBe(h.versions[0]!.batch.id);
    for (const v of h.versions) expect(v.recordedAt).toMatch(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{6}Z$/);
    expect(Date.parse(h.versions[1]!.replacedAt!)).toBeGreaterThanOrEqual(Date.parse(h.versions[1]!.recordedAt));
  });

  it('answers the same over HTTP, and a 400 naming each bad field', async () => {
    const res = await app.inject({ method: 'GET', url: '/api/values/history?unit=01843&indicator=commune.postal_points&period=2024', headers: OWNER_HEADERS });
    expect(res.statusCode, res.body).toBe(200);
    expect((res.json() as { versions: unknown[] }).versions).toHaveLength(2);
    // The history holds figures not published: the public is asked to sign in.
    const anonymous = await app.inject({ method: 'GET', url: '/api/values/history?unit=01843&indicator=commune.postal_points&period=2024' });
    expect(anonymous.statusCode).toBe(401);
    const bad = await app.inject({ method: 'GET', url: '/api/values/history?unit=01843&indicator=nope&period=2024Q9&series=x', headers: OWNER_HEADERS });
    expect(bad.statusCode).toBe(400);
    expect((bad.json() as { error: { details: { field: string }[] } }).error.details.map((d) => d.field)).toEqual(['indicator', 'period', 'series']);
    const unknown = await app.inject({
      method: 'GET',
      url: '/api/values/history?unit=NOPE&indicator=commune.postal_points&period=2024',
      headers: OWNER_HEADERS,
    });
    expect(unknown.statusCode).toBe(404);
    const none = await getValueHistory(ctx(), { unit: '01843', indicator: 'commune.radio_station_operating', period: '2024' });
    expect(none.versions).toEqual([]);
  });

  it('refuses to edit, delete or empty the trail, and leaves it as it was', async () => {
    const before = await t.db.one<{ a: number; r: number }>(
      `select (select count(*) from audit_event)::int as a, (select count(*) from indicator_value_revision)::int as r`,
    );
    for (const sql of [
      `update audit_event set actor = 'someone else'`,
      `delete from audit_event`,
      `truncate audit_event`,
      `update indicator_value_revision set value_num = 99`,
      `delete from indicator_value_revision`,
      `truncate indicator_value_revision`,
    ]) {
      await expect(t.db.exec(sql), sql).rejects.toThrow(/append-only/);
    }
    expect(await t.db.one(`select (select count(*) from audit_event)::int as a, (select count(*) from indicator_value_revision)::int as r`)).toEqual(before);
  });
});

describe(`the audit log for inspectors (${testEngine})`, () => {
  it('pages the events as JSON, oldest first, filtered by entity and day', async () => {
    const all = await app.inject({ method: 'GET', url: '/api/audit?entity=value_batch&limit=1', headers: OWNER_HEADERS });
    expect(all.statusCode, all.body).toBe(200);
    const page = all.json() as { total: number; events: { id: number; actor: string; action: string }[]; next: number | null };
    expect(page.total).toBe(2);
    expect(page.events.map((e) => [e.actor, e.action])).toEqual([['nguyen.van.a', 'values.import']]);
    const second = (
      await app.inject({ method: 'GET', url: `/api/audit?entity=value_batch&limit=1&after=${page.next}`, headers: OWNER_HEADERS })
    ).json() as typeof page;
    expect(second.events.map((e) => e.actor)).toEqual(['tran.thi.b']);
    const none = (await app.inject({ method: 'GET', url: '/api/audit?entity=value_batch&to=2020-01-01', headers: OWNER_HEADERS })).json() as typeof page;
    expect(none.total).toBe(0);
    const bad = await app.inject({ method: 'GET', url: '/api/audit?from=2026-13-01&to=1-1-2026', headers: OWNER_HEADERS });
    expect(bad.statusCode).toBe(400);
    expect((bad.json() as { error: { details: { field: string }[] } }).error.details.map((d) => d.field)).toEqual(['from', 'to']);
  });

  it('exports the whole selection as CSV with text a spreadsheet would evaluate kept as text, and as XLSX', async () => {
    await t.db.query(`insert into audit_event (actor, action, entity, entity_key, reason) values ($1, 'test.note', 'note', '1', $2)`, [
      '=HYPERLINK("http://evil","x")',
      '@SUM(1)',
    ]);
    const csv = await app.inject({ method: 'GET', url: '/api/audit?format=csv&lang=en', headers: OWNER_HEADERS });
    expect(csv.statusCode).toBe(200);
    expect(csv.headers['content-type']).toMatch(/^text\/csv/);
    const text = csv.body.replace(/^\uFEFF/, '');
    const lines = text.trim().split('\n');
    expect(lines[0]).toBe('Id,At (UTC),Actor / channel,IP address,Action,Entity,Key,Reason,Before,After');
    const total = (await t.db.one<{ n: number }>(`select count(*)::int as n from audit_event`)).n;
    expect(lines.filter((l) => /^\d+,/.test(l))).toHaveLength(total);
    expect(text).toContain(`"'=HYPERLINK(""http://evil"",""x"")"`);
    expect(text).toContain(`'@SUM(1)`);
    const xlsx = await app.inject({ method: 'GET', url: '/api/audit?format=xlsx&entity=note', headers: OWNER_HEADERS });
    expect(xlsx.statusCode).toBe(200);
    const ExcelJS = (await import('exceljs')).default;
    const book = new ExcelJS.Workbook();
    await book.xlsx.load(xlsx.rawPayload as unknown as ArrayBuffer);
    const sheet = book.worksheets[0]!;
    expect(sheet.name).toBe('Nhật ký');
    expect(sheet.getRow(2).getCell(3).value).toBe('=HYPERLINK("http://evil","x")');
    expect(sheet.rowCount).toBe(2);
  });
});
