/**
 * Evaluates a condition tree over a unit's facts in three-valued logic: đạt (pass), không đạt (fail),
 * chưa đủ dữ liệu (missing). Missing data is never a failure (issue #4): `all` fails when any part
 * fails, else is missing when any part is missing; `any` passes when any part passes, else is missing
 * when any part is missing. Every result says what it needed, what it found and what would make it pass.
 */
import type { Bilingual, IndicatorDef, IndicatorValue } from '../indicators/indicator-types.ts';
import type {
  CompareOp,
  ConditionDef,
  ConditionResult,
  CriteriaSetId,
  Fact,
  MissingFact,
  NamedUnit,
  Outcome,
  ParamValue,
  Threshold,
  UnitFacts,
} from './criteria-types.ts';
import { describeValue, fillThreshold, formatCount, unitLabel } from './criteria-text.ts';

/** What evaluation reads besides the unit's own facts. */
export interface ConditionContext {
  params: Readonly<Record<string, ParamValue>>;
  villages: readonly UnitFacts[];
  indicator: (code: string) => IndicatorDef | undefined;
  /** The outcome of another set on the same date (nâng cao needs NTM first). */
  evaluateSet: (set: CriteriaSetId) => { outcome: Outcome | 'not_applicable'; summary: Bilingual };
  /** Village checks keep only outcomes and names: their texts are never shown one by one (speed). */
  quick?: boolean;
}

/** A condition's result plus the facts it lacked. */
export interface Evaluated {
  result: ConditionResult;
  missing: MissingFact[];
}

const OPS: Record<CompareOp, (a: number | string | boolean, b: number | string | boolean) => boolean> = {
  '>=': (a, b) => a >= b,
  '>': (a, b) => a > b,
  '<=': (a, b) => a <= b,
  '<': (a, b) => a < b,
  '=': (a, b) => a === b,
  '!=': (a, b) => a !== b,
};

/** Evaluates `def` over `unit`. */
export function evaluateCondition(def: ConditionDef, unit: UnitFacts, ctx: ConditionContext): Evaluated {
  switch (def.kind) {
    case 'fact':
      return evaluateFact(def, unit, ctx);
    case 'ratio':
      return evaluateRatio(def, unit, ctx);
    case 'all':
    case 'any':
      return evaluateGroup(def, unit, ctx);
    case 'villages':
      return evaluateVillages(def, unit, ctx);
    case 'set': {
      const other = ctx.evaluateSet(def.set);
      const outcome: Outcome = other.outcome === 'not_applicable' ? 'missing' : other.outcome;
      return {
        result: { id: def.id, kind: def.kind, outcome, need: def.need, found: other.summary, ...(outcome === 'fail' ? { gap: needGap(def.need) } : {}) },
        missing: [],
      };
    }
    case 'when_param': {
      const value = ctx.params[def.param];
      if (value === null || value === false || value === undefined) {
        const inner = evaluateCondition(def.then, unit, { ...ctx });
        return {
          result: {
            ...inner.result,
            id: def.id,
            outcome: 'pass',
            notApplied: true,
            gap: undefined,
            found: { vi: `không áp dụng (${def.param} tắt)`, en: `not applied (${def.param} off)` },
          },
          missing: [],
        };
      }
      return evaluateCondition(def.then, unit, ctx);
    }
  }
}

function thresholdValue(threshold: Threshold | string | boolean | undefined, ctx: ConditionContext): number | string | boolean | null {
  if (threshold === undefined) return true;
  if (typeof threshold === 'object') {
    const v = ctx.params[threshold.param];
    return v === undefined || v === false ? null : v;
  }
  return threshold;
}

function factName(ctx: ConditionContext, code: string): Bilingual {
  const def = ctx.indicator(code);
  return def ? def.name : { vi: code, en: code };
}

function missingFact(unit: UnitFacts, code: string, ctx: ConditionContext): MissingFact {
  return { unitCode: unit.code, unitName: unit.name, fact: code, factName: factName(ctx, code) };
}

const needGap = (need: Bilingual): Bilingual => ({ vi: `cần ${need.vi}`, en: `needs ${need.en}` });

