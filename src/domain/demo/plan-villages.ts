/**
 * The demo villages: 5–20 per commune of the seed provinces, named honestly by number ("Bản 3", "Thôn
 * 7", "Khu phố 2"), coded `<commune code>-<seq>` as the village-list import codes them. A village goes
 * on through the reorganisations: where its commune continues under the same code before 01/07/2025 the
 * village version continues (its parent is resolved by code); where the commune is merged into one with
 * another code, and for every commune on 01/07/2025, the village gets a new version under the new commune,
 * numbered after the villages already there, with a 'full' lineage edge old → new (R-HIST-2: villages are
 * the stable unit for re-basing, R-HIST-4).
 */
import { typePrefix } from '../units-file/type-words.ts';
import { TWO_TIER_START } from '../units/unit-types.ts';
import { isUrbanCommuneType, villageCountRange, villageTypeFor } from './demo-scope.ts';
import { intBetween, uniformFor } from './prng.ts';
import {
  versionKey,
  type DemoCommuneVersion,
  type DemoLineageEdge,
  type DemoSnapshot,
  type DemoVillageChain,
  type DemoVillagePlan,
  type DemoVillageVersion,
} from './demo-types.ts';

/** A village chain while it is being built: its current version and the commune version it is under. */
interface OpenVillage {
  chain: DemoVillageChain;
  version: DemoVillageVersion;
  commune: DemoCommuneVersion;
}

const byStartThenCode = (a: DemoCommuneVersion, b: DemoCommuneVersion) => (a.validFrom ?? '').localeCompare(b.validFrom ?? '') || a.code.localeCompare(b.code);

/** Plans the demo villages of a snapshot; the same snapshot always gives the same villages and codes. */
export function planDemoVillages(snapshot: DemoSnapshot): DemoVillagePlan {
  const communes = new Map(snapshot.communes.map((c) => [versionKey(c), c]));
  const predecessors = new Map<string, DemoCommuneVersion[]>();
  const successors = new Map<string, DemoCommuneVersion[]>();
  for (const e of snapshot.communeLineage) {
    const from = communes.get(e.from);
    const to = communes.get(e.to);
    if (!from || !to) continue;
    push(predecessors, e.to, from);
    push(successors, e.from, to);
  }
  const seq = new Map(snapshot.maxVillageSeq);
  const nextCode = (communeCode: string) => {
    const n = (seq.get(communeCode) ?? 0) + 1;
    seq.set(communeCode, n);
    return `${communeCode}-${String(n).padStart(3, '0')}`;
  };

  const versions: DemoVillageVersion[] = [];
  const lineage: DemoLineageEdge[] = [];
  const chains: DemoVillageChain[] = [];
  /** The villages under each commune version at its end, in order. */
  const villagesAtEnd = new Map<string, OpenVillage[]>();

  for (const commune of [...communes.values()].sort(byStartThenCode)) {
    const key = versionKey(commune);
    const preds = (predecessors.get(key) ?? []).sort((a, b) => a.code.localeCompare(b.code));
    const here: OpenVillage[] = [];
    /** Per village type, how many villages of that type the commune already numbers. */
    const numbered = new Map<string, number>();
    const arriving: OpenVillage[] = [];
    for (const pred of preds) {
      const targets = (successors.get(versionKey(pred)) ?? []).sort(byStartThenCode);
      (villagesAtEnd.get(versionKey(pred)) ?? []).forEach((v, i) => {
        // A commune split between several successors spreads its villages over them.
        if (versionKey(targets[i % targets.length]!) !== key) return;
        if (pred.code === commune.code && commune.validFrom !== null && commune.validFrom < TWO_TIER_START) {
          v.commune = commune;
          here.push(v);
          numbered.set(v.version.typeCode, (numbered.get(v.version.typeCode) ?? 0) + 1);
        } else arriving.push(v);
      });
    }
    for (const v of arriving) {
      const typeCode = v.version.typeCode;
      const n = (numbered.get(typeCode) ?? 0) + 1;
      numbered.set(typeCode, n);
      const next = newVersion(nextCode(commune.code), typeCode, n, commune);
      versions.push(next);
      v.chain.versions.push(next);
      lineage.push({ from: v.version.key, to: next.key, effectiveDate: commune.validFrom ?? '' });
      here.push({ chain: v.chain, version: next, commune });
    }
    if (preds.length === 0) here.push(...createVillages(commune, nextCode, versions, chains));
    for (const v of here) {
      v.version.validTo = commune.validTo;
      v.version.validToExact = commune.validToExact;
    }
    villagesAtEnd.set(key, here);
  }
  return { versions, lineage, chains };
}

/** The villages of a commune with no predecessor in the demo: a count drawn from its code, numbered 1…n. */
function createVillages(
  commune: DemoCommuneVersion,
  nextCode: (c: string) => string,
  versions: DemoVillageVersion[],
  chains: DemoVillageChain[],
): OpenVillage[] {
  const isUrban = isUrbanCommuneType(commune.typeCode);
  const [min, max] = villageCountRange(commune.provinceCode, isUrban);
  const count = intBetween(uniformFor(`villages:${commune.code}`), min, max);
  const typeCode = villageTypeFor(commune.provinceCode, isUrban);
  const out: OpenVillage[] = [];
  for (let i = 1; i <= count; i++) {
    const version = newVersion(nextCode(commune.code), typeCode, i, commune);
    const chain: DemoVillageChain = { root: version.code, provinceCode: commune.provinceCode, rootCommune: commune.code, isUrban, versions: [version] };
    versions.push(version);
    chains.push(chain);
    out.push({ chain, version, commune });
  }
  return out;
}

function newVersion(code: string, typeCode: string, number: number, commune: DemoCommuneVersion): DemoVillageVersion {
  const name = String(number);
  return {
    key: versionKey({ code, validFrom: commune.validFrom }),
    code,
    typeCode,
    name,
    fullName: `${typePrefix(typeCode)} ${name}`,
    parentCode: commune.code,
    validFrom: commune.validFrom,
    validTo: commune.validTo,
    validFromExact: commune.validFromExact,
    validToExact: commune.validToExact,
  };
}

function push<K, V>(map: Map<K, V[]>, key: K, value: V): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}
