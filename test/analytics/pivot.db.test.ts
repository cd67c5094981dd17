/**
 * The pivot against a built province across the 2025 reorganisation (build-analytics-fixture.ts):
 * roll-ups by the hierarchy in force, ratios of sums, which of a reported value and a roll-up wins,
 * re-basing a merged commune (TC-23) and a split one, flows to date against the same span last year,
 * plans with their decision, freshness after a write, the streamed CSV/XLSX, explain and the dashboard.
 */
import { readFileSync } from 'node:fs';
import { gunzipSync } from 'node:zlib';
import ExcelJS from 'exceljs';
import { parse } from 'csv-parse/sync';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildApp } from '../../src/http/server.ts';
import type { PivotCell, PivotResult } from '../../src/services/analytics/analytics-types.ts';
import { getDashboard } from '../../src/services/analytics/dashboard.ts';
import { DATA_VERSION_TTL_MS } from '../../src/services/serving/versioned-answers.ts';
import { explainFigure } from '../../src/services/analytics/explain-figure.ts';
import { pivot } from '../../src/services/analytics/pivot.ts';
import { rebuildAnalytics } from '../../src/services/analytics/rollups.ts';
import { readReportedValues } from '../../src/db/queries/analytics/read-figures.ts';
import { syncIndicatorCatalogue } from '../../src/services/indicators/sync-catalogue.ts';
import { AppError } from '../../src/services/errors.ts';
import { openTestDatabase, testEngine, type TestDatabase } from '../support/test-db.ts';
import { buildAnalyticsFixture, type Fixture } from './build-analytics-fixture.ts';

let t: TestDatabase;
let fx: Fixture;
const ctx = () => ({ db: t.db, actor: 'test' });
const cell = (r: PivotResult, unit: string, indicator: string, period: string): PivotCell => {
  const c = r.cells.find((x) => x.unit === unit && x.indicator === indicator && x.period === period);
  if (!c) throw new Error(`no cell ${unit} ${indicator} ${period}`);
  return c;
};

beforeAll(async () => {
  t = await openTestDatabase();
  fx = await buildAnalyticsFixture(t.db);
}, 120_000);
afterAll(() => t.dispose());

describe(`pivot: roll-ups by the hierarchy in force (${testEngine})`, () => {
  it('counts villages up to communes, the district and the province, and recomputes the share from counts (R-AGG-2)', async () => {
    const indicators = ['village.mobile_broadband', 'commune.villages', 'commune.share_villages_mobile_broadband'];
    const communes = await pivot(ctx(), { indicators, level: 'commune', parent: 'XP', periods: ['2024'], at: '2024-12-31' });
    expect(communes.units.map((u) => u.code)).toEqual(['XA', 'XB', 'XE']);
    expect(cell(communes, 'XA', 'village.mobile_broadband', '2024')).toMatchObject({ value: 9, source: 'rollup', reporting: { units: 10, expected: 10 } });
    expect(cell(communes, 'XA', 'commune.share_villages_mobile_broadband', '2024')).toMatchObject({ value: 90, numerator: 9, denominator: 10 });
    for (const level of ['district', 'province'] as const) {
      const r = await pivot(ctx(), { indicators, level, periods: ['2024'], at: '2024-12-31', units: [level === 'district' ? 'XD' : 'XP'] });
      const share = r.cells.find((c) => c.indicator === 'commune.share_villages_mobile_broadband')!;
      // 19/22 villages = 86,36%, not the average of 90%, 100% and 50%.
      expect(share).toMatchObject({ numerator: 19, denominator: 22, derived: false, comparable: true });
      expect(share.value).toBeCloseTo((100 * 19) / 22, 6);
      expect(r.cells.find((c) => c.indicator === 'village.mobile_broadband')).toMatchObject({
        value: 19,
        source: 'rollup',
        reporting: { units: 3, expected: 3 },
      });
    }
  });

  it('shows a yes/no at its own level as yes/no', async () => {
    const r = await pivot(ctx(), { indicators: ['village.mobile_broadband'], level: 'village', parent: 'XE', periods: ['2024'], at: '2024-12-31' });
    expect(r.cells.map((c) => c.value)).toEqual([true, true, false, false]);
    expect(r.cells[0]!.source).toBe('reported');
  });

  it("uses the commune's reported value over its villages' sum only where the indicator says so, and notes it", async () => {
    const r = await pivot(ctx(), {
      indicators: ['village.households', 'village.households_with_fibre'],
      level: 'commune',
      parent: 'XD',
      periods: ['2024'],
      at: '2024-12-31',
    });
    // village.households: reportedAbove 'wins' — XA reported 500 although its villages sum to 400.
    expect(cell(r, 'XA', 'village.households', '2024')).toMatchObject({ value: 500, source: 'reported' });
    expect(cell(r, 'XA', 'village.households', '2024').note?.vi).toContain('thay cho tổng cấp dưới (400)');
    expect(cell(r, 'XB', 'village.households', '2024')).toMatchObject({ value: 320, source: 'rollup' });
    // village.households_with_fibre: the default — XB's villages' sum (24) stands over its reported 50.
    expect(cell(r, 'XB', 'village.households_with_fibre', '2024')).toMatchObject({ value: 24, source: 'rollup' });
    expect(cell(r, 'XB', 'village.households_with_fibre', '2024').note?.vi).toContain('đơn vị báo cáo 50');
    // The province sums the communes' figures as chosen: 500 + 320 + 160.
    const p = await pivot(ctx(), { indicators: ['village.households'], level: 'province', units: ['XP'], periods: ['2024'], at: '2024-12-31' });
    expect(p.cells[0]!.value).toBe(980);
  });

  it('rejects a bad request naming each field', async () => {
    const err = await pivot(ctx(), {
      indicators: ['nope', 'province.telecom_revenue'],
      level: 'region' as never,
      periods: ['2024M13', '2024'],
      at: '31/12/2024',
    }).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(AppError);
    const fields = (err as AppError).details.map((d) => d.field).sort();
    expect(fields).toEqual(['at', 'indicators', 'level', 'periods']);
    const finer = await pivot(ctx(), { indicators: ['commune.villages'], level: 'commune', periods: ['2024M07'] }).catch((e: unknown) => e);
    expect((finer as AppError).details[0]).toMatchObject({ field: 'periods', value: '2024M07' });
    const unknown = await pivot(ctx(), { indicators: ['commune.villages'], level: 'commune', units: ['XA', 'ZZ'], periods: ['2024'], at: '2024-12-31' }).catch(
      (e: unknown) => e,
    );
    expect((unknown as AppError).details).toEqual([expect.objectContaining({ field: 'units', value: 'ZZ' })]);
  });
});

