/**
 * Plan and same-period comparisons as ministry reports phrase them (R-AGG-3): "đạt p% kế hoạch" =
 * actual / plan × 100; "vượt q% so với kế hoạch" = (actual / plan − 1) × 100; "tăng r% so với cùng kỳ"
 * = (current / same period last year − 1) × 100. One decimal, Vietnamese decimal comma. The only place
 * these words are chosen (tăng / giảm / không đổi; vượt / đạt / chưa đạt): the UI, the API, the CLI and
 * the reports all take them from here.
 */
import { formatNumberVi } from '../format/vi-format.ts';
import type { Bilingual } from '../indicators/indicator-types.ts';

/** Where the actual stands against the plan: above it, on it (to one decimal), below it; null without a usable plan. */
export type PlanStatus = 'exceeded' | 'met' | 'below';
/** Which way the figure moved on the same period last year; null when last year is unknown. */
export type Trend = 'up' | 'down' | 'unchanged';

/** The comparison figures and their phrasing. */
export interface PlanComparison {
  /** actual / plan × 100, one decimal; null without a plan (or a plan of 0). */
  percentOfPlan: number | null;
  /** (actual / plan − 1) × 100, one decimal (negative: below plan). */
  overPlan: number | null;
  /** (actual / previous − 1) × 100, one decimal (negative: decrease); null when last year is unknown or 0. */
  yearOnYear: number | null;
  planStatus: PlanStatus | null;
  trend: Trend | null;
  text: { ofPlan: Bilingual | null; overPlan: Bilingual | null; yearOnYear: Bilingual | null };
}

const round1 = (x: number) => Math.round(x * 10) / 10;
const pct = (x: number) => `${formatNumberVi(x, 1)}%`;
const pctEn = (x: number) => `${x.toFixed(1)}%`;

/** Compares an actual figure with its plan and with the same period a year earlier. */
export function compareWithPlan(actual: number, plan: number | null, previous: number | null): PlanComparison {
  const usablePlan = plan !== null && plan > 0;
  const percentOfPlan = usablePlan ? round1((actual / plan) * 100) : null;
  const overPlan = usablePlan ? round1((actual / plan - 1) * 100) : null;
  const yearOnYear = previous !== null && previous > 0 ? round1((actual / previous - 1) * 100) : null;
  const planStatus: PlanStatus | null = overPlan === null ? null : overPlan > 0 ? 'exceeded' : overPlan === 0 ? 'met' : 'below';
  const trend: Trend | null =
    yearOnYear !== null
      ? yearOnYear > 0
        ? 'up'
        : yearOnYear < 0
          ? 'down'
          : 'unchanged'
      : previous === 0
        ? actual > 0
          ? 'up'
          : actual === 0
            ? 'unchanged'
            : 'down'
        : null;
  return {
    percentOfPlan,
    overPlan,
    yearOnYear,
    planStatus,
    trend,
    text: {
      ofPlan: percentOfPlan === null ? null : { vi: `đạt ${pct(percentOfPlan)} kế hoạch`, en: `${pctEn(percentOfPlan)} of plan` },
      overPlan: overPlanText(overPlan),
      yearOnYear: yearOnYearText(yearOnYear, trend),
    },
  };
}

function overPlanText(overPlan: number | null): Bilingual | null {
  if (overPlan === null) return null;
  if (overPlan > 0) return { vi: `vượt ${pct(overPlan)} so với kế hoạch`, en: `${pctEn(overPlan)} above plan` };
  if (overPlan === 0) return { vi: 'đạt kế hoạch', en: 'on plan' };
  return { vi: `chưa đạt kế hoạch (thấp hơn ${pct(-overPlan)})`, en: `below plan by ${pctEn(-overPlan)}` };
}

function yearOnYearText(yearOnYear: number | null, trend: Trend | null): Bilingual | null {
  if (trend === null) return null;
  if (yearOnYear === null) {
    // Last year was 0: a rise has no percentage.
    return trend === 'up'
      ? { vi: 'tăng so với cùng kỳ (cùng kỳ bằng 0)', en: 'up on the same period last year (which was 0)' }
      : { vi: 'không đổi so với cùng kỳ', en: 'unchanged on the same period last year' };
  }
  if (trend === 'up') return { vi: `tăng ${pct(yearOnYear)} so với cùng kỳ`, en: `up ${pctEn(yearOnYear)} on the same period last year` };
  if (trend === 'down') return { vi: `giảm ${pct(-yearOnYear)} so với cùng kỳ`, en: `down ${pctEn(-yearOnYear)} on the same period last year` };
  return { vi: 'không đổi so với cùng kỳ', en: 'unchanged on the same period last year' };
}

/**
 * A report sentence: "Doanh thu viễn thông 1.463 tỷ đồng, đạt 108,0% kế hoạch, vượt 8,0% so với kế
 * hoạch, tăng 8,4% so với cùng kỳ". Percent figures read "96,0%".
 */
export function figureSentence(
  name: Bilingual,
  value: number,
  unit: Bilingual,
  decimals: number,
  comparison: PlanComparison | null,
  lang: 'vi' | 'en',
): string {
  const isPercent = unit.vi === '%';
  const shown =
    lang === 'vi' ? formatNumberVi(value, decimals) : value.toLocaleString('en-GB', { maximumFractionDigits: decimals, minimumFractionDigits: decimals });
  const amount = isPercent ? `${shown}%` : `${shown} ${unit[lang]}`;
  const parts = [`${name[lang]} ${amount}`];
  if (comparison) {
    // "đạt 100,0% kế hoạch" already says it is on plan.
    const overPlan = comparison.planStatus === 'met' ? null : comparison.text.overPlan;
    for (const t of [comparison.text.ofPlan, overPlan, comparison.text.yearOnYear]) if (t) parts.push(t[lang]);
  }
  return parts.join(', ');
}

/**
 * A share's change on an earlier figure in percentage points ("tăng 1,2 điểm phần trăm so với cùng kỳ"):
 * a relative change of a share (R-AGG-3 applied to 58% → 60%: "tăng 3,4%") misleads readers of a report.
 * `since` is "cùng kỳ" or "năm 2018"; null when the earlier figure is unknown.
 */
export function pointChangeText(current: number, previous: number | null, since: string): { vi: string; points: number } | null {
  if (previous === null) return null;
  const points = round1(current - previous);
  if (points > 0) return { vi: `tăng ${formatNumberVi(points, 1)} điểm phần trăm so với ${since}`, points };
  if (points < 0) return { vi: `giảm ${formatNumberVi(-points, 1)} điểm phần trăm so với ${since}`, points };
  return { vi: `không đổi so với ${since}`, points };
}

/** A count's change ("tăng 21 xã so với năm 2018", "giảm 3 thôn so với cùng kỳ", "không đổi so với năm 2024"); null when unknown. */
export function countChangeText(current: number, previous: number | null, unitWord: string, since: string): { vi: string; difference: number } | null {
  if (previous === null) return null;
  const difference = current - previous;
  if (difference > 0) return { vi: `tăng ${formatNumberVi(difference)} ${unitWord} so với ${since}`, difference };
  if (difference < 0) return { vi: `giảm ${formatNumberVi(-difference)} ${unitWord} so với ${since}`, difference };
  return { vi: `không đổi so với ${since}`, difference };
}
