/**
 * Where an indicator has a value and of what kind: at the levels it is collected at its own type; above
 * its finest level, through its roll-up (a yes/no per village becomes a count of villages per commune).
 * Ratios and cross-checks are only meaningful where both sides exist (regulations.md R-AGG-2).
 */
import { INDICATOR_LEVELS, type IndicatorDef, type IndicatorLevel, type ValueType } from './indicator-types.ts';

/** 0 for village, 1 for commune, 2 for province. */
export function levelRank(level: IndicatorLevel): number {
  return INDICATOR_LEVELS.indexOf(level);
}

/** The finest of the levels, or undefined for none. */
export function finestLevel(levels: readonly IndicatorLevel[]): IndicatorLevel | undefined {
  return INDICATOR_LEVELS.find((l) => levels.includes(l));
}

/** True when the aggregation carries values from one level to the next. */
export function rollsUp(indicator: IndicatorDef): boolean {
  return !['latest', 'none'].includes(indicator.aggregation.kind);
}

/** The kind of value the indicator has at a level, or undefined when it has none there. */
export function valueKindAt(indicator: IndicatorDef, level: IndicatorLevel): ValueType | undefined {
  if (indicator.levels.includes(level)) return indicator.valueType;
  const finest = finestLevel(indicator.levels);
  if (finest === undefined || levelRank(level) < levelRank(finest) || !rollsUp(indicator)) return undefined;
  return indicator.aggregation.kind === 'count_true' ? 'count' : indicator.valueType;
}

/** The levels where the indicator has a value, collected or rolled up, fine to coarse. */
export function availableLevels(indicator: IndicatorDef): IndicatorLevel[] {
  return INDICATOR_LEVELS.filter((l) => valueKindAt(indicator, l) !== undefined);
}

/** True for a value computed from other indicators rather than reported. */
export function isDerivedIndicator(indicator: IndicatorDef): boolean {
  return indicator.aggregation.kind === 'ratio_of_sums';
}
