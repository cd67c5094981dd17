/**
 * The shipped catalogue: it compiles, its lookups agree, and it holds every input the criteria rules of
 * regulations.md §2.3 (R-1127-8.1..8.4), §2.4 (R-NC-8.1) and the lõm/trắng sóng model of §5.1 read.
 */
import { describe, expect, it } from 'vitest';
import { compileCatalogue, crossChecksAtLevel, findIndicator, indicatorsAtLevel } from '../../src/domain/indicators/compile-catalogue.ts';
import { availableLevels, valueKindAt } from '../../src/domain/indicators/indicator-levels.ts';
import { INDICATOR_AREAS, type IndicatorLevel, type ValueType } from '../../src/domain/indicators/indicator-types.ts';
import { INDICATOR_CATALOGUE_VERSION, SECTOR_CATALOGUE, SECTOR_CATALOGUE_DEFS } from '../../src/domain/indicators/sector-catalogue.ts';

const ind = (code: string) => findIndicator(SECTOR_CATALOGUE, code);

describe('the sector catalogue', () => {
  it('compiles with no errors', () => {
    const result = compileCatalogue(SECTOR_CATALOGUE_DEFS);
    expect(result.ok ? [] : result.errors).toEqual([]);
    expect(SECTOR_CATALOGUE.version).toBe(INDICATOR_CATALOGUE_VERSION);
  });

  it('has a basis for every indicator and seeds every area', () => {
    for (const i of SECTOR_CATALOGUE.indicators) expect(i.source.basis.length, i.code).toBeGreaterThan(5);
    for (const area of INDICATOR_AREAS)
      expect(
        SECTOR_CATALOGUE.indicators.some((i) => i.area === area),
        area,
      ).toBe(true);
  });

  it('looks indicators up by code and by level', () => {
    expect(ind('village.mobile_broadband')?.valueType).toBe('boolean');
    expect(ind('village.nothing')).toBeUndefined();
    const villageCodes = indicatorsAtLevel(SECTOR_CATALOGUE, 'village').map((i) => i.code);
    expect(villageCodes).toContain('village.mobile_signal_at_centre');
    expect(villageCodes).not.toContain('commune.villages');
    expect(indicatorsAtLevel(SECTOR_CATALOGUE, 'province').map((i) => i.code)).toContain('commune.share_villages_mobile_broadband');
    expect(crossChecksAtLevel(SECTOR_CATALOGUE, 'village').map((c) => c.id)).toEqual([
      'village.fibre.implies_fixed_broadband',
      'village.households_with_fibre.lte_households',
    ]);
  });

  it('defines every percentage by its parts: a ratio of sums, or 1314 weighted by population', () => {
    for (const i of SECTOR_CATALOGUE.indicators.filter((x) => x.valueType === 'percent')) {
      const kind = i.aggregation.kind;
      expect(kind === 'ratio_of_sums' || (kind === 'weighted_average' && i.source.nationalCode === '1314'), i.code).toBe(true);
    }
  });

  it.each([
    ['1303', 'province.telecom_revenue'],
    ['1304', 'province.fixed_telephone_subscriptions'],
    ['1304', 'province.mobile_telephone_subscriptions'],
    ['1307', 'province.fixed_broadband_subscriptions'],
    ['1307', 'province.mobile_broadband_subscriptions'],
    ['1308', 'province.share_households_internet'],
    ['1314', 'province.mobile_population_coverage'],
  ])('carries TT 03/2022 code %s on %s', (nationalCode, code) => {
    expect(ind(code)?.source.nationalCode).toBe(nationalCode);
    expect(ind(code)?.source.basis).toContain(nationalCode);
  });

  it('counts villages up the hierarchy: a yes per village is a count of villages per commune (R-AGG-2)', () => {
    const mbb = ind('village.mobile_broadband')!;
    expect((['village', 'commune', 'province'] as const).map((l) => valueKindAt(mbb, l))).toEqual(['boolean', 'count', 'count']);
    expect(availableLevels(ind('commune.postal_point_hours')!)).toEqual(['commune']);
  });
});

interface Input {
  code: string;
  valueType: ValueType;
  level: IndicatorLevel;
  /** True when the indicator must name the rule in its source. */
  citesRule?: boolean;
}

const flag = (code: string, level: IndicatorLevel, citesRule = true): Input => ({ code, valueType: 'boolean', level, citesRule });
const count = (code: string, level: IndicatorLevel, citesRule = true): Input => ({ code, valueType: 'count', level, citesRule });

