import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { FastifyInstance } from 'fastify';
import { buildApp } from '../../src/http/server.ts';
import type { UnitDetail, UnitList, UnitSearchResult } from '../../src/services/units/unit-views.ts';
import { openTestDatabase, testEngine, type TestDatabase } from '../support/test-db.ts';

describe(`units HTTP API on ${testEngine}`, () => {
  let t: TestDatabase;
  let app: FastifyInstance;
  beforeAll(async () => {
    t = await openTestDatabase();
    app = await buildApp({ db: t.db });
  });
  afterAll(async () => {
    await app.close();
    await t.dispose();
  });

  const get = async <T>(url: string, status = 200): Promise<T> => {
    const res = await app.inject({ method: 'GET', url });
    expect(res.statusCode, res.body).toBe(status);
    return res.json() as T;
  };

  it('lists 34 provinces from 01/07/2025 and 63 before', async () => {
    expect((await get<UnitList>('/api/units?at=2025-07-01')).total).toBe(34);
    expect((await get<UnitList>('/api/units?at=2025-06-30')).total).toBe(63);
    const communes = await get<UnitList>('/api/units?at=2025-07-01&level=commune&limit=1');
    expect(communes.total).toBe(3321);
    expect(communes.items).toHaveLength(1);
  });

  it("lists a province's children with their counts, in the hierarchy of the date", async () => {
    const before = await get<UnitList>('/api/units?at=2025-06-30&parent=06');
    expect(before.items.map((u) => u.level)).toEqual(Array(8).fill('district'));
    expect(before.items.reduce((s, u) => s + u.childCount, 0)).toBe(108);
    const after = await get<UnitList>('/api/units?at=2025-07-01&parent=19');
    expect(after.total).toBe(92);
    expect(new Set(after.items.map((u) => u.level))).toEqual(new Set(['commune']));
  });

  it('shows Bắc Kạn on 01/01/2026 as ended on 30/06/2025 with Thái Nguyên as successor', async () => {
    const d = await get<UnitDetail>('/api/units/06?at=2026-01-01');
    expect(d.status).toBe('ended');
    expect(d.unit).toMatchObject({ fullName: 'Tỉnh Bắc Kạn', validTo: '2025-06-30', validToExact: true });
    expect(d.successors).toEqual([
      expect.objectContaining({ coverage: 'full', effectiveDate: '2025-07-01', unit: expect.objectContaining({ code: '19', name: 'Thái Nguyên' }) }),
    ]);
  });

  it('shows the new Thái Nguyên with its two predecessor provinces', async () => {
    const d = await get<UnitDetail>('/api/units/19?at=2026-01-01');
    expect(d.status).toBe('in_force');
    expect(d.unit.validFrom).toBe('2025-07-01');
    expect(d.predecessors.map((p) => p.unit.fullName).sort()).toEqual(['Tỉnh Bắc Kạn', 'Tỉnh Thái Nguyên']);
    expect(d.versions.length).toBeGreaterThanOrEqual(2);
  });

  it('gives a commune its ancestors on the date: district and province before the reform', async () => {
    const before = await get<UnitDetail>('/api/units/01840?at=2025-01-01');
    expect(before.ancestors.map((a) => a.level)).toEqual(['province', 'district']);
    const after = await get<UnitDetail>('/api/units/01840?at=2025-08-01');
    expect(after.ancestors.map((a) => a.code)).toEqual(['19']);
  });

  it('finds "bac kan" without diacritics, in-force units first', async () => {
    const r = await get<UnitSearchResult>(`/api/units/search?q=${encodeURIComponent('bac kan')}&at=2026-01-01`);
    const province = r.items.find((u) => u.code === '06');
    expect(province).toMatchObject({ name: 'Bắc Kạn', inForce: false });
    const firstEnded = r.items.findIndex((u) => !u.inForce);
    expect(r.items.slice(firstEnded).every((u) => !u.inForce)).toBe(true);
    expect((await get<UnitSearchResult>('/api/units/search?q=B%E1%BA%AFc%20K%E1%BA%A1n&at=2025-01-01')).items[0]?.inForce).toBe(true);
  });

  it('treats search wildcards as text', async () => {
    expect((await get<UnitSearchResult>('/api/units/search?q=%25&at=2025-01-01')).items).toEqual([]);
    expect((await get<UnitSearchResult>('/api/units/search?q=_&at=2025-01-01')).items).toEqual([]);
  });

  it('answers bad input with a coded error naming the field', async () => {
    const bad = await get<{ error: { code: string; details: { field: string }[] } }>('/api/units?at=2025-13-45', 400);
    expect(bad.error.code).toBe('invalid_input');
    expect(bad.error.details[0]?.field).toBe('at');
    const level = await get<{ error: { code: string } }>('/api/units?level=hamlet', 400);
    expect(level.error.code).toBe('invalid_input');
    const missing = await get<{ error: { code: string; messageVi: string } }>('/api/units/99999?at=2025-01-01', 404);
    expect(missing.error).toMatchObject({ code: 'unit_not_found', messageVi: 'không có đơn vị hành chính mã 99999' });
  });

  it('publishes an OpenAPI document built from the same schemas', async () => {
    const doc = await get<{ openapi: string; paths: Record<string, unknown> }>('/api/docs/json');
    expect(doc.openapi).toMatch(/^3\./);
    expect(Object.keys(doc.paths)).toEqual(expect.arrayContaining(['/api/units', '/api/units/search', '/api/units/{code}', '/api/meta']));
  });
});
