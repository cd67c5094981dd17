/**
 * Invariants of a reference history, checked by the tests and by the loader before it writes
 * anything: unique version keys, no overlapping versions of a code, parents in force over the whole
 * life of each child, lineage endpoints that exist and meet at the edge's date.
 */
import { addDays, isInForce } from '../units/dates.ts';
import { CODE_PATTERNS, findUnitType } from '../units/unit-types.ts';
import type { RefUnit, ReferenceHistory, UnitVersionKey } from './reference-types.ts';
import { groupBy } from './snapshot.ts';

const versionKey = (k: UnitVersionKey) => `${k.code}@${k.validFrom ?? '-'}`;

/** Lists every broken invariant (empty when the history is sound). */
export function findHistoryViolations(history: ReferenceHistory, limit = 50): string[] {
  const problems: string[] = [];
  const report = (p: string) => {
    if (problems.length < limit) problems.push(p);
  };
  const byKey = new Map<string, RefUnit>();
  for (const u of history.units) {
    const key = versionKey(u);
    if (byKey.has(key)) report(`duplicate version ${key}`);
    byKey.set(key, u);
    if (u.level === 'village' || !CODE_PATTERNS[u.level].test(u.code)) report(`${key}: code does not fit level ${u.level}`);
    if (findUnitType(u.typeCode)?.level !== u.level) report(`${key}: type ${u.typeCode} is not a ${u.level} type`);
    if (u.validFrom !== null && u.validTo !== null && u.validTo < u.validFrom) report(`${key}: ends before it starts`);
    if ((u.level === 'province') !== (u.parentCode === null)) report(`${key}: parent ${u.parentCode} wrong for a ${u.level}`);
  }
  const versionsByCode = groupBy(history.units, (u) => u.code);
  for (const [code, versions] of versionsByCode) {
    const sorted = [...versions].sort((x, y) => (x.validFrom ?? '').localeCompare(y.validFrom ?? ''));
    for (let i = 1; i < sorted.length; i++) {
      const prev = sorted[i - 1]!;
      if (prev.validTo === null || prev.validTo >= sorted[i]!.validFrom!)
        report(`${code}: versions from ${prev.validFrom} and ${sorted[i]!.validFrom} overlap`);
    }
  }
  for (const u of history.units) {
    if (u.parentCode === null) continue;
    const parents = versionsByCode.get(u.parentCode) ?? [];
    const gap = firstUncoveredDay(u.validFrom, u.validTo, parents);
    if (gap !== undefined) report(`${versionKey(u)}: parent ${u.parentCode} not in force on ${gap}`);
    const above = u.level === 'commune' ? ['district', 'province'] : ['province'];
    if (parents.some((p) => !above.includes(p.level))) report(`${versionKey(u)}: parent ${u.parentCode} is not above a ${u.level}`);
  }
  const edges = new Set<string>();
  for (const e of history.lineage) {
    const name = `${versionKey(e.from)} → ${versionKey(e.to)}`;
    const from = byKey.get(versionKey(e.from));
    const to = byKey.get(versionKey(e.to));
    if (!from || !to) report(`lineage ${name}: endpoint missing`);
    if (edges.has(name)) report(`lineage ${name}: duplicate`);
    edges.add(name);
    if (!from || !to) continue;
    if (from === to) report(`lineage ${name}: a unit cannot succeed itself`);
    if (from.validTo !== addDays(e.effectiveDate, -1)) report(`lineage ${name}: old unit does not end the day before ${e.effectiveDate}`);
    if (!isInForce(to.validFrom, to.validTo, e.effectiveDate)) report(`lineage ${name}: new unit not in force on ${e.effectiveDate}`);
  }
  return problems;
}

/**
 * The first day in [from, to] (nulls open) on which none of `versions` is in force, or undefined when
 * they cover it all (a parent may change version while its child goes on: parents resolve by code).
 */
function firstUncoveredDay(from: string | null, to: string | null, versions: RefUnit[]): string | undefined {
  let cursor = from;
  for (;;) {
    const covering = versions.find(
      (v) => (v.validFrom === null || (cursor !== null && v.validFrom <= cursor)) && (v.validTo === null || cursor === null || v.validTo >= cursor),
    );
    if (!covering) return cursor ?? '(start)';
    if (covering.validTo === null || (to !== null && covering.validTo >= to)) return undefined;
    cursor = addDays(covering.validTo, 1);
  }
}

/** Units in force on `date`, counted by level and by type. */
export function countInForce(history: ReferenceHistory, date: string): { byLevel: Record<string, number>; byType: Record<string, number> } {
  const byLevel: Record<string, number> = {};
  const byType: Record<string, number> = {};
  for (const u of history.units) {
    if (!isInForce(u.validFrom, u.validTo, date)) continue;
    byLevel[u.level] = (byLevel[u.level] ?? 0) + 1;
    byType[u.typeCode] = (byType[u.typeCode] ?? 0) + 1;
  }
  return { byLevel, byType };
}
