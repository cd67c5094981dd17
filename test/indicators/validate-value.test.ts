/** Typed values against their indicator: type, whole numbers, decimals, range, options, breakdowns. */
import { describe, expect, it } from 'vitest';
import { findIndicator } from '../../src/domain/indicators/compile-catalogue.ts';
import type { IndicatorDef } from '../../src/domain/indicators/indicator-types.ts';
import { SECTOR_CATALOGUE } from '../../src/domain/indicators/sector-catalogue.ts';
import { validateBreakdown, validateValue, valueBounds, type ValueErrorCode } from '../../src/domain/indicators/validate-value.ts';

function indicator(code: string): IndicatorDef {
  const found = findIndicator(SECTOR_CATALOGUE, code);
  if (!found) throw new Error(`no indicator ${code}`);
  return found;
}

const CASES: [code: string, raw: unknown, expected: ValueErrorCode | 'ok'][] = [
  ['village.mobile_broadband', true, 'ok'],
  ['village.mobile_broadband', false, 'ok'],
  ['village.mobile_broadband', 'yes', 'wrong_type'],
  ['village.mobile_broadband', 1, 'wrong_type'],
  ['commune.postal_point_type', 'bdvhx', 'ok'],
  ['commune.postal_point_type', 'kiosk', 'unknown_option'],
  ['commune.postal_point_type', 1, 'wrong_type'],
  ['village.clusters_without_signal', 0, 'ok'],
  ['village.clusters_without_signal', 3, 'ok'],
  ['village.clusters_without_signal', 2.5, 'not_integer'],
  ['village.clusters_without_signal', -1, 'below_min'],
  ['village.clusters_without_signal', '3', 'wrong_type'],
  ['village.clusters_without_signal', Number.NaN, 'not_finite'],
  ['village.clusters_without_signal', Number.POSITIVE_INFINITY, 'not_finite'],
  // TC-03 / TC-04: 3.5 h and exactly 4 h are both valid values; the criterion judges them, not the catalogue.
  ['commune.postal_point_hours', 3.5, 'ok'],
  ['commune.postal_point_hours', 4, 'ok'],
  ['commune.postal_point_hours', 8.25, 'too_many_decimals'],
  ['commune.postal_point_hours', 25, 'above_max'],
  ['commune.postal_point_hours', -1, 'below_min'],
  ['commune.postal_point_max_parcel_kg', 3, 'ok'],
  ['commune.share_villages_mobile_broadband', 94.4, 'ok'],
  ['commune.share_villages_mobile_broadband', 100, 'ok'],
  ['commune.share_villages_mobile_broadband', 94.44, 'too_many_decimals'],
  ['commune.share_villages_mobile_broadband', 100.1, 'above_max'],
  ['province.mobile_population_coverage', -0.01, 'below_min'],
  // TC-24's figures, in tỷ đồng.
  ['province.telecom_revenue', 1463, 'ok'],
  ['province.telecom_revenue', 1354.6, 'ok'],
  ['province.telecom_revenue', -5, 'below_min'],
  ['province.telecom_revenue', 1.2345, 'too_many_decimals'],
  ['province.online_public_services', 1200, 'ok'],
];

describe('validateValue', () => {
  it.each(CASES)('%s = %s → %s', (code, raw, expected) => {
    const result = validateValue(indicator(code), raw);
    if (expected === 'ok') {
      expect(result).toEqual({ ok: true, value: raw });
    } else {
      expect(result.ok ? 'ok' : result.error.code).toBe(expected);
      if (!result.ok) {
        expect(result.error.message).not.toBe('');
        expect(result.error.messageVi).not.toBe(result.error.message);
      }
    }
  });

  it('states bounds with the unit, in Vietnamese number format', () => {
    const result = validateValue(indicator('commune.postal_point_hours'), 25);
    expect(result.ok ? undefined : [result.error.message, result.error.messageVi]).toEqual(['must be at most 24 hours/day', 'không được lớn hơn 24 giờ/ngày']);
    const count = validateValue(indicator('village.households'), -1);
    expect(count.ok ? undefined : count.error.messageVi).toBe('không được nhỏ hơn 0 hộ');
  });

  it('lists the options of an enum in both languages', () => {
    const result = validateValue(indicator('commune.postal_point_type'), 'kiosk');
    expect(result.ok ? undefined : result.error.messageVi).toContain('Bưu điện – Văn hóa xã');
    expect(result.ok ? undefined : result.error.message).toContain('Post office');
  });

  it.each([
    ['commune.share_dossiers_online', { min: 0, max: 100 }],
    ['village.households', { min: 0 }],
    ['commune.postal_point_hours', { min: 0, max: 24 }],
    ['province.telecom_revenue', { min: 0 }],
  ])('bounds of %s', (code, bounds) => {
    expect(valueBounds(indicator(code))).toEqual(bounds);
  });
});

describe('validateBreakdown', () => {
  it.each([
    ['village.mobile_broadband', {}, []],
    ['village.mobile_broadband', { technology: '4g' }, []],
    ['village.mobile_broadband', { operator: 'viettel' }, []],
    ['village.mobile_broadband', { technology: '2g' }, ['unknown_dimension_value']],
    ['village.mobile_broadband', { colour: 'red' }, ['unknown_dimension']],
    ['village.mobile_broadband', { technology: '4g', operator: 'viettel' }, ['too_many_dimensions']],
    ['commune.radio_station_operating', { transmission: 'ip' }, []],
    ['province.mobile_population_coverage', { technology: '5g' }, []],
    ['village.households', { operator: 'vnpt' }, ['unknown_dimension']],
  ] as const)('%s by %j → %j', (code, breakdown, codes) => {
    expect(validateBreakdown(indicator(code), breakdown).map((e) => e.code)).toEqual(codes);
  });
});
