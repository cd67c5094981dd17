/** The levels figures are shown at (districts only before 01/07/2025) and the level below each. */
export const PIVOT_LEVEL_NAMES = ['province', 'district', 'commune', 'village'] as const;
export type PivotLevelName = (typeof PIVOT_LEVEL_NAMES)[number];

/** The level one down, for drill-down (a province's communes, in either map). */
export const LEVEL_BELOW: Readonly<Record<PivotLevelName, PivotLevelName | null>> = {
  province: 'commune',
  district: 'commune',
  commune: 'village',
  village: null,
};