describe(`pivot: across the 2025 reorganisation (${testEngine})`, () => {
  it('TC-23: C (2024) = 17/18 = 94,4% from A and B, labelled derived; the values stay on A and B', async () => {
    const r = await pivot(ctx(), {
      indicators: ['commune.share_villages_mobile_broadband', 'village.mobile_broadband'],
      level: 'commune',
      units: ['XC'],
      periods: ['2024'],
      at: '2025-07-01',
    });
    const share = cell(r, 'XC', 'commune.share_villages_mobile_broadband', '2024');
    expect(share).toMatchObject({ numerator: 17, denominator: 18, source: 'rebased', derived: true, comparable: true });
    expect(share.value).toBeCloseTo(94.444, 3);
    expect(share.value).not.toBe(95);
    expect(share.note?.vi).toBe('Số liệu quy đổi từ Xã A + Xã B');
    expect(cell(r, 'XC', 'village.mobile_broadband', '2024')).toMatchObject({ value: 17, source: 'rebased', derived: true });
    const onC = await t.db.one<{ n: number }>(`select count(*)::int as n from indicator_value where unit_id = $1`, [fx.ids.XC!]);
    expect(onC.n).toBe(0);
  });

  it('re-bases a commune formed from part of a split one from its villages, and marks the rest not comparable', async () => {
    const r = await pivot(ctx(), {
      indicators: ['village.mobile_broadband', 'commune.share_villages_mobile_broadband', 'commune.dossiers_total'],
      level: 'commune',
      parent: 'XP',
      periods: ['2024'],
      at: '2025-07-01',
    });
    expect(r.units.map((u) => u.code)).toEqual(['XC', 'XF', 'XG']);
    // XF was formed with villages XE.1 and XE.2 (both covered in 2024); XG with XE.3 and XE.4 (neither).
    expect(cell(r, 'XF', 'village.mobile_broadband', '2024')).toMatchObject({ value: 2, source: 'rebased', derived: true, comparable: true });
    expect(cell(r, 'XF', 'commune.share_villages_mobile_broadband', '2024')).toMatchObject({ value: 100, numerator: 2, denominator: 2, comparable: true });
    expect(cell(r, 'XG', 'commune.share_villages_mobile_broadband', '2024')).toMatchObject({ value: 0, numerator: 0, denominator: 2 });
    expect(cell(r, 'XF', 'village.mobile_broadband', '2024').note?.vi).toBe('Số liệu quy đổi từ 2 thôn, bản của Xã E nay thuộc Xã F');
    // A figure kept only for the whole commune cannot be divided between its successors.
    const dossiers = cell(r, 'XF', 'commune.dossiers_total', '2024');
    expect(dossiers).toMatchObject({ value: null, comparable: false, derived: true });
    expect(dossiers.note?.vi).toMatch(/^Không so sánh được/);
  });

  it("counts a commune's villages from the register where it did not report them, and gives nothing without a village list", async () => {
    const r = await pivot(ctx(), { indicators: ['commune.villages'], level: 'commune', parent: 'XP', periods: ['2025'], at: '2025-12-31' });
    expect(r.cells.map((c) => [c.unit, c.value, c.source])).toEqual([
      ['XC', null, 'none'],
      ['XF', 2, 'register'],
      ['XG', 2, 'register'],
    ]);
  });

  it('the province keeps its history: 2024 on the units of 2025 sums the same villages', async () => {
    const r = await pivot(ctx(), { indicators: ['village.mobile_broadband'], level: 'province', units: ['XP'], periods: ['2024'], at: '2025-07-01' });
    expect(r.cells[0]).toMatchObject({ value: 19, derived: false });
  });
});

