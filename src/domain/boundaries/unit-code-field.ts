/**
 * Where a feature's unit code is and what it is: the code property (by default `code`, or a usual
 * Vietnamese name such as `ma_xa`, `MaXa`, `ma_tinh`, `ma_dvhc`), its value with the leading zeros
 * that spreadsheets and GIS tools drop restored (mã tỉnh 2 chữ số, mã huyện 3, mã xã 5: QĐ 124/2004,
 * QĐ 19/2025/QĐ-TTg), and the level of the file.
 */
import { foldVietnamese } from '../text/fold.ts';
import type { BoundaryLevel } from './boundary-types.ts';

/** Code property names tried in this order (compared folded: case, diacritics, `_` and spaces ignored). */
export const CODE_FIELD_NAMES = [
  'code',
  'ma',
  'ma_dvhc',
  'ma_don_vi',
  'unit_code',
  'admin_code',
  'ma_xa',
  'ma_phuong_xa',
  'commune_code',
  'ma_huyen',
  'district_code',
  'ma_tinh',
  'province_code',
] as const;

/** Name property names tried in this order (for suggestions when a code is unknown). */
export const NAME_FIELD_NAMES = ['full_name', 'ten_day_du', 'name', 'ten', 'ten_dvhc', 'ten_xa', 'ten_huyen', 'ten_tinh', 'ten_don_vi', 'name_vi'] as const;

/** The number of digits of a code at each level. */
export const CODE_WIDTH: Record<BoundaryLevel, number> = { province: 2, district: 3, commune: 5 };

const LEVEL_OF_FIELD: Record<string, BoundaryLevel> = {
  maxa: 'commune',
  maphuongxa: 'commune',
  communecode: 'commune',
  mahuyen: 'district',
  districtcode: 'district',
  matinh: 'province',
  provincecode: 'province',
};

// Files repeat the same few property names on every feature: fold each name once.
const foldedNames = new Map<string, string>();

/** A property name folded for matching: "Mã_Xã" → "maxa". */
export function foldFieldName(name: string): string {
  let folded = foldedNames.get(name);
  if (folded === undefined) {
    folded = foldVietnamese(name).replace(/[^a-z0-9]/g, '');
    if (foldedNames.size < 10_000) foldedNames.set(name, folded);
  }
  return folded;
}

/** Finds the property `folded` (a folded name) in `properties`; undefined when it is absent. */
export function findProperty(properties: Record<string, unknown>, folded: string): { key: string; value: unknown } | undefined {
  for (const key of Object.keys(properties)) if (foldFieldName(key) === folded) return { key, value: properties[key] };
  return undefined;
}

/**
 * The code field of a file: the user's field when given (exact name first, then folded), else the first
 * usual name present on any feature. Returns the folded name to look up, and the name as written.
 */
export function chooseCodeField(allKeys: ReadonlySet<string>, given: string | undefined): { folded: string; name: string } | undefined {
  const byFolded = new Map<string, string>();
  for (const k of allKeys) if (!byFolded.has(foldFieldName(k))) byFolded.set(foldFieldName(k), k);
  if (given !== undefined) {
    if (allKeys.has(given)) return { folded: foldFieldName(given), name: given };
    const name = byFolded.get(foldFieldName(given));
    return name === undefined ? undefined : { folded: foldFieldName(given), name };
  }
  for (const candidate of CODE_FIELD_NAMES) {
    const folded = foldFieldName(candidate);
    const name = byFolded.get(folded);
    if (name !== undefined) return { folded, name };
  }
  return undefined;
}

/** The level a code field's name implies (`ma_xa` → commune), if any. */
export function levelOfField(folded: string): BoundaryLevel | undefined {
  return LEVEL_OF_FIELD[folded];
}

export type CodeReading = { ok: true; code: string } | { ok: false; reason: 'missing' | 'shape' };

/** Reads a code value: a string of letters and digits, or a whole number (leading zeros restored later). */
export function readCodeValue(value: unknown): CodeReading {
  if (value === null || value === undefined) return { ok: false, reason: 'missing' };
  if (typeof value === 'number') {
    if (!Number.isInteger(value) || value < 0) return { ok: false, reason: 'shape' };
    return { ok: true, code: String(value) };
  }
  if (typeof value !== 'string') return { ok: false, reason: 'shape' };
  const text = value.normalize('NFC').trim();
  if (text === '') return { ok: false, reason: 'missing' };
  // "4.0" is what a spreadsheet makes of a code typed as a number
  const asFloat = /^(\d+)\.0+$/.exec(text);
  if (asFloat) return { ok: true, code: asFloat[1]! };
  if (!/^[0-9A-Za-z][0-9A-Za-z._-]{0,39}$/.test(text)) return { ok: false, reason: 'shape' };
  return { ok: true, code: text };
}

/** Pads an all-digit code to the width of its level ("4" → "00004" for a commune). */
export function padCode(code: string, level: BoundaryLevel | null): string {
  if (level === null || !/^\d+$/.test(code)) return code;
  return code.padStart(CODE_WIDTH[level], '0');
}

/**
 * The level of a file's units: the one given; else the one its code field names (`ma_tinh`); else a
 * `level` property every feature agrees on; else the length of its longest all-digit code.
 */
export function inferLevel(input: {
  given?: BoundaryLevel | undefined;
  codeField: string | undefined;
  levelProperties: readonly unknown[];
  codes: readonly string[];
}): BoundaryLevel | null {
  if (input.given) return input.given;
  const fromField = input.codeField === undefined ? undefined : levelOfField(input.codeField);
  if (fromField) return fromField;
  const stated = new Set(input.levelProperties.map((v) => (typeof v === 'string' ? v.trim().toLowerCase() : '')));
  if (stated.size === 1) {
    const only = [...stated][0];
    if (only === 'province' || only === 'district' || only === 'commune') return only;
  }
  let longest = 0;
  for (const c of input.codes) if (/^\d+$/.test(c)) longest = Math.max(longest, c.length);
  if (longest === 0) return null;
  return longest <= 2 ? 'province' : longest === 3 ? 'district' : 'commune';
}
