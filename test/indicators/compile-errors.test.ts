/** Every compile error code, each triggered by one minimal change to a valid catalogue. */
import { describe, expect, it } from 'vitest';
import { CATALOGUE_ERROR_CODES, type CatalogueErrorCode } from '../../src/domain/indicators/catalogue-errors.ts';
import { compileCatalogue } from '../../src/domain/indicators/compile-catalogue.ts';
import type { CatalogueDefs } from '../../src/domain/indicators/indicator-types.ts';
import { parseCatalogue } from '../../src/domain/indicators/serialize-catalogue.ts';
import { buildCatalogueDefs, buildMutableDefs, indicatorIn, type MutableDefs } from './build-catalogue.ts';

interface Case {
  code: CatalogueErrorCode;
  /** Breaks the valid catalogue in one place. */
  change: (defs: MutableDefs) => void;
  /** Where the error is reported. */
  path: string;
}

const CASES: Case[] = [
  { code: 'invalid_field', path: 'indicators[3].decimals', change: (d) => void (indicatorIn(d, 'commune.hours').decimals = '1') },
  { code: 'missing_field', path: 'indicators[4].shortVi', change: (d) => void delete indicatorIn(d, 'commune.kind').shortVi },
  { code: 'unknown_field', path: 'indicators[4].colour', change: (d) => void (indicatorIn(d, 'commune.kind').colour = 'red') },
  { code: 'invalid_code', path: 'indicators[4].code', change: (d) => void (indicatorIn(d, 'commune.kind').code = 'Commune-Kind') },
  {
    code: 'duplicate_code',
    path: 'indicators[7].code',
    change: (d) => void d.indicators.push(structuredClone(indicatorIn(d, 'commune.kind')) as MutableDefs['indicators'][number]),
  },
  { code: 'code_level_mismatch', path: 'indicators[3].code', change: (d) => void (indicatorIn(d, 'commune.hours').levels = ['province']) },
  { code: 'unknown_level', path: 'indicators[4].levels[0]', change: (d) => void (indicatorIn(d, 'commune.kind').levels = ['district']) },
  { code: 'unknown_value_type', path: 'indicators[4].valueType', change: (d) => void (indicatorIn(d, 'commune.kind').valueType = 'text') },
  { code: 'unknown_period', path: 'indicators[4].periodType', change: (d) => void (indicatorIn(d, 'commune.kind').periodType = 'week') },
  { code: 'unknown_aggregation', path: 'indicators[4].aggregation', change: (d) => void (indicatorIn(d, 'commune.kind').aggregation = { kind: 'median' }) },
  {
    code: 'unknown_operator',
    path: 'indicators[5].crossChecks[0].op',
    change: (d) => void ((indicatorIn(d, 'commune.count_b').crossChecks as { op: string }[])[0]!.op = 'lt'),
  },
  { code: 'unknown_confidence', path: 'indicators[3].confidence', change: (d) => void (indicatorIn(d, 'commune.hours').confidence = 'YES') },
  { code: 'enum_without_options', path: 'indicators[4].options', change: (d) => void (indicatorIn(d, 'commune.kind').options = []) },
  {
    code: 'options_on_non_enum',
    path: 'indicators[3].options',
    change: (d) => void (indicatorIn(d, 'commune.hours').options = [{ value: 'a', vi: 'A', en: 'A' }]),
  },
  {
    code: 'duplicate_option',
    path: 'indicators[4].options',
    change: (d) =>
      void (indicatorIn(d, 'commune.kind').options = [
        { value: 'a', vi: 'A', en: 'A' },
        { value: 'a', vi: 'A2', en: 'A2' },
      ]),
  },
  { code: 'decimals_out_of_range', path: 'indicators[3].decimals', change: (d) => void (indicatorIn(d, 'commune.hours').decimals = 7) },
  { code: 'invalid_range', path: 'indicators[3].range', change: (d) => void (indicatorIn(d, 'commune.hours').range = { min: 5, max: 1 }) },
  { code: 'aggregation_type_mismatch', path: 'indicators[4].aggregation', change: (d) => void (indicatorIn(d, 'commune.kind').aggregation = { kind: 'sum' }) },
  { code: 'aggregation_period_mismatch', path: 'indicators[3].aggregation', change: (d) => void (indicatorIn(d, 'commune.hours').periodKind = 'flow') },
  { code: 'flow_not_additive', path: 'indicators[4].periodKind', change: (d) => void (indicatorIn(d, 'commune.kind').periodKind = 'flow') },
  {
    code: 'ratio_unknown_indicator',
    path: 'indicators[2].aggregation.numerator',
    change: (d) =>
      void (indicatorIn(d, 'commune.share').aggregation = { kind: 'ratio_of_sums', numerator: 'village.nothing', denominator: 'commune.villages' }),
  },
  {
    code: 'ratio_operand_not_count',
    path: 'indicators[2].aggregation.denominator',
    change: (d) => void (indicatorIn(d, 'commune.share').aggregation = { kind: 'ratio_of_sums', numerator: 'village.flag', denominator: 'commune.hours' }),
  },
  // Villages that do not roll up leave the province-level ratio without a denominator.
  {
    code: 'ratio_level_mismatch',
    path: 'indicators[2].aggregation.denominator',
    change: (d) => void (indicatorIn(d, 'commune.villages').aggregation = { kind: 'none' }),
  },
  {
    code: 'unknown_weight',
    path: 'indicators[3].aggregation.weight',
    change: (d) => void (indicatorIn(d, 'commune.hours').aggregation = { kind: 'weighted_average', weight: { source: 'attribute', key: 'income' } }),
  },
  {
    code: 'invalid_weight',
    path: 'indicators[3].aggregation.weight',
    change: (d) => void (indicatorIn(d, 'commune.hours').aggregation = { kind: 'weighted_average', weight: { source: 'attribute', key: 'is_dbkk' } }),
  },
  { code: 'duplicate_dimension', path: 'dimensions[1].code', change: (d) => void d.dimensions.push(structuredClone(d.dimensions[0]!)) },
  {
    code: 'unknown_dimension',
    path: 'indicators[0].disaggregations[0]',
    change: (d) => void (indicatorIn(d, 'village.flag').disaggregations = [{ dimension: 'colour', values: ['red'], total: 'any' }]),
  },
  {
    code: 'unknown_disaggregation_value',
    path: 'indicators[0].disaggregations[0].values',
    change: (d) => void (indicatorIn(d, 'village.flag').disaggregations = [{ dimension: 'technology', values: ['3g', '6g'], total: 'any' }]),
  },
  {
    code: 'disaggregation_total_mismatch',
    path: 'indicators[0].disaggregations[0].total',
    change: (d) => void (indicatorIn(d, 'village.flag').disaggregations = [{ dimension: 'technology', values: ['3g'], total: 'sum' }]),
  },
  {
    code: 'invalid_register_source',
    path: 'indicators[1].registerSource',
    change: (d) => void (indicatorIn(d, 'commune.villages').registerSource = { kind: 'attribute', attribute: 'is_dbkk' }),
  },
  { code: 'missing_confidence', path: 'indicators[3].confidence', change: (d) => void delete indicatorIn(d, 'commune.hours').confidence },
  {
    code: 'duplicate_cross_check_id',
    path: 'indicators[6].crossChecks[0].id',
    change: (d) =>
      void (indicatorIn(d, 'province.amount').crossChecks = [{ id: 'commune.count_b.lte_villages', op: 'gte', other: 'province.amount', vi: 'x', en: 'x' }]),
  },
  {
    code: 'unknown_cross_check_indicator',
    path: 'indicators[5].crossChecks[0].other',
    change: (d) => void (indicatorIn(d, 'commune.count_b').crossChecks = [{ id: 'commune.count_b.x', op: 'lte', other: 'commune.nothing', vi: 'x', en: 'x' }]),
  },
  // Opening hours exist only at commune level, the amount only at province level.
  {
    code: 'cross_check_level_mismatch',
    path: 'indicators[3].crossChecks[0]',
    change: (d) => void (indicatorIn(d, 'commune.hours').crossChecks = [{ id: 'commune.hours.x', op: 'lte', other: 'province.amount', vi: 'x', en: 'x' }]),
  },
  {
    code: 'cross_check_type_mismatch',
    path: 'indicators[5].crossChecks[0]',
    change: (d) =>
      void (indicatorIn(d, 'commune.count_b').crossChecks = [{ id: 'commune.count_b.x', op: 'implies', other: 'commune.villages', vi: 'x', en: 'x' }]),
  },
];

