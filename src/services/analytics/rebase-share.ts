/**
 * A ratio of a unit for a period before the unit existed, re-based from its predecessors' counts
 * (R-HIST-4, TC-23): "xã C năm 2024 = 17/18 thôn có sóng băng rộng di động = 94,4%", labelled as
 * derived; the observations stay stored on the predecessors (R-HIST-3).
 */
import { rebaseCounts, type PredecessorCounts, type RebasedRatio } from '../../domain/analytics/rebase-counts.ts';
import { SECTOR_CATALOGUE } from '../../domain/indicators/sector-catalogue.ts';
import { parsePeriod, periodEnd } from '../../domain/periods/period.ts';
import { listPredecessorCounts } from '../../db/queries/analytics/list-predecessor-counts.ts';
import type { ServiceContext } from '../context.ts';
import { invalidInput, unitNotFound } from '../errors.ts';
import { findUnitAt } from '../criteria/find-area.ts';

/** Re-bases a ratio-of-sums indicator of the unit in force on `at` onto `period` from its predecessors. */
export async function rebaseShare(
  ctx: ServiceContext,
  input: { unit: string; at: string; period: string; indicator: string },
): Promise<RebasedRatio & { unit: string; period: string; indicator: string }> {
  const def = SECTOR_CATALOGUE.byCode.get(input.indicator);
  if (!def || def.aggregation.kind !== 'ratio_of_sums') {
    throw invalidInput(`${input.indicator} is not a ratio of counts`, `${input.indicator} không phải tỷ lệ tính từ tử số, mẫu số`, [
      { field: 'indicator', value: input.indicator, message: 'must be a ratio-of-sums indicator', messageVi: 'phải là chỉ tiêu tỷ lệ' },
    ]);
  }
  const unit = await findUnitAt(ctx, input.unit, input.at);
  if (!unit) throw unitNotFound(input.unit);
  const end = periodEnd(parsePeriod(input.period));
  const { numerator, denominator } = def.aggregation;
  const numeratorDef = SECTOR_CATALOGUE.byCode.get(numerator);
  const fromVillages = numeratorDef?.valueType === 'boolean' && numeratorDef.levels.includes('village');
  const rows = await listPredecessorCounts(ctx.db, unit.id, end, input.period, numerator, denominator);
  const predecessors: PredecessorCounts[] = rows.map((r) => ({
    code: r.code,
    name: r.name,
    coverage: r.coverage,
    numerator: fromVillages ? r.villagesTrue : Number(r.storedNumerator ?? 0),
    denominator: r.storedDenominator !== null ? Number(r.storedDenominator) : r.villages,
    // A split predecessor's villages are not all in the unit: village-level re-basing needs village lineage, not built here.
    fromVillages: false,
  }));
  return { ...rebaseCounts(predecessors), unit: input.unit, period: input.period, indicator: input.indicator };
}
