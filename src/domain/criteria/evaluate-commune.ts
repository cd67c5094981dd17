/**
 * Evaluates one commune on one date: the set and guidance in force on that date (R-VER), scope (xã
 * only, R-AGG-1), the regional column or commune group, each sub-criterion with reasons that cite its
 * rule, and the criterion as the AND of its sub-criteria (R-AND).
 */
import { SECTOR_CATALOGUE } from '../indicators/sector-catalogue.ts';
import type { Bilingual } from '../indicators/indicator-types.ts';
import { commune2026Group, paramContexts, regionColumn, scopeOfType } from './commune-profile.ts';
import type {
  CommuneFacts,
  ConditionDef,
  ConditionResult,
  CriteriaEvaluation,
  CriteriaOverlayDef,
  CriteriaSetDef,
  CriteriaSetId,
  Outcome,
  ParamValue,
  SubCriterionDef,
  SubCriterionResult,
} from './criteria-types.ts';
import { listUnits, outcomeWord } from './criteria-text.ts';
import { evaluateCondition, lackOf, type ConditionContext } from './evaluate-condition.ts';
import { applyOverlay } from './apply-overlay.ts';
import { findCriteriaSet, isSetInForce, selectCriteriaSet, selectGuidance } from './select-set.ts';
import { resolveParameters } from './resolve-parameters.ts';

/** What to evaluate against: a set (default: the base set in force), overrides (what-if) and a province overlay. */
export interface EvaluateOptions {
  date: string;
  setId?: CriteriaSetId;
  parameters?: Readonly<Record<string, ParamValue>>;
  overlay?: CriteriaOverlayDef;
  /** Shared by the evaluations of one run (same set, date, overrides): parameters by context, region texts. */
  cache?: EvaluationCache;
  /**
   * 'outcome': a sub-criterion met keeps only its outcome and requirement (no condition tree with values),
   * which is what a board of thousands of communes shows; one not met is evaluated in full for its reasons.
   */
  detail?: 'full' | 'outcome';
}

/** What the evaluations of one run can share. */
export interface EvaluationCache {
  params: Map<string, Record<string, ParamValue>>;
  regions: Map<string, ReturnType<typeof regionColumn>>;
}

/** A fresh cache for a run of evaluations with the same options. */
export function newEvaluationCache(): EvaluationCache {
  return { params: new Map(), regions: new Map() };
}

/** Thrown when no set applies (a date before 2009, or a set asked for outside its dates: R-VER). */
export class CriteriaSetError extends Error {
  constructor(
    readonly code: 'no_set' | 'set_not_in_force' | 'unknown_set',
    message: string,
    readonly messageVi: string,
  ) {
    super(message);
    this.name = 'CriteriaSetError';
  }
}

/** Picks the set for the options: the one asked for (which must be in force on the date) or the base set in force. */
export function chooseSet(options: Pick<EvaluateOptions, 'date' | 'setId'>): CriteriaSetDef {
  if (options.setId) {
    const set = findCriteriaSet(options.setId);
    if (!set) throw new CriteriaSetError('unknown_set', `unknown criteria set ${options.setId}`, `không có bộ tiêu chí ${options.setId}`);
    if (!isSetInForce(set, options.date)) {
      const range = `${set.validFrom} – ${set.validTo ?? '…'}`;
      throw new CriteriaSetError(
        'set_not_in_force',
        `${set.id} is not in force on ${options.date} (${range}); history is evaluated only under the set of its date`,
        `${set.id} không có hiệu lực ngày ${options.date} (${range}); mỗi thời điểm chỉ đánh giá theo bộ tiêu chí có hiệu lực khi đó`,
      );
    }
    return set;
  }
  const set = selectCriteriaSet(options.date);
  if (!set) throw new CriteriaSetError('no_set', `no criteria set is in force on ${options.date}`, `không có bộ tiêu chí nào có hiệu lực ngày ${options.date}`);
  return set;
}

const indicator = (code: string) => SECTOR_CATALOGUE.byCode.get(code);

