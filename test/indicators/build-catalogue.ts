/** Builds small catalogues for the compile tests: valid by default, broken by one change at a time. */
import type { CatalogueDefs, IndicatorDef } from '../../src/domain/indicators/indicator-types.ts';

/** A mutable copy of a definition set, for tests that break one field. */
export type MutableDefs = { version: string; dimensions: Record<string, unknown>[]; indicators: (Record<string, unknown> & { code: string })[] };

const source = { basis: 'test' };
const stock = { periodType: 'quarter', periodKind: 'stock' } as const;

/** The smallest catalogue exercising every part of the model; it compiles. */
export function buildCatalogueDefs(): CatalogueDefs {
  const indicators: IndicatorDef[] = [
    {
      code: 'village.flag',
      area: 'villages',
      name: { vi: 'Cờ', en: 'Flag' },
      shortVi: 'Cờ',
      unit: { vi: 'thôn', en: 'villages' },
      valueType: 'boolean',
      levels: ['village'],
      ...stock,
      aggregation: { kind: 'count_true' },
      decimals: 0,
      disaggregations: [{ dimension: 'technology', values: ['3g', '4g'], total: 'any' }],
      source,
    },
    {
      code: 'commune.villages',
      area: 'villages',
      name: { vi: 'Số thôn', en: 'Villages' },
      shortVi: 'Số thôn',
      unit: { vi: 'thôn', en: 'villages' },
      valueType: 'count',
      levels: ['commune'],
      ...stock,
      aggregation: { kind: 'sum' },
      decimals: 0,
      registerSource: { kind: 'child_count', childLevel: 'village' },
      source,
    },
    {
      code: 'commune.share',
      area: 'villages',
      name: { vi: 'Tỷ lệ', en: 'Share' },
      shortVi: 'Tỷ lệ',
      unit: { vi: '%', en: '%' },
      valueType: 'percent',
      levels: ['commune', 'province'],
      ...stock,
      aggregation: { kind: 'ratio_of_sums', numerator: 'village.flag', denominator: 'commune.villages' },
      decimals: 1,
      source,
    },
    {
      code: 'commune.hours',
      area: 'postal',
      name: { vi: 'Giờ mở cửa', en: 'Opening hours' },
      shortVi: 'Giờ',
      unit: { vi: 'giờ/ngày', en: 'hours/day' },
      valueType: 'number',
      levels: ['commune'],
      periodType: 'year',
      periodKind: 'stock',
      aggregation: { kind: 'latest' },
      decimals: 1,
      range: { min: 0, max: 24 },
      source: { basis: 'QĐ 1127/QĐ-BTTTT, tiêu chí 8.1', rules: ['R-1127-8.1'] },
      confidence: 'XN',
    },
    {
      code: 'commune.kind',
      area: 'postal',
      name: { vi: 'Loại', en: 'Kind' },
      shortVi: 'Loại',
      unit: { vi: 'loại', en: 'kind' },
      valueType: 'enum',
      options: [
        { value: 'a', vi: 'A', en: 'A' },
        { value: 'b', vi: 'B', en: 'B' },
      ],
      levels: ['commune'],
      ...stock,
      aggregation: { kind: 'none' },
      decimals: 0,
      source,
    },
    {
      code: 'commune.count_b',
      area: 'radio',
      name: { vi: 'Số thôn B', en: 'Villages B' },
      shortVi: 'B',
      unit: { vi: 'thôn', en: 'villages' },
      valueType: 'count',
      levels: ['commune'],
      ...stock,
      aggregation: { kind: 'sum' },
      decimals: 0,
      source,
      crossChecks: [{ id: 'commune.count_b.lte_villages', op: 'lte', other: 'commune.villages', vi: 'B ≤ số thôn', en: 'B ≤ villages' }],
    },
    {
      code: 'province.amount',
      area: 'telecom',
      name: { vi: 'Doanh thu', en: 'Revenue' },
      shortVi: 'DT',
      unit: { vi: 'tỷ đồng', en: 'billion VND' },
      valueType: 'number',
      levels: ['province'],
      periodType: 'month',
      periodKind: 'flow',
      aggregation: { kind: 'sum' },
      decimals: 3,
      range: { min: 0 },
      source: { basis: 'TT 03/2022/TT-BTTTT, chỉ tiêu 1303', nationalCode: '1303' },
    },
  ];
  return {
    version: 'test.1',
    dimensions: [
      {
        code: 'technology',
        vi: 'Công nghệ',
        en: 'Technology',
        values: [
          { value: '3g', vi: '3G', en: '3G' },
          { value: '4g', vi: '4G', en: '4G' },
        ],
      },
    ],
    indicators,
  };
}

/** A deep, mutable copy of the valid catalogue. */
export function buildMutableDefs(): MutableDefs {
  return structuredClone(buildCatalogueDefs()) as unknown as MutableDefs;
}

/** The indicator with this code in a mutable copy; throws when absent (a broken test, not a broken catalogue). */
export function indicatorIn(defs: MutableDefs, code: string): Record<string, unknown> {
  const found = defs.indicators.find((i) => i.code === code);
  if (!found) throw new Error(`no ${code} in the test catalogue`);
  return found;
}