describe(`pivot: periods, plans and comparisons (${testEngine})`, () => {
  it('sums a flow over its months, and compares a year in progress with the same months last year', async () => {
    const r = await pivot(ctx(), {
      indicators: ['province.telecom_revenue'],
      level: 'province',
      units: ['XP'],
      periods: ['2024', '2025'],
      at: '2025-12-31',
      series: 'both',
      compare: true,
    });
    const y2024 = cell(r, 'XP', 'province.telecom_revenue', '2024');
    expect(y2024).toMatchObject({ value: 1278, plan: 1354.6, from: ['2024M01', '2024M12'] });
    const y2025 = cell(r, 'XP', 'province.telecom_revenue', '2025');
    // January–October 2025 = 1155; January–October 2024 = 1055.
    expect(y2025).toMatchObject({ value: 1155, previous: 1055, plan: 1400, from: ['2025M01', '2025M10'] });
    expect(y2025.comparison?.text.yearOnYear?.vi).toBe('tăng 9,5% so với cùng kỳ');
    expect(y2025.comparison?.text.ofPlan?.vi).toBe('đạt 82,5% kế hoạch');
  });

  it('takes the quarters a commune reported for a year of a flow, and a ratio of their sums', async () => {
    const r = await pivot(ctx(), {
      indicators: ['commune.share_dossiers_online', 'commune.dossiers_total'],
      level: 'commune',
      units: ['XA'],
      periods: ['2024', '2024Q2'],
      at: '2024-12-31',
    });
    expect(cell(r, 'XA', 'commune.dossiers_total', '2024')).toMatchObject({ value: 300, from: ['2024Q1', '2024Q3'] });
    expect(cell(r, 'XA', 'commune.share_dossiers_online', '2024').value).toBeCloseTo(50, 6);
    expect(cell(r, 'XA', 'commune.share_dossiers_online', '2024Q2').value).toBeCloseTo(50, 6);
  });

  it('compares a share of flows with last year from summed counts, for a whole year and for a year to date', async () => {
    const q = (period: string, total: number, online: number) => [
      { unit: 'XB', indicatorCode: 'commune.dossiers_total', period, value: total },
      { unit: 'XB', indicatorCode: 'commune.dossiers_online', period, value: online },
    ];
    // 2020 by halves (the whole year: 50 of 200 = 25%); 2021 by halves (150 of 300 = 50%).
    // 2019 by quarters Q1–Q2 only (a year to date: 30 of 100 = 30%); 2018's Q1–Q2: 10 of 100 = 10%, Q3: 90 of 100.
    await fx.store([
      ...q('2020S1', 100, 20), ...q('2020S2', 100, 30), ...q('2021S1', 100, 50), ...q('2021S2', 200, 100),
      ...q('2018Q1', 50, 5), ...q('2018Q2', 50, 5), ...q('2018Q3', 100, 90), ...q('2019Q1', 40, 10), ...q('2019Q2', 60, 20),
    ]);
    const r = await pivot(ctx(), { indicators: ['commune.share_dossiers_online'], level: 'commune', units: ['XB'], periods: ['2021', '2019'], at: '2021-12-31', compare: true });
    const y2021 = cell(r, 'XB', 'commune.share_dossiers_online', '2021');
    expect(y2021).toMatchObject({ value: 50, previous: 25, from: ['2021S1', '2021S2'] });
    expect(y2021.comparison?.yearOnYear).toBe(100);
    const y2019 = cell(r, 'XB', 'commune.share_dossiers_online', '2019');
    expect(y2019).toMatchObject({ value: 30, previous: 10, from: ['2019Q1', '2019Q2'] });
  });

  it('reads a flow from the coarsest kind of sub-period stored and a stock from its last sub-period', async () => {
    await fx.store([
      // A flow: quarters and months in 2023 — the year is the quarters' sum, the second half the months'.
      { unit: 'XB', indicatorCode: 'commune.dossiers_total', period: '2023Q1', value: 100 },
      { unit: 'XB', indicatorCode: 'commune.dossiers_total', period: '2023Q2', value: 50 },
      { unit: 'XB', indicatorCode: 'commune.dossiers_total', period: '2023M07', value: 10 },
      { unit: 'XB', indicatorCode: 'commune.dossiers_total', period: '2023M08', value: 20 },
      { unit: 'XE', indicatorCode: 'commune.dossiers_total', period: '2023', value: 999 },
      { unit: 'XE', indicatorCode: 'commune.dossiers_total', period: '2023M03', value: 5 },
      // A stock: the last sub-period with a value; on the same last month, the coarser one.
      { unit: 'XE', indicatorCode: 'village.households', period: '2023Q1', value: 10 },
      { unit: 'XE', indicatorCode: 'village.households', period: '2023M05', value: 12 },
      { unit: 'XE', indicatorCode: 'village.households', period: '2023Q2', value: 11 },
      { unit: 'XE', indicatorCode: 'village.households', period: '2023Q4', value: 14 },
      { unit: 'XE', indicatorCode: 'village.households', period: '2023S2', value: 13 },
    ]);
    const rows = await readReportedValues(
      t.db,
      [fx.ids.XB!, fx.ids.XE!],
      ['commune.dossiers_total', 'village.households'],
      ['commune.dossiers_total'],
      ['2023', '2023S1', '2023S2', '2023Q1'],
      '',
      ['actual'],
    );
    const get = (unit: string, indicator: string, period: string) =>
      rows.find((r) => r.unitId === fx.ids[unit] && r.indicator === indicator && r.period === period);
    expect(get('XB', 'commune.dossiers_total', '2023')).toMatchObject({ num: 150, fromMin: '2023Q1', fromMax: '2023Q2' });
    expect(get('XB', 'commune.dossiers_total', '2023S1')).toMatchObject({ num: 150, fromMin: '2023Q1', fromMax: '2023Q2' });
    expect(get('XB', 'commune.dossiers_total', '2023S2')).toMatchObject({ num: 30, fromMin: '2023M07', fromMax: '2023M08' });
    expect(get('XB', 'commune.dossiers_total', '2023Q1')).toMatchObject({ num: 100, fromMin: null, fromMax: null });
    expect(get('XE', 'commune.dossiers_total', '2023')).toMatchObject({ num: 999, fromMin: null, fromMax: null });
    expect(get('XE', 'commune.dossiers_total', '2023Q1')).toMatchObject({ num: 5, fromMin: '2023M03', fromMax: '2023M03' });
    expect(get('XE', 'village.households', '2023')).toMatchObject({ num: 13, fromMin: '2023S2', fromMax: '2023S2' });
    expect(get('XE', 'village.households', '2023S1')).toMatchObject({ num: 11, fromMin: '2023Q2' });
    expect(get('XE', 'village.households', '2023S2')).toMatchObject({ num: 13, fromMin: null });
    expect(get('XE', 'village.households', '2023Q1')).toMatchObject({ num: 10, fromMin: null });
    expect(rows.filter((r) => r.unitId === fx.ids.XB && r.indicator === 'village.households')).toEqual([]);
  });

  it('keeps the decision that set a plan with its batch', async () => {
    const e = await explainFigure(ctx(), { unit: 'XP', indicator: 'province.telecom_revenue', period: '2024', at: '2024-12-31', series: 'plan' });
    expect(e.parts[0]!.values).toEqual([
      expect.objectContaining({ period: '2024', value: 1354.6, decision: 'Quyết định số 25/QĐ-UBND ngày 15/01/2024 (thử)' }),
    ]);
  });
});

