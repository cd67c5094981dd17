/**
 * The country's figure from its provinces' (issue #7, the country-wide report): sums over the provinces
 * that have the figure, plans and last year only when every one of them has them, shares recomputed from
 * summed counts (R-AGG-2), population-weighted shares not combined.
 */
import { describe, expect, it } from 'vitest';
import { SECTOR_CATALOGUE } from '../../src/domain/indicators/sector-catalogue.ts';
import { combineProvinces, type ProvinceFigure } from '../../src/domain/reports/national-figures.ts';

const def = (code: string) => SECTOR_CATALOGUE.byCode.get(code)!;
const f = (unit: string, value: number | null, plan: number | null = null, previous: number | null = null): ProvinceFigure => ({ unit, value, plan, previous });

describe('combineProvinces', () => {
  it.each([
    ['every province has plan and last year', [f('01', 100, 90, 80), f('02', 50, 60, 40)], { value: 150, plan: 150, previous: 120, parts: ['01', '02'] }],
    ['a province without a figure is left out', [f('01', 100, 90, 80), f('02', null, 60, 40)], { value: 100, plan: 90, previous: 80, parts: ['01'] }],
    ['a plan missing for one province: no plan', [f('01', 100, 90, 80), f('02', 50, null, 40)], { value: 150, plan: null, previous: 120 }],
    ['last year missing for one province: no comparison', [f('01', 100, 90, 80), f('02', 50, 60, null)], { value: 150, plan: 150, previous: null }],
    ['no province has it', [f('01', null), f('02', null)], { value: null, plan: null, previous: null, parts: [] }],
  ] as const)('sums: %s', (_name, cells, expected) => {
    expect(combineProvinces(def('province.telecom_revenue'), () => cells)).toMatchObject(expected);
  });

  it('recomputes a share from the summed counts, never averaging the shares (R-AGG-2)', () => {
    const cells: Record<string, ProvinceFigure[]> = {
      'province.dossiers_online': [f('01', 90, null, 50), f('02', 10, null, 10)],
      'province.dossiers_total': [f('01', 100, null, 100), f('02', 100, null, 100)],
    };
    // (90 + 10) / (100 + 100) = 50%, not (90% + 10%) / 2 — here the same by chance, so weight them unequally:
    cells['province.dossiers_total'] = [f('01', 100, null, 100), f('02', 300, null, 100)];
    const n = combineProvinces(def('province.share_dossiers_online'), (code) => cells[code] ?? []);
    expect(n).toMatchObject({ value: 25, numerator: 100, denominator: 400, previous: 30, parts: ['01', '02'] });
  });

  it('does not combine a population-weighted share', () => {
    const n = combineProvinces(def('province.mobile_population_coverage'), () => [f('01', 98), f('02', 96)]);
    expect(n.value).toBeNull();
    expect(n.notCombined).toContain('chưa tổng hợp cho cả nước');
  });
});
