import { describe, expect, it } from 'vitest';
import { dueLine, endedPeriods } from '../../src/domain/review/due-periods.ts';
import { findOutlier, OUTLIER_RULES } from '../../src/domain/review/outliers.ts';
import { formatPeriod, parsePeriod } from '../../src/domain/periods/period.ts';

describe('findOutlier', () => {
  it.each([
    { name: 'no history', previous: [], x: 100, expected: null },
    { name: 'steady history, figure inside', previous: [100, 102, 98, 101, 99], x: 103, expected: null },
    { name: 'steady history, figure ten times', previous: [100, 102, 98, 101, 99], x: 1000, expected: 'zscore' },
    { name: 'steady history, figure fell to zero', previous: [100, 102, 98, 101, 99], x: 0, expected: 'zscore' },
    { name: 'two values, inside the widened range', previous: [10, 12], x: 16, expected: null },
    { name: 'two values, far above', previous: [10, 12], x: 30, expected: 'minmax' },
    { name: 'constant history (sd 0), same figure', previous: [5, 5, 5, 5, 5], x: 5, expected: null },
    { name: 'constant history (sd 0), doubled', previous: [5, 5, 5, 5, 5], x: 10, expected: 'minmax' },
    { name: 'one value, a typo with an extra zero', previous: [216], x: 2160, expected: 'minmax' },
  ])('$name', ({ previous, x, expected }) => {
    const r = findOutlier(previous, x);
    expect(r?.method ?? null).toBe(expected);
    if (r) expect(x < r.expectedLow || x > r.expectedHigh).toBe(true);
  });

  it('reads at most lookBack previous values', () => {
    const old = [1000, 1000, 1000, 1000, 1000, 1000, 1000, 1000];
    expect(findOutlier([...Array(OUTLIER_RULES.lookBack).fill(10), ...old], 10.5)).toBeNull();
  });

  it('gives the z-score with its sign', () => {
    const r = findOutlier([100, 102, 98, 101, 99], 0)!;
    expect(r.score).toBeLessThan(-3);
    expect(r.compared).toBe(5);
  });
});

describe('what is due', () => {
  it('lists the periods ended by a date', () => {
    expect(endedPeriods('quarter', '2025-12-31', '2026-11-22').map(formatPeriod)).toEqual(['2026Q1', '2026Q2', '2026Q3']);
    expect(endedPeriods('year', '2024-01-01', '2026-11-22').map(formatPeriod)).toEqual(['2024', '2025']);
  });

  it.each([
    { state: 'missing', asOf: '2026-10-10', first: null, late: false, outstanding: true },
    { state: 'missing', asOf: '2026-10-16', first: null, late: true, outstanding: true },
    { state: 'returned', asOf: '2026-10-20', first: '2026-10-05', late: true, outstanding: true },
    { state: 'submitted', asOf: '2026-10-20', first: '2026-10-15', late: false, outstanding: false },
    { state: 'approved', asOf: '2026-11-20', first: '2026-10-16', late: true, outstanding: false },
  ] as const)('2026Q3 with 15 days: $state on $asOf (first submitted $first) → late $late', ({ state, asOf, first, late, outstanding }) => {
    const line = dueLine(parsePeriod('2026Q3'), 15, asOf, state, first);
    expect(line.deadline).toBe('2026-10-15');
    expect(line.periodEnd).toBe('2026-09-30');
    expect(line.late).toBe(late);
    expect(line.outstanding).toBe(outstanding);
  });
});
