/**
 * Plan and same-period comparisons as ministry reports phrase them (R-AGG-3): "đạt p% kế hoạch" =
 * actual / plan × 100; "vượt q% so với kế hoạch" = (actual / plan − 1) × 100; "tăng r% so với cùng kỳ"
 * = (current / same period last year − 1) × 100. One decimal, Vietnamese decimal comma.
 */
import { formatNumberVi } from '../format/vi-format.ts';
import type { Bilingual } from '../indicators/indicator-types.ts';

/** The comparison figures and their phrasing. */
export interface PlanComparison {
  /** actual / plan × 100, one decimal; null without a plan. */
  percentOfPlan: number | null;
  /** (actual / plan − 1) × 100, one decimal (negative: below plan). */
  overPlan: number | null;
  /** (actual / previous − 1) × 100, one decimal (negative: decrease). */
  yearOnYear: number | null;
  text: { ofPlan: Bilingual | null; overPlan: Bilingual | null; yearOnYear: Bilingual | null };
}

const round1 = (x: number) => Math.round(x * 10) / 10;
const pct = (x: number) => `${formatNumberVi(x, 1)}%`;

/** Compares an actual figure with its plan and with the same period a year earlier. */
export function compareWithPlan(actual: number, plan: number | null, previous: number | null): PlanComparison {
  const percentOfPlan = plan !== null && plan > 0 ? round1((actual / plan) * 100) : null;
  const overPlan = plan !== null && plan > 0 ? round1((actual / plan - 1) * 100) : null;
  const yearOnYear = previous !== null && previous > 0 ? round1((actual / previous - 1) * 100) : null;
  return {
    percentOfPlan,
    overPlan,
    yearOnYear,
    text: {
      ofPlan: percentOfPlan === null ? null : { vi: `đạt ${pct(percentOfPlan)} kế hoạch`, en: `${percentOfPlan.toFixed(1)}% of plan` },
      overPlan:
        overPlan === null
          ? null
          : overPlan >= 0
            ? { vi: `vượt ${pct(overPlan)} so với kế hoạch`, en: `${overPlan.toFixed(1)}% above plan` }
            : { vi: `thấp hơn ${pct(-overPlan)} so với kế hoạch`, en: `${(-overPlan).toFixed(1)}% below plan` },
      yearOnYear:
        yearOnYear === null
          ? null
          : yearOnYear >= 0
            ? { vi: `tăng ${pct(yearOnYear)} so với cùng kỳ`, en: `up ${yearOnYear.toFixed(1)}% on the same period last year` }
            : { vi: `giảm ${pct(-yearOnYear)} so với cùng kỳ`, en: `down ${(-yearOnYear).toFixed(1)}% on the same period last year` },
    },
  };
}
