import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openTestDatabase, type TestDatabase } from '../support/test-db.ts';
import { storeValueRecords } from '../../src/services/values/store-values.ts';
import type { ValueRecord } from '../../src/domain/values/value-types.ts';
import { AppError } from '../../src/services/errors.ts';

let t: TestDatabase;
let communeId: number;
beforeAll(async () => {
  t = await openTestDatabase();
  // Xã Đức Xuân? any commune of Bắc Kạn in force on 2024-12-31
  const row = await t.db.one<{ id: number }>(
    `select id from admin_unit where level = 'commune' and code = '01843' and valid_from is null or (level='commune' and code='01843') order by valid_from nulls first limit 1`,
  );
  communeId = row.id;
});
afterAll(() => t.dispose());

const meta = {
  kind: 'file' as const,
  fileName: 't.csv',
  fileSha256: 'x',
  fileBytes: 1,
  format: 'csv',
  actor: 'test',
  catalogueVersion: '2026.1',
  rowsRead: 2,
  summary: {},
};
const rec = (indicatorCode: string, value: number | boolean, sourceRow: number): ValueRecord => ({
  unitId: communeId,
  indicatorCode,
  period: '2024',
  breakdown: '',
  series: 'actual',
  value,
  sourceRow,
  field: indicatorCode,
});

describe('storeValueRecords', () => {
  it('syncs the catalogue into the indicator table', async () => {
    const { n } = await t.db.one<{ n: number }>(`select count(*)::int as n from indicator where not retired`);
    expect(n).toBeGreaterThanOrEqual(60);
  });

  it('stores, keeps a revision of a replaced value, and changes nothing on a repeat', async () => {
    const first = await storeValueRecords(
      { db: t.db, actor: 'test' },
      [[rec('commune.officials', 20, 2), rec('commune.officials_with_digital_signature', 15, 2)]],
      meta,
    );
    expect(first).toMatchObject({ inserted: 2, updated: 0, unchanged: 0, staged: 2 });
    const again = await storeValueRecords(
      { db: t.db, actor: 'test' },
      [[rec('commune.officials', 20, 2), rec('commune.officials_with_digital_signature', 15, 2)]],
      meta,
    );
    expect(again).toMatchObject({ inserted: 0, updated: 0, unchanged: 2 });
    expect(again.batchId).toBeUndefined();
    const changed = await storeValueRecords({ db: t.db, actor: 'test' }, [[rec('commune.officials', 21, 3)]], meta);
    expect(changed).toMatchObject({ inserted: 0, updated: 1, unchanged: 0 });
    const rev = await t.db.query<{ value_num: string }>(`select value_num from indicator_value_revision where indicator_code = 'commune.officials'`);
    expect(rev.map((r) => Number(r.value_num))).toEqual([20]);
  });

  it('refuses a repeated key and a broken cross-check, storing nothing', async () => {
    const before = await t.db.one<{ n: number }>(`select count(*)::int as n from indicator_value`);
    const dup = storeValueRecords({ db: t.db, actor: 'test' }, [[rec('commune.dossiers_total', 10, 5), rec('commune.dossiers_total', 11, 6)]], meta);
    await expect(dup).rejects.toBeInstanceOf(AppError);
    await expect(dup).rejects.toMatchObject({ details: [expect.objectContaining({ row: 6, code: 'duplicate' })] });
    const cross = storeValueRecords({ db: t.db, actor: 'test' }, [[rec('commune.dossiers_total', 10, 5), rec('commune.dossiers_online', 11, 5)]], meta);
    await expect(cross).rejects.toMatchObject({ details: [expect.objectContaining({ row: 5, code: 'cross_check' })] });
    // against a stored value: officials is 21, a file saying 30 officials have signatures breaks the rule
    const stored = storeValueRecords({ db: t.db, actor: 'test' }, [[rec('commune.officials_with_digital_signature', 30, 9)]], meta);
    await expect(stored).rejects.toMatchObject({ details: [expect.objectContaining({ row: 9, code: 'cross_check' })] });
    const after = await t.db.one<{ n: number }>(`select count(*)::int as n from indicator_value`);
    expect(after.n).toBe(before.n);
  });
});
