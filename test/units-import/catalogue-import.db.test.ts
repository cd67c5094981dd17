import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Database } from '../../src/db/database.ts';
import { AppError } from '../../src/services/errors.ts';
import { diffUnitsFile, formatUnitsDiffText, importUnitsFile, type UnitsFileInput } from '../../src/services/units-import/units-file-service.ts';
import { openTestDatabase, type TestDatabase } from '../support/test-db.ts';
import { fixture } from './read-units-file.ts';
import { readLineage, readRegisterState, readVersions } from './register-state.ts';

let t: TestDatabase;
let db: Database;
const actor = 'http:127.0.0.1';
const ctx = () => ({ db, actor });
beforeEach(async () => {
  t = await openTestDatabase();
  db = t.db;
});
afterEach(async () => t.dispose());

const LEGAL_BASIS = 'Nghị quyết số 12/NQ-UBTVQH (thử nghiệm)';
const thaiNguyen = (over: Partial<UnitsFileInput> = {}): UnitsFileInput => ({
  fileName: 'gso-2025-thai-nguyen-renamed.csv',
  bytes: fixture('gso-2025-thai-nguyen-renamed.csv'),
  effectiveDate: '2026-01-01',
  legalBasis: LEGAL_BASIS,
  ...over,
});

describe('importing a GSO catalogue file', () => {
  it('renames a commune: closes its version the day before, opens a new one, links them, audits it', async () => {
    const before = await readVersions(db, ['01843']);
    const unitCount = (await readRegisterState(db)).units;
    const result = await importUnitsFile(ctx(), thaiNguyen());
    expect(result.diff.errors).toEqual([]);
    expect(result).toMatchObject({ applied: true, counts: { renamed: 1, added: 0, ended: 0, unchanged: 92 } });
    expect(result.diff.scope).toEqual(['19']);

    const versions = await readVersions(db, ['01843']);
    expect(versions).toHaveLength(before.length + 1);
    const [old, current] = versions.slice(-2);
    expect(old).toMatchObject({ id: before.at(-1)!.id, fullName: 'Phường Bắc Kạn', validFrom: '2025-07-01', validTo: '2025-12-31' });
    expect(current).toMatchObject({
      name: 'Bắc Cạn',
      fullName: 'Phường Bắc Cạn',
      typeCode: 'ward',
      parentCode: '19',
      codeListId: 'QD-19-2025',
      validFrom: '2026-01-01',
      validTo: null,
      source: `import:${result.batchId}`,
      searchText: 'bac can phuong bac can 01843',
    });
    expect(await readLineage(db, ['01843'])).toEqual([`01843@2025-07-01 → 01843@2026-01-01 full 2026-01-01 ${LEGAL_BASIS}`]);
    expect((await readRegisterState(db)).units).toBe(unitCount + 1);

    const audit = await db.query<Record<string, unknown>>(`select actor, entity_key, before, after, reason from audit_event where action = 'units.import'`);
    expect(audit).toEqual([
      {
        actor,
        entity_key: '01843',
        before: expect.objectContaining({ name: 'Bắc Kạn', validTo: null }),
        after: expect.objectContaining({ name: 'Bắc Cạn', validFrom: '2026-01-01' }),
        reason: `import:${result.batchId} gso-2025-thai-nguyen-renamed.csv (${LEGAL_BASIS})`,
      },
    ]);

    const state = await readRegisterState(db);
    const again = await importUnitsFile(ctx(), thaiNguyen());
    expect(again).toMatchObject({ applied: false, batchId: null, sameFileBatchId: result.batchId });
    expect(await readRegisterState(db)).toEqual(state);
  });

  it('refuses to rewrite history before a later version, writing nothing', async () => {
    await importUnitsFile(ctx(), thaiNguyen());
    const state = await readRegisterState(db);
    const diff = await diffUnitsFile(ctx(), thaiNguyen({ effectiveDate: '2025-10-01' }));
    expect(diff.errors.map((e) => [e.code, e.row, e.field, e.value])).toEqual([['history_conflict', 3, 'Mã PX', '01843']]);
    expect(diff.errors[0]?.message).toContain('ending on 2025-12-31');
    const err = await importUnitsFile(ctx(), thaiNguyen({ effectiveDate: '2025-10-01' })).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(AppError);
    expect((err as AppError).code).toBe('conflict');
    expect(await readRegisterState(db)).toEqual(state);
  });

  it('ends a commune the file leaves out, the day before, and its villages with it', async () => {
    await importUnitsFile(ctx(), { fileName: 'thon.xlsx', bytes: fixture('villages-phong-quang.xlsx'), effectiveDate: '2025-09-01' });
    const text = new TextDecoder().decode(fixture('gso-2025-thai-nguyen-renamed.csv'));
    const without = text
      .split('\r\n')
      .filter((line) => !line.includes(',01849,'))
      .join('\r\n');
    const villages = await db.query<{ code: string }>(`select code from admin_unit where parent_code = '01849' and valid_to is null order by code`);
    expect(villages.length).toBeGreaterThan(0);
    const result = await importUnitsFile(ctx(), thaiNguyen({ bytes: new TextEncoder().encode(without) }));
    expect(result.counts).toMatchObject({ renamed: 1, ended: 1 + villages.length });
    expect(result.diff.changes.find((c) => c.code === '01849')).toMatchObject({ change: 'ended', row: 2, after: { validTo: '2025-12-31' } });
    expect((await readVersions(db, ['01849'])).at(-1)).toMatchObject({ validTo: '2025-12-31' });
    // no village stays in force under a commune that is not (its parent is resolved by code on the date)
    for (const v of villages) expect((await readVersions(db, [v.code])).at(-1)).toMatchObject({ validTo: '2025-12-31' });
  });

  it('applies the real Đồng Nai change of 30/04/2026: a centrally-run city, ten xã become phường', async () => {
    const input = {
      fileName: 'gso-2026-04-dong-nai.csv',
      bytes: fixture('gso-2026-04-dong-nai.csv'),
      effectiveDate: '2026-04-30',
      legalBasis: 'NQ 237/NQ-UBTVQH16',
    };
    const diff = await diffUnitsFile(ctx(), input);
    expect(diff.errors).toEqual([]);
    expect(diff.counts).toMatchObject({ retyped: 11, renamed: 0, added: 0, ended: 0, unchanged: 85 });
    expect(formatUnitsDiffText(diff, 'vi')).toContain('~ 75  Tỉnh Đồng Nai → Thành phố Đồng Nai  [đổi loại]  (dòng 2)');

    await importUnitsFile(ctx(), input);
    expect((await readVersions(db, ['75'])).at(-1)).toMatchObject({ typeCode: 'municipality', fullName: 'Thành phố Đồng Nai', validFrom: '2026-04-30' });
    expect((await readVersions(db, ['25270'])).map((v) => `${v.typeCode} ${v.validFrom ?? '…'}–${v.validTo ?? '…'}`)).toEqual([
      'commune_level_town …–2025-06-30',
      'commune 2025-07-01–2026-04-29',
      'ward 2026-04-30–…',
    ]);
    expect(await db.one(`select count(*)::int as n from unit_lineage where source like 'import:%'`)).toEqual({ n: 11 });
  });

  it('finds nothing to change in the real pre-reform GSO export of Bắc Kạn (three tiers, XLSX)', async () => {
    const diff = await diffUnitsFile(ctx(), { fileName: 'gso-2025-03-bac-kan.xlsx', bytes: fixture('gso-2025-03-bac-kan.xlsx'), effectiveDate: '2025-06-01' });
    expect(diff.errors).toEqual([]);
    expect(diff).toMatchObject({ kind: 'catalogue', scope: ['06'], hasChanges: false, counts: { unchanged: 117 } });
  });
});
