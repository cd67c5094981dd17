/**
 * The review workflow (issue #6): the figures of a unit and period move draft → submitted → approved, or
 * back to the commune as returned with a reason; approved figures are locked until the province reopens
 * them with a reason. Each move is checked whole before anything changes (role, scope, the state it moves
 * from, the operator's own network, a closed period, nobody reviewing their own submission), then written
 * with its audit event and the roll-ups it changes in one transaction. Only approved figures are counted
 * by the analytics.
 */
import type { Queryable } from '../../db/database.ts';
import { listUnitsOutsideScope } from '../../db/queries/access/scope-units.ts';
import {
  findSubmissionsByIds,
  insertSubmissionEvents,
  listClosedSubmissions,
  listSubmissionsOfBatch,
  lockSubmissions,
  setSubmissionsState,
  type SubmissionRow,
  type SubmissionState,
} from '../../db/queries/review/submission-queries.ts';
import type { Action } from '../../domain/access/roles.ts';
import { periodLabel } from '../../domain/periods/period-text.ts';
import { parsePeriod } from '../../domain/periods/period.ts';
import { principalOf, requireAction } from '../access/principal.ts';
import { refreshRollupsForSubmissions } from '../analytics/rollups.ts';
import type { ServiceContext } from '../context.ts';
import { AppError, invalidInput, type ErrorDetail } from '../errors.ts';
import { presentSubmission, type SubmissionView } from './present-submission.ts';
import { resolveSubmissionRefs, type SubmissionRef } from './resolve-submissions.ts';

export type Transition = 'submit' | 'approve' | 'return' | 'reopen';

interface TransitionRule {
  action: Action;
  from: readonly SubmissionState[];
  to: SubmissionState;
  needsReason: boolean;
  vi: string;
}

export const TRANSITIONS: Record<Transition, TransitionRule> = {
  submit: { action: 'submission.submit', from: ['draft', 'returned'], to: 'submitted', needsReason: false, vi: 'gửi duyệt' },
  approve: { action: 'submission.review', from: ['submitted'], to: 'approved', needsReason: false, vi: 'phê duyệt' },
  return: { action: 'submission.review', from: ['submitted'], to: 'returned', needsReason: true, vi: 'trả lại' },
  reopen: { action: 'submission.reopen', from: ['approved'], to: 'returned', needsReason: true, vi: 'mở lại' },
};

export const MAX_REASON_LENGTH = 2000;
/** Most submissions moved by one request (a bulk approval of a province's communes fits). */
export const MAX_BULK = 5000;

export interface TransitionResult {
  transition: Transition;
  moved: SubmissionView[];
}

/** Moves the submissions named (all or none) by `transition`, with the reason given. */
export async function moveSubmissions(
  ctx: ServiceContext,
  transition: Transition,
  refs: readonly SubmissionRef[],
  reason?: string | null,
): Promise<TransitionResult> {
  const rule = TRANSITIONS[transition];
  requireAction(ctx, rule.action);
  const why = readReason(reason, rule.needsReason, transition);
  if (refs.length === 0) throw invalidInput('name at least one submission', 'cần chọn ít nhất một bộ số liệu', [{ field: 'submissions', message: 'empty' }]);
  if (refs.length > MAX_BULK) {
    throw invalidInput(`at most ${MAX_BULK} submissions at once`, `tối đa ${MAX_BULK} bộ số liệu mỗi lần`, [{ field: 'submissions', message: 'too many' }]);
  }
  const ids = await resolveSubmissionRefs(ctx.db, refs);
  const moved = await ctx.db.transaction((tx) => moveInTransaction(tx, ctx, transition, ids, why));
  return { transition, moved: moved.map(presentSubmission) };
}

/** Submits, in the import's transaction, every submission a batch just wrote into (the file's "submit now"). */
export async function submitSubmissionsOfBatch(tx: Queryable, ctx: ServiceContext, batchId: number): Promise<void> {
  const ids = await listSubmissionsOfBatch(tx, batchId);
  // Figures written straight into approved submissions (the installation's own) stay approved.
  const rows = await findSubmissionsByIds(tx, ids);
  const open = rows.filter((r) => r.state === 'draft' || r.state === 'returned').map((r) => r.id);
  if (open.length > 0) await moveInTransaction(tx, ctx, 'submit', open, null);
}

/** The submissions a batch wrote values into, as they stand. */
export async function submissionsOfBatch(q: Queryable, batchId: number): Promise<SubmissionView[]> {
  return (await findSubmissionsByIds(q, await listSubmissionsOfBatch(q, batchId))).map(presentSubmission);
}

