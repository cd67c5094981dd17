/**
 * Writes the demo villages the register does not have yet, in one transaction with their lineage and an
 * audit event per version (STYLE.md "Every write leaves a trace"), under the units-import lock. Villages
 * already written by an earlier demo load are checked against the plan, never written twice.
 */
import { rebuildAnalyticsIn } from '../analytics/rollups.ts';
import type { Database } from '../../db/database.ts';
import { insertDemoVillages } from '../../db/queries/demo/insert-demo-villages.ts';
import { listDemoVillages } from '../../db/queries/demo/list-demo-villages.ts';
import { insertAuditEvents } from '../../db/queries/units-import/insert-audit-events.ts';
import { insertUnitLineage } from '../../db/queries/units-import/insert-unit-lineage.ts';
import { lockUnitsImport } from '../../db/queries/units-import/lock-units-import.ts';
import { DEMO_LABEL, DEMO_SOURCE, DEMO_VERSION } from '../../domain/demo/demo-scope.ts';
import { versionKey, type DemoVillagePlan } from '../../domain/demo/demo-types.ts';
import { buildSearchText } from '../../domain/units-file/unit-states.ts';
import { conflict } from '../errors.ts';

/** Ids of every demo village version by key, and how many versions and edges this call wrote. */
export interface WrittenVillages {
  ids: Map<string, number>;
  versionsCreated: number;
  lineageCreated: number;
}

/** Writes the missing demo village versions and lineage; returns the id of every planned version. */
export async function writeDemoVillages(db: Database, plan: DemoVillagePlan, actor: string): Promise<WrittenVillages> {
  return db.transaction(async (tx) => {
    await lockUnitsImport(tx);
    const stored = new Map((await listDemoVillages(tx, DEMO_SOURCE)).map((v) => [versionKey(v), v]));
    const planned = new Set(plan.versions.map((v) => v.key));
    const differing = plan.versions.filter((v) => {
      const s = stored.get(v.key);
      return s && (s.parentCode !== v.parentCode || s.name !== v.name || s.typeCode !== v.typeCode || s.validTo !== v.validTo);
    });
    const stray = [...stored.keys()].filter((k) => !planned.has(k));
    if (differing.length > 0 || stray.length > 0) {
      const sample = [...differing.map((v) => v.code), ...stray].slice(0, 5).join(', ');
      throw conflict(
        `the demo villages in the register differ from those of ${DEMO_VERSION} (${sample}); load the demo into a fresh data directory`,
        `các thôn ${DEMO_LABEL.vi} trong sổ đăng ký khác với phiên bản ${DEMO_VERSION} (${sample}); hãy nạp vào một thư mục dữ liệu mới`,
      );
    }
    const missing = plan.versions.filter((v) => !stored.has(v.key));
    const inserted = await insertDemoVillages(
      tx,
      missing.map((v) => ({ ...v, searchText: buildSearchText(v.name, v.fullName, v.code) })),
      DEMO_SOURCE,
    );
    const ids = new Map([...stored.values()].map((v) => [versionKey(v), v.id]));
    for (const r of inserted) ids.set(versionKey(r), r.id);

    const newKeys = new Set(missing.map((v) => v.key));
    const edges = plan.lineage.filter((e) => newKeys.has(e.to));
    for (const date of [...new Set(edges.map((e) => e.effectiveDate))].sort()) {
      const onDate = edges.filter((e) => e.effectiveDate === date).map((e) => ({ fromId: ids.get(e.from)!, toId: ids.get(e.to)!, coverage: 'full' as const }));
      await insertUnitLineage(tx, onDate, date, null, DEMO_SOURCE);
    }
    await insertAuditEvents(
      tx,
      { actor, action: 'demo.villages', entity: 'admin_unit', reason: `ictmon demo ${DEMO_VERSION}: ${DEMO_LABEL.vi} (${DEMO_LABEL.en})` },
      missing.map((v) => ({
        entityKey: v.code,
        before: null,
        after: {
          code: v.code,
          level: 'village',
          typeCode: v.typeCode,
          name: v.name,
          fullName: v.fullName,
          parentCode: v.parentCode,
          validFrom: v.validFrom,
          validTo: v.validTo,
          source: DEMO_SOURCE,
        },
      })),
    );
    // The villages join the flattened hierarchy the roll-ups follow.
    if (missing.length > 0) await rebuildAnalyticsIn(tx);
    return { ids, versionsCreated: missing.length, lineageCreated: edges.length };
  });
}
