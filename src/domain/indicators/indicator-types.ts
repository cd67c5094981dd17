/**
 * The indicator catalogue's model: what the ICT sector measures per village (thôn, bản), commune (xã,
 * phường) and province, how each figure is typed, when it is reported, how it rolls up the hierarchy and
 * which legal or statistical text it encodes (STYLE.md "Rules are data"; regulations.md §2, §4, §5).
 * Definitions are plain data; `compileCatalogue` checks them once and builds the lookups.
 */
import type { PeriodType } from '../periods/period.ts';
import type { UnitAttributeKey } from '../units/unit-attributes.ts';

/** The levels indicators are collected at, fine to coarse (two-tier government from 01/07/2025, §3.3). */
export const INDICATOR_LEVELS = ['village', 'commune', 'province'] as const;
export type IndicatorLevel = (typeof INDICATOR_LEVELS)[number];

/** The kinds of value an indicator takes. */
export const VALUE_TYPES = ['number', 'count', 'percent', 'boolean', 'enum'] as const;
export type ValueType = (typeof VALUE_TYPES)[number];

/** Whether a year's value is a snapshot at the period's end ('stock') or a total over it ('flow'). */
export const PERIOD_KINDS = ['stock', 'flow'] as const;
export type PeriodKind = (typeof PERIOD_KINDS)[number];

/** How a value rolls up the hierarchy (village → commune → province, and merged provinces, R-HIST-7). */
export const AGGREGATION_KINDS = ['sum', 'ratio_of_sums', 'count_true', 'weighted_average', 'latest', 'none'] as const;
export type AggregationKind = (typeof AGGREGATION_KINDS)[number];

/** How the parts of a breakdown relate to the total: they add up, any true makes it true, or neither. */
export const DISAGGREGATION_TOTALS = ['sum', 'any', 'none'] as const;
export type DisaggregationTotal = (typeof DISAGGREGATION_TOTALS)[number];

/** Cross-check operators: numeric comparisons, and "true (or positive) on the left needs the right". */
export const CROSS_CHECK_OPS = ['lte', 'gte', 'eq', 'implies'] as const;
export type CrossCheckOp = (typeof CROSS_CHECK_OPS)[number];

/** Confidence tags of regulations.md: [XN] confirmed, [TH] as applied, [CX] uncertain. */
export const CONFIDENCE_TAGS = ['XN', 'TH', 'CX'] as const;
export type Confidence = (typeof CONFIDENCE_TAGS)[number];

/** The catalogue's areas, one seed file each. */
export const INDICATOR_AREAS = ['villages', 'postal', 'telecom', 'radio', 'it_application', 'province_statistics', 'ntm'] as const;
export type IndicatorArea = (typeof INDICATOR_AREAS)[number];

/** The areas' names, as templates, the API and the UI show them. */
export const INDICATOR_AREA_NAMES: Readonly<Record<IndicatorArea, { vi: string; en: string }>> = {
  villages: { vi: 'Hạ tầng viễn thông thôn, bản', en: 'Village telecom infrastructure' },
  postal: { vi: 'Bưu chính', en: 'Postal services' },
  telecom: { vi: 'Viễn thông', en: 'Telecommunications' },
  radio: { vi: 'Truyền thanh cơ sở', en: 'Grassroots radio' },
  it_application: { vi: 'Ứng dụng CNTT, chuyển đổi số', en: 'IT application, digital transformation' },
  province_statistics: { vi: 'Thống kê cấp tỉnh', en: 'Province statistics' },
  ntm: { vi: 'Nông thôn mới: công nhận, kiểu mẫu', en: 'New rural programme: recognition, model communes' },
};

/** Text in Vietnamese and English. */
export interface Bilingual {
  vi: string;
  en: string;
}

/** One choice of an enum indicator or one value of a dimension; `value` is a stable ASCII key. */
export interface EnumOption {
  value: string;
  vi: string;
  en: string;
}

/** A named breakdown dimension (operator, technology, transmission…) and every value it allows. */
export interface DimensionDef {
  code: string;
  vi: string;
  en: string;
  values: readonly EnumOption[];
}

/** An indicator's breakdown by one dimension, restricted to the values that apply to it. */
export interface DisaggregationRef {
  dimension: string;
  values: readonly string[];
  total: DisaggregationTotal;
}

