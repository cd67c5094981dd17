/**
 * What the demo dataset covers and the scales it draws from. Every figure is illustrative ("dữ liệu minh
 * họa"): the scales below are rounded orders of magnitude chosen so that the figures look plausible, not
 * statistics of the provinces named.
 */

/** Changes with any change to what the generator produces (written on the demo's value batch). */
export const DEMO_VERSION = 'demo.2';

/** How the demo is labelled wherever it is shown. */
export const DEMO_LABEL = { vi: 'dữ liệu minh họa', en: 'illustrative demo data' } as const;

/** The source written on demo villages and lineage edges: it labels them as demo data in the register. */
export const DEMO_SOURCE = 'demo';

/** The dataset stops at this date (fixed, so that the data does not depend on the day it is loaded). */
export const DEMO_AS_OF = '2026-11-22';
export const FIRST_YEAR = 2016;
/** The last year with a complete year of figures. */
export const LAST_FULL_YEAR = 2025;
/** The current, incomplete year: quarters up to LAST_QUARTER and months up to LAST_MONTH. */
export const CURRENT_YEAR = 2026;
export const LAST_QUARTER = 3;
export const LAST_MONTH = 10;
/** From this year on, flows and stocks are also given by month or quarter. */
export const DETAIL_FROM_YEAR = 2024;

/** The provinces of the seed reports (codes before 01/07/2025): communes and villages are generated for these. */
export const SEED_PROVINCES = ['06', '14', '60', '74'] as const;

/** Provinces whose every commune is in the demo, so commune shares can be given for the whole province. */
export const FULLY_COVERED_PROVINCES = {
  beforeReform: ['06', '14', '60', '74'],
  afterReform: ['14'],
} as const;

/** How a province's figures behave: remote mountains to a metropolis. */
export type ProvinceProfile = 'mountain' | 'midland' | 'lowland' | 'urban' | 'metro';

/** The scale of an old province (before 01/07/2025): population at the start of 2016 and its growth. */
export interface ProvinceScale {
  profile: ProvinceProfile;
  population2016: number;
  /** Yearly growth of the population. */
  populationGrowth: number;
  /** People per household. */
  householdSize: number;
}

/**
 * The old provinces that make up the merged provinces of the seed reports (R-HIST-7): the seed provinces
 * and the provinces merged with them on 01/07/2025, so a merged province's figures continue theirs.
 */
export const PROVINCE_SCALES: Readonly<Record<string, ProvinceScale>> = {
  '06': { profile: 'mountain', population2016: 314_000, populationGrowth: 0.009, householdSize: 3.9 },
  '14': { profile: 'mountain', population2016: 1_210_000, populationGrowth: 0.015, householdSize: 4.4 },
  '19': { profile: 'midland', population2016: 1_250_000, populationGrowth: 0.01, householdSize: 3.6 },
  '60': { profile: 'lowland', population2016: 1_230_000, populationGrowth: 0.004, householdSize: 3.8 },
  '67': { profile: 'mountain', population2016: 620_000, populationGrowth: 0.018, householdSize: 4.0 },
  '68': { profile: 'midland', population2016: 1_280_000, populationGrowth: 0.007, householdSize: 3.8 },
  '74': { profile: 'urban', population2016: 2_050_000, populationGrowth: 0.04, householdSize: 3.1 },
  '77': { profile: 'urban', population2016: 1_110_000, populationGrowth: 0.012, householdSize: 3.5 },
  '79': { profile: 'metro', population2016: 8_600_000, populationGrowth: 0.014, householdSize: 3.3 },
};

/** The village type of a seed province's communes: thôn, bản, ấp; tổ dân phố or khu phố in wards and towns. */
export function villageTypeFor(provinceCode: string, isUrban: boolean): string {
  if (isUrban) return provinceCode === '60' || provinceCode === '74' ? 'khu_pho' : 'to_dan_pho';
  if (provinceCode === '14') return 'ban';
  if (provinceCode === '74') return 'ap';
  return 'thon';
}

/** True for a commune type whose villages are urban (phường, thị trấn). */
export function isUrbanCommuneType(typeCode: string): boolean {
  return typeCode === 'ward' || typeCode === 'commune_level_town';
}

/**
 * How many villages a commune has: 5–9 bản/thôn in the mountains, fewer in the lowlands and towns. Real
 * mountain communes often have more; the range keeps the demo within its load budget (about 400,000 values).
 */
export function villageCountRange(provinceCode: string, isUrban: boolean): [number, number] {
  if (isUrban) return [5, 6];
  return provinceCode === '06' || provinceCode === '14' ? [5, 9] : [5, 7];
}

/** True for the mountain provinces, where lõm sóng remains and the coverage programme is tracked each quarter. */
export function isMountainProvince(provinceCode: string): boolean {
  return PROVINCE_SCALES[provinceCode]?.profile === 'mountain';
}

/** A piecewise-linear curve over time: [instant in years, value] pairs in increasing time. */
export type Curve = readonly (readonly [number, number])[];

/** A curve through the given points. */
export function curve(...points: ReadonlyArray<readonly [number, number]>): Curve {
  return points;
}

/** The value of a curve at an instant (flat before the first point and after the last). */
export function curveAt(points: Curve, t: number): number {
  const first = points[0]!;
  if (t <= first[0]) return first[1];
  for (let i = 1; i < points.length; i++) {
    const [t1, v1] = points[i]!;
    if (t <= t1) {
      const [t0, v0] = points[i - 1]!;
      return v0 + ((v1 - v0) * (t - t0)) / (t1 - t0);
    }
  }
  return points[points.length - 1]![1];
}
