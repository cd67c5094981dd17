import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Database } from '../../src/db/database.ts';
import { AppError } from '../../src/services/errors.ts';
import { getBoundaries } from '../../src/services/boundaries/get-boundaries.ts';
import { importBoundaries, type ImportBoundariesInput } from '../../src/services/boundaries/import-boundaries.ts';
import { listBoundaryBatches } from '../../src/services/boundaries/list-boundary-batches.ts';
import { loadDemoBoundaries } from '../../src/services/boundaries/load-demo-boundaries.ts';
import { openTestDatabase, testEngine, type TestDatabase } from '../support/test-db.ts';
import { scratchDir } from '../support/paths.ts';
import { buildFeature, collectionBytes, fixtureBytes } from './boundary-fixtures.ts';
import { readBoundaryState } from './boundary-state.ts';

let t: TestDatabase;
let db: Database;
const actor = 'test:boundaries';
const ctx = () => ({ db, actor });
beforeEach(async () => {
  t = await openTestDatabase();
  db = t.db;
});
afterEach(async () => t.dispose());

const file = (name: string, over: Partial<ImportBoundariesInput> = {}): ImportBoundariesInput => ({
  bytes: fixtureBytes(name),
  fileName: name,
  at: '2025-07-01',
  ...over,
});

/** Runs an import that must be refused; returns the error, after checking nothing stored changed. */
async function refused(input: ImportBoundariesInput): Promise<AppError> {
  const before = await readBoundaryState(db);
  const err = await importBoundaries(ctx(), input).then(
    () => undefined,
    (e: unknown) => e,
  );
  expect(err).toBeInstanceOf(AppError);
  expect(await readBoundaryState(db)).toEqual(before);
  return err as AppError;
}

