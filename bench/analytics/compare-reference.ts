/** Compares the pivot's province × year figures with the columnar reference's. */
import type { PivotCell } from '../../src/services/analytics/analytics-types.ts';
import type { ReferenceCell } from './duckdb-reference.ts';

export interface Comparison {
  compared: number;
  agreeing: number;
  /** Cells the reference has that the pivot left empty (or the other way round). */
  missing: number;
  samples: string[];
}

const num = (v: unknown) => (v === null || v === undefined ? null : Number(v));
const same = (a: number | null, b: number | null, tolerance: number) => (a === null) === (b === null) && (a === null || Math.abs(a - b!) <= tolerance);

/** Sums of integers (and of values with 3 decimals) and ratios agree to this (ictmon rounds to 6 decimals). */
const TOLERANCE = 1e-6;

/** Compares the cells of `years`: counts and sums exactly, ratios by numerator, denominator and percentage (each to 1e-6). */
export function compareWithReference(cells: readonly PivotCell[], reference: readonly ReferenceCell[], years: readonly number[], isRatio: boolean): Comparison {
  const ref = new Map(reference.map((r) => [`${r.unit}|${r.year}`, r]));
  const out: Comparison = { compared: 0, agreeing: 0, missing: 0, samples: [] };
  const wanted = new Set(years.map(String));
  for (const c of cells) {
    if (!wanted.has(c.period)) continue;
    const r = ref.get(`${c.unit}|${c.period}`);
    const value = num(c.value);
    if (!r || r.value === null) {
      if (value !== null) {
        out.missing++;
        if (out.samples.length < 8) out.samples.push(`${c.unit} ${c.period}: ictmon ${value} (${c.source}), reference none`);
      }
      continue;
    }
    out.compared++;
    const ok = isRatio
      ? same(num(c.numerator), r.numerator, TOLERANCE) && same(num(c.denominator), r.denominator, TOLERANCE) && same(value, r.value, TOLERANCE)
      : same(value, r.value, TOLERANCE);
    if (ok) out.agreeing++;
    else if (out.samples.length < 8) {
      out.samples.push(
        isRatio
          ? `${c.unit} ${c.period}: ictmon ${value} = ${num(c.numerator)}/${num(c.denominator)} (${c.source}), reference ${r.value?.toFixed(6)} = ${r.numerator}/${r.denominator}`
          : `${c.unit} ${c.period}: ictmon ${value} (${c.source}), reference ${r.value}`,
      );
    }
  }
  return out;
}
