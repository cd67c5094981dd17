/** Keeps the indicator table in step with the catalogue ictmon ships (run by setup, every start). */
import type { Database } from '../../db/database.ts';
import { rebuildFlowTotals } from '../../db/queries/analytics/refresh-rollups.ts';
import { syncIndicators } from '../../db/queries/values/sync-indicators.ts';
import { rollupRules } from '../analytics/rollups.ts';
import { INDICATOR_CATALOGUE_VERSION, SECTOR_CATALOGUE } from '../../domain/indicators/sector-catalogue.ts';

/** Writes the shipped catalogue; changes nothing when it is already stored. */
export async function syncIndicatorCatalogue(db: Database): Promise<{ version: string; changed: number; retired: number }> {
  const rows = SECTOR_CATALOGUE.indicators.map((i) => ({
    code: i.code,
    area: i.area,
    nameVi: i.name.vi,
    nameEn: i.name.en,
    shortVi: i.shortVi,
    unitVi: i.unit.vi,
    unitEn: i.unit.en,
    valueType: i.valueType,
    levels: [...i.levels],
    periodType: i.periodType,
    aggregation: i.aggregation.kind,
    decimals: i.decimals,
    definition: i,
  }));
  const result = await db.transaction(async (tx) => {
    const r = await syncIndicators(tx, INDICATOR_CATALOGUE_VERSION, rows);
    // Which indicators are additive flows may have changed: their kept sums follow (migration 0007).
    if (r.changed > 0 || r.retired > 0) await rebuildFlowTotals(tx, rollupRules().flows);
    return r;
  });
  return { version: INDICATOR_CATALOGUE_VERSION, ...result };
}
