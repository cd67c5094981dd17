/**
 * The catalogue of effective-dated facts kept per unit version (table unit_attribute): what each one
 * means, the values it takes, the levels it applies to and the rule it serves (regulations.md §2.3,
 * §2.6, §2.7, §5). Data, not code: files, diffs and the web unit page all read their labels from here.
 */
import { foldVietnamese } from '../text/fold.ts';
import { formatNumberVi } from '../format/vi-format.ts';
import { findUnitType, type UnitLevel } from './unit-types.ts';

/** The keys stored in unit_attribute.attribute, in catalogue order. */
export const UNIT_ATTRIBUTE_KEYS = [
  'population',
  'households',
  'area_km2',
  'is_dbkk',
  'is_border',
  'is_island',
  'ntm_region',
  'ntm2026_group',
  'dtts_area',
  'agriculture_share',
  'urban_oriented',
] as const;
export type UnitAttributeKey = (typeof UNIT_ATTRIBUTE_KEYS)[number];

/** A value as stored in unit_attribute.value (jsonb): a number, a boolean or an option's value. */
export type AttributeValue = number | boolean | string;

/** One choice of an enumerated attribute. */
export interface AttributeOption {
  value: string;
  vi: string;
  en: string;
  /** Abbreviations written in provincial files ("TDMNPB", "ĐBSCL"), matched without diacritics or punctuation. */
  aliases: readonly string[];
}

/** The values an attribute takes. */
export type AttributeValueSpec =
  | { type: 'integer'; min: number; max: number }
  | { type: 'decimal'; greaterThan?: number; min?: number; max: number; maxDecimals: number }
  | { type: 'boolean' }
  | { type: 'enum'; options: readonly AttributeOption[] };

/** One attribute of the catalogue. */
export interface UnitAttributeDef {
  key: UnitAttributeKey;
  vi: string;
  en: string;
  /** The short Vietnamese name used in reports ("ĐBKK"). */
  short?: string;
  spec: AttributeValueSpec;
  levels: readonly UnitLevel[];
  /** Only rural communes (xã, đặc khu): NTM criteria are set for xã, not phường (regulations.md R-AGG-1). */
  isRuralCommuneOnly?: boolean;
  /** The legal act behind the attribute and the regulations.md rules that read it. */
  source?: { act: string; rules: readonly string[] };
}

/** The 7 regional columns of the QĐ 318/2022 criteria (regulations.md §2.3, §2.7), in the decision's order. */
const NTM_REGIONS: readonly AttributeOption[] = [
  // "TN" is not taken for Tây Nguyên: provincial files use it for Thái Nguyên, a TDMN province.
  {
    value: 'tdmn_phia_bac',
    vi: 'Trung du và miền núi phía Bắc',
    en: 'Northern Midlands and Mountains',
    aliases: ['TDMN phía Bắc', 'TDMNPB', 'TD&MNPB', 'Trung du miền núi phía Bắc', 'Miền núi phía Bắc'],
  },
  { value: 'dong_bang_song_hong', vi: 'Đồng bằng sông Hồng', en: 'Red River Delta', aliases: ['ĐBSH', 'ĐB sông Hồng'] },
  { value: 'bac_trung_bo', vi: 'Bắc Trung Bộ', en: 'North Central Coast', aliases: ['BTB'] },
  { value: 'duyen_hai_nam_trung_bo', vi: 'Duyên hải Nam Trung Bộ', en: 'South Central Coast', aliases: ['DHNTB', 'DH Nam Trung Bộ'] },
  { value: 'tay_nguyen', vi: 'Tây Nguyên', en: 'Central Highlands', aliases: [] },
  { value: 'dong_nam_bo', vi: 'Đông Nam Bộ', en: 'Southeast', aliases: ['ĐNB'] },
  { value: 'dong_bang_song_cuu_long', vi: 'Đồng bằng sông Cửu Long', en: 'Mekong River Delta', aliases: ['ĐBSCL', 'ĐB sông Cửu Long'] },
];

const ALL_LEVELS: readonly UnitLevel[] = ['province', 'district', 'commune', 'village'];
// 100 million: more than any unit's population (the country has about 101 million); larger is a typo.
const COUNT = { type: 'integer', min: 0, max: 100_000_000 } as const;
const UNIVERSAL_SERVICE = 'QĐ 2269/QĐ-TTg (2021): viễn thông công ích cho vùng biên giới, hải đảo, ĐBKK (regulations.md §5)';

