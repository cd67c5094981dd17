import { describe, expect, it } from 'vitest';
import { periodParts } from '../../src/domain/periods/period-parts.ts';

describe('periodParts', () => {
  it('lists a year with its halves, quarters and months, coarsest first, with grain and last month', () => {
    const parts = periodParts(['2024']);
    expect(parts).toHaveLength(1 + 2 + 4 + 12);
    expect(parts[0]).toEqual({ period: '2024', target: '2024', grain: 0, endMonth: 12 });
    expect(parts.find((p) => p.period === '2024S1')).toEqual({ period: '2024S1', target: '2024', grain: 1, endMonth: 6 });
    expect(parts.find((p) => p.period === '2024Q3')).toEqual({ period: '2024Q3', target: '2024', grain: 2, endMonth: 9 });
    expect(parts.find((p) => p.period === '2024M07')).toEqual({ period: '2024M07', target: '2024', grain: 3, endMonth: 7 });
  });

  it('lists a quarter with its months only, and a month alone; repeated targets once', () => {
    expect(periodParts(['2024Q3', '2024Q3']).map((p) => p.period)).toEqual(['2024Q3', '2024M07', '2024M08', '2024M09']);
    expect(periodParts(['2024M02'])).toEqual([{ period: '2024M02', target: '2024M02', grain: 3, endMonth: 2 }]);
  });

  it('gives a stored period once per target containing it', () => {
    const parts = periodParts(['2024', '2024S2']);
    expect(parts.filter((p) => p.period === '2024M08').map((p) => p.target)).toEqual(['2024', '2024S2']);
  });
});
