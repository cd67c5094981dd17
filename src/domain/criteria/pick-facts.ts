/**
 * Which stored values an evaluation on a date reads (documented in docs/criteria.md):
 * - a stock (a snapshot: postal point, coverage, station) — the value of the latest period that has
 *   begun on or before the date, from the start of the previous year on; a finer period wins a tie
 *   (2024Q4 over 2024 on 31/12/2024); older values are too stale to judge by;
 * - a flow (dossiers handled) — the year to date: the values of the coarsest period type given within
 *   the date's year (2025, else 2025S1+S2, else quarters, else months) that have begun by the date;
 *   failing that, the previous year's total;
 * - a breakdown's total when given, else the parts combined by the indicator's total rule (any / sum).
 */
import type { ConditionDef, CriteriaSetDef, Fact } from './criteria-types.ts';
import type { IndicatorDef, IndicatorValue } from '../indicators/indicator-types.ts';
import { formatPeriod, parsePeriod, periodStart, PERIOD_TYPES, type Period, type PeriodType } from '../periods/period.ts';

/** A candidate period with its start date. */
export interface CandidatePeriod {
  period: string;
  type: PeriodType;
  year: number;
  start: string;
}

const COUNTS: Record<PeriodType, number> = { year: 1, half: 2, quarter: 4, month: 12 };

/** Every period of the date's year and the previous one that has begun by the date. */
export function candidatePeriods(date: string): CandidatePeriod[] {
  const year = Number(date.slice(0, 4));
  const out: CandidatePeriod[] = [];
  for (const y of [year - 1, year]) {
    for (const type of PERIOD_TYPES) {
      for (let index = 1; index <= COUNTS[type]; index++) {
        const p: Period = { type, year: y, index };
        const start = periodStart(p);
        if (start <= date) out.push({ period: formatPeriod(p), type, year: y, start });
      }
    }
  }
  return out;
}

/** A stored value as read: one unit, indicator, breakdown and period. */
export interface StoredFact {
  indicatorCode: string;
  breakdown: string;
  period: string;
  value: IndicatorValue;
}

const FINENESS: Record<PeriodType, number> = { year: 0, half: 1, quarter: 2, month: 3 };

// A handful of period strings recur across hundreds of thousands of values: parse each once.
const parsed = new Map<string, { p: Period; start: string; key: string }>();
function periodInfo(text: string): { p: Period; start: string; key: string } {
  let info = parsed.get(text);
  if (!info) {
    const p = parsePeriod(text);
    const start = periodStart(p);
    info = { p, start, key: `${start}|${FINENESS[p.type]}` };
    parsed.set(text, info);
  }
  return info;
}

function pickStock(rows: readonly StoredFact[]): StoredFact | undefined {
  let best: StoredFact | undefined;
  let bestKey = '';
  for (const r of rows) {
    const key = periodInfo(r.period).key;
    if (best === undefined || key > bestKey) {
      best = r;
      bestKey = key;
    }
  }
  return best;
}

function pickFlow(rows: readonly StoredFact[], year: number): { value: number; period: string } | undefined {
  for (const y of [year, year - 1]) {
    for (const type of PERIOD_TYPES) {
      const inYear = rows.filter((r) => {
        const { p } = periodInfo(r.period);
        return p.year === y && p.type === type && typeof r.value === 'number';
      });
      if (inYear.length === 0) continue;
      // The previous year counts only as a whole year (its total), not as a part of it.
      if (y !== year && type !== 'year' && inYear.length < COUNTS[type]) continue;
      const sum = inYear.reduce((s, r) => s + (r.value as number), 0);
      const periods = inYear.map((r) => r.period).sort();
      return { value: sum, period: periods.length === 1 ? (periods[0] ?? '') : periods.join('+') };
    }
  }
  return undefined;
}

