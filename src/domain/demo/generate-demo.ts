/**
 * The demo dataset ("dữ liệu minh họa") from a snapshot of the register: the villages to add and every
 * value, generated lazily in chunks (villages, then communes, then provinces: each level adds up what the
 * one below gives). Pure and deterministic: the same snapshot gives the same villages and values.
 */
import { TWO_TIER_START } from '../units/unit-types.ts';
import { buildCommuneModels, communeRecords, type ShareSums } from './commune-values.ts';
import { PROVINCE_SCALES, SEED_PROVINCES } from './demo-scope.ts';
import { versionKey, type DemoCommuneVersion, type DemoRecord, type DemoSnapshot, type DemoVillagePlan } from './demo-types.ts';
import { planDemoVillages } from './plan-villages.ts';
import { provinceRecords } from './province-values.ts';
import { buildVillageTimeline, villageRecords, type VillagePoint, type VillageTimeline } from './village-values.ts';

/** Villages whose values make one chunk. */
const VILLAGES_PER_CHUNK = 250;

export interface DemoDataset {
  villages: DemoVillagePlan;
  /** The values in chunks; iterate once (commune chunks feed the province ones). */
  records(): Generator<DemoRecord[]>;
}

/** Builds the demo dataset of a snapshot. */
export function buildDemoDataset(snapshot: DemoSnapshot): DemoDataset {
  const villages = planDemoVillages(snapshot);
  return { villages, records: () => generateRecords(snapshot, villages) };
}

function* generateRecords(snapshot: DemoSnapshot, plan: DemoVillagePlan): Generator<DemoRecord[]> {
  const timelines = plan.chains.map(buildVillageTimeline);
  for (let i = 0; i < timelines.length; i += VILLAGES_PER_CHUNK) yield timelines.slice(i, i + VILLAGES_PER_CHUNK).flatMap(villageRecords);

  const { villagesByCommune, villageHouseholds } = indexVillages(timelines);
  const predecessors = new Map<string, string[]>();
  for (const e of snapshot.communeLineage) predecessors.set(e.to, [...(predecessors.get(e.to) ?? []), e.from]);
  const seedOf = seedProvinces(snapshot.communes, predecessors);
  const models = buildCommuneModels(
    snapshot.communes,
    (k) => predecessors.get(k) ?? [],
    (c) => seedOf.get(versionKey(c)) ?? c.provinceCode,
  );
  const shareSums: ShareSums = new Map();
  let chunk: DemoRecord[] = [];
  for (const model of models.values()) {
    chunk.push(...communeRecords(model, { villagesByCommune, shareSums }));
    if (chunk.length >= 20_000) {
      yield chunk;
      chunk = [];
    }
  }
  yield chunk;

  const provinceCodes = new Map(snapshot.provinces.map((p) => [versionKey(p), p.code]));
  const out: DemoRecord[] = [];
  for (const v of snapshot.provinces) {
    const constituents =
      v.validFrom !== null && v.validFrom >= TWO_TIER_START
        ? snapshot.provinceLineage.filter((e) => e.to === versionKey(v)).map((e) => provinceCodes.get(e.from) ?? '')
        : [v.code];
    const known = [...new Set(constituents)].filter((c) => PROVINCE_SCALES[c] !== undefined).sort();
    if (known.length > 0) out.push(...provinceRecords(v, { constituents: known, villageHouseholds, shareSums }));
  }
  yield out;
}

/** Village points by commune code and period, and the households of each seed province at each year end. */
function indexVillages(timelines: readonly VillageTimeline[]) {
  const villagesByCommune = new Map<string, VillagePoint[]>();
  const villageHouseholds = new Map<string, number>();
  for (const t of timelines) {
    for (const p of t.points) {
      const k = `${p.version.parentCode}|${p.periodKey}`;
      const list = villagesByCommune.get(k);
      if (list) list.push(p);
      else villagesByCommune.set(k, [p]);
      if (p.period.type === 'year') {
        const hk = `${t.chain.provinceCode}|${p.period.year}`;
        villageHouseholds.set(hk, (villageHouseholds.get(hk) ?? 0) + p.state.households);
      }
    }
  }
  return { villagesByCommune, villageHouseholds };
}

/** The seed province (before 01/07/2025) each commune version descends from; its profile drives the figures. */
function seedProvinces(communes: readonly DemoCommuneVersion[], predecessors: ReadonlyMap<string, readonly string[]>): Map<string, string> {
  const seeds = new Set<string>(SEED_PROVINCES);
  const out = new Map<string, string>();
  const sorted = [...communes].sort((a, b) => (a.validFrom ?? '').localeCompare(b.validFrom ?? ''));
  for (const c of sorted) {
    const key = versionKey(c);
    const fromPred = (predecessors.get(key) ?? []).map((k) => out.get(k)).find((s) => s !== undefined);
    out.set(key, seeds.has(c.provinceCode) ? c.provinceCode : (fromPred ?? c.provinceCode));
  }
  return out;
}