/** What each rule reads (regulations.md §2.3, §2.4, §5.1; test cases TC-01..TC-12, TC-17). */
const RULE_INPUTS: [rule: string, inputs: Input[]][] = [
  [
    'R-1127-8.1',
    [
      count('commune.postal_points', 'commune'),
      { code: 'commune.postal_point_hours', valueType: 'number', level: 'commune', citesRule: true },
      { code: 'commune.postal_point_max_letter_kg', valueType: 'number', level: 'commune', citesRule: true },
      { code: 'commune.postal_point_max_parcel_kg', valueType: 'number', level: 'commune', citesRule: true },
      flag('commune.postal_point_premises_fit', 'commune'),
      flag('commune.postal_point_name_sign', 'commune'),
      flag('commune.postal_point_posted_hours', 'commune'),
      flag('commune.postal_point_posted_services', 'commune'),
    ],
  ],
  [
    'R-1127-8.2',
    [
      flag('village.fixed_telephone', 'village'),
      flag('village.mobile_voice', 'village'),
      flag('village.fixed_broadband', 'village'),
      flag('village.mobile_broadband', 'village'),
    ],
  ],
  [
    'R-1127-8.3',
    [
      flag('commune.radio_station', 'commune'),
      flag('commune.radio_station_operating', 'commune'),
      flag('village.loudspeaker_working', 'village'),
      count('commune.villages_with_loudspeakers', 'commune'),
      count('commune.villages', 'commune', false),
    ],
  ],
  [
    'R-1127-8.4',
    [
      flag('commune.dms_in_use', 'commune'),
      flag('commune.web_page_live', 'commune'),
      count('commune.dossiers_online', 'commune'),
      count('commune.dossiers_total', 'commune'),
    ],
  ],
  [
    'R-NC-8.1',
    [
      flag('commune.postal_point_citizen_computer', 'commune'),
      flag('commune.postal_point_scanner', 'commune'),
      flag('commune.postal_point_trained_staff', 'commune'),
    ],
  ],
  // §5.1 names no rule id; its data-model consequence lists these five inputs.
  [
    '§5.1',
    [
      flag('village.mobile_signal_at_centre', 'village', false),
      count('village.clusters_without_signal', 'village', false),
      flag('village.mobile_broadband', 'village', false),
      flag('village.grid_electricity', 'village', false),
      flag('village.uso_fund_area', 'village', false),
    ],
  ],
];

describe('inputs of the criteria rules', () => {
  it.each(RULE_INPUTS)('%s has its inputs', (rule, inputs) => {
    for (const input of inputs) {
      const found = ind(input.code);
      expect(found, input.code).toBeDefined();
      expect(found?.valueType, input.code).toBe(input.valueType);
      expect(found?.levels, input.code).toContain(input.level);
      if (input.citesRule) expect(found?.source.rules, input.code).toContain(rule);
      if (found?.source.rules?.length) expect(found.confidence, input.code).toBeDefined();
    }
  });

  it('reads mobile broadband by 3G/4G/5G and by operator (R-1127-8.2, §5.1)', () => {
    const dims = ind('village.mobile_broadband')?.disaggregations?.map((d) => [d.dimension, d.values]);
    expect(dims).toEqual([
      ['technology', ['3g', '4g', '5g']],
      ['operator', ['vnpt', 'viettel', 'mobifone', 'vietnamobile']],
    ]);
  });

  it('accepts any transmission for an operating station (R-1127-8.3, TC-11)', () => {
    expect(ind('commune.radio_station_operating')?.disaggregations).toEqual([{ dimension: 'transmission', values: ['wired', 'wireless', 'ip'], total: 'any' }]);
  });

  it('computes the online-dossier share from its counts (R-1127-8.4)', () => {
    expect(ind('commune.share_dossiers_online')?.aggregation).toEqual({
      kind: 'ratio_of_sums',
      numerator: 'commune.dossiers_online',
      denominator: 'commune.dossiers_total',
    });
  });

  it('tags the uncertain rules [CX] (regulations.md §6 items 1–2)', () => {
    for (const code of ['commune.villages_with_loudspeakers', 'commune.dms_in_use', 'village.clusters_without_signal'])
      expect(ind(code)?.confidence, code).toBe('CX');
  });
});