function evaluateFact(def: Extract<ConditionDef, { kind: 'fact' }>, unit: UnitFacts, ctx: ConditionContext): Evaluated {
  const indicator = ctx.indicator(def.fact);
  const isShare = indicator?.valueType === 'percent';
  const target = thresholdValue(def.value, ctx);
  const need = fillThreshold(def.need, target, isShare);
  const lack = fillThreshold(def.lack, target, isShare);
  if (target === null)
    return {
      result: { id: def.id, kind: 'fact', outcome: 'pass', notApplied: true, need, found: { vi: 'không áp dụng ngưỡng', en: 'no threshold applied' } },
      missing: [],
    };
  const fact: Fact | undefined = unit.facts[def.fact];
  if (fact === undefined) return { result: { id: def.id, kind: 'fact', outcome: 'missing', need }, missing: [missingFact(unit, def.fact, ctx)] };
  const value: IndicatorValue = isShare && typeof fact.value === 'number' ? fact.value / 100 : fact.value;
  const ok = OPS[def.op ?? '='](value, target);
  if (ctx.quick) return { result: { id: def.id, kind: 'fact', outcome: ok ? 'pass' : 'fail', need }, missing: [] };
  const found = describeValue(indicator, fact.value);
  return {
    result: {
      id: def.id,
      kind: 'fact',
      outcome: ok ? 'pass' : 'fail',
      need,
      lack,
      found,
      facts: [{ unitCode: unit.code, fact: def.fact, value: fact.value, ...(fact.period ? { period: fact.period } : {}) }],
      ...(ok ? {} : { gap: { vi: `cần ${need.vi} (hiện: ${found.vi})`, en: `needs ${need.en} (now: ${found.en})` } }),
    },
    missing: [],
  };
}

function evaluateRatio(def: Extract<ConditionDef, { kind: 'ratio' }>, unit: UnitFacts, ctx: ConditionContext): Evaluated {
  const target = thresholdValue(def.threshold, ctx);
  const need = fillThreshold(def.need, target, true);
  const lack = fillThreshold(def.lack, target, true);
  if (target === null || typeof target !== 'number') {
    return {
      result: { id: def.id, kind: 'ratio', outcome: 'pass', notApplied: true, need, found: { vi: 'không áp dụng ngưỡng', en: 'no threshold applied' } },
      missing: [],
    };
  }
  const num = unit.facts[def.numerator]?.value;
  const den = unit.facts[def.denominator]?.value;
  let share: number | undefined;
  const facts: NonNullable<ConditionResult['facts']>[number][] = [];
  if (typeof num === 'number' && typeof den === 'number' && den > 0) {
    share = num / den;
    facts.push({ unitCode: unit.code, fact: def.numerator, value: num }, { unitCode: unit.code, fact: def.denominator, value: den });
  } else if (def.share && typeof unit.facts[def.share]?.value === 'number') {
    share = (unit.facts[def.share]?.value as number) / 100;
    facts.push({ unitCode: unit.code, fact: def.share, value: unit.facts[def.share]?.value as number });
  }
  if (share === undefined) {
    const missing = [def.numerator, def.denominator].filter((c) => typeof unit.facts[c]?.value !== 'number').map((c) => missingFact(unit, c, ctx));
    return {
      result: { id: def.id, kind: 'ratio', outcome: 'missing', need },
      missing: missing.length > 0 ? missing : [missingFact(unit, def.denominator, ctx)],
    };
  }
  const ok = def.op === '>=' ? share >= target - 1e-12 : share > target + 1e-12;
  if (ctx.quick) return { result: { id: def.id, kind: 'ratio', outcome: ok ? 'pass' : 'fail', need }, missing: [] };
  const found = { vi: `${formatCount(share * 100, 1)}%`, en: `${(share * 100).toFixed(1)}%` };
  return {
    result: {
      id: def.id,
      kind: 'ratio',
      outcome: ok ? 'pass' : 'fail',
      need,
      lack,
      found,
      facts,
      ...(ok ? {} : { gap: { vi: `cần ${need.vi} (hiện ${found.vi})`, en: `needs ${need.en} (now ${found.en})` } }),
    },
    missing: [],
  };
}

