/**
 * Indicator values: one figure of one indicator for one unit version (the unit as observed, R-HIST-3),
 * one period (2024, 2024S1, 2024Q3, 2024M07), optionally one part of a breakdown ("technology=4g"),
 * actual or plan. The shapes the import, the demo loader and the queries share.
 */
import type { IndicatorValue } from '../indicators/indicator-types.ts';

/** Actual figures, or the plan (kế hoạch) they are compared with (R-AGG-3). */
export const SERIES = ['actual', 'plan'] as const;
export type Series = (typeof SERIES)[number];

/** Review status of a stored value (the review workflow itself is issue #6). */
/** A value's status is its submission's state (issue #6): only approved values are published and counted. */
export const VALUE_STATUSES = ['draft', 'submitted', 'approved', 'returned'] as const;
export type ValueStatus = (typeof VALUE_STATUSES)[number];

/** A value ready to store: its unit version resolved, its period canonical, its value typed. */
export interface ValueRecord {
  /** admin_unit.id of the unit version in force in the period. */
  unitId: number;
  indicatorCode: string;
  /** Canonical period string. */
  period: string;
  /** '' for the total, else 'dimension=value'. */
  breakdown: string;
  series: Series;
  value: IndicatorValue;
  /** The as-of date the file gave (YYYY-MM-DD). */
  reportedOn?: string | undefined;
  /** 1-based row of the source file. */
  sourceRow?: number | undefined;
  /** The column as headed in the file, for messages about this value. */
  field?: string | undefined;
}

/** The canonical breakdown key: '' for the total, 'technology=4g' for a part. */
export function formatBreakdown(breakdown: Readonly<Record<string, string>>): string {
  const entries = Object.entries(breakdown);
  if (entries.length === 0) return '';
  return entries
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([d, v]) => `${d}=${v}`)
    .join(';');
}

/** Parses a canonical breakdown key back into its dimension and value. */
export function parseBreakdown(key: string): Record<string, string> {
  if (!key) return {};
  const result: Record<string, string> = {};
  for (const part of key.split(';')) {
    const [d, v] = part.split('=');
    if (d && v) result[d] = v;
  }
  return result;
}
