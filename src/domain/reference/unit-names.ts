/**
 * Names of administrative units as the packages write them ("Thị Trấn  Vân Tùng", "Xã Hoà An"): the
 * type prefix, the bare name, and a comparison key under which trivial spelling differences vanish.
 */
import { normalizeName } from '../text/fold.ts';
import type { UnitLevel } from '../units/unit-types.ts';

// Vietnamese tone marks (huyền, sắc, ngã, hỏi, nặng) as combining characters after NFD.
const TONE_MARKS = /[\u0300\u0301\u0303\u0309\u0323]/g;

/**
 * Key under which two spellings of one name compare equal: NFC, single spaces, lower case, and the
 * tone mark moved off the vowel to the end of its syllable, so the old and new placement rules
 * (Hòa/Hoà, Thủy/Thuỷ) give the same key while Hòa and Hóa stay different.
 */
export function nameKey(name: string): string {
  return normalizeName(name)
    .toLowerCase()
    .split(' ')
    .map((syllable) => {
      const decomposed = syllable.normalize('NFD');
      const tones = decomposed.match(TONE_MARKS) ?? [];
      return decomposed.replace(TONE_MARKS, '').normalize('NFC') + tones.join('');
    })
    .join(' ');
}

interface TypePrefix {
  prefix: string;
  typeCode: string;
}

// Prefixes per level, longest first; types per QĐ 124/2004/QĐ-TTg and QĐ 19/2025/QĐ-TTg
// (src/domain/units/unit-types.ts). A district-level "Thành phố" is resolved by its province below.
const PREFIXES: Record<Exclude<UnitLevel, 'village'>, TypePrefix[]> = {
  province: [
    { prefix: 'Thành phố', typeCode: 'municipality' },
    { prefix: 'Tỉnh', typeCode: 'province' },
  ],
  district: [
    { prefix: 'Thành phố', typeCode: 'provincial_city' },
    { prefix: 'Thị xã', typeCode: 'district_level_town' },
    { prefix: 'Quận', typeCode: 'urban_district' },
    { prefix: 'Huyện', typeCode: 'rural_district' },
  ],
  commune: [
    { prefix: 'Thị trấn', typeCode: 'commune_level_town' },
    { prefix: 'Đặc khu', typeCode: 'special_zone' },
    { prefix: 'Phường', typeCode: 'ward' },
    { prefix: 'Xã', typeCode: 'commune' },
  ],
};

export interface TypedName {
  typeCode: string;
  /** The bare name: "Bắc Kạn", "12". */
  name: string;
  /** Canonical prefix + bare name: "Thị trấn Vân Tùng" (prefix case fixed, NFC, single spaces). */
  fullName: string;
}

/**
 * Splits a full name into type and bare name by its prefix; undefined when no prefix of the level
 * matches. A district-level "Thành phố" inside a centrally-run city is a "thành phố thuộc thành phố
 * trực thuộc trung ương" (Thủ Đức, Thủy Nguyên: Luật Tổ chức chính quyền địa phương 2015, art. 2).
 */
export function parseTypedName(fullName: string, level: Exclude<UnitLevel, 'village'>, inMunicipality = false): TypedName | undefined {
  const text = normalizeName(fullName);
  const lower = text.toLowerCase();
  for (const p of PREFIXES[level]) {
    if (!lower.startsWith(`${p.prefix.toLowerCase()} `)) continue;
    const name = text.slice(p.prefix.length + 1);
    const typeCode = p.typeCode === 'provincial_city' && inMunicipality ? 'municipal_city' : p.typeCode;
    return { typeCode, name, fullName: `${p.prefix} ${name}` };
  }
  return undefined;
}

/** The Vietnamese prefix written before names of a unit type ("Tỉnh", "Thành phố"). */
export function prefixOfType(typeCode: string): string | undefined {
  if (typeCode === 'municipal_city') return 'Thành phố';
  for (const list of Object.values(PREFIXES)) {
    const found = list.find((p) => p.typeCode === typeCode);
    if (found) return found.prefix;
  }
  return undefined;
}
