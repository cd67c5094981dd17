/** Which criteria set and guidance apply on a date (regulations.md §1, R-VER). */
import type { CriteriaSetDef, CriteriaSetId, CriteriaSetKind, GuidanceDef } from './criteria-types.ts';
import { checkCriteriaSets } from './compile-criteria.ts';
import { CRITERIA_SETS } from './sets/criteria-sets.ts';

// Rules are checked when loaded: a wrong definition fails loudly at start, not in an evaluation.
const problems = checkCriteriaSets();
if (problems.length > 0) throw new Error(`criteria sets do not compile:\n${problems.map((p) => `${p.code} ${p.path}: ${p.message}`).join('\n')}`);

const byId = new Map(CRITERIA_SETS.map((s) => [s.id, s]));

/** Looks up a set by id. */
export function findCriteriaSet(id: string): CriteriaSetDef | undefined {
  return byId.get(id as CriteriaSetId);
}

/** True when the set is in force on the date (bounds inclusive). */
export function isSetInForce(set: CriteriaSetDef, date: string): boolean {
  return set.validFrom <= date && (set.validTo === undefined || date <= set.validTo);
}

/** The set of a kind in force on a date (R-VER); undefined before the first set or where none of the kind exists. */
export function selectCriteriaSet(date: string, kind: CriteriaSetKind = 'base'): CriteriaSetDef | undefined {
  return CRITERIA_SETS.find((s) => s.kind === kind && isSetInForce(s, date));
}

/** The guidance applied within a set on a date (NTM-2021: QĐ 441 before 22/06/2022, QĐ 1127 from then). */
export function selectGuidance(set: CriteriaSetDef, date: string): GuidanceDef | undefined {
  return set.guidance.find((g) => g.from <= date && (g.to === undefined || date <= g.to));
}
