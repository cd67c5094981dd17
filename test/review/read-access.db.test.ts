/**
 * Who reads what (issue #6): the public reads published (approved) figures only — in the values list and
 * in the analytics; accounts also read figures not yet approved, within their scope; the audit log is for
 * inspectors and administrators, a province's reader seeing the events of its province only.
 */
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildApp } from '../../src/http/server.ts';
import { rebuildAnalytics } from '../../src/services/analytics/rollups.ts';
import { createAccount } from '../../src/services/auth/accounts.ts';
import type { ServiceContext } from '../../src/services/context.ts';
import { moveSubmissions } from '../../src/services/review/submissions.ts';
import { storeValueRecords } from '../../src/services/values/store-values.ts';
import { PASSWORD, signIn, type Browser } from '../auth/auth-support.ts';
import { openTestDatabase, testEngine, type TestDatabase } from '../support/test-db.ts';

let t: TestDatabase;
let app: FastifyInstance;
const as: Record<string, Browser> = {};
const ids: Record<string, number> = {};

async function store(ctx: ServiceContext, unit: string, period: string, value: number) {
  await storeValueRecords(
    ctx,
    [[{ unitId: ids[unit]!, indicatorCode: 'commune.dossiers_total', period, breakdown: '', series: 'actual', value, sourceRow: 2 }]],
    {
      kind: 'file',
      fileName: `${unit}-${period}.csv`,
      fileSha256: `${unit}-${period}-${value}`,
      fileBytes: 1,
      format: 'csv',
      actor: ctx.actor,
      catalogueVersion: 'test',
      rowsRead: 1,
      summary: {},
    },
  );
}

beforeAll(async () => {
  t = await openTestDatabase();
  for (const [code, name] of Object.entries({ '97': 'Tỉnh Chín Bảy', '97001': 'Xã Một', '98': 'Tỉnh Chín Tám', '98001': 'Xã Ba' })) {
    const r = await t.db.one<{ id: number }>(
      `insert into admin_unit (code, level, type_code, name, full_name, search_text, parent_code, code_list_id, source)
       values ($1, $2, $2, $3, $3, lower($3), $4, 'LOCAL', 'test') returning id`,
      [code, code.length === 2 ? 'province' : 'commune', name, code.length === 2 ? null : code.slice(0, 2)],
    );
    ids[code] = r.id;
  }
  await rebuildAnalytics(t.db, 'test');
  const system: ServiceContext = { db: t.db, actor: 'test:setup' };
  for (const [username, role, scope] of [
    ['officer.97001', 'officer', '97001'],
    ['officer.98001', 'officer', '98001'],
    ['inspector.97', 'inspector', '97'],
    ['inspector.all', 'inspector', null],
    ['reviewer.97', 'reviewer', '97'],
  ] as const) {
    await createAccount(system, { username, displayName: username, role, scope: scope ? { code: scope } : null, password: PASSWORD });
  }
  app = await buildApp({ db: t.db, webDir: '/nonexistent' });
  let a = 20;
  for (const u of ['officer.97001', 'officer.98001', 'inspector.97', 'inspector.all', 'reviewer.97']) as[u] = await signIn(app, u, PASSWORD, `10.8.0.${a++}`);
  // Drafts in both provinces (entered through accounts), and one approved figure in 97.
  const officer = (username: string, scope: string): ServiceContext => ({
    db: t.db,
    actor: `user:${username}`,
    principal: { kind: 'user', userId: null, username, role: 'officer', scopeUnitId: ids[scope]!, operatorCode: null, via: 'session', tokenId: null },
  });
  await store(officer('officer.97001', '97001'), '97001', '2025Q1', 111);
  await store(officer('officer.98001', '98001'), '98001', '2025Q1', 222);
  await store(officer('officer.97001', '97001'), '97001', '2025Q2', 333);
  await moveSubmissions(system, 'submit', [{ unit: '97001', period: '2025Q2' }]);
  await moveSubmissions(system, 'approve', [{ unit: '97001', period: '2025Q2' }]);
}, 120_000);
afterAll(async () => {
  await app.close();
  await t.dispose();
});