/** Evaluates a commune's facts; pure. */
export function evaluateCommune(facts: CommuneFacts, options: EvaluateOptions): CriteriaEvaluation {
  const set = chooseSet(options);
  const overlay = options.overlay && options.overlay.set === set.id ? options.overlay : undefined;
  const scope = scopeOfType(facts.typeCode);
  const cache = options.cache;
  let region: ReturnType<typeof regionColumn> | undefined;
  if (set.grouping === 'region') {
    const key = `${facts.profile.isDbkk === true}|${facts.profile.region ?? ''}`;
    region = cache?.regions.get(key) ?? regionColumn(facts.profile);
    cache?.regions.set(key, region);
  }
  const group =
    set.grouping === 'group2026' ? commune2026Group(facts.profile, resolveParameters([], options.parameters)['group2026.tieBreak'] ?? null) : undefined;
  const contexts = paramContexts(facts.profile, region?.applied ?? null, group?.group ?? null);
  const paramKey = `${overlay?.id ?? ''}|${contexts.join('|')}`;
  let params = cache?.params.get(paramKey);
  if (!params) {
    params = resolveParameters(contexts, { ...(overlay?.parameters ?? {}), ...(options.parameters ?? {}) });
    cache?.params.set(paramKey, params);
  }
  const guidance = selectGuidance(set, options.date);
  const notes: Bilingual[] = [];
  if (set.note) notes.push(set.note);
  if (guidance?.note) notes.push(guidance.note);
  const base = {
    unit: { code: facts.code, name: facts.name, typeCode: facts.typeCode },
    date: options.date,
    setId: set.id,
    setName: set.name,
    setKind: set.kind,
    criterion: set.criterion,
    guidanceId: guidance?.id ?? null,
    guidanceName: guidance?.name ?? null,
    overlayId: overlay?.id ?? null,
    notes,
    ...(region ? { region } : {}),
    ...(group ? { group } : {}),
    parameters: params,
  };
  if (scope !== 'in_scope') {
    const what =
      scope === 'ward' ? { vi: 'phường', en: 'a ward' } : scope === 'town' ? { vi: 'thị trấn', en: 'a town' } : { vi: 'không phải xã', en: 'not a commune' };
    return {
      ...base,
      scope,
      outcome: 'not_applicable',
      summary: {
        vi: `Ngoài phạm vi tiêu chí NTM: ${what.vi} (tiêu chí NTM áp dụng cho xã)`,
        en: `Outside the NTM criteria: ${what.en} (they apply to rural communes)`,
      },
      subCriteria: [],
    };
  }
  const subDefs = overlay ? applyOverlay(guidance?.subCriteria ?? [], overlay) : (guidance?.subCriteria ?? []);
  const ctx: ConditionContext = {
    params,
    villages: facts.villages,
    indicator,
    evaluateSet: (other) => {
      try {
        const r = evaluateCommune(facts, { ...options, setId: other });
        return { outcome: r.outcome, summary: r.summary };
      } catch (error) {
        if (error instanceof CriteriaSetError) return { outcome: 'not_applicable', summary: { vi: error.messageVi, en: error.message } };
        throw error;
      }
    },
  };
  const quickCtx: ConditionContext | undefined = options.detail === 'outcome' ? { ...ctx, quick: true } : undefined;
  const subCriteria = subDefs.map((sub) => {
    const local = overlay !== undefined && !(guidance?.subCriteria ?? []).includes(sub);
    if (quickCtx) {
      const quick = evaluateCondition(sub.condition, facts, quickCtx).result;
      if (quick.outcome === 'pass') return passedSubCriterion(sub, quick, local);
    }
    return evaluateSubCriterion(sub, facts, ctx, local);
  });
  if (subCriteria.length === 0) {
    return {
      ...base,
      scope,
      outcome: 'not_applicable',
      summary: set.note ?? { vi: 'Bộ tiêu chí không có nội dung TT&TT để đánh giá', en: 'The set has no ICT contents to evaluate' },
      subCriteria,
    };
  }
  const outcomes = subCriteria.map((s) => s.outcome);
  const outcome: Outcome = outcomes.includes('fail') ? 'fail' : outcomes.includes('missing') ? 'missing' : 'pass';
  return { ...base, scope, outcome, summary: overallSummary(set, outcome, subCriteria), subCriteria };
}

function overallSummary(set: CriteriaSetDef, outcome: Outcome, subs: readonly SubCriterionResult[]): Bilingual {
  const title = set.criterion
    ? { vi: `Tiêu chí số ${set.criterion.number} (${set.criterion.name.vi})`, en: `Criterion ${set.criterion.number} (${set.criterion.name.en})` }
    : { vi: set.kind === 'model' ? 'Xã NTM kiểu mẫu' : set.name.vi, en: set.kind === 'model' ? 'Model NTM commune' : set.name.en };
  const word = outcomeWord(outcome);
  if (outcome === 'pass') return { vi: `${title.vi}: ${word.vi}`, en: `${title.en}: ${word.en}` };
  const ids = subs
    .filter((s) => s.outcome === outcome)
    .map((s) => s.id)
    .join(', ');
  return { vi: `${title.vi}: ${word.vi} (${ids})`, en: `${title.en}: ${word.en} (${ids})` };
}