describe(`freshness, provenance, export, dashboard (${testEngine})`, () => {
  it('shows a stored value in the next pivot, with no rebuild; a rebuild gives the same figures', async () => {
    const ask = () => pivot(ctx(), { indicators: ['village.mobile_broadband'], level: 'province', units: ['XP'], periods: ['2024'], at: '2024-12-31' });
    expect((await ask()).cells[0]!.value).toBe(19);
    await fx.store([{ unit: 'XE.3', indicatorCode: 'village.mobile_broadband', period: '2024', value: true }]);
    expect((await ask()).cells[0]!.value).toBe(20);
    const read = (table: string) =>
      t.db.query(`select unit_id, indicator_code, period, breakdown, series, value_num::float8 as v${table === 'indicator_flow_total' ? ', from_min, from_max' : ''}
                    from ${table} order by 1, 2, 3, 4, 5`);
    const before = await read('indicator_rollup');
    const totalsBefore = await read('indicator_flow_total');
    expect(totalsBefore.length).toBeGreaterThan(0);
    await rebuildAnalytics(t.db, 'test');
    expect(await read('indicator_rollup')).toEqual(before);
    expect(await read('indicator_flow_total')).toEqual(totalsBefore);
    // Migration 0007 fills the table from values stored before it, by the same rule.
    const migration = readFileSync(new URL('../../src/db/migrations/0007-flow-totals.sql', import.meta.url), 'utf8');
    await t.db.exec('delete from indicator_flow_total');
    await t.db.exec(migration.slice(migration.indexOf('insert into indicator_flow_total')));
    expect(await read('indicator_flow_total')).toEqual(totalsBefore);
  });

  it('recomputes the kept flow sums when the catalogue it follows changes', async () => {
    const count = async () =>
      (await t.db.one<{ n: number }>(`select count(*)::int as n from indicator_flow_total where indicator_code = 'province.telecom_revenue'`)).n;
    const before = await count();
    expect(before).toBeGreaterThan(0);
    await t.db.exec(`delete from indicator_flow_total where indicator_code = 'province.telecom_revenue'`);
    await t.db.exec(`update indicator set catalogue_version = 'older' where code = 'province.telecom_revenue'`);
    await syncIndicatorCatalogue(t.db);
    expect(await count()).toBe(before);
  });

  it('keeps the sums of a flow over longer periods, as stored on write', async () => {
    const rows = await t.db.query<{ period: string; v: number; from_min: string | null; from_max: string | null }>(
      `select t.period, t.value_num::float8 as v, t.from_min, t.from_max from indicator_flow_total t join admin_unit u on u.id = t.unit_id
        where u.code = 'XP' and t.indicator_code = 'province.telecom_revenue' and t.series = 'actual' and t.period in ('2024', '2024S1', '2024M03')
        order by t.period`,
    );
    expect(rows.map((r) => [r.period, r.from_min, r.from_max])).toEqual([
      ['2024', '2024M01', '2024M12'],
      ['2024M03', null, null],
      ['2024S1', '2024M01', '2024M06'],
    ]);
    expect(rows[0]!.v).toBe(1278);
  });

  it('explains a re-based figure down to the values and the villages behind it', async () => {
    const e = await explainFigure(ctx(), { unit: 'XC', indicator: 'commune.share_villages_mobile_broadband', period: '2024', at: '2025-07-01' });
    expect(e.inputs).toEqual(['village.mobile_broadband', 'commune.villages']);
    expect(e.parts.map((p) => [p.unit.code, p.whole, p.observedOn])).toEqual([
      ['XA', true, '2024-12-31'],
      ['XB', true, '2024-12-31'],
    ]);
    expect(e.parts[0]!.values.map((v) => `${v.indicator}=${String(v.value)}`)).toEqual(['commune.villages=10']);
    const villages = e.parts[0]!.below?.cells.filter((c) => c.indicator === 'village.mobile_broadband') ?? [];
    expect(villages.filter((c) => c.value === true)).toHaveLength(9);
    expect(villages.find((c) => c.value === false)?.unit).toBe('XA.10');
  });

  it('streams CSV and XLSX over HTTP, every row, serves the dashboard (gzip when asked), and answers a bad request with a 400 naming the field', async () => {
    const app = await buildApp({ db: t.db });
    try {
      const q = 'indicators=village.mobile_broadband,commune.share_villages_mobile_broadband&level=village&parent=XP&periods=2023..2024&at=2024-12-31';
      const csv = await app.inject({ method: 'GET', url: `/api/analytics/pivot?${q}&format=csv` });
      expect(csv.statusCode).toBe(200);
      expect(csv.headers['content-type']).toContain('text/csv');
      const rows = parse(csv.rawPayload, { bom: true, columns: true }) as Record<string, string>[];
      expect(rows).toHaveLength(22 * 2 * 2);
      expect(rows.find((r) => r['Mã đơn vị'] === 'XA.1' && r['Mã chỉ tiêu'] === 'village.mobile_broadband' && r['Kỳ'] === '2024')).toMatchObject({
        'Giá trị': 'có',
        Nguồn: 'số liệu báo cáo',
      });
      const xlsx = await app.inject({ method: 'GET', url: `/api/analytics/pivot?${q}&format=xlsx&lang=en` });
      expect(xlsx.statusCode).toBe(200);
      const book = new ExcelJS.Workbook();
      await book.xlsx.load(xlsx.rawPayload as unknown as ArrayBuffer);
      expect(book.getWorksheet('Figures')!.rowCount).toBe(1 + 22 * 2 * 2);
      const json = await app.inject({ method: 'GET', url: `/api/analytics/pivot?${q}` });
      expect((JSON.parse(json.payload) as PivotResult).cells).toHaveLength(88);
      const plain = await app.inject({ method: 'GET', url: '/api/analytics/dashboard?unit=XP&year=2024' });
      const zipped = await app.inject({ method: 'GET', url: '/api/analytics/dashboard?unit=XP&year=2024', headers: { 'accept-encoding': 'gzip, br' } });
      expect(zipped.headers['content-encoding']).toBe('gzip');
      expect(JSON.parse(gunzipSync(zipped.rawPayload).toString('utf8'))).toEqual(plain.json());
      expect((plain.json() as { unit: { code: string } }).unit.code).toBe('XP');
      const bad = await app.inject({ method: 'GET', url: '/api/analytics/pivot?indicators=nope&level=province&periods=2024' });
      expect(bad.statusCode).toBe(400);
      expect(bad.json()).toMatchObject({ error: { code: 'invalid_input', details: [expect.objectContaining({ field: 'indicators', value: 'nope' })] } });
    } finally {
      await app.close();
    }
  });

  it('builds the dashboard of a province: key figures phrased, trend re-based, communes below', async () => {
    const d = await getDashboard(ctx(), { unit: 'XP', year: 2025 });
    const revenue = d.keyFigures.find((k) => k.indicator.code === 'province.telecom_revenue')!;
    expect(revenue.periodLabel.vi).toBe('10 tháng đầu năm 2025');
    expect(revenue.text.vi).toContain('đạt 82,5% kế hoạch');
    expect(d.children?.units.map((u) => u.code)).toEqual(['XC', 'XF', 'XG']);
    const trend = d.trends.find((x) => x.indicator.code === 'village.mobile_broadband' || x.indicator.code === 'commune.share_villages_mobile_broadband')!;
    expect(trend.points.find((p) => p.period === '2024')).toMatchObject({ derived: false });
    const past = await getDashboard(ctx(), { unit: 'XP', year: 2024 });
    expect(past.coverage).toMatchObject({ covered: 20, total: 22 });
    expect(past.coverage?.text.vi).toBe('20/22 thôn, bản được phủ sóng băng rộng di động (90,9%)');
    const gone = await getDashboard(ctx(), { unit: 'XA', year: 2025 }).catch((e: unknown) => e);
    expect((gone as AppError).details[0]).toMatchObject({ field: 'unit', value: 'XA' });
  });

  it('builds a dashboard once for clients asking at the same time, and again after a write', async () => {
    const ask = () => getDashboard(ctx(), { unit: 'XP', year: 2023 });
    const [a, b, c] = await Promise.all([ask(), ask(), ask()]);
    expect(b).toBe(a);
    expect(c).toBe(a);
    expect(await ask()).toBe(a);
    await fx.store([{ unit: 'XP', indicatorCode: 'province.telecom_revenue', period: '2023M01', value: 7 }]);
    await new Promise((resolve) => setTimeout(resolve, DATA_VERSION_TTL_MS + 50));
    const after = await ask();
    expect(after).not.toBe(a);
    const revenue = (d: typeof a) => d.keyFigures.find((k) => k.indicator.code === 'province.telecom_revenue')!.cell.value as number | null;
    expect(revenue(after)).toBe((revenue(a) ?? 0) + 7);
  });
});
