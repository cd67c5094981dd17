/**
 * "x/y xã đạt tiêu chí số 8" (R-AGG-1): x communes whose evaluation on the reporting date under the set
 * in force then has the criterion đạt; y the rural communes (xã) in scope on that date — wards and towns
 * are not NTM units and are excluded from y. Shares are recomputed from the counts, never averaged.
 */
import { formatNumberVi } from '../format/vi-format.ts';
import type { Bilingual } from '../indicators/indicator-types.ts';
import type { CriteriaEvaluation, CriterionDef, NamedUnit, Outcome } from './criteria-types.ts';

/** Counts of one group of communes. */
export interface CriteriaCounts {
  /** Every commune-level unit in force (xã, phường, thị trấn, đặc khu). */
  units: number;
  /** y: the rural communes judged. */
  inScope: number;
  /** x: those that meet the criterion. */
  passed: number;
  failed: number;
  missing: number;
  wards: number;
  towns: number;
  /** x / y × 100, one decimal; null when y = 0. */
  share: number | null;
}

/** A commune's line on a board. */
export interface CommuneLine {
  code: string;
  name: string;
  typeCode: string;
  districtCode: string | null;
  districtName: string | null;
  outcome: Outcome | 'not_applicable';
  sub: Record<string, Outcome>;
  /** The reasons of the sub-criteria not met (or lacking data). */
  reasons: readonly Bilingual[];
  gaps: readonly Bilingual[];
}

/** Per sub-criterion counts and the communes that fail it. */
export interface SubCriterionTally {
  id: string;
  name: Bilingual;
  rule: string;
  passed: number;
  failed: number;
  missing: number;
  failing: readonly NamedUnit[];
}

/** What the communes of a scope carry into a summary besides their evaluation. */
export interface CommuneScopeInfo {
  code: string;
  districtCode: string | null;
  districtName: string | null;
}

/** Counts the outcomes of evaluations (wards and towns apart). */
export function countEvaluations(evaluations: readonly CriteriaEvaluation[]): CriteriaCounts {
  const c: CriteriaCounts = { units: evaluations.length, inScope: 0, passed: 0, failed: 0, missing: 0, wards: 0, towns: 0, share: null };
  for (const e of evaluations) {
    if (e.scope === 'ward') c.wards++;
    else if (e.scope === 'town') c.towns++;
    if (e.scope !== 'in_scope') continue;
    c.inScope++;
    if (e.outcome === 'pass') c.passed++;
    else if (e.outcome === 'fail') c.failed++;
    else if (e.outcome === 'missing') c.missing++;
  }
  // A set with nothing to judge (NTM-2026) has no share, not 0%.
  const judged = c.passed + c.failed + c.missing;
  c.share = c.inScope > 0 && judged > 0 ? Math.round((1000 * c.passed) / c.inScope) / 10 : null;
  return c;
}

/** "64/110 xã đạt tiêu chí số 8 (58,2%)"; for a set without the criterion, says so. */
export function countsText(counts: CriteriaCounts, criterion: CriterionDef | null, setName: Bilingual, kind: 'base' | 'advanced' | 'model'): Bilingual {
  const share = counts.share === null ? '' : ` (${formatNumberVi(counts.share, 1)}%)`;
  const shareEn = counts.share === null ? '' : ` (${counts.share.toFixed(1)}%)`;
  if (kind === 'model')
    return {
      vi: `${counts.passed}/${counts.inScope} xã đạt chuẩn NTM kiểu mẫu${share}`,
      en: `${counts.passed}/${counts.inScope} communes meet the model-commune rule${shareEn}`,
    };
  if (!criterion) return { vi: `${setName.vi}: không có tiêu chí TT&TT riêng để đếm`, en: `${setName.en}: no stand-alone ICT criterion to count` };
  const what = kind === 'advanced' ? ' (NTM nâng cao)' : '';
  return {
    vi: `${formatNumberVi(counts.passed)}/${formatNumberVi(counts.inScope)} xã đạt tiêu chí số ${criterion.number}${what}${share}`,
    en: `${counts.passed}/${counts.inScope} communes meet criterion ${criterion.number}${kind === 'advanced' ? ' (advanced)' : ''}${shareEn}`,
  };
}

/** One line per commune for a board. */
export function communeLine(e: CriteriaEvaluation, info: CommuneScopeInfo): CommuneLine {
  const notMet = e.subCriteria.filter((s) => s.outcome !== 'pass');
  return {
    code: e.unit.code,
    name: e.unit.name,
    typeCode: e.unit.typeCode ?? '',
    districtCode: info.districtCode,
    districtName: info.districtName,
    outcome: e.outcome,
    sub: Object.fromEntries(e.subCriteria.map((s) => [s.id, s.outcome])),
    reasons: notMet.flatMap((s) => s.reasons),
    gaps: notMet.flatMap((s) => s.gaps),
  };
}

/** Counts per sub-criterion, with the communes failing each, in the set's order. */
export function tallySubCriteria(evaluations: readonly CriteriaEvaluation[]): SubCriterionTally[] {
  const tallies = new Map<string, SubCriterionTally & { failing: NamedUnit[] }>();
  for (const e of evaluations) {
    if (e.scope !== 'in_scope') continue;
    for (const s of e.subCriteria) {
      const t = tallies.get(s.id) ?? { id: s.id, name: s.name, rule: s.rule, passed: 0, failed: 0, missing: 0, failing: [] };
      if (s.outcome === 'pass') t.passed++;
      else if (s.outcome === 'fail') {
        t.failed++;
        t.failing.push(e.unit);
      } else t.missing++;
      tallies.set(s.id, t);
    }
  }
  return [...tallies.values()];
}

/** Counts per district (before 01/07/2025; R-HIST-3: the hierarchy valid on the date). */
export function countByDistrict(
  evaluations: readonly CriteriaEvaluation[],
  info: ReadonlyMap<string, CommuneScopeInfo>,
): Array<{ code: string; name: string; counts: CriteriaCounts }> {
  const groups = new Map<string, { name: string; list: CriteriaEvaluation[] }>();
  for (const e of evaluations) {
    const i = info.get(e.unit.code);
    if (!i?.districtCode) continue;
    const g = groups.get(i.districtCode) ?? { name: i.districtName ?? i.districtCode, list: [] };
    g.list.push(e);
    groups.set(i.districtCode, g);
  }
  return [...groups.entries()].sort(([a], [b]) => a.localeCompare(b)).map(([code, g]) => ({ code, name: g.name, counts: countEvaluations(g.list) }));
}