function evaluateSubCriterion(sub: SubCriterionDef, facts: CommuneFacts, ctx: ConditionContext, local: boolean): SubCriterionResult {
  const { result, missing } = evaluateCondition(sub.condition, facts, ctx);
  const head = (word: Bilingual) => ({ vi: `${sub.id} ${word.vi}`, en: `${sub.id} ${word.en}` });
  const cite = ` (${sub.rule})`;
  const reasons: Bilingual[] = [];
  const gaps: Bilingual[] = [];
  if (result.outcome === 'pass') {
    const h = head(outcomeWord('pass'));
    reasons.push({ vi: `${h.vi}: ${result.need.vi}${cite}`, en: `${h.en}: ${result.need.en}${cite}` });
  } else if (result.outcome === 'fail') {
    const h = head(outcomeWord('fail'));
    for (const r of failureStatements(sub.condition, result)) reasons.push({ vi: `${h.vi}: ${r.vi}${cite}`, en: `${h.en}: ${r.en}${cite}` });
    gaps.push(...collectGaps(result));
  } else {
    const h = head(outcomeWord('missing'));
    const names = [...new Set(missing.map((m) => m.factName.vi))];
    const namesEn = [...new Set(missing.map((m) => m.factName.en))];
    reasons.push({ vi: `${h.vi}: thiếu ${names.join('; ')}${cite}`, en: `${h.en}: missing ${namesEn.join('; ')}${cite}` });
  }
  return {
    id: sub.id,
    name: sub.name,
    rule: sub.rule,
    confidence: sub.confidence,
    outcome: result.outcome,
    reasons,
    gaps,
    missing: result.outcome === 'missing' ? dedupeMissing(missing) : [],
    condition: result,
    ...(local ? { local: true } : {}),
  };
}

function passedSubCriterion(sub: SubCriterionDef, condition: ConditionResult, local: boolean): SubCriterionResult {
  const need = condition.need;
  return {
    id: sub.id,
    name: sub.name,
    rule: sub.rule,
    confidence: sub.confidence,
    outcome: 'pass',
    reasons: [{ vi: `${sub.id} đạt: ${need.vi} (${sub.rule})`, en: `${sub.id} met: ${need.en} (${sub.rule})` }],
    gaps: [],
    missing: [],
    condition,
    ...(local ? { local: true } : {}),
  };
}

function dedupeMissing<T extends { unitCode: string; fact: string }>(list: readonly T[]): T[] {
  const seen = new Set<string>();
  return list.filter((m) => {
    const key = `${m.unitCode}|${m.fact}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

/** One sentence per failed leaf: "thôn Nà Tu chưa có dịch vụ truy nhập Internet", "điểm phục vụ mở cửa dưới 4 giờ/ngày (3,5 giờ/ngày)". */
function failureStatements(def: ConditionDef, result: ConditionResult): Bilingual[] {
  if (result.outcome !== 'fail') return [];
  switch (def.kind) {
    case 'all':
      return def.of.flatMap((child, i) => (result.children?.[i] ? failureStatements(child, result.children[i]) : []));
    case 'when_param':
      return failureStatements(def.then, result);
    case 'any':
      return [def.lack ?? { vi: 'không đạt', en: 'not met' }];
    case 'villages': {
      const v = result.villages;
      if (!v) return [];
      if (def.share || v.fromCounts) {
        const lack = result.lack ?? def.lack;
        return [result.found ? { vi: `${lack.vi} (${result.found.vi})`, en: `${lack.en} (${result.found.en})` } : lack];
      }
      // Group the failing villages by what they lack: "bản Nà Tu, thôn 3 chưa có dịch vụ truy nhập Internet".
      const groups = new Map<string, { lack: Bilingual; units: (typeof v.failing)[number][] }>();
      for (const unit of v.failing) {
        const lack = villageLack(def, unit.code, result);
        const g = groups.get(lack.vi) ?? { lack, units: [] };
        g.units.push(unit);
        groups.set(lack.vi, g);
      }
      return [...groups.values()].map((g) => {
        const names = listUnits(g.units);
        return { vi: `${names.vi} ${g.lack.vi}`, en: `${names.en}: ${g.lack.en}` };
      });
    }
    default: {
      const lack = result.lack ?? lackOf(def);
      return [result.found ? { vi: `${lack.vi} (${result.found.vi})`, en: `${lack.en} (${result.found.en})` } : lack];
    }
  }
}

function villageLack(def: Extract<ConditionDef, { kind: 'villages' }>, code: string, result: ConditionResult): Bilingual {
  return result.villageLacks?.[code] ?? lackOf(def.each);
}

function collectGaps(result: ConditionResult): Bilingual[] {
  if (result.outcome !== 'fail') return [];
  const own = result.gap ? [result.gap] : [];
  if (result.kind === 'villages' || result.kind === 'any') return own;
  const children = (result.children ?? []).flatMap(collectGaps);
  return children.length > 0 ? children : own;
}
