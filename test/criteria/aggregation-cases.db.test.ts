/**
 * regulations.md §7 TC-22 (x/y xã đạt: wards and towns excluded), TC-23 (re-basing after the 2025
 * merger: counts summed, the observations kept on the old communes) and TC-24 (plan and same-period
 * comparisons), through the functions the summary, the analytics and the reports call.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { compareWithPlan } from '../../src/domain/analytics/compare-with-plan.ts';
import { formatRatio, rebaseCounts } from '../../src/domain/analytics/rebase-counts.ts';
import { evaluateCommune } from '../../src/domain/criteria/evaluate-commune.ts';
import { countEvaluations, countsText } from '../../src/domain/criteria/summarize-evaluations.ts';
import { readFactsDocument } from '../../src/services/criteria/facts-document.ts';
import { rebaseShare } from '../../src/services/analytics/rebase-share.ts';
import { openTestDatabase, testEngine, type TestDatabase } from '../support/test-db.ts';
import { buildFactsDocument } from './build-facts.ts';

describe('TC-22: 64/110 xã đạt tiêu chí số 8, wards and towns excluded (R-AGG-1)', () => {
  it('counts 110 communes, 64 passing, and ignores 12 wards and 5 towns', () => {
    const docs = [
      ...Array.from({ length: 64 }, (_, i) => buildFactsDocument({ code: `P${i}` })),
      ...Array.from({ length: 46 }, (_, i) => buildFactsDocument({ code: `F${i}`, commune: { 'commune.postal_point_hours': 3 } })),
      ...Array.from({ length: 12 }, (_, i) => buildFactsDocument({ code: `W${i}`, type: 'ward' })),
      ...Array.from({ length: 5 }, (_, i) => buildFactsDocument({ code: `T${i}`, type: 'commune_level_town' })),
    ];
    const evaluations = docs.map((d) => evaluateCommune(readFactsDocument(d), { date: '2024-12-31' }));
    const counts = countEvaluations(evaluations);
    expect(counts).toMatchObject({ units: 127, inScope: 110, passed: 64, failed: 46, wards: 12, towns: 5, share: 58.2 });
    const e = evaluations[0];
    if (!e) throw new Error('no evaluation');
    expect(countsText(counts, e.criterion, e.setName, e.setKind).vi).toBe('64/110 xã đạt tiêu chí số 8 (58,2%)');
    expect(evaluations.find((x) => x.unit.code === 'W0')).toMatchObject({ scope: 'ward', outcome: 'not_applicable' });
  });
});

describe('TC-24: plan and same-period comparisons (R-AGG-3)', () => {
  it('revenue 1,463 against a plan of 1,354.6 and 1,350 a year earlier', () => {
    const c = compareWithPlan(1463, 1354.6, 1350);
    expect([c.percentOfPlan, c.overPlan, c.yearOnYear]).toEqual([108, 8, 8.4]);
    expect([c.text.ofPlan?.vi, c.text.overPlan?.vi, c.text.yearOnYear?.vi]).toEqual([
      'đạt 108,0% kế hoạch',
      'vượt 8,0% so với kế hoạch',
      'tăng 8,4% so với cùng kỳ',
    ]);
    expect(compareWithPlan(90, 100, 120).text.yearOnYear?.vi).toBe('giảm 25,0% so với cùng kỳ');
    expect(compareWithPlan(90, null, null).percentOfPlan).toBeNull();
  });
});

describe(`TC-23: re-basing 2024 onto a commune formed on 01/07/2025 (${testEngine})`, () => {
  let t: TestDatabase;
  beforeAll(async () => {
    t = await openTestDatabase();
    const unit = (code: string, level: string, type: string, name: string, parent: string | null, from: string | null, to: string | null) =>
      t.db.one<{ id: number }>(
        `insert into admin_unit (code, level, type_code, name, full_name, search_text, parent_code, code_list_id, valid_from, valid_to, source)
         values ($1, $2, $3, $4, $4, lower($4), $5, 'LOCAL', $6, $7, 'test') returning id`,
        [code, level, type, name, parent, from, to],
      );
    await unit('TP', 'province', 'province', 'Tỉnh Thử', null, null, null);
    await unit('TD', 'district', 'rural_district', 'Huyện Thử', 'TP', null, '2025-06-30');
    const a = await unit('TA', 'commune', 'commune', 'Xã A', 'TD', null, '2025-06-30');
    const b = await unit('TB', 'commune', 'commune', 'Xã B', 'TD', null, '2025-06-30');
    const c = await unit('TC', 'commune', 'commune', 'Xã C', 'TP', '2025-07-01', null);
    await t.db.query(
      `insert into unit_lineage (from_unit_id, to_unit_id, coverage, effective_date, source) values ($1, $3, 'full', '2025-07-01', 'test'), ($2, $3, 'full', '2025-07-01', 'test')`,
      [a.id, b.id, c.id],
    );
    const batch = await t.db.one<{ id: number }>(
      `insert into value_batch (kind, file_name, file_sha256, file_bytes, format, actor, catalogue_version, rows_read, values_inserted, values_updated, values_unchanged, summary)
       values ('file', 'tc23.csv', 'x', 1, 'csv', 'test', '2026.2', 0, 0, 0, 0, '{}') returning id`,
    );
    const value = (unitId: number, indicator: string, num: number | null, bool: boolean | null) =>
      t.db.query(
        `insert into indicator_value (unit_id, indicator_code, period, value_num, value_bool, batch_id, recorded_by) values ($1, $2, '2024', $3, $4, $5, 'test')`,
        [unitId, indicator, num, bool, batch.id],
      );
    for (const [commune, id, n, covered] of [
      ['TA', a.id, 10, 9],
      ['TB', b.id, 8, 8],
    ] as const) {
      await value(id, 'commune.villages', n, null);
      await value(id, 'commune.share_villages_mobile_broadband', Math.round((1000 * covered) / n) / 10, null);
      for (let i = 0; i < n; i++) {
        const v = await unit(`${commune}V${i}`, 'village', 'thon', `Thôn ${i + 1}`, commune, null, '2025-06-30');
        await value(v.id, 'village.mobile_broadband', null, i < covered);
      }
    }
  });
  afterAll(() => t.dispose());

  it('C (2024, re-based) = 17/18 = 94,4%, not the average 95%, labelled derived; the values stay on A and B', async () => {
    const r = await rebaseShare(
      { db: t.db, actor: 'test' },
      { unit: 'TC', at: '2025-07-01', period: '2024', indicator: 'commune.share_villages_mobile_broadband' },
    );
    expect([r.numerator, r.denominator, r.share]).toEqual([17, 18, 94.4]);
    expect(r.derived).toBe(true);
    expect(r.comparable).toBe(true);
    expect(formatRatio(r)).toBe('17/18 = 94,4%');
    expect(r.label.vi).toContain('Số liệu quy đổi từ Xã A + Xã B');
    // Not the average of the reported shares, (90 + 100) / 2 = 95.
    expect(r.share).not.toBe(95);
    const stored = await t.db.query<{ code: string; v: string }>(
      `select u.code, v.value_num::text as v from indicator_value v join admin_unit u on u.id = v.unit_id where v.indicator_code = 'commune.share_villages_mobile_broadband' order by u.code`,
    );
    expect(stored).toEqual([
      { code: 'TA', v: '90' },
      { code: 'TB', v: '100' },
    ]);
    expect(
      (await t.db.one<{ n: number }>(`select count(*)::int as n from indicator_value v join admin_unit u on u.id = v.unit_id where u.code = 'TC'`)).n,
    ).toBe(0);
  });

  it('flags a split predecessor without village-level data as not comparable', () => {
    const r = rebaseCounts([
      { code: 'A', name: 'Xã A', numerator: 9, denominator: 10, coverage: 'full' },
      { code: 'B', name: 'Xã B', numerator: 8, denominator: 8, coverage: 'partial' },
    ]);
    expect(r.comparable).toBe(false);
    expect(r.label.vi).toMatch(/^Không so sánh được/);
  });
});