function combineParts(indicator: IndicatorDef, parts: readonly StoredFact[]): IndicatorValue | undefined {
  const total = indicator.disaggregations?.[0]?.total;
  if (parts.length === 0 || total === undefined || total === 'none') return undefined;
  if (total === 'any') return parts.some((p) => p.value === true);
  return parts.reduce((s, p) => s + (typeof p.value === 'number' ? p.value : 0), 0);
}

/** Chooses one fact per indicator from a unit's stored values on the date, by the rules above. */
export function pickFacts(rows: readonly StoredFact[], indicator: (code: string) => IndicatorDef | undefined, date: string): Record<string, Fact> {
  const byIndicator = new Map<string, StoredFact[]>();
  const year = Number(date.slice(0, 4));
  for (const r of rows) {
    // Only periods begun by the date, from the previous year on (the candidates the loader asks for).
    const { p, start } = periodInfo(r.period);
    if (p.year < year - 1 || start > date) continue;
    const list = byIndicator.get(r.indicatorCode);
    if (list) list.push(r);
    else byIndicator.set(r.indicatorCode, [r]);
  }
  const facts: Record<string, Fact> = {};
  for (const [code, list] of byIndicator) {
    const def = indicator(code);
    if (!def) continue;
    const totals = list.filter((r) => r.breakdown === '');
    if (def.periodKind === 'flow') {
      const flow = pickFlow(totals, year);
      if (flow) facts[code] = flow;
      continue;
    }
    const chosen = pickStock(totals);
    if (chosen) {
      facts[code] = { value: chosen.value, period: chosen.period };
      continue;
    }
    // No total given: the parts of the latest period that has them.
    const latestPart = pickStock(list);
    if (!latestPart) continue;
    const value = combineParts(
      def,
      list.filter((r) => r.period === latestPart.period),
    );
    if (value !== undefined) facts[code] = { value, period: latestPart.period };
  }
  return facts;
}

function collect(def: ConditionDef, level: 'commune' | 'village', out: { commune: Set<string>; village: Set<string> }, sets: Set<string>): void {
  switch (def.kind) {
    case 'fact':
      out[level].add(def.fact);
      return;
    case 'ratio':
      out[level].add(def.numerator).add(def.denominator);
      if (def.share) out[level].add(def.share);
      return;
    case 'all':
    case 'any':
      for (const c of def.of) collect(c, level, out, sets);
      return;
    case 'villages':
      if (def.counts) out.commune.add(def.counts.numerator).add(def.counts.denominator);
      collect(def.each, 'village', out, sets);
      return;
    case 'set':
      sets.add(def.set);
      return;
    case 'when_param':
      collect(def.then, level, out, sets);
  }
}

/** The indicator codes commune-level conditions read at commune and village level, and the other sets they refer to. */
export function factsOfConditions(conditions: readonly ConditionDef[]): { commune: string[]; village: string[]; sets: string[] } {
  const out = { commune: new Set<string>(), village: new Set<string>() };
  const sets = new Set<string>();
  for (const condition of conditions) collect(condition, 'commune', out, sets);
  return { commune: [...out.commune], village: [...out.village], sets: [...sets] };
}

/** The facts of a set on a date together with those of the sets it refers to. */
export function factsOfSetOnDate(
  set: CriteriaSetDef,
  date: string,
  find: (id: string) => CriteriaSetDef | undefined,
): { commune: string[]; village: string[] } {
  const commune = new Set<string>();
  const village = new Set<string>();
  const seen = new Set<string>();
  const visit = (s: CriteriaSetDef) => {
    if (seen.has(s.id)) return;
    seen.add(s.id);
    const g = s.guidance.find((x) => x.from <= date && (x.to === undefined || date <= x.to));
    const f = factsOfConditions((g?.subCriteria ?? []).map((sub) => sub.condition));
    f.commune.forEach((c) => commune.add(c));
    f.village.forEach((c) => village.add(c));
    for (const id of f.sets) {
      const other = find(id);
      if (other) visit(other);
    }
  };
  visit(set);
  return { commune: [...commune], village: [...village] };
}
