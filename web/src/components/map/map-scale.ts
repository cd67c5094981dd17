/**
 * Colour classes for numbers on the map: quantiles (about as many units in each class) or equal
 * intervals between the smallest and largest figure, over a sequential blue scheme (ColorBrewer Blues).
 */
import type { ClassMethod } from '../../lib/dashboard-params.ts';

/** Light to dark; the class count picks the last n. */
export const SEQUENTIAL_COLOURS = ['#deebf7', '#9ecae1', '#6baed6', '#3182bd', '#08519c'] as const;
/** Units without a figure. */
export const NO_DATA_COLOUR = '#e4e8ee';

/** A class: the smallest and largest figure it holds (quantiles) or its bounds (equal intervals). */
export interface NumericClass {
  from: number;
  to: number;
  color: string;
}

/** The classes and which one a figure falls in. */
export interface NumericScale {
  classes: NumericClass[];
  classOf(value: number): number;
}

/** Cuts `values` into at most `count` classes by `method`; no values give no class. */
export function buildNumericScale(values: readonly number[], method: ClassMethod, count = SEQUENTIAL_COLOURS.length): NumericScale {
  const sorted = [...values].filter(Number.isFinite).sort((a, b) => a - b);
  if (sorted.length === 0) return { classes: [], classOf: () => 0 };
  const min = sorted[0]!;
  const max = sorted[sorted.length - 1]!;
  const distinct = new Set(sorted).size;
  const n = Math.max(1, Math.min(count, distinct));
  // Each class starts at its threshold: a figure belongs to the last class whose threshold it reaches.
  const thresholds = method === 'equal' ? Array.from({ length: n - 1 }, (_, i) => min + ((max - min) * (i + 1)) / n) : quantileThresholds(sorted, n);
  const classOf = (value: number) => thresholds.filter((t) => value >= t).length;
  const colours = SEQUENTIAL_COLOURS.slice(SEQUENTIAL_COLOURS.length - (thresholds.length + 1));
  const classes: NumericClass[] = colours.map((color, i) => ({
    from: i === 0 ? min : thresholds[i - 1]!,
    to: i === thresholds.length ? max : thresholds[i]!,
    color,
  }));
  if (method === 'quantile') {
    // Quantile classes are labelled by the figures they hold, so the legend never shows a value no unit has.
    for (const [i, c] of classes.entries()) {
      const members = sorted.filter((v) => classOf(v) === i);
      c.from = members[0] ?? c.from;
      c.to = members[members.length - 1] ?? c.to;
    }
  }
  return { classes, classOf };
}

function quantileThresholds(sorted: readonly number[], n: number): number[] {
  const out: number[] = [];
  for (let i = 1; i < n; i++) {
    const t = sorted[Math.floor((i * sorted.length) / n)]!;
    if (t > sorted[0]! && !out.includes(t)) out.push(t);
  }
  return out;
}

/** Whether text on `hex` should be white (dark fills) rather than the text colour. */
export function isDarkColour(hex: string): boolean {
  const m = /^#([0-9a-f]{2})([0-9a-f]{2})([0-9a-f]{2})$/i.exec(hex);
  if (!m) return false;
  const [r, g, b] = [m[1]!, m[2]!, m[3]!].map((h) => parseInt(h, 16) / 255) as [number, number, number];
  // Relative luminance (WCAG 2.x); below ~0.3 white text has the better contrast.
  const lin = (c: number) => (c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4);
  return 0.2126 * lin(r) + 0.7152 * lin(g) + 0.0722 * lin(b) < 0.3;
}
