import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { getBoundaries } from '../../src/services/boundaries/get-boundaries.ts';
import { loadDemoBoundaries } from '../../src/services/boundaries/load-demo-boundaries.ts';
import { sharedAdminDir } from '../support/paths.ts';
import { openTestDatabase, testEngine, type TestDatabase } from '../support/test-db.ts';

const hasGis = existsSync(join(sharedAdminDir, 'gis', 'communes-2025.topojson'));

describe.skipIf(!hasGis)(`the shared 2025 boundaries on ${testEngine}`, () => {
  let t: TestDatabase;
  beforeAll(async () => {
    t = await openTestDatabase();
  });
  afterAll(async () => t.dispose());

  it('imports the 34 provinces and matches all 3,321 communes of the TopoJSON on 01/07/2025', async () => {
    const ctx = { db: t.db, actor: 'test' };
    const started = performance.now();
    const r = await loadDemoBoundaries(ctx, sharedAdminDir);
    const ms = Math.round(performance.now() - started);
    console.log(`demo boundaries on ${testEngine}: ${ms} ms (34 provinces + 3,321 communes)`);
    expect(r?.provinces).toMatchObject({ features: 34, added: 34, level: 'province', format: 'geojson' });
    expect(r?.communes).toMatchObject({ features: 3321, added: 3321, level: 'commune', format: 'topojson', objectName: 'communes', codeField: 'code' });

    const all = await getBoundaries(ctx, { level: 'commune', at: '2025-07-01' });
    expect(all.features).toHaveLength(3321);
    expect(all.missing).toEqual([]);
    const thaiNguyen = await getBoundaries(ctx, { level: 'commune', at: '2025-07-01', parent: '19' });
    expect(thaiNguyen.features).toHaveLength(92);
    // the old Bắc Kạn town centre (105.835 E, 22.147 N) lies in Phường Đức Xuân's box (README §5 spot check)
    const ducXuan = thaiNguyen.features.find((f) => f.properties.fullName === 'Phường Đức Xuân')!;
    expect(ducXuan.bbox[0]).toBeLessThan(105.835);
    expect(ducXuan.bbox[2]).toBeGreaterThan(105.835);
    expect(ducXuan.bbox[1]).toBeLessThan(22.147);
    expect(ducXuan.bbox[3]).toBeGreaterThan(22.147);

    // a second run finds both files already imported on that date
    expect(await loadDemoBoundaries(ctx, sharedAdminDir)).toEqual({ provinces: { skipped: true, batchId: 1 }, communes: { skipped: true, batchId: 2 } });
  });
});