async function moveInTransaction(
  tx: Queryable,
  ctx: ServiceContext,
  transition: Transition,
  ids: readonly number[],
  reason: string | null,
): Promise<SubmissionRow[]> {
  const rule = TRANSITIONS[transition];
  const p = principalOf(ctx);
  await lockSubmissions(tx, ids);
  const rows = await findSubmissionsByIds(tx, ids);
  const refused: ErrorDetail[] = [];
  const name = (r: SubmissionRow) => `${r.unitName} (${r.unitCode}), ${periodLabel(parsePeriod(r.period), 'vi')}${r.party ? `, ${r.party}` : ''}`;
  const refuse = (r: SubmissionRow, code: string, message: string, messageVi: string) =>
    refused.push({ field: 'submission', value: `${r.id}`, code, message: `${name(r)}: ${message}`, messageVi: `${name(r)}: ${messageVi}` });
  const outside =
    p.kind === 'user' && p.scopeUnitId !== null
      ? new Set(
          await listUnitsOutsideScope(
            tx,
            p.scopeUnitId,
            rows.map((r) => r.unitId),
          ),
        )
      : new Set<number>();
  const closed = transition === 'submit' && p.kind !== 'system' ? new Set(await listClosedSubmissions(tx, ids)) : new Set<number>();
  for (const r of rows) {
    if (outside.has(r.unitId)) refuse(r, 'outside_scope', 'outside your scope', 'ngoài phạm vi được giao');
    else if (!rule.from.includes(r.state)) {
      refuse(
        r,
        'wrong_state',
        `is ${r.state}; ${transition} applies to ${rule.from.join(' or ')}`,
        `đang ở trạng thái ${STATE_VI[r.state]}, không thể ${rule.vi}`,
      );
    } else if (p.operatorCode !== null && r.party !== p.operatorCode) {
      refuse(r, 'other_operator', 'the figures of another network', 'số liệu của doanh nghiệp khác');
    } else if (closed.has(r.id)) refuse(r, 'period_closed', 'the period is closed', 'kỳ báo cáo đã khoá sổ');
    else if (transition === 'submit' && r.values === 0) refuse(r, 'empty', 'holds no figures', 'chưa có số liệu');
    else if ((transition === 'approve' || transition === 'return') && p.userId !== null && r.submittedByUser === p.userId) {
      refuse(r, 'own_submission', 'you submitted it: another reviewer decides', 'do chính bạn gửi: người khác phải xem xét');
    }
  }
  if (refused.length > 0) {
    throw new AppError(
      refused.every((d) => d.code === 'outside_scope' || d.code === 'other_operator') ? 'outside_scope' : 'conflict',
      refused.every((d) => d.code === 'outside_scope' || d.code === 'other_operator') ? 403 : 409,
      `${refused.length} of ${rows.length} submissions cannot be moved (${transition}); nothing changed`,
      `${refused.length}/${rows.length} bộ số liệu không thể ${rule.vi}; không có thay đổi nào`,
      refused.slice(0, 200),
    );
  }
  await setSubmissionsState(tx, ids, { state: rule.to, actor: ctx.actor, reason, userId: p.userId });
  await insertSubmissionEvents(tx, rows, { action: `submission.${transition}`, state: rule.to, actor: ctx.actor, reason, ip: ctx.ip ?? null });
  // Approving adds the figures to the analytics, reopening takes them out: the sums above them change.
  if (transition === 'approve' || transition === 'reopen') await refreshRollupsForSubmissions(tx, ids);
  return findSubmissionsByIds(tx, ids);
}

export const STATE_VI: Record<SubmissionState, string> = { draft: 'đang nhập', submitted: 'đã gửi duyệt', approved: 'đã phê duyệt', returned: 'bị trả lại' };

function readReason(reason: string | null | undefined, required: boolean, transition: Transition): string | null {
  const text = (reason ?? '').trim();
  if (required && text.length < 3) {
    throw invalidInput(`a reason is required to ${transition}`, `cần ghi rõ lý do ${TRANSITIONS[transition].vi}`, [
      { field: 'reason', code: 'reason.required', message: 'required (at least 3 characters)', messageVi: 'bắt buộc (ít nhất 3 ký tự)' },
    ]);
  }
  if (text.length > MAX_REASON_LENGTH) {
    throw invalidInput(`the reason is longer than ${MAX_REASON_LENGTH} characters`, `lý do dài quá ${MAX_REASON_LENGTH} ký tự`, [
      { field: 'reason', code: 'reason.too_long', message: `at most ${MAX_REASON_LENGTH} characters` },
    ]);
  }
  return text.length > 0 ? text : null;
}