const listed = async (b: Browser | null, query: string) => {
  const res = b ? await b.request({ method: 'GET', url: `/api/values?${query}` }) : await app.inject({ method: 'GET', url: `/api/values?${query}` });
  expect(res.statusCode, res.body).toBe(200);
  return (res.json() as { rows: Array<{ unitCode: string; period: string; status: string }> }).rows.map((r) => `${r.unitCode} ${r.period} ${r.status}`).sort();
};

describe(`who reads what (${testEngine})`, () => {
  it('shows the public approved figures only, and accounts the others within their scope', async () => {
    expect(await listed(null, 'indicator=commune.dossiers_total')).toEqual(['97001 2025Q2 approved']);
    expect(await listed(as['officer.97001']!, 'indicator=commune.dossiers_total')).toEqual(['97001 2025Q1 draft', '97001 2025Q2 approved']);
    expect(await listed(as['inspector.97']!, 'indicator=commune.dossiers_total')).toEqual(['97001 2025Q1 draft', '97001 2025Q2 approved']);
    expect(await listed(as['inspector.all']!, 'indicator=commune.dossiers_total')).toEqual([
      '97001 2025Q1 draft',
      '97001 2025Q2 approved',
      '98001 2025Q1 draft',
    ]);
  });

  it('counts approved figures only in the analytics, for everyone', async () => {
    const url = '/api/analytics/pivot?indicators=commune.dossiers_total&level=province&units=97&periods=2025S1&at=2025-12-31';
    const pub = await app.inject({ method: 'GET', url });
    expect(pub.statusCode, pub.body).toBe(200);
    const cell = (pub.json() as { cells: Array<{ value: number | null }> }).cells[0]!;
    expect(cell.value).toBe(333);
  });

  it('keeps a figure’s history, the queue and what is due to accounts in scope', async () => {
    const history = '/api/values/history?unit=98001&indicator=commune.dossiers_total&period=2025Q1';
    expect((await app.inject({ method: 'GET', url: history })).statusCode).toBe(401);
    expect((await as['officer.97001']!.request({ method: 'GET', url: history })).statusCode).toBe(403);
    const own = await as['officer.98001']!.request({ method: 'GET', url: history });
    expect(own.statusCode).toBe(200);
    expect((own.json() as { steps: Array<{ action: string; actor: string }> }).steps).toEqual([
      expect.objectContaining({ action: 'entered', actor: 'user:officer.98001' }),
    ]);
    expect((await app.inject({ method: 'GET', url: '/api/submissions' })).statusCode).toBe(401);
    const queue = (await as['inspector.97']!.request({ method: 'GET', url: '/api/submissions?state=draft,approved' })).json() as {
      items: Array<{ unit: { code: string } }>;
    };
    expect(queue.items.map((i) => i.unit.code).sort()).toEqual(['97001', '97001']);
    expect((await as['officer.97001']!.request({ method: 'GET', url: '/api/due?unit=98001' })).statusCode).toBe(403);
  });

  it('gives the audit log to inspectors and administrators, a province’s reader its own province’s events', async () => {
    expect((await app.inject({ method: 'GET', url: '/api/audit' })).statusCode).toBe(401);
    expect((await as['officer.97001']!.request({ method: 'GET', url: '/api/audit' })).statusCode).toBe(403);
    expect((await as['reviewer.97']!.request({ method: 'GET', url: '/api/audit' })).statusCode).toBe(403);
    const province = (await as['inspector.97']!.request({ method: 'GET', url: '/api/audit?entity=value_batch' })).json() as {
      events: Array<{ after: { fileName: string } }>;
    };
    expect(province.events.map((e) => e.after.fileName).sort()).toEqual(['97001-2025Q1.csv', '97001-2025Q2.csv']);
    const all = (await as['inspector.all']!.request({ method: 'GET', url: '/api/audit?entity=value_batch' })).json() as { total: number };
    expect(all.total).toBe(3);
    const csv = await as['inspector.97']!.request({ method: 'GET', url: '/api/audit?format=csv&entity=submission' });
    expect(csv.statusCode).toBe(200);
    expect(csv.body).toContain('submission.approve');
  });
});
