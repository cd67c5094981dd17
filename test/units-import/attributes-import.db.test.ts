import { createHash } from 'node:crypto';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Database } from '../../src/db/database.ts';
import { AppError } from '../../src/services/errors.ts';
import { diffUnitsFile, formatUnitsDiffText, importUnitsFile, type UnitsFileInput } from '../../src/services/units-import/units-file-service.ts';
import { openTestDatabase, type TestDatabase } from '../support/test-db.ts';
import { fixture } from './read-units-file.ts';
import { readAttributes, readRegisterState } from './register-state.ts';

let t: TestDatabase;
let db: Database;
const actor = 'cli:tester@so-khcn';
const ctx = () => ({ db, actor });
beforeEach(async () => {
  t = await openTestDatabase();
  db = t.db;
});
afterEach(async () => t.dispose());

const csvFile = (over: Partial<UnitsFileInput> = {}): UnitsFileInput => ({
  fileName: 'attributes-thai-nguyen-2025-07.csv',
  bytes: fixture('attributes-thai-nguyen-2025-07.csv'),
  effectiveDate: '2025-07-01',
  legalBasis: 'QĐ 45/QĐ-UBND',
  ...over,
});
const xlsxFile = (): UnitsFileInput => ({
  fileName: 'attributes-thai-nguyen-2025-07.xlsx',
  bytes: fixture('attributes-thai-nguyen-2025-07.xlsx'),
  effectiveDate: '2025-07-01',
});
const csv = (text: string) => new TextEncoder().encode(text);

async function rejection(p: Promise<unknown>): Promise<AppError> {
  const err = await p.then(
    () => undefined,
    (e: unknown) => e,
  );
  expect(err).toBeInstanceOf(AppError);
  return err as AppError;
}

