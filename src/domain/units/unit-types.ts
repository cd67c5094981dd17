/**
 * Levels and types of administrative units, with their Vietnamese and English names.
 * Types per QĐ 124/2004/QĐ-TTg (pre-reform) and QĐ 19/2025/QĐ-TTg (from 01/07/2025); village types are
 * the local names of thôn-level residential communities (Luật Tổ chức chính quyền địa phương; TT 05/2022/TT-BNV).
 */
export const UNIT_LEVELS = ['province', 'district', 'commune', 'village'] as const;
export type UnitLevel = (typeof UNIT_LEVELS)[number];

export interface UnitTypeInfo {
  code: string;
  level: UnitLevel;
  /** Vietnamese type name, as written before the unit's name ("Tỉnh", "Xã", "Thôn"). */
  vi: string;
  en: string;
  /** True for the commune types that the NTM criteria apply to (xã; đặc khu are counted with xã). */
  isRuralCommune?: boolean;
}

export const UNIT_TYPES: readonly UnitTypeInfo[] = [
  { code: 'municipality', level: 'province', vi: 'Thành phố trực thuộc trung ương', en: 'Centrally-run city' },
  { code: 'province', level: 'province', vi: 'Tỉnh', en: 'Province' },
  { code: 'municipal_city', level: 'district', vi: 'Thành phố thuộc thành phố trực thuộc trung ương', en: 'City under a centrally-run city' },
  { code: 'provincial_city', level: 'district', vi: 'Thành phố thuộc tỉnh', en: 'Provincial city' },
  { code: 'urban_district', level: 'district', vi: 'Quận', en: 'Urban district' },
  { code: 'district_level_town', level: 'district', vi: 'Thị xã', en: 'District-level town' },
  { code: 'rural_district', level: 'district', vi: 'Huyện', en: 'Rural district' },
  { code: 'ward', level: 'commune', vi: 'Phường', en: 'Ward' },
  { code: 'commune', level: 'commune', vi: 'Xã', en: 'Commune', isRuralCommune: true },
  { code: 'commune_level_town', level: 'commune', vi: 'Thị trấn', en: 'Commune-level town' },
  { code: 'special_zone', level: 'commune', vi: 'Đặc khu', en: 'Special zone', isRuralCommune: true },
  { code: 'thon', level: 'village', vi: 'Thôn', en: 'Village' },
  { code: 'ban', level: 'village', vi: 'Bản', en: 'Village (bản)' },
  { code: 'ap', level: 'village', vi: 'Ấp', en: 'Hamlet (ấp)' },
  { code: 'xom', level: 'village', vi: 'Xóm', en: 'Hamlet (xóm)' },
  { code: 'lang', level: 'village', vi: 'Làng', en: 'Village (làng)' },
  { code: 'buon', level: 'village', vi: 'Buôn', en: 'Village (buôn)' },
  { code: 'plei', level: 'village', vi: 'Plei', en: 'Village (plei)' },
  { code: 'phum', level: 'village', vi: 'Phum', en: 'Village (phum)' },
  { code: 'soc', level: 'village', vi: 'Sóc', en: 'Village (sóc)' },
  { code: 'to_dan_pho', level: 'village', vi: 'Tổ dân phố', en: 'Residential group' },
  { code: 'khu_pho', level: 'village', vi: 'Khu phố', en: 'Neighbourhood (khu phố)' },
  { code: 'khom', level: 'village', vi: 'Khóm', en: 'Neighbourhood (khóm)' },
  { code: 'khu', level: 'village', vi: 'Khu', en: 'Neighbourhood (khu)' },
];

const byCode = new Map(UNIT_TYPES.map((t) => [t.code, t]));

/** Looks up a unit type by its code; undefined for an unknown code. */
export function findUnitType(code: string): UnitTypeInfo | undefined {
  return byCode.get(code);
}

/** True when `value` is one of the four unit levels. */
export function isUnitLevel(value: string): value is UnitLevel {
  return (UNIT_LEVELS as readonly string[]).includes(value);
}

/** The Vietnamese and English names of a level. */
export const LEVEL_NAMES: Record<UnitLevel, { vi: string; en: string }> = {
  province: { vi: 'Cấp tỉnh', en: 'Province level' },
  district: { vi: 'Cấp huyện', en: 'District level' },
  commune: { vi: 'Cấp xã', en: 'Commune level' },
  village: { vi: 'Thôn, tổ dân phố', en: 'Village level' },
};

/** Expected code shape per level: 2 digits, 3 digits, 5 digits (GSO); villages are locally coded. */
export const CODE_PATTERNS: Record<UnitLevel, RegExp> = {
  province: /^\d{2}$/,
  district: /^\d{3}$/,
  commune: /^\d{5}$/,
  village: /^[0-9A-Za-z][0-9A-Za-z._-]{0,39}$/,
};

/** The date the two-tier local government began and districts ceased (regulations.md §3.3). */
export const TWO_TIER_START = '2025-07-01';
