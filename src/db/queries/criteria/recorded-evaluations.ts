import type { Queryable } from '../../database.ts';

/** A recorded evaluation with its run's time. */
export interface RecordedEvaluationRow {
  runId: number;
  unitId: number;
  evaluatedOn: string;
  setId: string;
  guidanceId: string | null;
  outcome: string;
  subOutcomes: unknown;
  result: unknown;
  createdAt: Date;
}

/** The recorded evaluations of the given unit versions, oldest first. */
export function listRecordedEvaluations(db: Queryable, unitIds: readonly number[]): Promise<RecordedEvaluationRow[]> {
  return db.query<RecordedEvaluationRow>(
    `select e.run_id as "runId", e.unit_id as "unitId", e.evaluated_on as "evaluatedOn", e.set_id as "setId", e.guidance_id as "guidanceId",
            e.outcome, e.sub_outcomes as "subOutcomes", e.result, r.created_at as "createdAt"
       from criteria_evaluation e join criteria_run r on r.id = e.run_id
      where e.unit_id = any($1::int[])
      order by e.evaluated_on, e.run_id`,
    [unitIds],
  );
}

/** Inserts a run and returns its id. */
export async function insertCriteriaRun(
  db: Queryable,
  run: {
    areaCode: string | null;
    evaluatedOn: string;
    setId: string;
    guidanceId: string | null;
    overlayId: string | null;
    parameters: unknown;
    catalogueVersion: string;
    communes: number;
    passed: number;
    failed: number;
    missing: number;
    actor: string;
  },
): Promise<number> {
  const row = await db.one<{ id: number }>(
    `insert into criteria_run (area_code, evaluated_on, set_id, guidance_id, overlay_id, parameters, catalogue_version, communes, passed, failed, missing, actor)
     values ($1, $2, $3, $4, $5, $6::jsonb, $7, $8, $9, $10, $11, $12) returning id`,
    [
      run.areaCode,
      run.evaluatedOn,
      run.setId,
      run.guidanceId,
      run.overlayId,
      JSON.stringify(run.parameters),
      run.catalogueVersion,
      run.communes,
      run.passed,
      run.failed,
      run.missing,
      run.actor,
    ],
  );
  return row.id;
}

/** Inserts a run's evaluations in one statement. */
export async function insertCriteriaEvaluations(
  db: Queryable,
  runId: number,
  rows: ReadonlyArray<{
    unitId: number;
    evaluatedOn: string;
    setId: string;
    guidanceId: string | null;
    outcome: string;
    subOutcomes: unknown;
    result: unknown;
  }>,
): Promise<void> {
  if (rows.length === 0) return;
  await db.query(
    `insert into criteria_evaluation (run_id, unit_id, evaluated_on, set_id, guidance_id, outcome, sub_outcomes, result)
     select $1, e.unit_id, e.evaluated_on, e.set_id, e.guidance_id, e.outcome, e.sub_outcomes::jsonb, e.result::jsonb
       from unnest($2::int[], $3::date[], $4::text[], $5::text[], $6::text[], $7::text[], $8::text[])
         as e(unit_id, evaluated_on, set_id, guidance_id, outcome, sub_outcomes, result)`,
    [
      runId,
      rows.map((r) => r.unitId),
      rows.map((r) => r.evaluatedOn),
      rows.map((r) => r.setId),
      rows.map((r) => r.guidanceId),
      rows.map((r) => r.outcome),
      rows.map((r) => JSON.stringify(r.subOutcomes)),
      rows.map((r) => JSON.stringify(r.result)),
    ],
  );
}
