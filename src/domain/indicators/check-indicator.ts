/**
 * The checks one indicator passes on its own (and against the dimension registry and the unit
 * attribute catalogue): levels and code, enum options, decimals, range, aggregation against value type
 * and period kind, breakdowns, register source, confidence tag.
 */
import { catalogueError, type CatalogueError, type CatalogueErrorCode } from './catalogue-errors.ts';
import { finestLevel, levelRank } from './indicator-levels.ts';
import type { DimensionDef, IndicatorDef, ValueType } from './indicator-types.ts';
import { findUnitAttribute } from '../units/unit-attributes.ts';

/** The largest number of decimals an indicator may carry (revenue in tỷ đồng needs 3 for million-đồng precision). */
export const MAX_DECIMALS = 6;

const NUMERIC: readonly ValueType[] = ['count', 'number'];
// What each aggregation can combine; ratio_of_sums yields a percentage (R-AGG-2).
const AGGREGATION_TYPES: Record<IndicatorDef['aggregation']['kind'], readonly ValueType[] | 'any'> = {
  sum: NUMERIC,
  count_true: ['boolean'],
  ratio_of_sums: ['percent'],
  weighted_average: ['number', 'percent'],
  latest: 'any',
  none: 'any',
};

/** Checks one indicator; `path` is where it sits ("indicators[4]"). */
export function checkIndicator(ind: IndicatorDef, path: string, dimensions: ReadonlyMap<string, DimensionDef>): CatalogueError[] {
  const errors: CatalogueError[] = [];
  const err = (code: CatalogueErrorCode, at: string, en: string, vi: string) =>
    errors.push(catalogueError(code, `${path}${at}`, `${ind.code}: ${en}`, `${ind.code}: ${vi}`, ind.code));

  const finest = finestLevel(ind.levels);
  if (ind.levels.length === 0 || new Set(ind.levels).size !== ind.levels.length) {
    err('invalid_field', '.levels', 'levels must list each level once, at least one', 'levels phải liệt kê mỗi cấp một lần, ít nhất một cấp');
  } else if (ind.code.split('.')[0] !== finest) {
    err('code_level_mismatch', '.code', `the code's prefix must be its finest level, ${finest}`, `tiền tố của mã phải là cấp nhỏ nhất, ${finest}`);
  }

  if (ind.valueType === 'enum' && (ind.options ?? []).length === 0)
    err('enum_without_options', '.options', 'an enum needs options', 'kiểu liệt kê cần danh sách lựa chọn');
  if (ind.valueType !== 'enum' && ind.options !== undefined)
    err('options_on_non_enum', '.options', 'only an enum has options', 'chỉ kiểu liệt kê mới có lựa chọn');
  const dupOption = firstDuplicate((ind.options ?? []).map((o) => o.value));
  if (dupOption !== undefined) err('duplicate_option', '.options', `option "${dupOption}" is listed twice`, `lựa chọn "${dupOption}" bị lặp`);

  const isWhole = ind.valueType === 'count' || ind.valueType === 'boolean' || ind.valueType === 'enum';
  if (!Number.isInteger(ind.decimals) || ind.decimals < 0 || ind.decimals > MAX_DECIMALS || (isWhole && ind.decimals !== 0)) {
    err(
      'decimals_out_of_range',
      '.decimals',
      `decimals must be ${isWhole ? 0 : `a whole number from 0 to ${MAX_DECIMALS}`}`,
      `số chữ số thập phân phải là ${isWhole ? 0 : `số nguyên từ 0 đến ${MAX_DECIMALS}`}`,
    );
  }

  const rangeProblem = checkRange(ind);
  if (rangeProblem) err('invalid_range', '.range', rangeProblem.en, rangeProblem.vi);

  const allowed = AGGREGATION_TYPES[ind.aggregation.kind];
  if (allowed !== 'any' && !allowed.includes(ind.valueType)) {
    err(
      'aggregation_type_mismatch',
      '.aggregation',
      `${ind.aggregation.kind} cannot combine ${ind.valueType} values`,
      `${ind.aggregation.kind} không áp dụng cho giá trị kiểu ${ind.valueType}`,
    );
  }
  if (ind.aggregation.kind === 'latest' && ind.periodKind !== 'stock') {
    err('aggregation_period_mismatch', '.aggregation', 'latest applies to stocks only', 'latest chỉ áp dụng cho chỉ tiêu thời điểm (stock)');
  }
  // A flow is a total over the period: only counts and amounts add up across months.
  // A ratio of flows is recomputed from the summed flows, so it is exempt.
  if (ind.periodKind === 'flow' && !NUMERIC.includes(ind.valueType) && ind.aggregation.kind !== 'ratio_of_sums') {
    err('flow_not_additive', '.periodKind', `a ${ind.valueType} cannot be a flow`, `giá trị kiểu ${ind.valueType} không thể cộng dồn theo kỳ (flow)`);
  }
  if (ind.aggregation.kind === 'weighted_average' && ind.aggregation.weight.source === 'attribute') {
    const attr = findUnitAttribute(ind.aggregation.weight.key);
    if (!attr)
      err(
        'unknown_weight',
        '.aggregation.weight',
        `unknown unit attribute "${ind.aggregation.weight.key}"`,
        `không có thuộc tính đơn vị "${ind.aggregation.weight.key}"`,
      );
    else if (!['integer', 'decimal'].includes(attr.spec.type) || !ind.levels.every((l) => attr.levels.includes(l))) {
      err('invalid_weight', '.aggregation.weight', `attribute ${attr.key} is not a number at every level`, `thuộc tính ${attr.key} không phải số ở mọi cấp`);
    }
  }

  const seenDims = new Set<string>();
  (ind.disaggregations ?? []).forEach((d, i) => {
    const at = `.disaggregations[${i}]`;
    const dim = dimensions.get(d.dimension);
    if (seenDims.has(d.dimension)) err('duplicate_dimension', at, `breakdown by ${d.dimension} given twice`, `phân tổ theo ${d.dimension} bị lặp`);
    seenDims.add(d.dimension);
    if (!dim) {
      err('unknown_dimension', at, `unknown dimension "${d.dimension}"`, `không có chiều phân tổ "${d.dimension}"`);
      return;
    }
    if (d.values.length === 0) err('invalid_field', `${at}.values`, 'a breakdown needs values', 'phân tổ cần ít nhất một giá trị');
    const dup = firstDuplicate(d.values);
    if (dup !== undefined) err('duplicate_option', `${at}.values`, `value "${dup}" is listed twice`, `giá trị "${dup}" bị lặp`);
    for (const v of d.values) {
      if (!dim.values.some((o) => o.value === v))
        err('unknown_disaggregation_value', `${at}.values`, `${d.dimension} has no value "${v}"`, `chiều ${d.dimension} không có giá trị "${v}"`);
    }
    const fits = d.total === 'none' || (d.total === 'sum' ? NUMERIC.includes(ind.valueType) : ind.valueType === 'boolean');
    if (!fits)
      err(
        'disaggregation_total_mismatch',
        `${at}.total`,
        `parts of a ${ind.valueType} cannot combine by ${d.total}`,
        `các phần của giá trị ${ind.valueType} không gộp được theo ${d.total}`,
      );
  });

  const src = ind.registerSource;
  if (src?.kind === 'child_count' && (ind.valueType !== 'count' || finest === undefined || levelRank(src.childLevel) >= levelRank(finest))) {
    err(
      'invalid_register_source',
      '.registerSource',
      'a child count needs a count indicator and a finer child level',
      'đếm đơn vị con cần chỉ tiêu kiểu đếm và cấp con nhỏ hơn',
    );
  }
  if (src?.kind === 'attribute') {
    const attr = findUnitAttribute(src.attribute);
    if (!attr || !['integer', 'decimal'].includes(attr.spec.type) || !NUMERIC.includes(ind.valueType) || !ind.levels.every((l) => attr.levels.includes(l))) {
      err(
        'invalid_register_source',
        '.registerSource',
        `attribute "${src.attribute}" cannot supply this indicator`,
        `thuộc tính "${src.attribute}" không cung cấp được chỉ tiêu này`,
      );
    }
  }

  // regulations.md tags every rule [XN]/[TH]/[CX]; an indicator that encodes a rule carries its tag.
  if ((ind.source.rules ?? []).length > 0 && ind.confidence === undefined) {
    err('missing_confidence', '.confidence', 'an indicator that encodes a rule needs its confidence tag', 'chỉ tiêu mã hóa quy tắc cần ghi mức tin cậy');
  }
  return errors;
}

