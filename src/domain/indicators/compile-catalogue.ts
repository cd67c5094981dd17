/**
 * The catalogue's compile step (STYLE.md "Rules are data"): structure first, then meaning — duplicate
 * codes, levels, ratios over counts (R-AGG-2), weights, breakdowns, cross-checks — every problem a
 * coded, bilingual error. A catalogue that compiles is canonical, frozen and indexed.
 */
import { readCatalogueShape } from './catalogue-shape.ts';
import { catalogueError, type CatalogueError, type CatalogueErrorCode, type CompileResult } from './catalogue-errors.ts';
import { checkIndicator, firstDuplicate } from './check-indicator.ts';
import { availableLevels, valueKindAt } from './indicator-levels.ts';
import { PERIOD_TYPES } from '../periods/period.ts';
import {
  INDICATOR_LEVELS,
  type CatalogueDefs,
  type CompiledCatalogue,
  type CompiledCrossCheck,
  type CrossCheckDef,
  type DimensionDef,
  type IndicatorDef,
  type IndicatorLevel,
  type ValueType,
} from './indicator-types.ts';

/** Checks a catalogue once; the compiled catalogue, or every problem found. */
export function compileCatalogue(defs: CatalogueDefs): CompileResult<CompiledCatalogue> {
  const shape = readCatalogueShape(defs);
  // Meaning is only checked on a well-formed catalogue: a mistyped field would cascade.
  if (shape.errors.length > 0) return { ok: false, errors: shape.errors };
  const { version, dimensions, indicators } = shape.value;
  const errors: CatalogueError[] = [];

  const dimensionByCode = new Map<string, DimensionDef>();
  dimensions.forEach((d, i) => {
    if (dimensionByCode.has(d.code))
      errors.push(
        catalogueError('duplicate_dimension', `dimensions[${i}].code`, `dimension ${d.code} is defined twice`, `chiều phân tổ ${d.code} bị định nghĩa hai lần`),
      );
    dimensionByCode.set(d.code, d);
    const dup = firstDuplicate(d.values.map((v) => v.value));
    if (dup !== undefined)
      errors.push(
        catalogueError('duplicate_option', `dimensions[${i}].values`, `${d.code}: value "${dup}" is listed twice`, `${d.code}: giá trị "${dup}" bị lặp`),
      );
  });

  const byCode = new Map<string, IndicatorDef>();
  indicators.forEach((ind, i) => {
    if (byCode.has(ind.code))
      errors.push(catalogueError('duplicate_code', `indicators[${i}].code`, `${ind.code}: defined twice`, `${ind.code}: bị định nghĩa hai lần`, ind.code));
    else byCode.set(ind.code, ind);
    errors.push(...checkIndicator(ind, `indicators[${i}]`, dimensionByCode));
  });

  const crossChecks: CompiledCrossCheck[] = [];
  const checkIds = new Set<string>();
  indicators.forEach((ind, i) => errors.push(...checkReferences(ind, `indicators[${i}]`, byCode, checkIds, crossChecks)));

  if (errors.length > 0) return { ok: false, errors };
  const byLevel = new Map(INDICATOR_LEVELS.map((l) => [l, indicators.filter((ind) => ind.levels.includes(l))] as const));
  const catalogue: CompiledCatalogue = { version, dimensions, indicators, crossChecks, byCode, dimensionByCode, byLevel };
  deepFreeze([dimensions, indicators, crossChecks]);
  return { ok: true, catalogue };
}

/** Compiles a catalogue that must be valid (the shipped one); throws listing every problem. */
export function compileCatalogueOrThrow(defs: CatalogueDefs): CompiledCatalogue {
  const result = compileCatalogue(defs);
  if (!result.ok) throw new Error(`indicator catalogue ${defs.version} does not compile:\n${result.errors.map((e) => `${e.code} ${e.message}`).join('\n')}`);
  return result.catalogue;
}

/** Looks up an indicator by code; undefined for a code the catalogue does not know. */
export function findIndicator(catalogue: CompiledCatalogue, code: string): IndicatorDef | undefined {
  return catalogue.byCode.get(code);
}

/** The indicators collected (or computed) at a level, in catalogue order. */
export function indicatorsAtLevel(catalogue: CompiledCatalogue, level: IndicatorLevel): readonly IndicatorDef[] {
  return catalogue.byLevel.get(level) ?? [];
}

/** The cross-checks that apply at a level. */
export function crossChecksAtLevel(catalogue: CompiledCatalogue, level: IndicatorLevel): readonly CompiledCrossCheck[] {
  return catalogue.crossChecks.filter((c) => c.levels.includes(level));
}

