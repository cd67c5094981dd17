import { createHash } from 'node:crypto';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Database } from '../../src/db/database.ts';
import { AppError } from '../../src/services/errors.ts';
import { diffUnitsFile, importUnitsFile, type UnitsFileInput } from '../../src/services/units-import/units-file-service.ts';
import { openTestDatabase, type TestDatabase } from '../support/test-db.ts';
import { fixture } from './read-units-file.ts';
import { readAttributes, readLineage, readRegisterState, readVersions } from './register-state.ts';

let t: TestDatabase;
let db: Database;
const actor = 'cli:tester@so-khcn';
const ctx = () => ({ db, actor });
beforeEach(async () => {
  t = await openTestDatabase();
  db = t.db;
});
afterEach(async () => t.dispose());

const wards = (over: Partial<UnitsFileInput> = {}): UnitsFileInput => ({
  fileName: 'villages-duc-xuan-bac-kan.csv',
  bytes: fixture('villages-duc-xuan-bac-kan.csv'),
  effectiveDate: '2025-09-01',
  legalBasis: 'QĐ 123/QĐ-UBND ngày 15/8/2025',
  ...over,
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

describe('importing a village list', () => {
  it('applies a list for two real communes, and a re-import changes nothing', async () => {
    const diff = await diffUnitsFile(ctx(), wards());
    expect(diff.errors).toEqual([]);
    expect(diff).toMatchObject({ kind: 'villages', scope: ['01840', '01843'], counts: { added: 6, ended: 0, unchanged: 0 } });

    const result = await importUnitsFile(ctx(), wards());
    expect(result).toMatchObject({ applied: true, sameFileBatchId: null, counts: { added: 6 } });
    const batchId = result.batchId!;
    const villages = await db.query<Record<string, unknown>>(
      `select code, level, type_code, full_name, parent_code, code_list_id, valid_from, valid_to, source, search_text
       from admin_unit where level = 'village' order by code`,
    );
    expect(villages.map((v) => `${v.code} ${v.full_name} <${v.parent_code}> ${v.type_code}`)).toEqual([
      '01840-001 Tổ dân phố 1 <01840> to_dan_pho',
      '01840-002 Tổ dân phố 2 <01840> to_dan_pho',
      '01840-003 Khu Tân Thành <01840> khu',
      '01843-001 Thôn Khuổi Cuồng <01843> thon',
      '01843-002 Bản Nà Pài <01843> ban',
      '01843-003 Thôn Xuất Tác <01843> thon',
    ]);
    expect(villages[0]).toMatchObject({
      level: 'village',
      code_list_id: 'LOCAL',
      valid_from: '2025-09-01',
      valid_to: null,
      source: `import:${batchId}`,
      search_text: '1 to dan pho 1 01840-001',
    });
    expect(await readAttributes(db, '01840-001')).toEqual(['v2025-09-01 households 312 2025-09-01…', 'v2025-09-01 population 1234 2025-09-01…']);
    expect(await readAttributes(db, '01843-003')).toEqual([]);

    const batch = await db.one<Record<string, unknown>>(`select * from unit_import_batch where id = $1`, [batchId]);
    expect(batch).toMatchObject({
      kind: 'villages',
      file_name: 'villages-duc-xuan-bac-kan.csv',
      file_sha256: createHash('sha256').update(fixture('villages-duc-xuan-bac-kan.csv')).digest('hex'),
      effective_date: '2025-09-01',
      legal_basis: 'QĐ 123/QĐ-UBND ngày 15/8/2025',
      actor,
      summary: { counts: { added: 6 }, scope: ['01840', '01843'] },
    });
    const audits = await db.query<Record<string, unknown>>(
      `select actor, action, entity, entity_key, before, after from audit_event where action = 'units.import' order by id`,
    );
    expect(audits).toHaveLength(6);
    expect(audits[0]).toMatchObject({
      actor,
      action: 'units.import',
      entity: 'admin_unit',
      entity_key: '01840-001',
      before: null,
      after: { fullName: 'Tổ dân phố 1', attributes: { population: 1234 } },
    });

    const before = await readRegisterState(db);
    const again = await importUnitsFile(ctx(), wards());
    expect(again).toMatchObject({ applied: false, batchId: null, sameFileBatchId: batchId, counts: { added: 0, unchanged: 6 } });
    expect(again.message).toContain('nothing to change');
    const renamedCopy = await importUnitsFile(ctx(), wards({ fileName: 'ban-sao.csv' }));
    expect(renamedCopy.applied).toBe(false);
    expect(await readRegisterState(db)).toEqual(before);
  });

  it('applies a later list: new figures, a retype, a rename by code, a merge with lineage', async () => {
    const first = await importUnitsFile(ctx(), wards());
    const later = [
      'Mã xã,Mã thôn,Tên thôn,Dân số,Số hộ,Mã đơn vị cũ',
      '01840,,Tổ dân phố 1,1.250,312,',
      '01840,,Tổ dân phố 2,980,250,',
      '01840,,Tổ dân phố Tân Thành,,,',
      '01843,,Thôn Khuổi Cuồng,590,140,01843-003',
      '01843,01843-002,Bản Nà Pà,,,',
    ].join('\n');
    const input = wards({ fileName: 'thon-2026.csv', bytes: csv(later), effectiveDate: '2026-01-01', legalBasis: 'NQ 45/NQ-HĐND' });
    const diff = await diffUnitsFile(ctx(), input);
    expect(diff.errors).toEqual([]);
    expect(diff.counts).toEqual({ added: 0, renamed: 1, retyped: 1, reparented: 0, ended: 1, attributes: 2, unchanged: 1 });
    expect(diff.changes.map((c) => `${c.change} ${c.code}`)).toEqual([
      'attributes 01840-001',
      'retyped 01840-003',
      'attributes 01843-001',
      'renamed 01843-002',
      'ended 01843-003',
    ]);
    expect(diff.changes.find((c) => c.code === '01843-003')?.successors).toEqual(['01843-001']);

    const result = await importUnitsFile(ctx(), input);
    expect(result.applied).toBe(true);
    const versions = await readVersions(db, ['01843-002', '01843-003', '01840-003']);
    expect(versions.map((v) => `${v.code} ${v.fullName} ${v.validFrom}…${v.validTo ?? ''} ${v.source}`)).toEqual([
      `01840-003 Khu Tân Thành 2025-09-01…2025-12-31 import:${first.batchId}`,
      `01840-003 Tổ dân phố Tân Thành 2026-01-01… import:${result.batchId}`,
      `01843-002 Bản Nà Pài 2025-09-01…2025-12-31 import:${first.batchId}`,
      `01843-002 Bản Nà Pà 2026-01-01… import:${result.batchId}`,
      `01843-003 Thôn Xuất Tác 2025-09-01…2025-12-31 import:${first.batchId}`,
    ]);
    expect(await readLineage(db, ['01843-002', '01843-001', '01840-003'])).toEqual([
      '01840-003@2025-09-01 → 01840-003@2026-01-01 full 2026-01-01 NQ 45/NQ-HĐND',
      '01843-002@2025-09-01 → 01843-002@2026-01-01 full 2026-01-01 NQ 45/NQ-HĐND',
      '01843-003@2025-09-01 → 01843-001@2025-09-01 full 2026-01-01 NQ 45/NQ-HĐND',
    ]);
    // A new value closes the old one; a closed version's figures are carried to its new version.
    expect(await readAttributes(db, '01840-001')).toEqual([
      'v2025-09-01 households 312 2025-09-01…',
      'v2025-09-01 population 1234 2025-09-01…2025-12-31',
      'v2025-09-01 population 1250 2026-01-01…',
    ]);
    expect(await readAttributes(db, '01843-002')).toEqual([
      'v2025-09-01 households 98 2025-09-01…2025-12-31',
      'v2025-09-01 population 410 2025-09-01…2025-12-31',
      'v2026-01-01 households 98 2026-01-01…',
      'v2026-01-01 population 410 2026-01-01…',
    ]);

    const state = await readRegisterState(db);
    expect((await importUnitsFile(ctx(), input)).applied).toBe(false);
    expect(await readRegisterState(db)).toEqual(state);
  });

  it('does not call units ended while rows of the file cannot be read', async () => {
    await importUnitsFile(ctx(), wards());
    const diff = await diffUnitsFile(ctx(), wards({ bytes: fixture('villages-duc-xuan-bac-kan-bad-row.csv') }));
    expect(diff.errors.map((e) => e.code)).toEqual(['bad_number']);
    expect(diff.counts).toMatchObject({ ended: 0, unchanged: 5 });
  });

  it('rejects a file with one bad row and leaves the database byte-for-byte unchanged', async () => {
    const before = await readRegisterState(db);
    const input = wards({ fileName: 'bad.csv', bytes: fixture('villages-duc-xuan-bac-kan-bad-row.csv') });
    const err = await rejection(importUnitsFile(ctx(), input));
    expect(err.code).toBe('invalid_input');
    expect(err.status).toBe(400);
    expect(err.details).toEqual([expect.objectContaining({ row: 5, field: 'Dân số', value: 'khoảng 500' })]);
    expect(await readRegisterState(db)).toEqual(before);

    const diff = await diffUnitsFile(ctx(), input);
    expect(diff.errors).toMatchObject([{ code: 'bad_number', row: 5, field: 'Dân số' }]);
  });

  it('rejects villages of a commune that is not in force, or named otherwise', async () => {
    const text = 'Mã xã,Tên xã,Tên thôn\n01840,Phường Bắc Kạn,Thôn A\n01841,,Thôn B\n';
    const err = await rejection(importUnitsFile(ctx(), wards({ bytes: csv(text) })));
    expect(err.details).toMatchObject([
      { row: 2, field: 'Tên xã', code: 'name_mismatch' },
      { row: 3, field: 'Mã xã', code: 'parent_not_in_force' },
    ]);
  });

  it('imports an XLSX written by ExcelJS with title rows and merged cells', async () => {
    const result = await importUnitsFile(ctx(), {
      fileName: 'villages-phong-quang.xlsx',
      bytes: fixture('villages-phong-quang.xlsx'),
      effectiveDate: '2025-09-01',
    });
    expect(result).toMatchObject({ applied: true, counts: { added: 4 }, diff: { file: { format: 'xlsx', sheet: 'Thôn' } } });
    const rows = await db.query<{ code: string; full_name: string }>(
      `select code, full_name from admin_unit where parent_code = '01849' and level = 'village' order by code`,
    );
    expect(rows.map((r) => `${r.code} ${r.full_name}`)).toEqual([
      '01849-001 Thôn Nà Lẻng',
      '01849-002 Thôn Khuổi Cuồng',
      '01849-003 Bản Pá Danh',
      '01849-004 Thôn Phiêng My',
    ]);
    expect(await readAttributes(db, '01849-003')).toEqual(['v2025-09-01 households 74 2025-09-01…', 'v2025-09-01 population 311 2025-09-01…']);
  });

  it('refuses an effective date earlier than history already recorded', async () => {
    await importUnitsFile(ctx(), wards({ effectiveDate: '2026-01-01' }));
    const before = await readRegisterState(db);
    const err = await rejection(importUnitsFile(ctx(), wards({ effectiveDate: '2025-10-01' })));
    expect(err.code).toBe('conflict');
    expect(err.details[0]).toMatchObject({ code: 'history_conflict', row: 2, value: '01840-001' });
    expect(err.details[0]?.message).toContain('2026-01-01');
    expect(await readRegisterState(db)).toEqual(before);
  });

  it('stores hostile text as plain text and refuses control characters', async () => {
    const ok = await importUnitsFile(ctx(), wards({ bytes: csv('Mã xã,Tên thôn\n01840,"<script>alert(1)</script>"\n') }));
    expect(ok.applied).toBe(true);
    expect((await readVersions(db, ['01840-001']))[0]?.fullName).toBe('Thôn <script>alert(1)</script>');
    const err = await rejection(importUnitsFile(ctx(), wards({ bytes: csv('Mã xã,Tên thôn\n01840,"Thôn\u0007B"\n01840,"Thôn\u001bC"\n') })));
    expect(err.code).toBe('invalid_input');
    expect(err.details).toMatchObject([
      { row: 2, field: 'Tên thôn', code: 'control_character' },
      { row: 3, field: 'Tên thôn', code: 'control_character' },
    ]);
  });

  it('applies a file once when two imports of it run at the same time', async () => {
    const results = await Promise.all([importUnitsFile(ctx(), wards()), importUnitsFile(ctx(), wards())]);
    expect(results.map((r) => r.applied).sort()).toEqual([false, true]);
    expect(await db.one(`select count(*)::int as n from admin_unit where level = 'village'`)).toEqual({ n: 6 });
  });

  it('refuses a bad effective date and files that are not spreadsheets', async () => {
    expect((await rejection(diffUnitsFile(ctx(), wards({ effectiveDate: '2025-02-30' })))).code).toBe('invalid_input');
    expect((await rejection(diffUnitsFile(ctx(), wards({ bytes: Uint8Array.from([0x50, 0x4b, 0x03, 0x04, 1, 2, 3]) })))).code).toBe('unsupported_file');
  });
});