describe('importing an attributes file', () => {
  it('applies the CSV for Thái Nguyên on 01/07/2025, audited, and a re-import changes nothing', async () => {
    const diff = await diffUnitsFile(ctx(), csvFile());
    expect(diff.errors).toEqual([]);
    expect(diff).toMatchObject({
      kind: 'attributes',
      scope: ['01840', '01843', '01849', '01864', '19'],
      counts: { attributes: 5, unchanged: 0, added: 0, ended: 0 },
    });
    expect(diff.changes.map((c) => `${c.change} ${c.code}`)).toEqual([
      'attributes 19',
      'attributes 01840',
      'attributes 01843',
      'attributes 01849',
      'attributes 01864',
    ]);
    expect(formatUnitsDiffText(diff, 'vi')).toContain(
      '~ 01849  Xã Phong Quang  [cập nhật số liệu]  · Diện tích (km²): – → 135,1, Xã đặc biệt khó khăn: – → Có, Vùng (bộ tiêu chí NTM): – → Trung du và miền núi phía Bắc  (dòng 5)',
    );

    const result = await importUnitsFile(ctx(), csvFile());
    expect(result).toMatchObject({ applied: true, counts: { attributes: 5 } });
    expect(result.messageVi).toContain('cập nhật số liệu 5 đơn vị');
    const batchId = result.batchId!;
    expect(await readAttributes(db, '01849')).toEqual([
      'v2025-07-01 area_km2 135.1 2025-07-01…',
      'v2025-07-01 is_dbkk true 2025-07-01…',
      'v2025-07-01 ntm_region "tdmn_phia_bac" 2025-07-01…',
    ]);
    // Only the 2025 version of Thái Nguyên gets the 2025 figures; the pre-reform province keeps none.
    expect(await readAttributes(db, '19')).toEqual(['v2025-07-01 area_km2 8375.28 2025-07-01…', 'v2025-07-01 ntm_region "tdmn_phia_bac" 2025-07-01…']);
    expect(await readAttributes(db, '01843')).toEqual(['v2025-07-01 area_km2 108.7 2025-07-01…', 'v2025-07-01 ntm_region "tdmn_phia_bac" 2025-07-01…']);
    const source = await db.one<{ sources: string[] }>(`select array_agg(distinct source) as sources from unit_attribute`);
    expect(source.sources).toEqual([`import:${batchId}`]);

    const batch = await db.one<Record<string, unknown>>(`select * from unit_import_batch where id = $1`, [batchId]);
    expect(batch).toMatchObject({
      kind: 'attributes',
      file_sha256: createHash('sha256').update(fixture('attributes-thai-nguyen-2025-07.csv')).digest('hex'),
      effective_date: '2025-07-01',
      legal_basis: 'QĐ 45/QĐ-UBND',
      actor,
      summary: { counts: { attributes: 5 } },
    });
    const audits = await db.query<Record<string, unknown>>(
      `select entity, entity_key, before, after, reason from audit_event where action = 'units.import' order by id`,
    );
    expect(audits.map((a) => a.entity_key)).toEqual(['19', '01840', '01843', '01849', '01864']);
    expect(audits[3]).toMatchObject({
      entity: 'admin_unit',
      before: { code: '01849', attributes: { area_km2: null, is_dbkk: null, ntm_region: null } },
      after: { code: '01849', fullName: 'Xã Phong Quang', attributes: { area_km2: 135.1, is_dbkk: true, ntm_region: 'tdmn_phia_bac' } },
      reason: `import:${batchId} attributes-thai-nguyen-2025-07.csv (QĐ 45/QĐ-UBND)`,
    });

    const state = await readRegisterState(db);
    const again = await importUnitsFile(ctx(), csvFile());
    expect(again).toMatchObject({ applied: false, batchId: null, sameFileBatchId: batchId, counts: { attributes: 0, unchanged: 5 } });
    expect(await readRegisterState(db)).toEqual(state);
  });

  it('applies the XLSX with a title row, and a re-import changes nothing', async () => {
    const result = await importUnitsFile(ctx(), xlsxFile());
    expect(result).toMatchObject({ applied: true, counts: { attributes: 4 }, diff: { file: { format: 'xlsx', sheet: 'Số liệu xã' } } });
    expect(await readAttributes(db, '01894')).toEqual([
      'v2025-07-01 area_km2 98 2025-07-01…',
      'v2025-07-01 is_dbkk false 2025-07-01…',
      'v2025-07-01 ntm_region "tdmn_phia_bac" 2025-07-01…',
    ]);
    const state = await readRegisterState(db);
    expect((await importUnitsFile(ctx(), xlsxFile())).applied).toBe(false);
    expect(await readRegisterState(db)).toEqual(state);
  });

  it('applies a later file that changes one value: the old row ends the day before; empty cells change nothing', async () => {
    await importUnitsFile(ctx(), csvFile());
    const later = csvFile({
      fileName: 'dien-tich-2026.csv',
      bytes: csv('Mã xã,Diện tích (km²),ĐBKK\n01849,"136,2",\n01864,"113,52",\n'),
      effectiveDate: '2026-01-01',
    });
    const diff = await diffUnitsFile(ctx(), later);
    expect(diff.errors).toEqual([]);
    expect(diff.counts).toMatchObject({ attributes: 1, unchanged: 1 });
    expect(formatUnitsDiffText(diff, 'vi')).toContain('· Diện tích (km²): 135,1 → 136,2  (dòng 2)');

    const result = await importUnitsFile(ctx(), later);
    expect(result.applied).toBe(true);
    expect(await readAttributes(db, '01849')).toEqual([
      'v2025-07-01 area_km2 135.1 2025-07-01…2025-12-31',
      'v2025-07-01 area_km2 136.2 2026-01-01…',
      'v2025-07-01 is_dbkk true 2025-07-01…',
      'v2025-07-01 ntm_region "tdmn_phia_bac" 2025-07-01…',
    ]);

    // A file dated before the 2026 value would rewrite history: refused, nothing written.
    const state = await readRegisterState(db);
    const err = await rejection(importUnitsFile(ctx(), csvFile({ bytes: csv('Mã xã,Diện tích (km²)\n01849,"130"\n'), effectiveDate: '2025-10-01' })));
    expect(err.code).toBe('conflict');
    expect(err.details).toMatchObject([{ code: 'history_conflict', row: 2, field: 'Diện tích (km²)', value: '01849' }]);
    expect(await readRegisterState(db)).toEqual(state);
  });

  it('rejects a file with one bad cell, naming row and column, and leaves the database unchanged', async () => {
    const before = await readRegisterState(db);
    const input = csvFile({ fileName: 'bad.csv', bytes: fixture('attributes-thai-nguyen-2025-07-bad-cell.csv') });
    const err = await rejection(importUnitsFile(ctx(), input));
    expect(err.code).toBe('invalid_input');
    expect(err.details).toEqual([expect.objectContaining({ code: 'bad_value', row: 5, field: 'Xã ĐBKK', value: 'có lẽ' })]);
    expect(await readRegisterState(db)).toEqual(before);
  });

  it('refuses an NTM group on a province or a ward, and units not in force on the date', async () => {
    const before = await readRegisterState(db);
    const text = 'Mã đơn vị,Nhóm xã NTM 2026–2030\n19,2\n01840,1\n01849,2\n06,2\n';
    const err = await rejection(importUnitsFile(ctx(), csvFile({ bytes: csv(text), effectiveDate: '2026-02-15' })));
    expect(err.details).toMatchObject([
      { code: 'attribute_not_applicable', row: 2, field: 'Nhóm xã NTM 2026–2030', value: '2' },
      { code: 'attribute_not_applicable', row: 3, field: 'Nhóm xã NTM 2026–2030', value: '1' },
      { code: 'unit_not_in_force', row: 5, field: 'Mã đơn vị', value: '06' },
    ]);
    expect(await readRegisterState(db)).toEqual(before);
  });

  it('sets figures of a pre-reform province until that version ends on 30/06/2025', async () => {
    const result = await importUnitsFile(ctx(), csvFile({ bytes: csv('Mã tỉnh,Tên tỉnh,Dân số\n6,Bắc Kạn,"314.400"\n'), effectiveDate: '2024-01-01' }));
    expect(result.applied).toBe(true);
    // The pre-reform version has no recorded start (valid_from null): readAttributes shows it as "vnull".
    expect(await readAttributes(db, '06')).toEqual(['vnull population 314400 2024-01-01…2025-06-30']);
  });
});
