/** The pure rules behind every figure: which value wins, sums, ratios of sums, weights, lineage. */
import { describe, expect, it } from 'vitest';
import { chooseFigure, ratioOfSums, sumFigures, weightedAverage } from '../../src/domain/analytics/combine-figures.ts';
import { predecessorsWithin, walkLineageBack, type LineageEdge } from '../../src/domain/analytics/walk-lineage.ts';

const reported = { value: 500, fromMin: null, fromMax: null };
const rollup = { value: 400, unitsReported: 10, fromMin: null, fromMax: null };

describe('chooseFigure', () => {
  it('takes the roll-up over a reported value by default, and says what it set aside', () => {
    expect(chooseFigure('fills_gaps', reported, rollup)).toMatchObject({
      value: 400,
      origin: 'rollup',
      unitsReported: 10,
      overridden: { origin: 'reported', value: 500 },
    });
  });
  it('takes the reported value where the indicator says it wins', () => {
    expect(chooseFigure('wins', reported, rollup)).toMatchObject({ value: 500, origin: 'reported', overridden: { origin: 'rollup', value: 400 } });
  });
  it('uses whichever exists, then the register, then nothing', () => {
    expect(chooseFigure('wins', null, rollup).origin).toBe('rollup');
    expect(chooseFigure('fills_gaps', reported, null).origin).toBe('reported');
    expect(chooseFigure('fills_gaps', null, null, 12)).toMatchObject({ value: 12, origin: 'register' });
    expect(chooseFigure('fills_gaps', null, null)).toMatchObject({ value: null, origin: 'none' });
  });
  it('sets nothing aside when both agree', () => {
    expect(chooseFigure('fills_gaps', { ...reported, value: 400 }, rollup).overridden).toBeNull();
  });
});

describe('ratio of sums (R-AGG-2)', () => {
  it('recomputes the share from summed counts, never the average of shares', () => {
    // Commune A 9/10 = 90%, commune B 8/8 = 100%: the province is 17/18 = 94,4%, not 95%.
    const num = sumFigures([
      chooseFigure('fills_gaps', null, { value: 9, unitsReported: 10, fromMin: null, fromMax: null }),
      chooseFigure('fills_gaps', null, { value: 8, unitsReported: 8, fromMin: null, fromMax: null }),
    ]);
    const den = sumFigures([
      chooseFigure('fills_gaps', { value: 10, fromMin: null, fromMax: null }, null),
      chooseFigure('fills_gaps', { value: 8, fromMin: null, fromMax: null }, null),
    ]);
    expect([num.value, den.value]).toEqual([17, 18]);
    expect(ratioOfSums(num.value, den.value)).toBeCloseTo(94.444, 3);
    expect(ratioOfSums(num.value, den.value)).not.toBe((90 + 100) / 2);
  });
  it('has no value without a positive denominator', () => {
    expect(ratioOfSums(3, 0)).toBeNull();
    expect(ratioOfSums(null, 4)).toBeNull();
  });
  it('sums only the known parts, keeping the span of periods', () => {
    const f = sumFigures([
      { value: 2, origin: 'reported', unitsReported: null, fromMin: '2026M01', fromMax: '2026M09', overridden: null },
      { value: null, origin: 'none', unitsReported: null, fromMin: null, fromMax: null, overridden: null },
      { value: 3, origin: 'reported', unitsReported: null, fromMin: '2026M01', fromMax: '2026M10', overridden: null },
    ]);
    expect(f).toMatchObject({ value: 5, fromMin: '2026M01', fromMax: '2026M10' });
  });
});

describe('weightedAverage', () => {
  it('weights shares by population', () => {
    expect(
      weightedAverage([
        { value: 90, weight: 300 },
        { value: 100, weight: 100 },
      ]),
    ).toBe(92.5);
  });
  it('gives nothing when a part lacks its value or weight', () => {
    expect(
      weightedAverage([
        { value: 90, weight: 300 },
        { value: 100, weight: null },
      ]),
    ).toBeNull();
  });
});

describe('walkLineageBack (R-HIST-4)', () => {
  const A = { id: 1, validFrom: null, validTo: '2025-06-30' };
  const B = { id: 2, validFrom: null, validTo: '2025-06-30' };
  const C = { id: 3, validFrom: '2025-07-01', validTo: null };
  const D = { id: 4, validFrom: '2026-04-30', validTo: null };
  const edges = new Map<number, LineageEdge[]>([
    [
      3,
      [
        { toId: 3, from: A, coverage: 'full' },
        { toId: 3, from: B, coverage: 'partial' },
      ],
    ],
    [4, [{ toId: 4, from: C, coverage: 'full' }]],
  ]);
  it('is the unit itself while it is in force', () => {
    expect(walkLineageBack(C, '2025-12-31', edges)).toEqual([{ id: 3, full: true }]);
  });
  it('goes back to the units in force on the date, keeping which went in whole', () => {
    expect(walkLineageBack(C, '2024-12-31', edges)).toEqual([
      { id: 1, full: true },
      { id: 2, full: false },
    ]);
  });
  it('follows several reorganisations', () => {
    expect(walkLineageBack(D, '2024-12-31', edges)).toEqual([
      { id: 1, full: true },
      { id: 2, full: false },
    ]);
    expect(walkLineageBack(D, '2025-12-31', edges)).toEqual([{ id: 3, full: true }]);
  });
  it('finds nothing for a unit with no recorded origin', () => {
    expect(walkLineageBack({ id: 9, validFrom: '2025-07-01', validTo: null }, '2024-12-31', edges)).toEqual([]);
  });
});

describe('predecessorsWithin (R-HIST-7)', () => {
  // Province 46 in the shipped reference data: Thừa Thiên Huế until 28/02/2025, Huế 01/03–30/06/2025, Huế from 01/07/2025.
  const tth = { id: 50, validFrom: null, validTo: '2025-02-28' };
  const hue1 = { id: 51, validFrom: '2025-03-01', validTo: '2025-06-30' };
  const hue2 = { id: 52, validFrom: '2025-07-01', validTo: null };
  const other = { id: 60, validFrom: null, validTo: '2025-06-30' };
  const edges = new Map<number, LineageEdge[]>([
    [51, [{ toId: 51, from: tth, coverage: 'full' }]],
    [
      52,
      [
        { toId: 52, from: hue1, coverage: 'full' },
        { toId: 52, from: other, coverage: 'partial' },
      ],
    ],
  ]);
  it('gives every earlier version within the period, through several changes in it', () => {
    expect(predecessorsWithin(hue2, '2025-01-01', edges)).toEqual([
      { id: 51, full: true },
      { id: 50, full: true },
      { id: 60, full: false },
    ]);
  });
  it('stops at the start of the period', () => {
    expect(predecessorsWithin(hue2, '2025-07-01', edges)).toEqual([]);
    expect(predecessorsWithin(hue2, '2025-04-01', edges)).toEqual([
      { id: 51, full: true },
      { id: 60, full: false },
    ]);
    expect(predecessorsWithin(hue1, '2025-01-01', edges)).toEqual([{ id: 50, full: true }]);
    expect(predecessorsWithin(tth, '2025-01-01', edges)).toEqual([]);
  });
});