/** The catalogue, in the order the web unit page lists attributes. */
export const UNIT_ATTRIBUTES: readonly UnitAttributeDef[] = [
  { key: 'population', vi: 'Dân số', en: 'Population', spec: COUNT, levels: ALL_LEVELS },
  { key: 'households', vi: 'Số hộ', en: 'Households', spec: COUNT, levels: ALL_LEVELS },
  // The largest province after the 2025 mergers is about 24,000 km²; the country 331,000 km².
  { key: 'area_km2', vi: 'Diện tích (km²)', en: 'Area (km²)', spec: { type: 'decimal', greaterThan: 0, max: 400_000, maxDecimals: 2 }, levels: ALL_LEVELS },
  {
    key: 'is_dbkk',
    vi: 'Xã đặc biệt khó khăn',
    en: 'Especially disadvantaged commune',
    short: 'ĐBKK',
    spec: { type: 'boolean' },
    levels: ['commune'],
    source: { act: 'QĐ 318/QĐ-TTg (08/03/2022): xã ĐBKK dùng cột vùng TDMN phía Bắc', rules: ['R-REGION-318'] },
  },
  {
    key: 'is_border',
    vi: 'Biên giới',
    en: 'Border area',
    spec: { type: 'boolean' },
    levels: ['province', 'district', 'commune'],
    source: { act: UNIVERSAL_SERVICE, rules: [] },
  },
  // Island districts (huyện đảo, đặc khu from 2025) and island communes; no province is an island.
  {
    key: 'is_island',
    vi: 'Hải đảo',
    en: 'Island',
    spec: { type: 'boolean' },
    levels: ['district', 'commune'],
    source: { act: UNIVERSAL_SERVICE, rules: ['R-1127-8.2-opt'] },
  },
  {
    // The geographic region; the column a commune is judged by is derived (ĐBKK → TDMN phía Bắc, R-REGION-318).
    key: 'ntm_region',
    vi: 'Vùng (bộ tiêu chí NTM)',
    en: 'Region (new rural criteria)',
    spec: { type: 'enum', options: NTM_REGIONS },
    levels: ['province', 'commune'],
    source: { act: 'QĐ 318/QĐ-TTg (08/03/2022), Phụ lục I: chỉ tiêu theo 7 vùng', rules: ['R-REGION-318'] },
  },
  {
    key: 'ntm2026_group',
    vi: 'Nhóm xã NTM 2026–2030',
    en: 'Commune group (new rural criteria 2026–2030)',
    spec: { type: 'integer', min: 1, max: 3 },
    levels: ['commune'],
    isRuralCommuneOnly: true,
    source: { act: 'QĐ 51/2025/QĐ-TTg (29/12/2025): chỉ tiêu theo nhóm xã 1, 2, 3', rules: ['R-51-GROUP'] },
  },
  {
    // The facts QĐ 51/2025 groups communes by, for when no group has been assigned (R-51-GROUP).
    key: 'dtts_area',
    vi: 'Khu vực vùng đồng bào DTTS&MN',
    en: 'Ethnic-minority and mountain area class',
    short: 'Khu vực DTTS&MN',
    spec: {
      type: 'enum',
      options: [
        { value: '1', vi: 'Khu vực I', en: 'Area I', aliases: ['KV I', 'KVI', 'I'] },
        { value: '2', vi: 'Khu vực II', en: 'Area II', aliases: ['KV II', 'KVII', 'II'] },
        { value: '3', vi: 'Khu vực III', en: 'Area III', aliases: ['KV III', 'KVIII', 'III'] },
        { value: 'none', vi: 'Không thuộc vùng DTTS&MN', en: 'Outside the ethnic-minority and mountain areas', aliases: ['Không'] },
      ],
    },
    levels: ['commune'],
    isRuralCommuneOnly: true,
    source: { act: 'QĐ 51/2025/QĐ-TTg: nhóm 3 là xã khu vực II, III vùng DTTS&MN', rules: ['R-51-GROUP'] },
  },
  {
    key: 'agriculture_share',
    vi: 'Tỷ trọng nông nghiệp trong cơ cấu kinh tế xã (%)',
    en: 'Agriculture share of the commune economy (%)',
    spec: { type: 'decimal', min: 0, max: 100, maxDecimals: 1 },
    levels: ['commune'],
    isRuralCommuneOnly: true,
    source: { act: 'QĐ 51/2025/QĐ-TTg: nhóm 1 gồm xã có nông nghiệp dưới 10% cơ cấu kinh tế', rules: ['R-51-GROUP'] },
  },
  {
    key: 'urban_oriented',
    vi: 'Xã định hướng lên đô thị',
    en: 'Commune oriented to become urban',
    spec: { type: 'boolean' },
    levels: ['commune'],
    isRuralCommuneOnly: true,
    source: { act: 'QĐ 51/2025/QĐ-TTg: nhóm 1 gồm xã liền kề đô thị định hướng lên đô thị hoặc định hướng thành đô thị mới', rules: ['R-51-GROUP'] },
  },
];

const byKey = new Map(UNIT_ATTRIBUTES.map((a) => [a.key, a]));

/** Looks up an attribute by key; undefined for a key the catalogue does not know. */
export function findUnitAttribute(key: string): UnitAttributeDef | undefined {
  return byKey.get(key as UnitAttributeKey);
}

/** The Vietnamese and English label of every attribute, for the web unit page and reports. */
export const UNIT_ATTRIBUTE_LABELS = Object.fromEntries(UNIT_ATTRIBUTES.map((a) => [a.key, { vi: a.vi, en: a.en }])) as Record<
  UnitAttributeKey,
  { vi: string; en: string }
