/**
 * Checks criteria definitions once, when loaded (STYLE.md "Rules are data"): every fact an indicator of
 * the catalogue at the right level, operators known, parameters and sets defined, ids unique, and a
 * province overlay only tightening the national rules. Problems are coded errors with a path.
 */
import type { CompiledCatalogue, IndicatorLevel } from '../indicators/indicator-types.ts';
import { SECTOR_CATALOGUE } from '../indicators/sector-catalogue.ts';
import {
  COMPARE_OPS,
  CRITERIA_SET_IDS,
  type ConditionDef,
  type CriteriaOverlayDef,
  type CriteriaSetDef,
  type ParameterDef,
  type SubCriterionDef,
  type Threshold,
} from './criteria-types.ts';
import { isAtLeastAsStrict } from './resolve-parameters.ts';
import { CRITERIA_SETS } from './sets/criteria-sets.ts';
import { CRITERIA_PARAMETERS } from './sets/parameters.ts';

/** The kinds of problem a definition can have. */
export type CriteriaErrorCode =
  | 'unknown_indicator'
  | 'wrong_level'
  | 'bad_operator'
  | 'unknown_parameter'
  | 'unknown_set'
  | 'duplicate_id'
  | 'not_stricter'
  | 'unknown_sub_criterion'
  | 'bad_dates'
  | 'bad_condition';

/** One problem, where it is and what it is, in English and Vietnamese. */
export interface CriteriaError {
  code: CriteriaErrorCode;
  path: string;
  message: string;
  messageVi: string;
}

interface Checker {
  catalogue: CompiledCatalogue;
  params: ReadonlyMap<string, ParameterDef>;
  errors: CriteriaError[];
}

const ISO = /^\d{4}-\d{2}-\d{2}$/;

function push(c: Checker, code: CriteriaErrorCode, path: string, message: string, messageVi: string): void {
  c.errors.push({ code, path, message, messageVi });
}

function checkThreshold(c: Checker, t: Threshold | string | boolean | undefined, path: string): void {
  if (typeof t === 'object' && t !== null && !c.params.has(t.param))
    push(c, 'unknown_parameter', path, `unknown parameter "${t.param}"`, `không có tham số "${t.param}"`);
}

function checkFact(c: Checker, code: string, level: IndicatorLevel, path: string): void {
  const def = c.catalogue.byCode.get(code);
  if (!def) return push(c, 'unknown_indicator', path, `unknown indicator "${code}"`, `không có chỉ tiêu "${code}"`);
  if (!def.levels.includes(level))
    push(c, 'wrong_level', path, `indicator "${code}" is not collected at ${level} level`, `chỉ tiêu "${code}" không thu thập ở cấp ${level}`);
}

function checkCondition(c: Checker, def: ConditionDef, level: IndicatorLevel, path: string): void {
  const at = `${path}/${def.id}`;
  switch (def.kind) {
    case 'fact':
      checkFact(c, def.fact, level, at);
      if (def.op !== undefined && !COMPARE_OPS.includes(def.op))
        push(c, 'bad_operator', at, `unknown operator "${def.op}"`, `toán tử "${def.op}" không hợp lệ`);
      checkThreshold(c, def.value, at);
      return;
    case 'ratio':
      checkFact(c, def.numerator, level, at);
      checkFact(c, def.denominator, level, at);
      if (def.share) checkFact(c, def.share, level, at);
      if (def.op !== '>=' && def.op !== '>') push(c, 'bad_operator', at, `a ratio takes >= or >, not "${def.op as string}"`, `tỷ lệ chỉ dùng >= hoặc >`);
      checkThreshold(c, def.threshold, at);
      return;
    case 'all':
    case 'any': {
      if (!Array.isArray(def.of) || def.of.length === 0)
        return push(c, 'bad_condition', at, `"${def.kind}" needs at least one condition`, `"${def.kind}" cần ít nhất một điều kiện`);
      const ids = new Set<string>();
      for (const child of def.of) {
        if (ids.has(child.id)) push(c, 'duplicate_id', `${at}/${child.id}`, `condition id "${child.id}" repeats`, `mã điều kiện "${child.id}" bị trùng`);
        ids.add(child.id);
        checkCondition(c, child, level, at);
      }
      return;
    }
    case 'villages':
      if (level !== 'commune') push(c, 'bad_condition', at, 'a village condition must sit at commune level', 'điều kiện theo thôn phải đặt ở cấp xã');
      if (def.share) {
        if (def.share.op !== '>=' && def.share.op !== '>') push(c, 'bad_operator', at, `a share takes >= or >`, `tỷ lệ chỉ dùng >= hoặc >`);
        checkThreshold(c, def.share.threshold, at);
      }
      if (def.counts) {
        checkFact(c, def.counts.numerator, 'commune', at);
        checkFact(c, def.counts.denominator, 'commune', at);
      }
      checkCondition(c, def.each, 'village', at);
      return;
    case 'set':
      if (!CRITERIA_SET_IDS.includes(def.set))
        push(c, 'unknown_set', at, `unknown criteria set "${def.set as string}"`, `không có bộ tiêu chí "${def.set as string}"`);
      return;
    case 'when_param':
      if (!c.params.has(def.param)) push(c, 'unknown_parameter', at, `unknown parameter "${def.param}"`, `không có tham số "${def.param}"`);
      checkCondition(c, def.then, level, at);
      return;
    default:
      push(c, 'bad_condition', at, `unknown condition kind "${(def as { kind: string }).kind}"`, `loại điều kiện không hợp lệ`);
  }
}

