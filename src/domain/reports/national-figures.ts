/**
 * The country's figure of an indicator from its provinces' figures, for the country-wide report: counts
 * and amounts add up (R-HIST-7: provinces are whole), shares are recomputed from the summed numerators
 * and denominators (R-AGG-2), never averaged. A plan or last year's figure is given only when every
 * province counted has one, so that like is compared with like. Population-weighted shares, and
 * figures that are not added across units (lists, latest values), are not combined.
 */
import type { IndicatorDef } from '../indicators/indicator-types.ts';

/** A province's figure as the pivot gives it. */
export interface ProvinceFigure {
  unit: string;
  value: number | null;
  plan: number | null;
  previous: number | null;
}

/** The country's figure and which provinces it was made from. */
export interface NationalFigure {
  value: number | null;
  plan: number | null;
  previous: number | null;
  numerator: number | null;
  denominator: number | null;
  /** The provinces whose figures were counted. */
  parts: string[];
  /** Why there is no figure when the indicator is not combined nationally. */
  notCombined: string | null;
}

const round6 = (x: number) => Math.round(x * 1e6) / 1e6;
const sumOf = (xs: readonly number[]) => round6(xs.reduce((a, b) => a + b, 0));

/** Adds up an additive figure over the provinces that have it. */
function addUp(cells: readonly ProvinceFigure[]): Omit<NationalFigure, 'numerator' | 'denominator' | 'notCombined'> {
  const parts = cells.filter((c) => c.value !== null);
  return {
    value: parts.length > 0 ? sumOf(parts.map((c) => c.value!)) : null,
    plan: parts.length > 0 && parts.every((c) => c.plan !== null) ? sumOf(parts.map((c) => c.plan!)) : null,
    previous: parts.length > 0 && parts.every((c) => c.previous !== null) ? sumOf(parts.map((c) => c.previous!)) : null,
    parts: parts.map((c) => c.unit),
  };
}

/**
 * The country's figure of `def` from the provinces' figures of every indicator (`cellsOf(code)`: the
 * provinces' figures of an indicator, for a share's numerator and denominator).
 */
export function combineProvinces(def: IndicatorDef, cellsOf: (code: string) => readonly ProvinceFigure[]): NationalFigure {
  const agg = def.aggregation;
  if (agg.kind === 'sum' || agg.kind === 'count_true') return { ...addUp(cellsOf(def.code)), numerator: null, denominator: null, notCombined: null };
  if (agg.kind === 'ratio_of_sums') {
    const num = new Map(cellsOf(agg.numerator).map((c) => [c.unit, c]));
    const den = new Map(cellsOf(agg.denominator).map((c) => [c.unit, c]));
    const units = [...num.keys()].filter((u) => num.get(u)!.value !== null && den.get(u)?.value != null);
    const n = sumOf(units.map((u) => num.get(u)!.value!));
    const d = sumOf(units.map((u) => den.get(u)!.value!));
    const withPrevious = units.length > 0 && units.every((u) => num.get(u)!.previous !== null && den.get(u)!.previous !== null);
    const pn = withPrevious ? sumOf(units.map((u) => num.get(u)!.previous!)) : 0;
    const pd = withPrevious ? sumOf(units.map((u) => den.get(u)!.previous!)) : 0;
    return {
      value: units.length > 0 && d > 0 ? round6((n / d) * 100) : null,
      plan: null,
      previous: withPrevious && pd > 0 ? round6((pn / pd) * 100) : null,
      numerator: units.length > 0 ? n : null,
      denominator: units.length > 0 ? d : null,
      parts: units,
      notCombined: null,
    };
  }
  return {
    value: null,
    plan: null,
    previous: null,
    numerator: null,
    denominator: null,
    parts: [],
    notCombined: agg.kind === 'weighted_average' ? 'chưa tổng hợp cho cả nước (tỷ lệ bình quân theo dân số của các tỉnh)' : 'không cộng dồn cho cả nước',
  };
}
