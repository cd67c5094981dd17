/**
 * regulations.md §7 TC-22 (x/y xã đạt: wards and towns excluded), TC-23 (re-basing after the 2025
 * merger: counts summed, the observations kept on the old communes) and TC-24 (plan and same-period
 * comparisons), through the functions the summary, the analytics and the reports call.
 */
import { describe, expect, it } from 'vitest';
import { compareWithPlan } from '../../src/domain/analytics/compare-with-plan.ts';
import { evaluateCommune } from '../../src/domain/criteria/evaluate-commune.ts';
import { countEvaluations, countsText } from '../../src/domain/criteria/summarize-evaluations.ts';
import { readFactsDocument } from '../../src/services/criteria/facts-document.ts';
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

// TC-23 (re-basing a merged commune, and a split one) is checked through the pivot the dashboard,
// the API and the reports read: test/analytics/pivot.db.test.ts.