describe(`importing boundaries on ${testEngine}`, () => {
  it('stores a GeoJSON of three communes with one batch and one audit event per unit, and serves it back', async () => {
    const r = await importBoundaries(ctx(), file('communes-3.geojson'));
    expect(r).toMatchObject({ format: 'geojson', level: 'commune', at: '2025-07-01', codeField: 'code', features: 3, added: 3, replaced: 0, vertices: 16 });
    expect(r.messageVi).toBe('đã nhập ranh giới (lần nhập số 1): 3 đơn vị cấp xã (mới 3, thay thế 0), mã đối chiếu theo ngày 01/07/2025');

    const map = await getBoundaries(ctx(), { level: 'commune', parent: '19', at: '2025-07-01' });
    expect(map.type).toBe('FeatureCollection');
    expect(map.features.map((f) => f.properties)).toEqual([
      { code: '01843', name: 'Bắc Kạn', fullName: 'Phường Bắc Kạn', level: 'commune' },
      { code: '01849', name: 'Phong Quang', fullName: 'Xã Phong Quang', level: 'commune' },
      { code: '01864', name: 'Bằng Thành', fullName: 'Xã Bằng Thành', level: 'commune' },
    ]);
    expect(map.features[0]).toMatchObject({ type: 'Feature', id: '01843', bbox: [105.83, 22.1, 105.85, 22.12] });
    expect(map.features[0]!.geometry).toEqual({
      type: 'Polygon',
      coordinates: [
        [
          [105.83, 22.1],
          [105.85, 22.1],
          [105.85, 22.12],
          [105.83, 22.12],
          [105.83, 22.1],
        ],
      ],
    });
    expect(map.missing).toHaveLength(92 - 3);
    expect(map.missing).not.toContain('01843');

    const audit = await db.query<Record<string, unknown>>(
      `select actor, entity, entity_key, before, after, reason from audit_event where action = 'boundaries.import' order by entity_key`,
    );
    expect(audit.map((a) => a.entity_key)).toEqual(['01843', '01849', '01864']);
    expect(audit[0]).toEqual({
      actor,
      entity: 'unit_boundary',
      entity_key: '01843',
      before: null,
      after: { batchId: r.batchId, bbox: [105.83, 22.1, 105.85, 22.12], vertices: 4 },
      reason: `boundary:${r.batchId} communes-3.geojson`,
    });
    const batches = await listBoundaryBatches(ctx());
    expect(batches).toEqual([
      expect.objectContaining({
        id: r.batchId,
        fileName: 'communes-3.geojson',
        format: 'geojson',
        level: 'commune',
        at: '2025-07-01',
        actor,
        features: 3,
        unitsCurrent: 3,
      }),
    ]);
  });

  it('replaces a unit boundary on re-import, keeps the old one in the audit trail', async () => {
    const first = await importBoundaries(ctx(), file('communes-3.geojson'));
    const second = await importBoundaries(ctx(), file('communes-3.topojson'));
    expect(second).toMatchObject({ format: 'topojson', objectName: 'xa', codeField: 'ma_xa', features: 3, added: 0, replaced: 3 });
    const audit = await db.query<{ before: { batchId: number; vertices: number }; after: { batchId: number } }>(
      `select before, after from audit_event where action = 'boundaries.import' and entity_key = '01864' order by id`,
    );
    expect(audit.map((a) => [a.before?.batchId ?? null, a.after.batchId])).toEqual([
      [null, first.batchId],
      [first.batchId, second.batchId],
    ]);
    const map = await getBoundaries(ctx(), { level: 'commune', at: '2025-07-01', codes: ['01864'] });
    expect(map.features[0]!.geometry).toMatchObject({ type: 'Polygon' });
    const batches = await listBoundaryBatches(ctx());
    expect(batches.map((b) => [b.id, b.unitsCurrent])).toEqual([
      [second.batchId, 3],
      [first.batchId, 0],
    ]);
    expect((await importBoundaries(ctx(), file('communes-3.topojson'))).sameFileBatchId).toBe(second.batchId);
  });

  it('matches codes on the date: before 01/07/2025 the same codes were other communes of Bắc Kạn', async () => {
    const r = await importBoundaries(ctx(), file('communes-3.geojson', { at: '2025-06-30' }));
    expect(r).toMatchObject({ features: 3, at: '2025-06-30' });
    const old = await getBoundaries(ctx(), { level: 'commune', at: '2025-06-30', parent: '06' });
    expect(old.features.map((f) => [f.properties.code, f.properties.fullName])).toEqual([
      ['01843', 'Phường Phùng Chí Kiên'],
      ['01849', 'Xã Dương Quang'],
      ['01864', 'Xã Bộc Bố'],
    ]);
    const now = await getBoundaries(ctx(), { level: 'commune', at: '2025-07-01', parent: '19' });
    expect(now.features).toEqual([]);
    expect(now.missing).toHaveLength(92);
  });

  it('imports a province whose code was written as a number in MaTinh', async () => {
    const r = await importBoundaries(ctx(), file('province-19.geojson'));
    expect(r).toMatchObject({ level: 'province', codeField: 'MaTinh', features: 1 });
    const map = await getBoundaries(ctx(), { level: 'province', at: '2025-07-01' });
    expect(map.features.map((f) => f.properties.code)).toEqual(['19']);
    expect(map.missing).toHaveLength(33);
  });

  it('refuses unknown codes, naming the feature, the code and a unit of the same name; stores nothing', async () => {
    await importBoundaries(ctx(), file('communes-3.geojson'));
    const err = await refused(file('unknown-code.geojson'));
    expect(err.status).toBe(400);
    expect(err.messageVi).toBe('tệp có 2 lỗi (3 đối tượng); không có gì được nhập');
    expect(err.details.map((d) => [d.row, d.field, d.value, d.messageVi])).toEqual([
      [2, 'code', '99999', 'Đối tượng 2: mã 99999 không phải đơn vị cấp xã có hiệu lực ngày 01/07/2025 (trường code); có phải Xã Phong Quang (mã 01849)?'],
      [3, 'code', '01846', 'Đối tượng 3: mã 01846 không phải đơn vị cấp xã có hiệu lực ngày 01/07/2025 (trường code)'],
    ]);
  });

  it('refuses a truncated file with a clear JSON error; stores nothing', async () => {
    const err = await refused(file('truncated.geojson'));
    expect(err.code).toBe('invalid_input');
    expect(err.messageVi).toMatch(/^tệp không phải JSON hợp lệ/);
  });

  it('refuses coordinates in metres (VN-2000) as probably not WGS84; stores nothing', async () => {
    const err = await refused(file('vn2000-metres.geojson'));
    expect(err.details[0]).toMatchObject({ row: 1, field: 'geometry', code: 'geometry.not_wgs84' });
    expect(err.messageVi).toContain('Đối tượng 1: điểm (435000, 2441000) tính bằng mét');
  });

  it('refuses a feature without a code and a Point; stores nothing', async () => {
    const err = await refused(file('missing-code.geojson'));
    expect(err.details.map((d) => d.messageVi)).toEqual([
      'Đối tượng 2: thiếu mã đơn vị (trường code)',
      'Đối tượng 3: hình là Point; ranh giới phải là Polygon hoặc MultiPolygon',
    ]);
  });

  it('refuses duplicates, a province code in a commune file, several TopoJSON objects, binary junk, an empty file and a bad date; stores nothing', async () => {
    const dup = await refused({
      bytes: collectionBytes([buildFeature({ code: '01843' }), buildFeature({ code: '01843' })]),
      fileName: 'dup.geojson',
      at: '2025-07-01',
    });
    expect(dup.details[0]!.messageVi).toBe('Đối tượng 2: mã 01843 đã có ở đối tượng 1 (trường code)');
    const level = await refused({ bytes: collectionBytes([buildFeature({ code: '19' })]), fileName: 'x.geojson', at: '2025-07-01', level: 'commune' });
    expect(level.details[0]!.messageVi).toBe('Đối tượng 1: mã 00019 (ghi trong tệp: 19) không phải đơn vị cấp xã có hiệu lực ngày 01/07/2025 (trường code)');
    const two = await refused(file('two-objects.topojson'));
    expect(two.messageVi).toContain('Topology có 2 đối tượng (xa, tinh)');
    expect((await refused({ bytes: new Uint8Array([0xff, 0xfe, 0, 1, 2]), fileName: 'x.bin' })).code).toBe('unsupported_file');
    expect((await refused({ bytes: new Uint8Array(0), fileName: 'x.json' })).code).toBe('invalid_input');
    expect((await refused(file('communes-3.geojson', { at: '01/07/2025' }))).details[0]).toMatchObject({ field: 'at' });
    expect((await refused(file('communes-3.geojson', { level: 'village' }))).details[0]).toMatchObject({ field: 'level' });
  });

  it('imports the named object of a TopoJSON with several', async () => {
    const r = await importBoundaries(ctx(), file('two-objects.topojson', { object: 'tinh' }));
    expect(r).toMatchObject({ level: 'province', objectName: 'tinh', features: 1 });
  });

  it('lists boundaries under a province before 01/07/2025 through its districts, and refuses an unknown parent', async () => {
    const old = await getBoundaries(ctx(), { level: 'commune', at: '2025-06-30', parent: '06' });
    expect(old.features).toEqual([]);
    expect(old.missing).toHaveLength(108);
    await expect(getBoundaries(ctx(), { level: 'commune', at: '2025-07-01', parent: '06' })).rejects.toMatchObject({ code: 'unit_not_found' });
    await expect(getBoundaries(ctx(), { level: 'village', at: '2025-07-01' })).rejects.toMatchObject({ code: 'invalid_input' });
  });

  it('skips the demo boundaries when the shared folder is absent', async () => {
    expect(await loadDemoBoundaries(ctx(), scratchDir('no-shared'))).toBeNull();
    expect((await readBoundaryState(db)).batches).toBe(0);
  });
});
