/**
 * Records the evaluations of an area on a date (`ictmon criteria record`, `POST /api/criteria/records`):
 * one run with every commune's result, the set and guidance it was made under (R-VER) and an audit
 * event, in one transaction. A recorded evaluation is never re-evaluated; a new recording adds a run.
 */
import { INDICATOR_CATALOGUE_VERSION } from '../../domain/indicators/sector-catalogue.ts';
import { chooseSet } from '../../domain/criteria/evaluate-commune.ts';
import { countEvaluations } from '../../domain/criteria/summarize-evaluations.ts';
import { insertCriteriaEvaluations, insertCriteriaRun } from '../../db/queries/criteria/recorded-evaluations.ts';
import { insertAuditEvents } from '../../db/queries/units-import/insert-audit-events.ts';
import { requireAction, requireUnitsInScope } from '../access/principal.ts';
import type { ServiceContext } from '../context.ts';
import { readCriteriaOptions, toAppError } from './criteria-options.ts';
import { findAreaUnit } from './find-area.ts';
import { evaluateArea } from './summarize-criteria.ts';
import { selectGuidance } from '../../domain/criteria/select-set.ts';

/** What was recorded. */
export interface RecordResult {
  runId: number;
  date: string;
  setId: string;
  guidanceId: string | null;
  communes: number;
  passed: number;
  failed: number;
  missing: number;
}

/** Evaluates the area under the set in force on the date (national parameters) and records the results. */
export async function recordCriteria(
  ctx: ServiceContext,
  input: { area: string; date: string; setId?: string | undefined; reason?: string },
): Promise<RecordResult> {
  requireAction(ctx, 'criteria.record');
  const options = readCriteriaOptions({ date: input.date, setId: input.setId });
  // Refuses a code that is not a province in force on the date, naming it.
  const province = await findAreaUnit(ctx, input.area, options.date);
  await requireUnitsInScope(ctx, [province.id], () => `${province.fullName} (${province.code})`);
  let set;
  try {
    set = chooseSet(options);
  } catch (error) {
    throw toAppError(error);
  }
  const { evaluations, info, overlays } = await evaluateArea(ctx, input.area, options.date, set, {}, 'full');
  const counts = countEvaluations(evaluations);
  const guidance = selectGuidance(set, options.date);
  const runId = await ctx.db.transaction(async (tx) => {
    const id = await insertCriteriaRun(tx, {
      areaCode: input.area,
      evaluatedOn: options.date,
      setId: set.id,
      guidanceId: guidance?.id ?? null,
      overlayId: overlays[0]?.id ?? null,
      parameters: evaluations[0]?.parameters ?? {},
      catalogueVersion: INDICATOR_CATALOGUE_VERSION,
      communes: counts.inScope,
      passed: counts.passed,
      failed: counts.failed,
      missing: counts.missing,
      actor: ctx.actor,
    });
    await insertCriteriaEvaluations(
      tx,
      id,
      evaluations.map((e) => ({
        unitId: info.get(e.unit.code)?.unitId ?? 0,
        evaluatedOn: e.date,
        setId: e.setId,
        guidanceId: e.guidanceId,
        outcome: e.outcome,
        subOutcomes: Object.fromEntries(e.subCriteria.map((s) => [s.id, s.outcome])),
        result: e,
      })),
    );
    await insertAuditEvents(
      tx,
      { actor: ctx.actor, action: 'criteria.record', entity: 'criteria_run', reason: input.reason ?? null, ip: ctx.ip, provinceIds: [province.id] },
      [{ entityKey: String(id), before: null, after: { area: input.area, date: options.date, setId: set.id, guidanceId: guidance?.id ?? null, ...counts } }],
    );
    return id;
  });
  return {
    runId,
    date: options.date,
    setId: set.id,
    guidanceId: guidance?.id ?? null,
    communes: counts.inScope,
    passed: counts.passed,
    failed: counts.failed,
    missing: counts.missing,
  };
}
