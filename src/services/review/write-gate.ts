/**
 * What an account may store (issue #6): every value of a file is checked before anything is written —
 * its unit inside the account's scope, an operator's figures only for its own network, plan targets by
 * an administrator only, no figure of a submission already submitted or approved (approved data is
 * locked until the province reopens it), no figure of a closed period (unless the unit has an exception).
 * The problems name the row and the column, like every other problem of a file. The installation
 * itself (local CLI, demo) writes without these limits; its writes are audited all the same.
 */
import type { Queryable } from '../../db/database.ts';
import { listStageProblems, type StageProblem } from '../../db/queries/review/stage-access.ts';
import type { ValueStage } from '../../db/queries/values/value-stage.ts';
import { periodLabel } from '../../domain/periods/period-text.ts';
import { parsePeriod } from '../../domain/periods/period.ts';
import { valueIssue, type ValueIssue } from '../../domain/values-file/value-issue.ts';
import { may, principalOf } from '../access/principal.ts';
import type { ServiceContext } from '../context.ts';

export interface StageAccessCheck {
  issues: ValueIssue[];
  /** Problems in the whole stage, listed or not, by code. */
  totals: Record<string, number>;
}

const STATE_VI: Record<string, string> = { submitted: 'đã gửi duyệt', approved: 'đã được phê duyệt' };

/** Lists what the context may not write (nothing for the installation itself). `unitLabel` names a unit in messages. */
export async function checkStageAccess(
  q: Queryable,
  stage: ValueStage,
  ctx: ServiceContext,
  unitLabel: (unitId: number) => string,
  limit: number,
): Promise<StageAccessCheck> {
  const p = principalOf(ctx);
  if (p.kind === 'system') return { issues: [], totals: {} };
  const problems = await listStageProblems(q, stage, { scopeUnitId: p.scopeUnitId, operatorCode: p.operatorCode, mayPlan: may(ctx, 'values.plan') }, limit);
  const totals: Record<string, number> = {};
  for (const pr of problems) totals[pr.kind] = pr.total;
  return { issues: problems.map((pr) => describeProblem(pr, unitLabel, p.operatorCode)), totals };
}

function describeProblem(pr: StageProblem, unitLabel: (unitId: number) => string, operator: string | null): ValueIssue {
  const place = { row: pr.row ?? undefined, field: pr.field ?? undefined };
  const unit = unitLabel(pr.unitId);
  const period = periodLabel(parsePeriod(pr.period), 'vi');
  switch (pr.kind) {
    case 'outside_scope':
      return valueIssue('outside_scope', place, `${unit} is outside your scope`, `${unit} ngoài phạm vi được giao cho tài khoản`);
    case 'other_operator':
      return valueIssue(
        'other_operator',
        place,
        `an operator submits the figures of its own network only (operator=${operator ?? ''})`,
        `doanh nghiệp chỉ gửi số liệu mạng lưới của chính mình (operator=${operator ?? ''})`,
      );
    case 'plan_not_allowed':
      return valueIssue('plan_not_allowed', place, 'plan targets are entered by an administrator', 'chỉ tiêu kế hoạch do quản trị cấp tỉnh nhập');
    case 'locked':
      return valueIssue(
        'locked',
        place,
        `the figures of ${unitLabel(pr.subUnitId)} for ${pr.period} are ${pr.state}: they change only after the province returns or reopens them`,
        `số liệu của ${unitLabel(pr.subUnitId)} kỳ ${period} ${STATE_VI[pr.state ?? ''] ?? pr.state}: chỉ sửa được khi tỉnh trả lại hoặc mở lại`,
      );
    case 'period_closed':
      return valueIssue(
        'period_closed',
        place,
        `the period ${pr.period} is closed for ${unitLabel(pr.subUnitId)}`,
        `kỳ ${period} đã khoá sổ đối với ${unitLabel(pr.subUnitId)}`,
      );
  }
}

/** The state of the submissions a write of this context creates. */
export function newSubmissionState(ctx: ServiceContext): 'draft' | 'approved' {
  return principalOf(ctx).kind === 'system' ? 'approved' : 'draft';
}
