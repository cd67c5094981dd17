/**
 * A small province across the 2025 reorganisation, for the analytics tests. Before 01/07/2025: province
 * XP → district XD → communes XA (10 villages, 9 with mobile broadband), XB (8 villages, all covered) and
 * XE (4 villages, 2 covered). From 01/07/2025: XC = XA + XB whole (TC-23), XE split into XF and XG
 * (its villages 1–2 go to XF, 3–4 to XG, with their own lineage).
 * Values are stored through the same path as an import (storeValueRecords), so the roll-ups are the
 * ones kept fresh on write, not a rebuild.
 */
import type { Database } from '../../src/db/database.ts';
import type { ValueRecord } from '../../src/domain/values/value-types.ts';
import { rebuildAnalytics } from '../../src/services/analytics/rollups.ts';
import { storeValueRecords } from '../../src/services/values/store-values.ts';

export interface Fixture {
  ids: Record<string, number>;
  store(
    records: Array<Omit<ValueRecord, 'unitId' | 'breakdown' | 'series'> & { unit: string; series?: 'actual' | 'plan'; breakdown?: string }>,
    decision?: string,
  ): Promise<number | undefined>;
}

/** Builds the units and the 2024–2025 values; returns ids by code and a writer for more values. */
export async function buildAnalyticsFixture(db: Database): Promise<Fixture> {
  const ids: Record<string, number> = {};
  const unit = async (code: string, level: string, type: string, name: string, parent: string | null, from: string | null, to: string | null) => {
    const r = await db.one<{ id: number }>(
      `insert into admin_unit (code, level, type_code, name, full_name, search_text, parent_code, code_list_id, valid_from, valid_to, source)
       values ($1, $2, $3, $4, $4, lower($4), $5, 'LOCAL', $6, $7, 'test') returning id`,
      [code, level, type, name, parent, from, to],
    );
    ids[`${code}@${from ?? 'start'}`] = r.id;
    ids[code] = r.id;
    return r.id;
  };
  await unit('XP', 'province', 'province', 'Tỉnh Thử', null, null, null);
  await unit('XD', 'district', 'rural_district', 'Huyện Thử', 'XP', null, '2025-06-30');
  const villagesOf: Record<string, { n: number; covered: number }> = { XA: { n: 10, covered: 9 }, XB: { n: 8, covered: 8 }, XE: { n: 4, covered: 2 } };
  for (const [c, name] of [
    ['XA', 'Xã A'],
    ['XB', 'Xã B'],
    ['XE', 'Xã E'],
  ] as const) {
    await unit(c, 'commune', 'commune', name, 'XD', null, '2025-06-30');
    for (let i = 0; i < villagesOf[c]!.n; i++) await unit(`${c}.${i + 1}`, 'village', 'thon', `Thôn ${i + 1}`, c, null, '2025-06-30');
  }
  for (const [c, name] of [
    ['XC', 'Xã C'],
    ['XF', 'Xã F'],
    ['XG', 'Xã G'],
  ] as const) {
    await unit(c, 'commune', 'commune', name, 'XP', '2025-07-01', null);
  }
  const edge = (from: string, to: string, coverage: 'full' | 'partial') =>
    db.query(
      `insert into unit_lineage (from_unit_id, to_unit_id, coverage, effective_date, legal_basis, source) values ($1, $2, $3, '2025-07-01', 'NQ thử', 'test')`,
      [ids[from]!, ids[to]!, coverage],
    );
  await edge('XA', 'XC', 'full');
  await edge('XB', 'XC', 'full');
  await edge('XE', 'XF', 'partial');
  await edge('XE', 'XG', 'partial');
  // XE's villages go on, two into XF and two into XG, each with its own lineage.
  for (const [i, to] of [
    [1, 'XF'],
    [2, 'XF'],
    [3, 'XG'],
    [4, 'XG'],
  ] as const) {
    const code = `${to}.${i}`;
    await unit(code, 'village', 'thon', `Thôn ${i}`, to, '2025-07-01', null);
    await edge(`XE.${i}`, code, 'full');
  }
  // The units changed outside the import paths: rebuild the flattened hierarchy once.
  await rebuildAnalytics(db, 'test');

  let batch = 0;
  const fixture: Fixture = {
    ids,
    async store(records, decision) {
      batch += 1;
      const rows: ValueRecord[] = records.map((r) => ({
        unitId: ids[r.unit]!,
        indicatorCode: r.indicatorCode,
        period: r.period,
        breakdown: r.breakdown ?? '',
        series: r.series ?? 'actual',
        value: r.value,
      }));
      const result = await storeValueRecords({ db, actor: 'test' }, [rows], {
        kind: 'file',
        fileName: `fixture-${batch}.csv`,
        fileSha256: `fixture-${batch}-${Date.now()}`,
        fileBytes: 1,
        format: 'csv',
        actor: 'test',
        catalogueVersion: 'test',
        rowsRead: rows.length,
        summary: {},
        ...(decision ? { decision } : {}),
      });
      return result.batchId;
    },
  };

  const values: Parameters<Fixture['store']>[0] = [];
  for (const [c, { n, covered }] of Object.entries(villagesOf)) {
    values.push({ unit: c, indicatorCode: 'commune.villages', period: '2024', value: n });
    for (let i = 0; i < n; i++) {
      values.push({ unit: `${c}.${i + 1}`, indicatorCode: 'village.mobile_broadband', period: '2024', value: i < covered });
      values.push({ unit: `${c}.${i + 1}`, indicatorCode: 'village.households', period: '2024', value: 40 });
      values.push({ unit: `${c}.${i + 1}`, indicatorCode: 'village.households_with_fibre', period: '2024', value: 3 });
    }
  }
  // A commune reporting its own households (the statistics office's count wins over the villages' sum)…
  values.push({ unit: 'XA', indicatorCode: 'village.households', period: '2024', value: 500 });
  // …and its own fibre households (the villages' sum stands; the commune's figure only fills gaps).
  values.push({ unit: 'XB', indicatorCode: 'village.households_with_fibre', period: '2024', value: 50 });
  // Province revenue by month: all of 2024, January–October 2025.
  for (let m = 1; m <= 12; m++)
    values.push({ unit: 'XP', indicatorCode: 'province.telecom_revenue', period: `2024M${String(m).padStart(2, '0')}`, value: 100 + m });
  for (let m = 1; m <= 10; m++)
    values.push({ unit: 'XP', indicatorCode: 'province.telecom_revenue', period: `2025M${String(m).padStart(2, '0')}`, value: 110 + m });
  // Dossiers of XA by quarter (a flow); XA's Q4 is missing.
  for (const [q, total, online] of [
    [1, 100, 40],
    [2, 120, 60],
    [3, 80, 50],
  ] as const) {
    values.push({ unit: 'XA', indicatorCode: 'commune.dossiers_total', period: `2024Q${q}`, value: total });
    values.push({ unit: 'XA', indicatorCode: 'commune.dossiers_online', period: `2024Q${q}`, value: online });
  }
  await fixture.store(values);
  await fixture.store(
    [
      { unit: 'XP', indicatorCode: 'province.telecom_revenue', period: '2024', value: 1354.6, series: 'plan' },
      { unit: 'XP', indicatorCode: 'province.telecom_revenue', period: '2025', value: 1400, series: 'plan' },
    ],
    'Quyết định số 25/QĐ-UBND ngày 15/01/2024 (thử)',
  );
  return fixture;
}
