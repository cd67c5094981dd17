/**
 * Keeps the roll-ups fresh (issue #5: "an approved/imported value is visible within 1 second, no nightly
 * job"): every write of values, and every approval or reopening (issue #6: only approved figures count),
 * refreshes in its own transaction the sums of the provinces, districts and communes above the values
 * concerned, for the periods they touch. `rebuildAnalytics` recomputes the
 * hierarchy and every sum from scratch (after units change, or on demand: `ictmon analytics rebuild`).
 */
import type { Database, Queryable } from '../../db/database.ts';
import {
  findValuesScope,
  refreshFlowTotalsFor,
  refreshRollups,
  valuesOfBatch,
  valuesOfSubmissions,
  type RollupScope,
  type ValueSelector,
} from '../../db/queries/analytics/refresh-rollups.ts';
import { rebuildUnitAncestors } from '../../db/queries/analytics/rebuild-unit-ancestors.ts';
import type { CompiledCatalogue } from '../../domain/indicators/indicator-types.ts';
import { SECTOR_CATALOGUE } from '../../domain/indicators/sector-catalogue.ts';

/** The catalogue's rules as the roll-up query takes them: what adds up, what is a flow, where a reported value wins. */
export function rollupRules(catalogue: CompiledCatalogue = SECTOR_CATALOGUE): Omit<RollupScope, 'periods' | 'provinces'> {
  const adds = catalogue.indicators.filter((d) => d.aggregation.kind === 'sum' || d.aggregation.kind === 'count_true');
  return {
    indicators: adds.map((d) => d.code),
    flows: adds.filter((d) => d.periodKind === 'flow').map((d) => d.code),
    reportedWins: adds.filter((d) => d.reportedAbove === 'wins').map((d) => d.code),
    atVillage: adds.filter((d) => d.levels.includes('village')).map((d) => d.code),
    atCommune: adds.filter((d) => d.levels.includes('commune')).map((d) => d.code),
  };
}

/** Refreshes the roll-ups a batch of values feeds, in the caller's transaction. Returns the rows written. */
export async function refreshRollupsForBatch(tx: Queryable, batchId: number): Promise<number> {
  return refreshRollupsFor(tx, valuesOfBatch(batchId));
}

/** Refreshes the roll-ups fed by the values of submissions whose state changed (only approved figures count). */
export async function refreshRollupsForSubmissions(tx: Queryable, submissionIds: readonly number[]): Promise<number> {
  return submissionIds.length === 0 ? 0 : refreshRollupsFor(tx, valuesOfSubmissions(submissionIds));
}

async function refreshRollupsFor(tx: Queryable, selected: ValueSelector): Promise<number> {
  const touched = await findValuesScope(tx, selected);
  const rules = rollupRules();
  const indicators = rules.indicators.filter((c) => touched.indicators.includes(c));
  if (indicators.length === 0 || touched.provinces.length === 0) return 0;
  const flows = rules.flows.filter((c) => touched.indicators.includes(c));
  const totals = flows.length > 0 ? await refreshFlowTotalsFor(tx, selected, flows) : 0;
  return totals + (await refreshRollups(tx, { ...rules, indicators, periods: touched.periods, provinces: touched.provinces, withFlowTotals: false }));
}

/** What a rebuild did and how long it took. */
export interface RebuildResult {
  ancestorLinks: number;
  rollupRows: number;
  ms: { ancestors: number; rollups: number };
}

/** Recomputes unit_ancestor and every roll-up in the caller's transaction (used where units change). */
export async function rebuildAnalyticsIn(tx: Queryable): Promise<RebuildResult> {
  const t0 = performance.now();
  // Scans of every value: parallel workers pay off here (the connections have them off; this transaction only).
  await tx.query(`select set_config('max_parallel_workers_per_gather', '2', true)`);
  const ancestorLinks = await rebuildUnitAncestors(tx);
  const t1 = performance.now();
  const rollupRows = await refreshRollups(tx, { ...rollupRules(), periods: null, provinces: null });
  const t2 = performance.now();
  return { ancestorLinks, rollupRows, ms: { ancestors: Math.round(t1 - t0), rollups: Math.round(t2 - t1) } };
}

/** Recomputes the hierarchy and every roll-up in one transaction (with its audit event), then refreshes the planner's statistics. */
export async function rebuildAnalytics(db: Database, actor = 'system', ip: string | null = null): Promise<RebuildResult> {
  const result = await db.transaction(async (tx) => {
    const r = await rebuildAnalyticsIn(tx);
    await tx.query(`insert into audit_event (actor, action, entity, after, ip) values ($1, 'analytics.rebuild', 'indicator_rollup', $2, $3)`, [
      actor,
      JSON.stringify(r),
      ip,
    ]);
    return r;
  });
  await db.exec('analyze indicator_rollup');
  return result;
}
