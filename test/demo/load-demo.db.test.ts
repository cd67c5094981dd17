import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildDemoDataset } from '../../src/domain/demo/generate-demo.ts';
import { DEMO_VERSION } from '../../src/domain/demo/demo-scope.ts';
import { loadDemoData, type DemoLoadResult } from '../../src/services/demo/load-demo.ts';
import { loadDemoSnapshot } from '../../src/services/demo/load-demo-snapshot.ts';
import { openTestDatabase, type TestDatabase } from '../support/test-db.ts';
import { findBreakdownMismatches, findCoverageDrops, findCrossCheckFailures, findInvalidRecords, findVillageCountMismatches, unitsOf } from './demo-checks.ts';

// The whole demo is loaded once (tens of seconds on the embedded engine) and every test reads it.
const LOAD_TIMEOUT = 240_000;

let t: TestDatabase;
let first: DemoLoadResult;
beforeAll(async () => {
  t = await openTestDatabase();
  first = await loadDemoData({ db: t.db, actor: 'test' });
}, LOAD_TIMEOUT);
afterAll(() => t.dispose());

const count = async (sql: string, params: unknown[] = []) => (await t.db.one<{ n: number }>(sql, params as never)).n;

describe('loadDemoData', () => {
  it('loads villages and values for 2016–2026 within the volume budget', () => {
    expect(first.loaded).toBe(true);
    expect(first.villages.total).toBeGreaterThan(3000);
    expect(first.villages.versionsCreated).toBe(first.villages.versions);
    expect(first.values.inserted).toBe(first.values.generated);
    expect(first.values.generated).toBeGreaterThan(300_000);
    expect(first.values.generated).toBeLessThan(460_000);
    expect(first.values.plans).toBeGreaterThan(1000);
  });

  it('labels what it adds as demo data: village source, lineage source, batch kind, audit events', async () => {
    expect(await count(`select count(*)::int as n from admin_unit where level = 'village' and source = 'demo'`)).toBe(first.villages.versions);
    expect(await count(`select count(*)::int as n from unit_lineage where source = 'demo' and coverage = 'full'`)).toBe(first.villages.lineageCreated);
    expect(await count(`select count(*)::int as n from audit_event where action = 'demo.villages'`)).toBe(first.villages.versions);
    const batch = await t.db.one<{ kind: string; file_name: string; rows_read: number; summary: { label: { vi: string } } }>(`select * from value_batch`);
    expect(batch).toMatchObject({ kind: 'demo', file_name: `ictmon demo ${DEMO_VERSION}`, rows_read: first.values.generated });
    expect(batch.summary.label.vi).toBe('dữ liệu minh họa');
    expect(await count(`select count(*)::int as n from indicator_value where status <> 'approved'`)).toBe(0);
  });

  it('carries the villages of an old commune to the commune of 01/07/2025, with a full lineage edge each', async () => {
    // Xã Vân Tùng (01954, Bắc Kạn) became part of xã Ngân Sơn (01954, Thái Nguyên) on 01/07/2025.
    const before = await count(`select count(*)::int as n from admin_unit where level = 'village' and parent_code = '01954' and valid_to = '2025-06-30'`);
    const moved = await count(
      `select count(*)::int as n from unit_lineage l join admin_unit o on o.id = l.from_unit_id join admin_unit n on n.id = l.to_unit_id
        where o.parent_code = '01954' and o.level = 'village' and n.parent_code = '01954' and n.valid_from = '2025-07-01' and l.effective_date = '2025-07-01'`,
    );
    expect(before).toBeGreaterThanOrEqual(5);
    expect(moved).toBe(before);
    // every village in force on 30/06/2025 under a commune that continues goes on
    const stranded = await count(
      `select count(*)::int as n from admin_unit v
        where v.source = 'demo' and v.valid_to = '2025-06-30'
          and not exists (select 1 from unit_lineage l where l.from_unit_id = v.id)`,
    );
    expect(stranded).toBe(0);
  });

  it('stores operator parts that add up to the revenue total, and coverage that never falls across the reform', async () => {
    const unbalanced = await count(
      `select count(*)::int as n from (
         select t.unit_id, t.period, t.series, t.value_num, sum(p.value_num) as parts
           from indicator_value t join indicator_value p
             on p.unit_id = t.unit_id and p.indicator_code = t.indicator_code and p.period = t.period and p.series = t.series and p.breakdown like 'operator=%'
          where t.indicator_code = 'province.telecom_revenue' and t.breakdown = ''
          group by 1, 2, 3, 4) x
        where x.value_num <> x.parts`,
    );
    expect(unbalanced).toBe(0);
    const lost = await count(
      `select count(*)::int as n from unit_lineage l
         join indicator_value o on o.unit_id = l.from_unit_id and o.indicator_code = 'village.mobile_broadband' and o.breakdown = '' and o.period = '2024'
         join indicator_value n on n.unit_id = l.to_unit_id and n.indicator_code = 'village.mobile_broadband' and n.breakdown = '' and n.period = '2025'
        where l.source = 'demo' and o.value_bool and not n.value_bool`,
    );
    expect(lost).toBe(0);
  });

  it(
    'generates records that all validate, add up and keep coverage, over the whole register',
    async () => {
      const { snapshot } = await loadDemoSnapshot(t.db);
      const dataset = buildDemoDataset(snapshot);
      const records = [...dataset.records()].flat();
      expect(records).toHaveLength(first.values.generated);
      const units = unitsOf(snapshot, dataset.villages);
      expect(findInvalidRecords(records, units).slice(0, 10)).toEqual([]);
      expect(findBreakdownMismatches(records).slice(0, 10)).toEqual([]);
      expect(findCrossCheckFailures(records).slice(0, 10)).toEqual([]);
      expect(findCoverageDrops(records, dataset.villages).slice(0, 10)).toEqual([]);
      expect(findVillageCountMismatches(records, units, snapshot).slice(0, 10)).toEqual([]);
    },
    LOAD_TIMEOUT,
  );

  it(
    'changes nothing when run again, and does nothing with ifEmpty once values exist',
    async () => {
      const again = await loadDemoData({ db: t.db, actor: 'test' });
      expect(again.villages).toMatchObject({ versionsCreated: 0, lineageCreated: 0 });
      expect(again.values).toMatchObject({ inserted: 0, updated: 0, unchanged: first.values.generated });
      expect(again.values.batchId).toBeUndefined();
      expect(await count(`select count(*)::int as n from value_batch`)).toBe(1);
      const skipped = await loadDemoData({ db: t.db, actor: 'test' }, { ifEmpty: true });
      expect(skipped).toMatchObject({ loaded: false, skipped: 'values_present' });
    },
    LOAD_TIMEOUT,
  );

  it('refuses to mix demo figures with imported ones', async () => {
    await t.db.query(
      `insert into value_batch (kind, file_name, file_sha256, file_bytes, format, actor, catalogue_version, rows_read, values_inserted, values_updated, values_unchanged, summary)
       values ('file', 'real.csv', 'x', 1, 'csv', 'test', '2026.1', 0, 0, 0, 0, '{}')`,
    );
    await expect(loadDemoData({ db: t.db, actor: 'test' })).rejects.toMatchObject({ code: 'conflict' });
  });
});
