/** Reads what the demo generator needs from the register: the provinces and communes in scope, their lineage, village codes in use. */
import type { Queryable } from '../../db/database.ts';
import { listDemoCommunes } from '../../db/queries/demo/list-demo-communes.ts';
import { listDemoProvinces, type DemoLineageRow, type DemoUnitRow } from '../../db/queries/demo/list-demo-provinces.ts';
import { listForeignVillages } from '../../db/queries/demo/list-foreign-villages.ts';
import { DEMO_SOURCE, SEED_PROVINCES } from '../../domain/demo/demo-scope.ts';
import { versionKey, type DemoLineageEdge, type DemoSnapshot } from '../../domain/demo/demo-types.ts';
import { TWO_TIER_START } from '../../domain/units/unit-types.ts';

export interface LoadedDemoSnapshot {
  snapshot: DemoSnapshot;
  /** admin_unit ids of the provinces and communes by version key. */
  unitIds: Map<string, number>;
  /** Unit names by admin_unit id, for messages. */
  names: Map<number, string>;
  /** Villages not made by the demo under the communes in scope. */
  foreignVillages: number;
}

/** Loads the snapshot of the register the demo is generated from. */
export async function loadDemoSnapshot(db: Queryable): Promise<LoadedDemoSnapshot> {
  const provinces = await listDemoProvinces(db, SEED_PROVINCES, TWO_TIER_START);
  const communes = await listDemoCommunes(db, SEED_PROVINCES, TWO_TIER_START);
  const unitIds = new Map<string, number>();
  const keyById = new Map<number, string>();
  const names = new Map<number, string>();
  for (const u of [...provinces.units, ...communes.units]) {
    const key = versionKey(u);
    unitIds.set(key, u.id);
    keyById.set(u.id, key);
    names.set(u.id, `${u.code} ${u.name}`);
  }
  const edges = (rows: readonly DemoLineageRow[]): DemoLineageEdge[] =>
    rows.flatMap((r) => {
      const from = keyById.get(r.fromId);
      const to = keyById.get(r.toId);
      return from && to ? [{ from, to, effectiveDate: r.effectiveDate }] : [];
    });
  const communeCodes = [...new Set(communes.units.map((c) => c.code))];
  const foreign = await listForeignVillages(db, communeCodes, DEMO_SOURCE);
  const plain = ({ id: _id, ...u }: DemoUnitRow) => u;
  return {
    snapshot: {
      provinces: provinces.units.map(plain),
      provinceLineage: edges(provinces.lineage),
      communes: communes.units.map(({ id: _id, ...c }) => c),
      communeLineage: edges(communes.lineage),
      maxVillageSeq: new Map(foreign.maxSeqs.map((r) => [r.communeCode, r.seq])),
    },
    unitIds,
    names,
    foreignVillages: foreign.count,
  };
}
