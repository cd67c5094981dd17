/**
 * The register in memory for reading a values file: every version of every unit by code, to find the
 * version in force in a period (R-HIST-3: a value stays on the unit it was observed on), and by folded
 * name, to suggest the unit meant when a code is unknown.
 */
import { distance } from 'fastest-levenshtein';
import { foldVietnamese } from '../text/fold.ts';
import type { UnitLevel } from '../units/unit-types.ts';

export interface IndexedUnit {
  id: number;
  code: string;
  level: UnitLevel;
  name: string;
  fullName: string;
  parentCode: string | null;
  validFrom: string | null;
  validTo: string | null;
}

export type UnitResolution =
  { ok: true; unit: IndexedUnit } | { ok: false; reason: 'unknown' } | { ok: false; reason: 'not_in_force'; versions: IndexedUnit[] };

/** Words that name a unit's type, left out when names are compared ("Xã Đức Xuân" = "Đức Xuân"). */
const TYPE_WORDS =
  /^(tinh|thanh pho|tp\.?|huyen|quan|thi xa|xa|phuong|thi tran|dac khu|thon|ban|ap|to dan pho|to|khu pho|khu|khom|lang|xom|buon|plei|soc|tieu khu|khu dan cu)\s+/;

/** A name folded for comparison: no diacritics, no type word, single spaces. */
export function foldUnitName(name: string): string {
  let folded = foldVietnamese(name).replace(/[.,]/g, ' ').replace(/\s+/g, ' ').trim();
  for (let i = 0; i < 2; i++) folded = folded.replace(TYPE_WORDS, '');
  return folded;
}

export class UnitIndex {
  private readonly byCode = new Map<string, IndexedUnit[]>();
  private readonly byId = new Map<number, IndexedUnit>();
  private readonly names: Array<{ folded: string; unit: IndexedUnit }> = [];

  constructor(units: Iterable<IndexedUnit>) {
    for (const u of units) {
      const list = this.byCode.get(u.code);
      if (list) list.push(u);
      else this.byCode.set(u.code, [u]);
      this.byId.set(u.id, u);
    }
    for (const list of this.byCode.values()) {
      list.sort((a, b) => (a.validFrom ?? '').localeCompare(b.validFrom ?? ''));
      for (const u of list) this.names.push({ folded: foldUnitName(u.name), unit: u });
    }
  }

  get size(): number {
    return this.byCode.size;
  }

  unitById(id: number): IndexedUnit | undefined {
    return this.byId.get(id);
  }

  versions(code: string): readonly IndexedUnit[] {
    return this.byCode.get(code) ?? [];
  }

  /** The version of `code` in force during [from, to] (the latest one when several are). */
  resolve(code: string, from: string, to: string): UnitResolution {
    const versions = this.byCode.get(code);
    if (!versions) return { ok: false, reason: 'unknown' };
    for (let i = versions.length - 1; i >= 0; i--) {
      const v = versions[i]!;
      if ((v.validFrom === null || v.validFrom <= to) && (v.validTo === null || v.validTo >= from)) return { ok: true, unit: v };
    }
    return { ok: false, reason: 'not_in_force', versions };
  }

  /** True when `name` is a name the unit has had (type words, case and diacritics aside). */
  nameMatches(code: string, name: string): boolean {
    const folded = foldUnitName(name);
    if (!folded) return true;
    return (this.byCode.get(code) ?? []).some((v) => {
      const own = foldUnitName(v.name);
      return own === folded || foldUnitName(v.fullName) === folded;
    });
  }

  /** The province a unit version lies in (itself for a province), by its parents in force at its time. */
  provinceOf(unit: IndexedUnit): string | undefined {
    let cur: IndexedUnit | undefined = unit;
    for (let i = 0; i < 4 && cur; i++) {
      if (cur.level === 'province') return cur.code;
      const at: string = cur.validTo ?? cur.validFrom ?? '9999-12-31';
      const parents: IndexedUnit[] = cur.parentCode ? (this.byCode.get(cur.parentCode) ?? []) : [];
      cur = parents.find((p) => (p.validFrom === null || p.validFrom <= at) && (p.validTo === null || p.validTo >= at)) ?? parents[parents.length - 1];
    }
    return undefined;
  }

  /**
   * The unit most likely meant by a name: the same name (diacritics and type words aside), else the
   * nearest name by edit distance; among those, the one in the province of the file's other rows, in
   * force in the period, at the level wanted, with a code closest to the one written.
   */
  suggest(
    name: string,
    options: { level?: UnitLevel | undefined; code?: string | undefined; province?: string | undefined; from?: string; to?: string } = {},
  ): IndexedUnit | undefined {
    const folded = foldUnitName(name);
    if (!folded) return undefined;
    const score = (u: IndexedUnit) => {
      let s = 0;
      if (options.province && this.provinceOf(u) === options.province) s += 8;
      if (options.from && options.to && (u.validFrom === null || u.validFrom <= options.to) && (u.validTo === null || u.validTo >= options.from)) s += 4;
      if (options.level && u.level === options.level) s += 2;
      return s * 100 - (options.code ? distance(options.code, u.code) : 0);
    };
    const pick = (list: IndexedUnit[]) => list.sort((a, b) => score(b) - score(a))[0];
    const exact = this.names.filter((n) => n.folded === folded).map((n) => n.unit);
    if (exact.length > 0) return pick(exact);
    const limit = Math.max(1, Math.floor(folded.length / 4));
    let bestD = Infinity;
    let near: IndexedUnit[] = [];
    for (const n of this.names) {
      if (Math.abs(n.folded.length - folded.length) > limit) continue;
      const d = distance(n.folded, folded);
      if (d > limit || d > bestD) continue;
      if (d < bestD) {
        bestD = d;
        near = [];
      }
      near.push(n.unit);
    }
    return near.length ? pick(near) : undefined;
  }
}
