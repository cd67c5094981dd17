/**
 * Outliers against previous periods, for the reviewer's queue (issue #6): a figure far from what the same
 * unit reported for the same indicator before. With enough history the z-score of the figure against the
 * previous values; with little history (or none that varies) the min–max range of the previous values,
 * widened by a tolerance. The thresholds are data, not regulation (regulations.md sets none): a reviewer
 * reads them as "look at this", never as a refusal.
 */

export interface OutlierRules {
  /** Previous values needed for the z-score. */
  minForZScore: number;
  /** |z| at or above which the figure is flagged. */
  zThreshold: number;
  /** Min–max: the range of the previous values widened by this share of its larger bound (0.5: ±50 %). */
  rangeTolerance: number;
  /** Previous periods read. */
  lookBack: number;
}

export const OUTLIER_RULES: OutlierRules = { minForZScore: 4, zThreshold: 3, rangeTolerance: 0.5, lookBack: 8 };

export interface Outlier {
  method: 'zscore' | 'minmax';
  /** The z-score, or how far outside the widened range in units of the range's larger bound. */
  score: number;
  /** The range the figure was expected in. */
  expectedLow: number;
  expectedHigh: number;
  /** How many previous values it was compared with. */
  compared: number;
}

/** Whether `x` stands out from `previous` (most recent first or any order); null when it does not, or there is no history. */
export function findOutlier(previous: readonly number[], x: number, rules: OutlierRules = OUTLIER_RULES): Outlier | null {
  const values = previous.slice(0, rules.lookBack).filter((v) => Number.isFinite(v));
  if (values.length === 0 || !Number.isFinite(x)) return null;
  const n = values.length;
  const mean = values.reduce((a, b) => a + b, 0) / n;
  const sd = n > 1 ? Math.sqrt(values.reduce((a, b) => a + (b - mean) ** 2, 0) / (n - 1)) : 0;
  if (n >= rules.minForZScore && sd > 0) {
    const z = (x - mean) / sd;
    if (Math.abs(z) < rules.zThreshold) return null;
    return {
      method: 'zscore',
      score: round(z),
      expectedLow: round(mean - rules.zThreshold * sd),
      expectedHigh: round(mean + rules.zThreshold * sd),
      compared: n,
    };
  }
  const min = Math.min(...values);
  const max = Math.max(...values);
  const bound = Math.max(Math.abs(min), Math.abs(max));
  const low = min - rules.rangeTolerance * bound;
  const high = max + rules.rangeTolerance * bound;
  if (x >= low && x <= high) return null;
  const beyond = x > high ? x - high : low - x;
  return { method: 'minmax', score: round(bound > 0 ? beyond / bound : beyond), expectedLow: round(low), expectedHigh: round(high), compared: n };
}

const round = (v: number) => Math.round(v * 100) / 100;
