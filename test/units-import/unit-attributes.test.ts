import { describe, expect, it } from 'vitest';
import {
  UNIT_ATTRIBUTE_KEYS,
  UNIT_ATTRIBUTE_LABELS,
  UNIT_ATTRIBUTES,
  attributeAppliesTo,
  findUnitAttribute,
  formatAttributeValue,
  matchAttributeOption,
  validateAttributeValue,
} from '../../src/domain/units/unit-attributes.ts';

const def = (key: string) => findUnitAttribute(key)!;

describe('the unit attribute catalogue', () => {
  it('defines every key once, with both labels, and cites the rules it serves', () => {
    expect(UNIT_ATTRIBUTES.map((a) => a.key)).toEqual([...UNIT_ATTRIBUTE_KEYS]);
    for (const a of UNIT_ATTRIBUTES) expect(UNIT_ATTRIBUTE_LABELS[a.key]).toEqual({ vi: a.vi, en: a.en });
    expect(def('is_dbkk').source?.rules).toEqual(['R-REGION-318']);
    expect(def('ntm2026_group').source?.act).toContain('QĐ 51/2025/QĐ-TTg');
    expect(findUnitAttribute('colour')).toBeUndefined();
  });

  const values: Array<{ key: string; value: unknown; ok: boolean }> = [
    { key: 'population', value: 0, ok: true },
    { key: 'population', value: 4512, ok: true },
    { key: 'population', value: -1, ok: false },
    { key: 'population', value: 12.5, ok: false },
    { key: 'population', value: '4512', ok: false },
    { key: 'area_km2', value: 1463.5, ok: true },
    { key: 'area_km2', value: 0.01, ok: true },
    { key: 'area_km2', value: 0, ok: false },
    { key: 'area_km2', value: 1.005, ok: false },
    { key: 'area_km2', value: Number.NaN, ok: false },
    { key: 'is_dbkk', value: true, ok: true },
    { key: 'is_dbkk', value: 1, ok: false },
    { key: 'ntm_region', value: 'tay_nguyen', ok: true },
    { key: 'ntm_region', value: 'Tây Nguyên', ok: false },
    { key: 'ntm2026_group', value: 3, ok: true },
    { key: 'ntm2026_group', value: 0, ok: false },
  ];
  it.each(values)('$key $value → ok: $ok', ({ key, value, ok }) => {
    expect(validateAttributeValue(def(key), value).ok).toBe(ok);
  });

  const options: Array<{ text: string; value: string | undefined }> = [
    { text: 'Trung du và miền núi phía Bắc', value: 'tdmn_phia_bac' },
    { text: 'TD&MNPB', value: 'tdmn_phia_bac' },
    { text: 'Northern Midlands and Mountains', value: 'tdmn_phia_bac' },
    { text: 'ĐB sông Hồng', value: 'dong_bang_song_hong' },
    { text: 'Mekong River Delta', value: 'dong_bang_song_cuu_long' },
    { text: 'dong_nam_bo', value: 'dong_nam_bo' },
    { text: 'TN', value: undefined },
    { text: 'Nam Bộ', value: undefined },
  ];
  it.each(options)('region "$text" → $value', ({ text, value }) => {
    expect(matchAttributeOption(def('ntm_region'), text)).toBe(value);
  });

  const units: Array<{ key: string; level: 'province' | 'district' | 'commune' | 'village'; typeCode: string; applies: boolean }> = [
    { key: 'ntm2026_group', level: 'commune', typeCode: 'commune', applies: true },
    { key: 'ntm2026_group', level: 'commune', typeCode: 'special_zone', applies: true },
    { key: 'ntm2026_group', level: 'commune', typeCode: 'ward', applies: false },
    { key: 'ntm2026_group', level: 'province', typeCode: 'province', applies: false },
    { key: 'is_dbkk', level: 'commune', typeCode: 'ward', applies: true },
    { key: 'is_dbkk', level: 'district', typeCode: 'rural_district', applies: false },
    { key: 'is_island', level: 'province', typeCode: 'province', applies: false },
    { key: 'ntm_region', level: 'province', typeCode: 'province', applies: true },
    { key: 'population', level: 'village', typeCode: 'thon', applies: true },
  ];
  it.each(units)('$key on a $level ($typeCode) → $applies', ({ key, level, typeCode, applies }) => {
    expect(attributeAppliesTo(def(key), { level, typeCode })).toBe(applies);
  });

  it('formats values for people in both languages', () => {
    expect(formatAttributeValue('population', 4512, 'vi')).toBe('4.512');
    expect(formatAttributeValue('area_km2', 1463.5, 'vi')).toBe('1.463,5');
    expect(formatAttributeValue('area_km2', 1463.5, 'en')).toBe('1,463.5');
    expect(formatAttributeValue('is_dbkk', false, 'vi')).toBe('Không');
    expect(formatAttributeValue('ntm_region', 'dong_bang_song_hong', 'vi')).toBe('Đồng bằng sông Hồng');
    expect(formatAttributeValue('ntm_region', 'dong_bang_song_hong', 'en')).toBe('Red River Delta');
    expect(formatAttributeValue('population', null, 'vi')).toBe('–');
  });
});
