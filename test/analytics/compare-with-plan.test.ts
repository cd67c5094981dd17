/** R-AGG-3 phrasing (TC-24 and the cases around it): one function says tăng/giảm/không đổi and vượt/đạt/chưa đạt. */
import { describe, expect, it } from 'vitest';
import { compareWithPlan, figureSentence } from '../../src/domain/analytics/compare-with-plan.ts';

describe('compareWithPlan (R-AGG-3)', () => {
  it.each([
    // actual, plan, previous → ofPlan, overPlan, yearOnYear
    ['TC-24: above plan, up on last year', 1463, 1354.6, 1350, 'đạt 108,0% kế hoạch', 'vượt 8,0% so với kế hoạch', 'tăng 8,4% so với cùng kỳ'],
    ['below plan, down on last year', 90, 100, 120, 'đạt 90,0% kế hoạch', 'chưa đạt kế hoạch (thấp hơn 10,0%)', 'giảm 25,0% so với cùng kỳ'],
    ['exactly on plan, unchanged', 100, 100, 100, 'đạt 100,0% kế hoạch', 'đạt kế hoạch', 'không đổi so với cùng kỳ'],
    ['a change that rounds to 0,0% is unchanged', 100.01, 100, 100, 'đạt 100,0% kế hoạch', 'đạt kế hoạch', 'không đổi so với cùng kỳ'],
    ['no plan, no last year', 50, null, null, null, null, null],
    ['a plan of 0 gives no percentage', 50, 0, null, null, null, null],
    ['last year 0, now more', 5, null, 0, null, null, 'tăng so với cùng kỳ (cùng kỳ bằng 0)'],
    ['last year 0 and now 0', 0, null, 0, null, null, 'không đổi so với cùng kỳ'],
    ['actual 0 against a plan', 0, 10, 4, 'đạt 0,0% kế hoạch', 'chưa đạt kế hoạch (thấp hơn 100,0%)', 'giảm 100,0% so với cùng kỳ'],
  ] as const)('%s', (_name, actual, plan, previous, ofPlan, overPlan, yearOnYear) => {
    const c = compareWithPlan(actual, plan, previous);
    expect(c.text.ofPlan?.vi ?? null).toBe(ofPlan);
    expect(c.text.overPlan?.vi ?? null).toBe(overPlan);
    expect(c.text.yearOnYear?.vi ?? null).toBe(yearOnYear);
  });

  it('gives the figures and statuses the UI colours by', () => {
    expect(compareWithPlan(1463, 1354.6, 1350)).toMatchObject({ percentOfPlan: 108, overPlan: 8, yearOnYear: 8.4, planStatus: 'exceeded', trend: 'up' });
    expect(compareWithPlan(90, 100, 120)).toMatchObject({ planStatus: 'below', trend: 'down' });
    expect(compareWithPlan(90, null, null)).toMatchObject({ percentOfPlan: null, planStatus: null, trend: null });
  });

  it('speaks English too', () => {
    const c = compareWithPlan(90, 100, 120);
    expect([c.text.ofPlan?.en, c.text.overPlan?.en, c.text.yearOnYear?.en]).toEqual([
      '90.0% of plan',
      'below plan by 10.0%',
      'down 25.0% on the same period last year',
    ]);
  });

  it('writes the report sentence: "doanh thu 1.463 tỷ đồng, vượt 8% so với kế hoạch"', () => {
    const name = { vi: 'Doanh thu viễn thông', en: 'Telecom revenue' };
    const unit = { vi: 'tỷ đồng', en: 'billion VND' };
    expect(figureSentence(name, 1463, unit, 0, compareWithPlan(1463, 1354.6, 1350), 'vi')).toBe(
      'Doanh thu viễn thông 1.463 tỷ đồng, đạt 108,0% kế hoạch, vượt 8,0% so với kế hoạch, tăng 8,4% so với cùng kỳ',
    );
    expect(figureSentence({ vi: 'Tỷ lệ dân số được phủ sóng 4G', en: '4G population coverage' }, 96, { vi: '%', en: '%' }, 1, null, 'vi')).toBe(
      'Tỷ lệ dân số được phủ sóng 4G 96,0%',
    );
    // On plan: "đạt 100,0% kế hoạch" is said once.
    expect(figureSentence(name, 100, unit, 0, compareWithPlan(100, 100, null), 'vi')).toBe('Doanh thu viễn thông 100 tỷ đồng, đạt 100,0% kế hoạch');
  });
});