function evaluateGroup(def: Extract<ConditionDef, { kind: 'all' | 'any' }>, unit: UnitFacts, ctx: ConditionContext): Evaluated {
  const parts = def.of.map((c) => evaluateCondition(c, unit, ctx));
  const outcomes = parts.map((p) => p.result.outcome);
  const outcome: Outcome =
    def.kind === 'all'
      ? outcomes.includes('fail')
        ? 'fail'
        : outcomes.includes('missing')
          ? 'missing'
          : 'pass'
      : outcomes.includes('pass')
        ? 'pass'
        : outcomes.includes('missing')
          ? 'missing'
          : 'fail';
  const need = def.need ?? { vi: parts.map((p) => p.result.need.vi).join('; '), en: parts.map((p) => p.result.need.en).join('; ') };
  const result: ConditionResult = { id: def.id, kind: def.kind, outcome, need, ...(def.lack ? { lack: def.lack } : {}), children: parts.map((p) => p.result) };
  if (outcome === 'fail' && def.kind === 'any') result.gap = needGap(need);
  return { result, missing: outcome === 'pass' ? [] : parts.flatMap((p) => p.missing) };
}

/** Whether `n` of `of` villages meet a share (`of` = 0 never does); a hair of tolerance for 2/3-like thresholds. */
function meetsShare(n: number, of: number, op: '>=' | '>', target: number): boolean {
  return of > 0 && (op === '>=' ? n / of >= target - 1e-12 : n / of > target + 1e-12);
}

/** The fewest more villages that make `passing + k` out of `total` meet the share. */
function villagesNeeded(passing: number, total: number, op: '>=' | '>', share: number): number {
  for (let k = 0; passing + k <= total; k++) if (meetsShare(passing + k, total, op, share)) return k;
  return total - passing;
}

function evaluateVillages(def: Extract<ConditionDef, { kind: 'villages' }>, unit: UnitFacts, ctx: ConditionContext): Evaluated {
  const target = def.share ? thresholdValue(def.share.threshold, ctx) : 1;
  const isShare = def.share !== undefined;
  const need = fillThreshold(def.need, target, true);
  const lack = fillThreshold(def.lack, target, true);
  if (target === null || typeof target !== 'number') {
    return {
      result: { id: def.id, kind: 'villages', outcome: 'pass', notApplied: true, need, found: { vi: 'không áp dụng ngưỡng', en: 'no threshold applied' } },
      missing: [],
    };
  }
  if (ctx.quick) return quickVillages(def, unit, ctx, target, need);
  const failing: NamedUnit[] = [];
  const missingVillages: NamedUnit[] = [];
  const missing: MissingFact[] = [];
  const villageLacks: Record<string, Bilingual> = {};
  const villageNeeds = new Map<string, Bilingual>();
  let passing = 0;
  const villageCtx: ConditionContext = { ...ctx, quick: true };
  for (const village of ctx.villages) {
    const r = evaluateCondition(def.each, village, villageCtx);
    const named = { code: village.code, name: village.name, ...(village.typeCode ? { typeCode: village.typeCode } : {}) };
    if (r.result.outcome === 'pass') passing++;
    else if (r.result.outcome === 'fail') {
      failing.push(named);
      const node = deepestFailing(def.each, r.result);
      villageLacks[village.code] = lackOf(node);
      villageNeeds.set(village.code, needOf(node));
    } else {
      missingVillages.push(named);
      missing.push(...r.missing);
    }
  }
  const total = ctx.villages.length;
  const op = def.share?.op ?? '>=';
  const meets = (n: number, of: number) => meetsShare(n, of, op, target);
  // Incomplete village values: the commune's own counts stand in when it reports them (the share rules only).
  if (isShare && def.counts && (missingVillages.length > 0 || total === 0)) {
    const num = unit.facts[def.counts.numerator]?.value;
    const den = unit.facts[def.counts.denominator]?.value;
    if (typeof num === 'number' && typeof den === 'number' && den > 0) {
      const ok = meets(num, den);
      const found = { vi: `${formatCount(num)}/${formatCount(den)} thôn (số liệu của xã)`, en: `${num}/${den} villages (commune figures)` };
      const k = villagesNeeded(num, den, op, target);
      return {
        result: {
          id: def.id,
          kind: 'villages',
          outcome: ok ? 'pass' : 'fail',
          need,
          lack,
          found,
          villages: { total: den, passing: num, failing: [], missing: [], fromCounts: true },
          facts: [
            { unitCode: unit.code, fact: def.counts.numerator, value: num },
            { unitCode: unit.code, fact: def.counts.denominator, value: den },
          ],
          ...(ok
            ? {}
            : {
                gap: {
                  vi: `cần thêm ${formatCount(k)} thôn đạt: ${needOf(def.each).vi}`,
                  en: `needs ${k} more village${k === 1 ? '' : 's'} with ${needOf(def.each).en}`,
                },
              }),
        },
        missing: [],
      };
    }
  }
  const villages = { total, passing, failing, missing: missingVillages };
  const found = { vi: `${formatCount(passing)}/${formatCount(total)} thôn đạt`, en: `${passing}/${total} villages meet it` };
  if (total === 0) {
    return {
      result: { id: def.id, kind: 'villages', outcome: 'missing', need, found: { vi: 'chưa có danh sách thôn', en: 'no village list' }, villages },
      missing: [
        { unitCode: unit.code, unitName: unit.name, fact: 'villages', factName: { vi: 'Danh sách thôn, bản của xã', en: 'The commune’s village list' } },
      ],
    };
  }
  let outcome: Outcome;
  if (meets(passing, total)) outcome = 'pass';
  else if (!meets(passing + missingVillages.length, total)) outcome = 'fail';
  else outcome = 'missing';
  const result: ConditionResult = { id: def.id, kind: 'villages', outcome, need, lack, found, villages, ...(failing.length > 0 ? { villageLacks } : {}) };
  if (outcome === 'fail') {
    if (isShare) {
      const k = villagesNeeded(passing, total, op, target);
      result.gap = {
        vi: `cần thêm ${formatCount(k)} thôn đạt: ${needOf(def.each).vi}`,
        en: `needs ${k} more village${k === 1 ? '' : 's'} with ${needOf(def.each).en}`,
      };
    } else {
      const byNeed = new Map<string, { need: Bilingual; names: string[] }>();
      failing.forEach((v) => {
        const need = villageNeeds.get(v.code) ?? needOf(def.each);
        const entry = byNeed.get(need.vi) ?? { need, names: [] };
        entry.names.push(unitLabel(v));
        byNeed.set(need.vi, entry);
      });
      const parts = [...byNeed.values()];
      result.gap = {
        vi: parts.map((p) => `cần ${p.need.vi} ở ${p.names.join(', ')}`).join('; '),
        en: parts.map((p) => `needs ${p.need.en} in ${p.names.join(', ')}`).join('; '),
      };
    }
  }
  return { result, missing: outcome === 'missing' ? missing : [] };
}

