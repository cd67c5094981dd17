/**
 * The type words written before unit names ("Tỉnh Bắc Kạn", "Thị trấn Chợ Rã", "Tổ dân phố 3") and in
 * the "Cấp" / "Loại" columns, per QĐ 124/2004/QĐ-TTg, QĐ 19/2025/QĐ-TTg and TT 05/2022/TT-BNV (thôn).
 */
import { foldVietnamese } from '../text/fold.ts';
import { UNIT_TYPES, findUnitType, type UnitLevel } from '../units/unit-types.ts';

interface TypeWord {
  word: string;
  typeCode: string;
}

const villageWords: TypeWord[] = UNIT_TYPES.filter((t) => t.level === 'village').map((t) => ({ word: t.vi, typeCode: t.code }));

/** Name prefixes per level, longest first so "Khu phố" wins over "Khu" and "Thị trấn" over others. */
const PREFIXES: Record<UnitLevel, TypeWord[]> = {
  province: [
    { word: 'Thành phố', typeCode: 'municipality' },
    { word: 'Tỉnh', typeCode: 'province' },
  ],
  district: [
    { word: 'Thành phố', typeCode: 'provincial_city' },
    { word: 'Thị xã', typeCode: 'district_level_town' },
    { word: 'Quận', typeCode: 'urban_district' },
    { word: 'Huyện', typeCode: 'rural_district' },
  ],
  commune: [
    { word: 'Thị trấn', typeCode: 'commune_level_town' },
    { word: 'Đặc khu', typeCode: 'special_zone' },
    { word: 'Phường', typeCode: 'ward' },
    { word: 'Xã', typeCode: 'commune' },
  ],
  village: [...villageWords].sort((a, b) => b.word.length - a.word.length),
};

/** The words the "Cấp" (communes) and "Loại" (villages) columns may hold, folded: "thi tran" → commune_level_town. */
const COLUMN_WORDS: Partial<Record<UnitLevel, Map<string, string>>> = {
  commune: new Map(PREFIXES.commune.map((w) => [foldVietnamese(w.word), w.typeCode])),
  village: new Map(villageWords.map((w) => [foldVietnamese(w.word), w.typeCode])),
};

export interface SplitName {
  typeCode: string;
  /** The name without its type word. */
  name: string;
}

/**
 * Splits "Huyện Ba Bể" into rural_district + "Ba Bể". Matching keeps diacritics (so "Lãng Sơn" is not
 * read as "Làng Sơn") and ignores case; undefined when the name does not start with a type word.
 */
export function splitTypePrefix(fullName: string, level: UnitLevel): SplitName | undefined {
  const lower = fullName.toLocaleLowerCase('vi');
  for (const { word, typeCode } of PREFIXES[level]) {
    const w = `${word.toLocaleLowerCase('vi')} `;
    if (lower.startsWith(w) && fullName.length > w.length) {
      const name = fullName.slice(w.length).trim();
      if (name) return { typeCode, name };
    }
  }
  return undefined;
}

/** Reads a "Cấp" or "Loại" cell ("Thị trấn", "thi tran", "TỔ DÂN PHỐ") into a type code. */
export function parseTypeWord(text: string, level: UnitLevel): string | undefined {
  return COLUMN_WORDS[level]?.get(foldVietnamese(text));
}

/** The type words a "Cấp" or "Loại" column accepts, for error messages. */
export function listTypeWords(level: UnitLevel): string[] {
  return PREFIXES[level].map((w) => w.word);
}

/** The word written before the name in a full name: "Thành phố" for both kinds of city, else the type's name. */
export function typePrefix(typeCode: string): string {
  if (typeCode === 'municipality' || typeCode === 'provincial_city' || typeCode === 'municipal_city') return 'Thành phố';
  return findUnitType(typeCode)?.vi ?? typeCode;
}

/** "Tỉnh" + "Bắc Kạn" → "Tỉnh Bắc Kạn". */
export function buildFullName(typeCode: string, name: string): string {
  return `${typePrefix(typeCode)} ${name}`;
}
