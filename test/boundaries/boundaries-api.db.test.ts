import { gunzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { FastifyInstance } from 'fastify';
import { OWNER_HEADERS, TEST_OWNER_KEY } from '../support/http-auth.ts';
import { buildApp } from '../../src/http/server.ts';
import { DATA_VERSION_TTL_MS } from '../../src/services/serving/versioned-answers.ts';
import { openTestDatabase, testEngine, type TestDatabase } from '../support/test-db.ts';
import { fixtureBytes } from './boundary-fixtures.ts';
import { readBoundaryState } from './boundary-state.ts';

describe(`boundaries HTTP API on ${testEngine}`, () => {
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

  const post = (url: string, body: Uint8Array, contentType = 'application/geo+json') =>
    app.inject({ method: 'POST', url, payload: Buffer.from(body), headers: { ...OWNER_HEADERS, 'content-type': contentType } });

  it('imports a GeoJSON sent as the raw body and serves the FeatureCollection of a province', async () => {
    const res = await post('/api/boundaries?at=2025-07-01&fileName=communes-3.geojson', fixtureBytes('communes-3.geojson'));
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json()).toMatchObject({ format: 'geojson', level: 'commune', features: 3, added: 3, replaced: 0, codeField: 'code' });

    const map = await app.inject({ method: 'GET', url: '/api/boundaries?level=commune&parent=19&at=2025-07-01', headers: OWNER_HEADERS });
    expect(map.statusCode, map.body).toBe(200);
    const body = map.json() as { type: string; features: { id: string; properties: Record<string, unknown>; geometry: { type: string } }[]; missing: string[] };
    expect(body.type).toBe('FeatureCollection');
    expect(body.features.map((f) => f.properties)).toEqual([
      { code: '01843', name: 'Bắc Kạn', fullName: 'Phường Bắc Kạn', level: 'commune' },
      { code: '01849', name: 'Phong Quang', fullName: 'Xã Phong Quang', level: 'commune' },
      { code: '01864', name: 'Bằng Thành', fullName: 'Xã Bằng Thành', level: 'commune' },
    ]);
    expect(body.features[2]!.geometry.type).toBe('MultiPolygon');
    expect(body.missing).toHaveLength(89);
  });

  it('takes the code field from the query (application/json body, not parsed by Fastify)', async () => {
    const res = await post('/api/boundaries?at=2025-07-01&codeField=ma_xa', fixtureBytes('communes-3.topojson'), 'application/json');
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json()).toMatchObject({ format: 'topojson', codeField: 'ma_xa', replaced: 3 });
    const batches = await app.inject({ method: 'GET', url: '/api/boundaries/batches', headers: OWNER_HEADERS });
    expect(batches.statusCode).toBe(200);
    const items = (batches.json() as { items: { fileName: string; unitsCurrent: number; features: number }[] }).items;
    expect(items.map((b) => [b.fileName, b.features, b.unitsCurrent])).toEqual([
      ['upload', 3, 3],
      ['communes-3.geojson', 3, 0],
    ]);
  });

  it('sends the map gzip-compressed when accepted, with an ETag, and 304 to a client that has it', async () => {
    const url = '/api/boundaries?level=commune&parent=19&at=2025-07-01';
    // Answers follow the data version, read at most every DATA_VERSION_TTL_MS: the import just before may not be seen yet.
    await new Promise((resolve) => setTimeout(resolve, DATA_VERSION_TTL_MS + 50));
    const plain = await app.inject({ method: 'GET', url, headers: OWNER_HEADERS });
    const zipped = await app.inject({ method: 'GET', url, headers: { ...OWNER_HEADERS, 'accept-encoding': 'gzip, deflate, br' } });
    expect(zipped.statusCode).toBe(200);
    expect(zipped.headers['content-encoding']).toBe('gzip');
    expect(zipped.headers['cache-control']).toBe('no-cache');
    expect(gunzipSync(zipped.rawPayload).toString('utf8')).toBe(plain.body);
    expect((JSON.parse(plain.body) as { features: unknown[] }).features).toHaveLength(3);
    const etag = plain.headers.etag as string;
    expect(etag).toMatch(/^"[\w-]+"$/);
    expect(zipped.headers.etag).toBe(etag);
    const again = await app.inject({ method: 'GET', url, headers: { 'if-none-match': `W/"other", ${etag}` } });
    expect(again.statusCode).toBe(304);
    expect(again.body).toBe('');
    const stale = await app.inject({ method: 'GET', url, headers: { ...OWNER_HEADERS, 'if-none-match': '"other"' } });
    expect(stale.statusCode).toBe(200);
  });

  it('answers 400 with every problem by feature for an unknown code, and stores nothing', async () => {
    const before = await readBoundaryState(t.db);
    const res = await post('/api/boundaries?at=2025-07-01', fixtureBytes('unknown-code.geojson'));
    expect(res.statusCode).toBe(400);
    const e = (res.json() as { error: { code: string; details: { row: number; field: string; value: string; messageVi: string }[] } }).error;
    expect(e.code).toBe('invalid_input');
    expect(e.details.map((d) => [d.row, d.field, d.value])).toEqual([
      [2, 'code', '99999'],
      [3, 'code', '01846'],
    ]);
    expect(await readBoundaryState(t.db)).toEqual(before);
  });

  it('answers 400 for malformed JSON and for bad query values, and stores nothing', async () => {
    const before = await readBoundaryState(t.db);
    const bad = await post('/api/boundaries', fixtureBytes('truncated.geojson'));
    expect(bad.statusCode).toBe(400);
    expect((bad.json() as { error: { messageVi: string } }).error.messageVi).toMatch(/^tệp không phải JSON hợp lệ/);
    expect((await post('/api/boundaries?at=1-7-2025', fixtureBytes('communes-3.geojson'))).statusCode).toBe(400);
    expect((await app.inject({ method: 'GET', url: '/api/boundaries?level=village', headers: OWNER_HEADERS })).statusCode).toBe(400);
    expect((await app.inject({ method: 'GET', url: '/api/boundaries', headers: OWNER_HEADERS })).statusCode).toBe(400);
    expect((await app.inject({ method: 'GET', url: '/api/boundaries?level=commune&parent=06&at=2025-07-01', headers: OWNER_HEADERS })).statusCode).toBe(404);
    expect(await readBoundaryState(t.db)).toEqual(before);
  });

  it('filters by codes and documents the routes under the boundaries tag', async () => {
    const res = await app.inject({ method: 'GET', url: '/api/boundaries?level=commune&at=2025-07-01&codes=01849,01840', headers: OWNER_HEADERS });
    const body = res.json() as { features: { id: string }[]; missing: string[] };
    expect(body.features.map((f) => f.id)).toEqual(['01849']);
    expect(body.missing).toEqual(['01840']);
    const doc = (await app.inject({ method: 'GET', url: '/api/docs/json', headers: OWNER_HEADERS })).json() as {
      paths: Record<string, Record<string, { tags?: string[] }>>;
    };
    expect(doc.paths['/api/boundaries']?.get?.tags).toEqual(['boundaries']);
    expect(doc.paths['/api/boundaries']?.post?.tags).toEqual(['boundaries']);
    expect(doc.paths['/api/boundaries/batches']?.get?.tags).toEqual(['boundaries']);
  });
});