function checkRange(ind: IndicatorDef): { en: string; vi: string } | undefined {
  const r = ind.range;
  if (r === undefined) return undefined;
  if (ind.valueType === 'boolean' || ind.valueType === 'enum')
    return { en: `a ${ind.valueType} has no range`, vi: `giá trị kiểu ${ind.valueType} không có khoảng` };
  if (r.min === undefined && r.max === undefined) return { en: 'a range needs min or max', vi: 'khoảng cần min hoặc max' };
  if (r.min !== undefined && r.max !== undefined && r.min > r.max) return { en: 'min is above max', vi: 'min lớn hơn max' };
  if (ind.valueType === 'count' && r.min !== undefined && r.min < 0) return { en: 'a count cannot go below 0', vi: 'số đếm không thể âm' };
  if (ind.valueType === 'percent' && [r.min, r.max].some((x) => x !== undefined && (x < 0 || x > 100)))
    return { en: 'a percentage stays within 0–100', vi: 'tỷ lệ phải trong khoảng 0–100' };
  return undefined;
}

/** The first value seen twice, if any. */
export function firstDuplicate(values: readonly string[]): string | undefined {
  const seen = new Set<string>();
  for (const v of values) {
    if (seen.has(v)) return v;
    seen.add(v);
  }
  return undefined;
}