>;

/** True when the attribute may be set on a unit of this level and type. */
export function attributeAppliesTo(def: UnitAttributeDef, unit: { level: UnitLevel; typeCode: string }): boolean {
  if (!def.levels.includes(unit.level)) return false;
  return !def.isRuralCommuneOnly || findUnitType(unit.typeCode)?.isRuralCommune === true;
}

/** Folds an option text for matching: "ĐB sông Cửu Long" → "dbsongcuulong". */
const foldOption = (text: string) => foldVietnamese(text).replace(/[^a-z0-9]/g, '');

const optionIndex = new Map(
  UNIT_ATTRIBUTES.map((a) => {
    const index = new Map<string, string>();
    if (a.spec.type === 'enum') {
      for (const o of a.spec.options) for (const text of [o.value, o.vi, o.en, ...o.aliases]) index.set(foldOption(text), o.value);
    }
    return [a.key, index];
  }),
);

/** The option a text names (its value, label with or without diacritics, English name or abbreviation). */
export function matchAttributeOption(def: UnitAttributeDef, text: string): string | undefined {
  const folded = foldOption(text);
  const index = optionIndex.get(def.key);
  // "Vùng Tây Nguyên" names the region as well as "Tây Nguyên".
  return index?.get(folded) ?? index?.get(folded.replace(/^vung/, ''));
}

/** The outcome of validateAttributeValue: the value, or why it is refused. */
export type AttributeCheck = { ok: true; value: AttributeValue } | { ok: false; en: string; vi: string };

/** Checks a typed value against the attribute's spec; the reason comes in English and Vietnamese. */
export function validateAttributeValue(def: UnitAttributeDef, value: unknown): AttributeCheck {
  const spec = def.spec;
  switch (spec.type) {
    case 'integer':
      if (typeof value === 'number' && Number.isSafeInteger(value) && value >= spec.min && value <= spec.max) return { ok: true, value };
      return spec.max <= 10
        ? { ok: false, en: `must be one of ${range(spec.min, spec.max).join(', ')}`, vi: `phải là một trong các số ${range(spec.min, spec.max).join(', ')}` }
        : { ok: false, en: `must be a whole number from ${spec.min} to ${spec.max}`, vi: `phải là số nguyên từ ${spec.min} đến ${formatNumberVi(spec.max)}` };
    case 'decimal':
      if (
        typeof value === 'number' &&
        Number.isFinite(value) &&
        (spec.greaterThan === undefined || value > spec.greaterThan) &&
        (spec.min === undefined || value >= spec.min) &&
        value <= spec.max &&
        Number(value.toFixed(spec.maxDecimals)) === value
      ) {
        return { ok: true, value };
      }
      return spec.greaterThan !== undefined
        ? {
            ok: false,
            en: `must be a number greater than ${spec.greaterThan} and at most ${spec.max}, with at most ${spec.maxDecimals} decimals`,
            vi: `phải là số lớn hơn ${spec.greaterThan}, không quá ${formatNumberVi(spec.max)}, tối đa ${spec.maxDecimals} chữ số thập phân`,
          }
        : {
            ok: false,
            en: `must be a number from ${spec.min ?? 0} to ${spec.max}, with at most ${spec.maxDecimals} decimals`,
            vi: `phải là số từ ${spec.min ?? 0} đến ${formatNumberVi(spec.max)}, tối đa ${spec.maxDecimals} chữ số thập phân`,
          };
    case 'boolean':
      return typeof value === 'boolean' ? { ok: true, value } : { ok: false, en: 'must be yes or no', vi: 'phải là Có hoặc Không' };
    case 'enum':
      if (typeof value === 'string' && spec.options.some((o) => o.value === value)) return { ok: true, value };
      return {
        ok: false,
        en: `must be one of: ${spec.options.map((o) => o.en).join(', ')}`,
        vi: `phải là một trong: ${spec.options.map((o) => o.vi).join(', ')}`,
      };
  }
}

function range(from: number, to: number): number[] {
  return Array.from({ length: to - from + 1 }, (_, i) => from + i);
}

const enNumber = new Intl.NumberFormat('en-GB', { maximumFractionDigits: 2 });

/** A stored value for people: "4.512" / "4,512", "Có" / "Yes", an option's label; "–" for none. */
export function formatAttributeValue(key: string, value: unknown, lang: 'vi' | 'en'): string {
  if (value === null || value === undefined) return '–';
  if (typeof value === 'number') return lang === 'vi' ? formatNumberVi(value) : enNumber.format(value);
  if (typeof value === 'boolean') return value ? (lang === 'vi' ? 'Có' : 'Yes') : lang === 'vi' ? 'Không' : 'No';
  const spec = findUnitAttribute(key)?.spec;
  const option = spec?.type === 'enum' ? spec.options.find((o) => o.value === value) : undefined;
  if (option) return option[lang];
  return typeof value === 'string' ? value : JSON.stringify(value);
}
