/**
 * The review workflow's side of an import: what in the stage (with the submission each value goes to,
 * value-stage.ts ensureSubmissionMap) an account may not write (outside its scope, another operator's figures, figures already
 * submitted or approved, a closed period).
 */
import type { Queryable } from '../../database.ts';
import { ensureSubmissionMap, stagedWithSubmission, type ValueStage } from '../values/value-stage.ts';
import { inScopeSql, scopeRootsCte } from '../access/scope-units.ts';

export type StageProblemKind = 'outside_scope' | 'other_operator' | 'locked' | 'period_closed' | 'plan_not_allowed';

export interface StageProblem {
  kind: StageProblemKind;
  unitId: number;
  subUnitId: number;
  period: string;
  row: number | null;
  field: string | null;
  /** The submission's state, for 'locked'. */
  state: string | null;
  /** How many staged values have this kind of problem. */
  total: number;
}

export interface StageAccess {
  /** admin_unit id of the writer's scope; null: the whole country. */
  scopeUnitId: number | null;
  /** Operators: the only `operator=` breakdown part they may write. */
  operatorCode: string | null;
  /** Whether the writer may store plan figures. */
  mayPlan: boolean;
}

/** The first `limit` problems of each kind (by row), with the count of each kind. */
export async function listStageProblems(q: Queryable, stage: ValueStage, access: StageAccess, limit: number): Promise<StageProblem[]> {
  await ensureSubmissionMap(q, stage);
  const s = 'staged';
  const checks: string[] = [];
  if (access.scopeUnitId !== null) {
    checks.push(`select 'outside_scope' as kind, s.* from ${s} s
                   join (select u.id from (select distinct unit_id as id from ${s}) u where not ${inScopeSql('u.id')}) o on o.id = s.unit_id`);
  }
  if (access.operatorCode !== null) checks.push(`select 'other_operator' as kind, s.* from ${s} s where s.party <> $2`);
  if (!access.mayPlan) checks.push(`select 'plan_not_allowed' as kind, s.* from ${s} s where s.series = 'plan'`);
  checks.push(`select 'locked' as kind, s.* from ${s} s
                 join submission sub on sub.unit_id = s.sub_unit and sub.period = s.period and sub.party = s.party and sub.state in ('submitted', 'approved')`);
  checks.push(`select 'period_closed' as kind, s.* from ${s} s
                 where exists (select 1 from period_closure c
                                where c.period = s.period
                                  and (c.province_id is null or c.province_id = s.sub_unit
                                       or exists (select 1 from unit_ancestor pa where pa.unit_id = s.sub_unit and pa.ancestor_level = 'province' and pa.ancestor_id = c.province_id))
                                  and not exists (select 1 from period_exception e where e.closure_id = c.id and e.unit_id = s.sub_unit))`);
  const rows = await q.query<StageProblem & { state: string | null }>(
    `with recursive ${scopeRootsCte('$1')},
     staged as ${stagedWithSubmission(stage)},
     found as (${checks.map((c) => `(${c})`).join(' union all ')}),
     ranked as (select f.*, row_number() over (partition by kind order by source_row nulls last) as n, count(*) over (partition by kind) as total from found f)
     select r.kind, r.unit_id as "unitId", r.sub_unit as "subUnitId", r.period, r.source_row as row, r.field,
            (select sub.state from submission sub where sub.unit_id = r.sub_unit and sub.period = r.period and sub.party = r.party) as state,
            r.total::int as total
       from ranked r where r.n <= $3::int and $2::text is not null order by r.kind, r.source_row nulls last`,
    [access.scopeUnitId ?? 0, access.operatorCode ?? '', limit],
  );
  return rows;
}