/** The weight of a weighted average: a unit attribute (population) or another indicator. */
export interface WeightRef {
  source: 'attribute' | 'indicator';
  key: string;
}

/** How the indicator's value at a unit derives from the values of the units below it. */
export type Aggregation =
  | { kind: 'sum' }
  /** A percentage recomputed at every level from summed counts, never an average of percentages (R-AGG-2). */
  | { kind: 'ratio_of_sums'; numerator: string; denominator: string }
  /** A yes/no per unit that becomes, above it, the number of units where it is yes. */
  | { kind: 'count_true' }
  | { kind: 'weighted_average'; weight: WeightRef }
  /** Not combined across units; across the sub-periods of a period the last value stands (stocks only). */
  | { kind: 'latest' }
  | { kind: 'none' };

/**
 * When a unit has both a value reported for it and the roll-up of the units below it: 'fills_gaps' (the
 * default) uses the roll-up and the reported value only where nothing below was reported; 'wins' uses
 * the reported value (a commune's household count from the statistics office over its villages' sum).
 */
export const REPORTED_ABOVE_RULES = ['fills_gaps', 'wins'] as const;
export type ReportedAboveRule = (typeof REPORTED_ABOVE_RULES)[number];

/** Where the register can supply the value when nobody reports it. */
export type RegisterSource = { kind: 'child_count'; childLevel: IndicatorLevel } | { kind: 'attribute'; attribute: UnitAttributeKey };

/** The legal or statistical basis: the act and article, the national code (TT 03/2022) and regulations.md rule ids. */
export interface IndicatorSource {
  basis: string;
  nationalCode?: string;
  rules?: readonly string[];
}

/** A declarative rule between this indicator (left) and another one (right) of the same unit and period. */
export interface CrossCheckDef {
  id: string;
  op: CrossCheckOp;
  other: string;
  vi: string;
  en: string;
}

/** Inclusive bounds of a value. */
export interface ValueRange {
  min?: number;
  max?: number;
}

/** One indicator as authored. A boolean's `unit` is the unit counted when it rolls up ("thôn"). */
export interface IndicatorDef {
  /** Stable ASCII key; the prefix is the finest level it is collected at ("village.mobile_broadband"). */
  code: string;
  area: IndicatorArea;
  name: Bilingual;
  /** Short Vietnamese column label for tables. */
  shortVi: string;
  unit: Bilingual;
  valueType: ValueType;
  options?: readonly EnumOption[];
  /** The levels values are collected (or, for ratios, computed) at. */
  levels: readonly IndicatorLevel[];
  /** The finest period the indicator is reported for. */
  periodType: PeriodType;
  periodKind: PeriodKind;
  aggregation: Aggregation;
  decimals: number;
  range?: ValueRange;
  disaggregations?: readonly DisaggregationRef[];
  registerSource?: RegisterSource;
  /** Which wins where a higher level reports a value that also rolls up from below (default 'fills_gaps'). */
  reportedAbove?: ReportedAboveRule;
  source: IndicatorSource;
  confidence?: Confidence;
  crossChecks?: readonly CrossCheckDef[];
  /** Definition or reading note (e.g. "false = trắng sóng"). */
  note?: Bilingual;
}

/** A catalogue as authored or as read from JSON. */
export interface CatalogueDefs {
  version: string;
  dimensions: readonly DimensionDef[];
  indicators: readonly IndicatorDef[];
}

/** A cross-check once compiled: its left indicator and the levels it applies at. */
export interface CompiledCrossCheck extends CrossCheckDef {
  left: string;
  levels: readonly IndicatorLevel[];
}

/** A checked catalogue: canonical definitions plus lookups. */
export interface CompiledCatalogue {
  version: string;
  dimensions: readonly DimensionDef[];
  indicators: readonly IndicatorDef[];
  crossChecks: readonly CompiledCrossCheck[];
  byCode: ReadonlyMap<string, IndicatorDef>;
  dimensionByCode: ReadonlyMap<string, DimensionDef>;
  /** Indicators collected (or computed) at each level, in catalogue order. */
  byLevel: ReadonlyMap<IndicatorLevel, readonly IndicatorDef[]>;
}

/** A typed value of an indicator. */
export type IndicatorValue = number | boolean | string;