const NOT_MET: Bilingual = { vi: 'không đạt', en: 'not met' };

/** Outcome only (no names, no texts): counts of passing, failing and unknown villages, then the same decision. */
function quickVillages(def: Extract<ConditionDef, { kind: 'villages' }>, unit: UnitFacts, ctx: ConditionContext, target: number, need: Bilingual): Evaluated {
  let passing = 0;
  let unknown = 0;
  for (const village of ctx.villages) {
    const o = evaluateCondition(def.each, village, ctx).result.outcome;
    if (o === 'pass') passing++;
    else if (o === 'missing') unknown++;
  }
  const total = ctx.villages.length;
  const op = def.share?.op ?? '>=';
  const meets = (n: number, of: number) => meetsShare(n, of, op, target);
  let outcome: Outcome;
  if (def.share && def.counts && (unknown > 0 || total === 0)) {
    const num = unit.facts[def.counts.numerator]?.value;
    const den = unit.facts[def.counts.denominator]?.value;
    if (typeof num === 'number' && typeof den === 'number' && den > 0)
      return { result: { id: def.id, kind: 'villages', outcome: meets(num, den) ? 'pass' : 'fail', need }, missing: [] };
  }
  if (total === 0) outcome = 'missing';
  else if (meets(passing, total)) outcome = 'pass';
  else if (!meets(passing + unknown, total)) outcome = 'fail';
  else outcome = 'missing';
  return { result: { id: def.id, kind: 'villages', outcome, need }, missing: [] };
}

/** What a condition requires, looking through parameter switches. */
export function needOf(def: ConditionDef): Bilingual {
  if (def.kind === 'when_param') return needOf(def.then);
  return def.need ?? NOT_MET;
}

/** How a condition's failure is said, looking through parameter switches. */
export function lackOf(def: ConditionDef): Bilingual {
  if (def.kind === 'when_param') return lackOf(def.then);
  return def.lack ?? NOT_MET;
}

/** The most specific failed node of a failed check: the deepest failing part that says what it needs. */
function deepestFailing(def: ConditionDef, result: ConditionResult): ConditionDef {
  if (def.kind === 'all') {
    for (const [i, child] of def.of.entries()) {
      const r = result.children?.[i];
      if (r?.outcome === 'fail') return deepestFailing(child, r);
    }
  }
  if (def.kind === 'when_param') return deepestFailing(def.then, result);
  return def;
}