describe('compileCatalogue errors', () => {
  it('compiles the unbroken test catalogue', () => {
    const result = compileCatalogue(buildCatalogueDefs());
    expect(result.ok ? [] : result.errors).toEqual([]);
  });

  it.each(CASES)('$code at $path', ({ code, change, path }) => {
    const defs = buildMutableDefs();
    change(defs);
    const result = compileCatalogue(defs as unknown as CatalogueDefs);
    expect(result.ok).toBe(false);
    const errors = result.ok ? [] : result.errors;
    expect(errors.map((e) => [e.code, e.path])).toEqual([[code, path]]);
    for (const e of errors) {
      expect(e.message).not.toBe('');
      expect(e.messageVi).not.toBe('');
      expect(e.messageVi).not.toBe(e.message);
    }
  });

  it('reports bad JSON as invalid_json', () => {
    const result = parseCatalogue('{"version": ');
    expect(result.ok ? [] : result.errors.map((e) => e.code)).toEqual(['invalid_json']);
  });

  it('has a case for every error code', () => {
    const covered = new Set<string>([...CASES.map((c) => c.code), 'invalid_json']);
    expect(CATALOGUE_ERROR_CODES.filter((c) => !covered.has(c))).toEqual([]);
  });

  it('names the indicator an error is about', () => {
    const defs = buildMutableDefs();
    indicatorIn(defs, 'commune.hours').decimals = 9;
    const result = compileCatalogue(defs as unknown as CatalogueDefs);
    expect(result.ok ? undefined : result.errors[0]?.indicator).toBe('commune.hours');
  });

  it('refuses a catalogue that is not an object', () => {
    const result = compileCatalogue(null as unknown as CatalogueDefs);
    expect(result.ok ? [] : result.errors.map((e) => e.code)).toEqual(['invalid_field']);
  });
});
