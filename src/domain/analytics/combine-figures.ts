/**
 * How one figure is made from what is stored (issue #5; regulations.md §2.8, §3.4): a unit's own
 * reported value against the roll-up of the units below it (the indicator's `reportedAbove` rule),
 * sums of parts, ratios recomputed from summed numerators and denominators (R-AGG-2: never an average
 * of percentages), population-weighted averages, and the figure of a unit that did not exist yet as
 * the sum of its predecessors' (R-HIST-4, R-HIST-7).
 */
import type { ReportedAboveRule } from '../indicators/indicator-types.ts';

/** Where a figure comes from (see FigureSource in the analytics service types). */
export type Origin = 'reported' | 'rollup' | 'register' | 'rebased' | 'none';

/** A number with where it came from and the stored periods behind it. */
export interface Figure {
  value: number | null;
  origin: Origin;
  /** Units below that reported (for a roll-up). */
  unitsReported: number | null;
  fromMin: string | null;
  fromMax: string | null;
  /** A reported value that was set aside for the roll-up, or the other way round. */
  overridden: { origin: Origin; value: number } | null;
}

export const NO_FIGURE: Figure = { value: null, origin: 'none', unitsReported: null, fromMin: null, fromMax: null, overridden: null };

/**
 * The unit's figure from its reported value and the roll-up of the units below: 'fills_gaps' (default)
 * takes the roll-up where there is one; 'wins' takes the reported value where there is one. The register
 * (villages counted in the list) stands in only where neither exists.
 */
export function chooseFigure(
  rule: ReportedAboveRule,
  reported: { value: number; fromMin: string | null; fromMax: string | null } | null,
  rollup: { value: number; unitsReported: number; fromMin: string | null; fromMax: string | null } | null,
  register: number | null = null,
): Figure {
  const fromReported = (r: NonNullable<typeof reported>, overridden: Figure['overridden']): Figure => ({
    value: r.value,
    origin: 'reported',
    unitsReported: null,
    fromMin: r.fromMin,
    fromMax: r.fromMax,
    overridden,
  });
  const fromRollup = (r: NonNullable<typeof rollup>, overridden: Figure['overridden']): Figure => ({
    value: r.value,
    origin: 'rollup',
    unitsReported: r.unitsReported,
    fromMin: r.fromMin,
    fromMax: r.fromMax,
    overridden,
  });
  if (reported && rollup) {
    return rule === 'wins'
      ? fromReported(reported, reported.value === rollup.value ? null : { origin: 'rollup', value: rollup.value })
      : fromRollup(rollup, reported.value === rollup.value ? null : { origin: 'reported', value: reported.value });
  }
  if (reported) return fromReported(reported, null);
  if (rollup) return fromRollup(rollup, null);
  if (register !== null) return { ...NO_FIGURE, value: register, origin: 'register' };
  return NO_FIGURE;
}

/** The sum of the parts' figures (null when none is known; the parts' periods spanned). */
export function sumFigures(parts: readonly Figure[]): Figure {
  const known = parts.filter((p) => p.value !== null);
  if (known.length === 0) return NO_FIGURE;
  const mins = known.map((p) => p.fromMin).filter((p): p is string => p !== null);
  const maxs = known.map((p) => p.fromMax).filter((p): p is string => p !== null);
  return {
    value: known.reduce((s, p) => s + (p.value ?? 0), 0),
    origin: known.length === 1 ? known[0]!.origin : known.every((p) => p.origin === known[0]!.origin) ? known[0]!.origin : 'rollup',
    unitsReported: known.some((p) => p.unitsReported !== null) ? known.reduce((s, p) => s + (p.unitsReported ?? 0), 0) : null,
    fromMin: mins.length > 0 ? mins.sort()[0]! : null,
    fromMax: maxs.length > 0 ? maxs.sort()[maxs.length - 1]! : null,
    overridden: null,
  };
}

/** A percentage recomputed from summed counts (R-AGG-2); null without a positive denominator. */
export function ratioOfSums(numerator: number | null, denominator: number | null): number | null {
  if (numerator === null || denominator === null || denominator <= 0) return null;
  return (100 * numerator) / denominator;
}

/** A weighted average Σ(v·w) / Σw over the parts that have both (population-weighted shares). */
export function weightedAverage(parts: ReadonlyArray<{ value: number | null; weight: number | null }>): number | null {
  const known = parts.filter((p) => p.value !== null && p.weight !== null && p.weight > 0);
  if (known.length === 0 || known.length < parts.length) return null;
  const w = known.reduce((s, p) => s + p.weight!, 0);
  return known.reduce((s, p) => s + p.value! * p.weight!, 0) / w;
}
