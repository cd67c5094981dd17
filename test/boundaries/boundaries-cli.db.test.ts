import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openDatabase } from '../../src/db/open-database.ts';
import { runCliCaptured } from '../support/run-cli.ts';
import { createTestTarget, testEngine } from '../support/test-db.ts';
import { fixturesDir } from './boundary-fixtures.ts';
import { readBoundaryState, type BoundaryState } from './boundary-state.ts';

let target: { dataDir: string; databaseUrl?: string };
let dispose: () => Promise<void>;

function ictmon(...args: string[]) {
  return runCliCaptured(target, args);
}

async function state(): Promise<BoundaryState> {
  const { db } = await openDatabase(target, 'test');
  try {
    return await readBoundaryState(db);
  } finally {
    await db.close();
  }
}

describe(`ictmon boundaries on ${testEngine}`, () => {
  beforeAll(async () => {
    ({ target, dispose } = await createTestTarget());
  });
  afterAll(() => dispose());

  it('imports a TopoJSON with --at and --code-field, in Vietnamese, then lists the batch', async () => {
    const r = await ictmon('boundaries', 'import', join(fixturesDir, 'communes-3.topojson'), '--at', '01/07/2025', '--code-field', 'ma_xa');
    expect(r.err).toBe('');
    expect(r.code).toBe(0);
    expect(r.out).toBe('đã nhập ranh giới (lần nhập số 1): 3 đơn vị cấp xã (mới 3, thay thế 0), mã đối chiếu theo ngày 01/07/2025');
    const list = await ictmon('boundaries', 'list', '--format', 'csv');
    expect(list.out.split('\n')[0]).toBe('id,imported_at,file,format,level,at,features,current,actor');
    expect(list.out.split('\n')[1]).toMatch(/^1,.*,communes-3\.topojson,topojson,commune,01\/07\/2025,3,3,cli:/);
    const json = JSON.parse((await ictmon('boundaries', 'list', '--format', 'json')).out) as { items: { id: number }[] };
    expect(json.items.map((b) => b.id)).toEqual([1]);
  });

  it('refuses an unknown code with one line per feature, exit 1, nothing stored', async () => {
    const before = await state();
    const r = await ictmon('boundaries', 'import', join(fixturesDir, 'unknown-code.geojson'), '--at', '2025-07-01');
    expect(r.code).toBe(1);
    expect(r.err).toBe(
      [
        'ictmon: tệp có 2 lỗi (3 đối tượng); không có gì được nhập',
        '  Đối tượng 2: mã 99999 không phải đơn vị cấp xã có hiệu lực ngày 01/07/2025 (trường code); có phải Xã Phong Quang (mã 01849)?',
        '  Đối tượng 3: mã 01846 không phải đơn vị cấp xã có hiệu lực ngày 01/07/2025 (trường code)',
      ].join('\n'),
    );
    expect(await state()).toEqual(before);
  });
});