function checkSubCriteria(c: Checker, subs: readonly SubCriterionDef[], path: string): void {
  const ids = new Set<string>();
  for (const sub of subs) {
    if (ids.has(sub.id)) push(c, 'duplicate_id', `${path}/${sub.id}`, `sub-criterion "${sub.id}" repeats`, `tiêu chí thành phần "${sub.id}" bị trùng`);
    ids.add(sub.id);
    checkCondition(c, sub.condition, 'commune', `${path}/${sub.id}`);
  }
}

function checker(catalogue: CompiledCatalogue): Checker {
  return { catalogue, params: new Map(CRITERIA_PARAMETERS.map((p) => [p.key, p])), errors: [] };
}

/** Checks the national sets; [] when they are sound. */
export function checkCriteriaSets(sets: readonly CriteriaSetDef[] = CRITERIA_SETS, catalogue: CompiledCatalogue = SECTOR_CATALOGUE): CriteriaError[] {
  const c = checker(catalogue);
  for (const set of sets) {
    if (!ISO.test(set.validFrom) || (set.validTo !== undefined && (!ISO.test(set.validTo) || set.validTo < set.validFrom))) {
      push(c, 'bad_dates', set.id, `${set.id}: bad validity dates`, `${set.id}: ngày hiệu lực không hợp lệ`);
    }
    for (const g of set.guidance) checkSubCriteria(c, g.subCriteria, `${set.id}/${g.id}@${g.from}`);
  }
  return c.errors;
}

/** Checks a province overlay against the set it tightens; [] when it may be applied. */
export function checkOverlay(overlay: CriteriaOverlayDef, catalogue: CompiledCatalogue = SECTOR_CATALOGUE): CriteriaError[] {
  const c = checker(catalogue);
  const set = CRITERIA_SETS.find((s) => s.id === overlay.set);
  if (!set) {
    push(c, 'unknown_set', 'set', `unknown criteria set "${overlay.set}"`, `không có bộ tiêu chí "${overlay.set}"`);
    return c.errors;
  }
  if (!ISO.test(overlay.validFrom) || (overlay.validTo !== undefined && (!ISO.test(overlay.validTo) || overlay.validTo < overlay.validFrom))) {
    push(c, 'bad_dates', 'validFrom', 'bad validity dates (YYYY-MM-DD, end not before start)', 'ngày hiệu lực không hợp lệ');
  }
  for (const [key, value] of Object.entries(overlay.parameters ?? {})) {
    const def = c.params.get(key);
    if (!def) push(c, 'unknown_parameter', `parameters/${key}`, `unknown parameter "${key}"`, `không có tham số "${key}"`);
    else if (!isAtLeastAsStrict(def, value, def.default)) {
      push(
        c,
        'not_stricter',
        `parameters/${key}`,
        `"${key}" = ${String(value)} is looser than the national ${String(def.default)}`,
        `"${key}" = ${String(value)} lỏng hơn mức quốc gia ${String(def.default)}`,
      );
    }
  }
  const subIds = new Set(set.guidance.flatMap((g) => g.subCriteria.map((s) => s.id)));
  for (const [i, added] of (overlay.addConditions ?? []).entries()) {
    if (!subIds.has(added.subCriterion))
      push(
        c,
        'unknown_sub_criterion',
        `addConditions/${i}`,
        `${set.id} has no sub-criterion "${added.subCriterion}"`,
        `${set.id} không có tiêu chí "${added.subCriterion}"`,
      );
    checkCondition(c, added.condition, 'commune', `addConditions/${i}`);
  }
  for (const sub of overlay.addSubCriteria ?? []) {
    if (subIds.has(sub.id))
      push(
        c,
        'duplicate_id',
        `addSubCriteria/${sub.id}`,
        `sub-criterion "${sub.id}" already exists in ${set.id}`,
        `tiêu chí "${sub.id}" đã có trong ${set.id}`,
      );
  }
  checkSubCriteria(c, overlay.addSubCriteria ?? [], 'addSubCriteria');
  return c.errors;
}
