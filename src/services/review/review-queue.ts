/**
 * The reviewer's queue and a submission's detail (issue #6): what was submitted, what changed (new
 * figures, figures replacing earlier ones), the warnings of the files, and the figures that stand out
 * against the unit's previous periods (domain/review/outliers.ts). Readers see their scope only.
 */
import { listSubmissionEvents, listSubmissions, listSubmissionValues, type SubmissionValueRow } from '../../db/queries/review/list-submissions.ts';
import { findSubmissionsByIds, type SubmissionState } from '../../db/queries/review/submission-queries.ts';
import { SECTOR_CATALOGUE } from '../../domain/indicators/sector-catalogue.ts';
import { findOutlier, OUTLIER_RULES, type Outlier } from '../../domain/review/outliers.ts';
import { todayInVietnam } from '../../domain/units/dates.ts';
import { formatPeriod } from '../../domain/periods/period.ts';
import { principalOf, requireAction, requireUnitsInScope } from '../access/principal.ts';
import type { ServiceContext } from '../context.ts';
import { AppError, invalidInput, unitNotFound } from '../errors.ts';
import { findUnitAt } from '../criteria/find-area.ts';
import { readPeriodInput } from '../values/period-input.ts';
import { presentSubmission, type SubmissionView } from './present-submission.ts';

export const SUBMISSION_STATES: readonly SubmissionState[] = ['draft', 'submitted', 'approved', 'returned'];

export interface QueueRequest {
  /** Default: submitted (what waits for a reviewer). */
  states?: readonly SubmissionState[] | undefined;
  period?: string | undefined;
  /** A unit code: its submissions and those of the units under it. */
  unit?: string | undefined;
  party?: string | undefined;
  limit?: number | undefined;
  offset?: number | undefined;
}

export interface QueueItem extends SubmissionView {
  newValues: number;
  changedValues: number;
  outliers: number;
  warnings: string[];
}

export interface QueuePage {
  total: number;
  items: QueueItem[];
}

const MAX_PAGE = 200;

/** A page of submissions in the reader's scope, with what changed, warnings and outliers counted. */
export async function listReviewQueue(ctx: ServiceContext, req: QueueRequest): Promise<QueuePage> {
  requireAction(ctx, 'values.readUnpublished');
  const states = req.states && req.states.length > 0 ? req.states : (['submitted'] as const);
  for (const s of states) {
    if (!SUBMISSION_STATES.includes(s))
      throw invalidInput(`unknown state ${s}`, `trạng thái không hợp lệ: ${s}`, [{ field: 'state', value: s, message: SUBMISSION_STATES.join(', ') }]);
  }
  const limit = Math.min(req.limit ?? 50, MAX_PAGE);
  const period = readPeriodInput(req.period);
  let underUnitId: number | null = null;
  if (req.unit) {
    const unit = await findUnitAt(ctx, req.unit, todayInVietnam());
    if (!unit) throw unitNotFound(req.unit);
    underUnitId = unit.id;
  }
  const page = await listSubmissions(ctx.db, {
    states,
    period: period ? formatPeriod(period) : null,
    underUnitId,
    scopeUnitId: principalOf(ctx).scopeUnitId,
    party: req.party ?? null,
    limit,
    offset: req.offset ?? 0,
  });
  const values =
    page.rows.length > 0
      ? await listSubmissionValues(
          ctx.db,
          page.rows.map((r) => r.id),
          OUTLIER_RULES.lookBack,
          200_000,
        )
      : [];
  const bySubmission = new Map<number, SubmissionValueRow[]>();
  for (const v of values) {
    const list = bySubmission.get(v.submissionId);
    if (list) list.push(v);
    else bySubmission.set(v.submissionId, [v]);
  }
  return {
    total: page.total,
    items: page.rows.map((r) => {
      const vs = bySubmission.get(r.id) ?? [];
      return {
        ...presentSubmission(r),
        newValues: vs.filter((v) => !v.hasPrevious).length,
        changedValues: vs.filter((v) => v.hasPrevious).length,
        outliers: vs.filter((v) => outlierOf(v) !== null).length,
        warnings: [...new Set(vs.flatMap((v) => v.warnings))].sort(),
      };
    }),
  };
}

export interface SubmissionValueView {
  unit: { code: string; name: string };
  indicator: { code: string; name: string; unit: string };
  period: string;
  breakdown: string;
  series: string;
  value: number | boolean | string | null;
  /** The value it replaced, when it replaced one. */
  previous: number | boolean | string | null;
  replaced: boolean;
  /** Approved values of earlier periods of the same kind, latest first. */
  history: number[];
  outlier: Outlier | null;
  file: { batchId: number; name: string; row: number | null };
  recordedBy: string;
  recordedAt: string;
}

export interface SubmissionDetail {
  submission: SubmissionView;
  values: SubmissionValueView[];
  /** The values held (the list shows at most MAX_DETAIL_VALUES). */
  totalValues: number;
  warnings: string[];
  events: Array<{ at: string; actor: string; action: string; from: string | null; to: string | null; reason: string | null }>;
}

export const MAX_DETAIL_VALUES = 5000;

/** One submission with its values, what each replaced, its history and outliers, and the moves it went through. */
export async function getSubmissionDetail(ctx: ServiceContext, id: number): Promise<SubmissionDetail> {
  requireAction(ctx, 'values.readUnpublished');
  const [row] = await findSubmissionsByIds(ctx.db, [id]);
  if (!row) throw new AppError('submission_not_found', 404, `no submission ${id}`, `không có bộ số liệu ${id}`);
  await requireUnitsInScope(ctx, [row.unitId], () => `${row.unitName} (${row.unitCode})`);
  const [values, events] = await Promise.all([
    listSubmissionValues(ctx.db, [id], OUTLIER_RULES.lookBack, MAX_DETAIL_VALUES),
    listSubmissionEvents(ctx.db, [id]),
  ]);
  return {
    submission: presentSubmission(row),
    values: values.map(presentValue),
    totalValues: row.values,
    warnings: [...new Set(values.flatMap((v) => v.warnings))].sort(),
    events: events.map((e) => ({
      at: e.at,
      actor: e.actor,
      action: e.action,
      from: stateOf(e.before),
      to: stateOf(e.after),
      reason: e.reason,
    })),
  };
}

function outlierOf(v: SubmissionValueRow): Outlier | null {
  return v.num === null ? null : findOutlier(v.history, v.num);
}

function presentValue(v: SubmissionValueRow): SubmissionValueView {
  const def = SECTOR_CATALOGUE.byCode.get(v.indicator);
  return {
    unit: { code: v.unitCode, name: v.unitName },
    indicator: { code: v.indicator, name: def?.name.vi ?? v.indicator, unit: def?.unit.vi ?? '' },
    period: v.period,
    breakdown: v.breakdown,
    series: v.series,
    value: v.num ?? v.bool ?? v.text,
    previous: v.hasPrevious ? (v.previousNum ?? v.previousBool ?? v.previousText) : null,
    replaced: v.hasPrevious,
    history: v.history,
    outlier: outlierOf(v),
    file: { batchId: v.batchId, name: v.fileName, row: v.sourceRow },
    recordedBy: v.recordedBy,
    recordedAt: v.recordedAt,
  };
}

function stateOf(x: unknown): string | null {
  return typeof x === 'object' && x !== null && 'state' in x && typeof (x as { state: unknown }).state === 'string' ? (x as { state: string }).state : null;
}
