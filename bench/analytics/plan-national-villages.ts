/**
 * Synthetic villages for the whole country across the reorganisations, as the demo plans them
 * (src/domain/demo/plan-villages.ts): 7–12 per commune with no predecessor, coded `<commune>.<seq>`; a
 * village whose commune continues under the same code before 01/07/2025 keeps its version, otherwise
 * it gets a new version under the new commune with a 'full' lineage edge old → new (R-HIST-2), so each
 * village is one chain of versions the values follow. Deterministic: the same register gives the same plan.
 */
import { isUrbanCommuneType } from '../../src/domain/demo/demo-scope.ts';
import { intBetween, uniformFor } from '../../src/domain/demo/prng.ts';
import { TWO_TIER_START } from '../../src/domain/units/unit-types.ts';
import type { NationalEdge, NationalUnit } from './list-national-units.ts';

/** One version of a bench village. */
export interface BenchVillageVersion {
  /** Index in the plan's `versions` (ids are known once written). */
  index: number;
  code: string;
  /** thôn in communes, tổ dân phố in wards and towns. */
  typeCode: string;
  name: string;
  parentCode: string;
  validFrom: string | null;
  validTo: string | null;
  validFromExact: boolean;
  validToExact: boolean;
}

/** A village through its versions; `seed` keys every figure of it. */
export interface BenchVillageChain {
  seed: string;
  /** The province (before the reform) and commune it was created in: their draws shape its figures. */
  provinceCode: string;
  communeCode: string;
  versions: BenchVillageVersion[];
}

export interface BenchVillagePlan {
  versions: BenchVillageVersion[];
  /** Old → new version indexes with the effective date. */
  lineage: Array<{ from: number; to: number; date: string }>;
  chains: BenchVillageChain[];
}

const byStartThenCode = (a: NationalUnit, b: NationalUnit) => (a.validFrom ?? '').localeCompare(b.validFrom ?? '') || a.code.localeCompare(b.code);

/** Plans the villages of every commune version of the register. */
export function planNationalVillages(communes: readonly NationalUnit[], lineage: readonly NationalEdge[]): BenchVillagePlan {
  const byId = new Map(communes.map((c) => [c.id, c]));
  const predecessors = new Map<number, NationalUnit[]>();
  const successors = new Map<number, NationalUnit[]>();
  for (const e of lineage) {
    const from = byId.get(e.fromId);
    const to = byId.get(e.toId);
    if (!from || !to) continue;
    push(predecessors, to.id, from);
    push(successors, from.id, to);
  }
  const seq = new Map<string, number>();
  const nextCode = (communeCode: string) => {
    const n = (seq.get(communeCode) ?? 0) + 1;
    seq.set(communeCode, n);
    return `${communeCode}.${String(n).padStart(3, '0')}`;
  };
  const plan: BenchVillagePlan = { versions: [], lineage: [], chains: [] };
  const newVersion = (commune: NationalUnit, number: number): BenchVillageVersion => {
    const v: BenchVillageVersion = {
      index: plan.versions.length,
      code: nextCode(commune.code),
      typeCode: isUrbanCommuneType(commune.typeCode) ? 'to_dan_pho' : 'thon',
      name: String(number),
      parentCode: commune.code,
      validFrom: commune.validFrom,
      validTo: commune.validTo,
      validFromExact: commune.validFromExact,
      validToExact: commune.validToExact,
    };
    plan.versions.push(v);
    return v;
  };
  type Open = { chain: BenchVillageChain; version: BenchVillageVersion };
  const villagesAtEnd = new Map<number, Open[]>();

  for (const commune of [...communes].sort(byStartThenCode)) {
    const preds = (predecessors.get(commune.id) ?? []).sort((a, b) => a.code.localeCompare(b.code));
    const here: Open[] = [];
    const arriving: Open[] = [];
    for (const pred of preds) {
      const targets = (successors.get(pred.id) ?? []).sort(byStartThenCode);
      (villagesAtEnd.get(pred.id) ?? []).forEach((v, i) => {
        // A commune split between several successors spreads its villages over them.
        if (targets[i % targets.length]!.id !== commune.id) return;
        if (pred.code === commune.code && commune.validFrom !== null && commune.validFrom < TWO_TIER_START) here.push(v);
        else arriving.push(v);
      });
    }
    let numbered = here.length;
    for (const v of arriving) {
      const next = newVersion(commune, ++numbered);
      plan.lineage.push({ from: v.version.index, to: next.index, date: commune.validFrom ?? '' });
      v.chain.versions.push(next);
      here.push({ chain: v.chain, version: next });
    }
    if (preds.length === 0) {
      const count = intBetween(uniformFor(`bench5-villages:${commune.code}@${commune.validFrom ?? ''}`), 7, 12);
      for (let i = 1; i <= count; i++) {
        const version = newVersion(commune, i);
        const chain: BenchVillageChain = { seed: version.code, provinceCode: commune.provinceCode, communeCode: commune.code, versions: [version] };
        plan.chains.push(chain);
        here.push({ chain, version });
      }
    }
    for (const v of here) {
      v.version.validTo = commune.validTo;
      v.version.validToExact = commune.validToExact;
    }
    villagesAtEnd.set(commune.id, here);
  }
  return plan;
}

function push<K, V>(map: Map<K, V[]>, key: K, value: V): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}