/** Checks what an indicator refers to (ratio operands, weight, cross-checks); compiled cross-checks go to `out`. */
function checkReferences(
  ind: IndicatorDef,
  path: string,
  byCode: ReadonlyMap<string, IndicatorDef>,
  checkIds: Set<string>,
  out: CompiledCrossCheck[],
): CatalogueError[] {
  const errors: CatalogueError[] = [];
  const err = (code: CatalogueErrorCode, at: string, en: string, vi: string) =>
    errors.push(catalogueError(code, `${path}${at}`, `${ind.code}: ${en}`, `${ind.code}: ${vi}`, ind.code));
  const agg = ind.aggregation;
  if (agg.kind === 'ratio_of_sums') {
    for (const side of ['numerator', 'denominator'] as const) {
      const problem = checkRatioOperand(ind, byCode.get(agg[side]), agg[side]);
      if (problem) err(problem.code, `.aggregation.${side}`, problem.en, problem.vi);
    }
  }
  if (agg.kind === 'weighted_average' && agg.weight.source === 'indicator') {
    const weight = byCode.get(agg.weight.key);
    if (!weight) err('unknown_weight', '.aggregation.weight', `unknown weight indicator "${agg.weight.key}"`, `không có chỉ tiêu trọng số "${agg.weight.key}"`);
    else if (!availableLevels(ind).every((l) => ['count', 'number'].includes(valueKindAt(weight, l) ?? ''))) {
      err('invalid_weight', '.aggregation.weight', `${weight.code} is not a number at every level`, `${weight.code} không phải số ở mọi cấp`);
    }
  }
  (ind.crossChecks ?? []).forEach((check, j) => {
    const at = `.crossChecks[${j}]`;
    if (checkIds.has(check.id)) err('duplicate_cross_check_id', `${at}.id`, `cross-check id ${check.id} is used twice`, `mã kiểm tra chéo ${check.id} bị lặp`);
    checkIds.add(check.id);
    const other = byCode.get(check.other);
    if (!other) {
      err('unknown_cross_check_indicator', `${at}.other`, `unknown indicator "${check.other}"`, `không có chỉ tiêu "${check.other}"`);
      return;
    }
    const levels = crossCheckLevels(check, ind, other);
    if (levels.common.length === 0)
      err('cross_check_level_mismatch', at, `${ind.code} and ${other.code} share no level`, `${ind.code} và ${other.code} không có cấp chung`);
    else if (levels.compatible.length === 0)
      err(
        'cross_check_type_mismatch',
        at,
        `${check.op} cannot compare ${ind.valueType} with ${other.valueType}`,
        `${check.op} không so sánh được ${ind.valueType} với ${other.valueType}`,
      );
    else out.push({ ...check, left: ind.code, levels: levels.compatible });
  });
  return errors;
}

/** A ratio's operand must be a count (or a yes/no counted up) wherever the ratio is computed (R-AGG-2, R-HIST-4). */
function checkRatioOperand(
  ratio: IndicatorDef,
  operand: IndicatorDef | undefined,
  code: string,
): { code: CatalogueErrorCode; en: string; vi: string } | undefined {
  if (!operand) return { code: 'ratio_unknown_indicator', en: `unknown indicator "${code}"`, vi: `không có chỉ tiêu "${code}"` };
  const isCountLike = operand.valueType === 'count' || (operand.valueType === 'boolean' && operand.aggregation.kind === 'count_true');
  if (!isCountLike)
    return { code: 'ratio_operand_not_count', en: `${code} is a ${operand.valueType}, not a count`, vi: `${code} là ${operand.valueType}, không phải số đếm` };
  const missing = ratio.levels.filter((l) => valueKindAt(operand, l) !== 'count');
  if (missing.length > 0)
    return { code: 'ratio_level_mismatch', en: `${code} has no count at ${missing.join(', ')}`, vi: `${code} không có số đếm ở cấp ${missing.join(', ')}` };
  // A ratio of stocks is a stock, of flows a flow, and it is reported no finer than its parts.
  if (operand.periodKind !== ratio.periodKind || PERIOD_TYPES.indexOf(ratio.periodType) > PERIOD_TYPES.indexOf(operand.periodType)) {
    return {
      code: 'aggregation_period_mismatch',
      en: `${code} is a ${operand.periodType} ${operand.periodKind}, the ratio a ${ratio.periodType} ${ratio.periodKind}`,
      vi: `${code} là ${operand.periodKind} theo ${operand.periodType}, tỷ lệ là ${ratio.periodKind} theo ${ratio.periodType}`,
    };
  }
  return undefined;
}

const NUMBERS: readonly (ValueType | undefined)[] = ['count', 'number'];

/** The levels both sides have a value at, and those where the operator can compare them. */
function crossCheckLevels(check: CrossCheckDef, left: IndicatorDef, right: IndicatorDef): { common: IndicatorLevel[]; compatible: IndicatorLevel[] } {
  const common = INDICATOR_LEVELS.filter((l) => valueKindAt(left, l) !== undefined && valueKindAt(right, l) !== undefined);
  const compatible = common.filter((l) => {
    const a = valueKindAt(left, l);
    const b = valueKindAt(right, l);
    if (check.op === 'implies') return a === 'boolean' && (b === 'boolean' || b === 'count');
    return (NUMBERS.includes(a) && NUMBERS.includes(b)) || (a === 'percent' && b === 'percent');
  });
  return { common, compatible };
}

function deepFreeze(value: unknown): void {
  if (typeof value !== 'object' || value === null || Object.isFrozen(value)) return;
  Object.freeze(value);
  for (const v of Object.values(value)) deepFreeze(v);
}
