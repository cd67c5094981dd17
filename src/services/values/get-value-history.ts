/**
 * The history of one figure ("lịch sử", issue #6): every value stored for a unit, indicator, period,
 * breakdown part and series, newest first — the value in force and each one a later file replaced — with
 * who recorded it, when, from which file (or demo load) and row, its status and the decision behind a
 * plan. Read from indicator_value and the append-only indicator_value_revision (migration 0008).
 */
import { findFigureSubmission, readValueHistory, type ValueHistoryRow } from '../../db/queries/values/read-value-history.ts';
import { listSubmissionEvents, type SubmissionEventRow } from '../../db/queries/review/list-submissions.ts';
import { requireAction, requireUnitsInScope } from '../access/principal.ts';
import type { Bilingual } from '../../domain/indicators/indicator-types.ts';
import { SECTOR_CATALOGUE } from '../../domain/indicators/sector-catalogue.ts';
import { formatPeriod, periodEnd, tryParsePeriod } from '../../domain/periods/period.ts';
import { isIsoDate } from '../../domain/units/dates.ts';
import type { ServiceContext } from '../context.ts';
import { findUnitAt } from '../criteria/find-area.ts';
import { invalidInput, unitNotFound } from '../errors.ts';

export interface ValueHistoryRequest {
  unit: string;
  indicator: string;
  period: string;
  breakdown?: string | undefined;
  series?: string | undefined;
  /** Which unit the code means (codes were reused after 01/07/2025); default the period's last day. */
  at?: string | undefined;
}

export interface ValueHistoryVersion {
  state: 'current' | 'replaced';
  value: number | boolean | string | null;
  status: string;
  reportedOn: string | null;
  recordedBy: string;
  recordedAt: string;
  replacedAt: string | null;
  replacedByBatch: number | null;
  batch: { id: number; kind: string; fileName: string; decision: string | null };
  sourceRow: number | null;
}

export interface ValueHistory {
  unit: { code: string; name: string; fullName: string; validFrom: string | null; validTo: string | null };
  indicator: { code: string; name: Bilingual; unit: Bilingual };
  period: string;
  breakdown: string;
  series: 'actual' | 'plan';
  versions: ValueHistoryVersion[];
  /** Everything that happened to the figure, oldest first: each value entered, and each move of its submission. */
  steps: ValueHistoryStep[];
}

export interface ValueHistoryStep {
  /** ISO 8601, UTC. */
  at: string;
  action: 'entered' | 'submitted' | 'approved' | 'returned' | 'reopened';
  actor: string;
  /** The value entered (entered steps). */
  value?: number | boolean | string | null;
  /** Why it was returned or reopened. */
  reason?: string | null;
  file?: { name: string; row: number | null };
}

const STEP_OF_ACTION: Record<string, ValueHistoryStep['action']> = {
  'submission.submit': 'submitted',
  'submission.approve': 'approved',
  'submission.return': 'returned',
  'submission.reopen': 'reopened',
};

export async function getValueHistory(ctx: ServiceContext, q: ValueHistoryRequest): Promise<ValueHistory> {
  const d = SECTOR_CATALOGUE.byCode.get(q.indicator);
  const p = tryParsePeriod(q.period);
  const series = q.series ?? 'actual';
  const breakdown = q.breakdown ?? '';
  const at = q.at ?? (p ? periodEnd(p) : '');
  const bad = [
    ...(d ? [] : [{ field: 'indicator', value: q.indicator, message: 'unknown indicator code', messageVi: 'mã chỉ tiêu không có trong danh mục' }]),
    ...(p
      ? []
      : [{ field: 'period', value: q.period, message: 'a period: 2024, 2024S1, 2024Q3, 2024M07', messageVi: 'kỳ dạng 2024, 2024S1, 2024Q3, 2024M07' }]),
    ...(series === 'actual' || series === 'plan' ? [] : [{ field: 'series', value: series, message: 'actual or plan', messageVi: 'actual hoặc plan' }]),
    ...(breakdown === '' || /^[a-z_]+=[a-z0-9_]+$/.test(breakdown)
      ? []
      : [{ field: 'breakdown', value: breakdown, message: 'empty (the total) or dimension=value', messageVi: 'để trống (tổng) hoặc chiều=giá trị' }]),
    ...(q.at === undefined || isIsoDate(q.at) ? [] : [{ field: 'at', value: q.at, message: 'a date YYYY-MM-DD', messageVi: 'ngày dạng YYYY-MM-DD' }]),
  ];
  if (bad.length > 0 || !d || !p) throw invalidInput('the figure cannot be looked up as asked', 'yêu cầu xem lịch sử số liệu không hợp lệ', bad);
  const unit = await findUnitAt(ctx, q.unit, at);
  if (!unit) throw unitNotFound(q.unit);
  // What is not published is read by accounts, within their scope.
  requireAction(ctx, 'values.readUnpublished');
  await requireUnitsInScope(ctx, [unit.id], () => `${unit.fullName} (${unit.code})`);
  const period = formatPeriod(p);
  const key = { unitId: unit.id, indicator: d.code, period, breakdown, series };
  const [rows, submissionId] = await Promise.all([readValueHistory(ctx.db, key), findFigureSubmission(ctx.db, key)]);
  const events = submissionId === undefined ? [] : await listSubmissionEvents(ctx.db, [submissionId]);
  return {
    unit: { code: unit.code, name: unit.name, fullName: unit.fullName, validFrom: unit.validFrom, validTo: unit.validTo },
    indicator: { code: d.code, name: d.name, unit: d.unit },
    period,
    breakdown,
    series: series as 'actual' | 'plan',
    versions: rows.map(presentVersion),
    steps: mergeSteps(rows, events),
  };
}

/** The values entered and the submission's moves in the order they happened (a value entered before a move made in the same instant). */
function mergeSteps(rows: readonly ValueHistoryRow[], events: readonly SubmissionEventRow[]): ValueHistoryStep[] {
  const entered = rows.map((r) => ({
    at: r.recordedAt,
    order: 0,
    step: { at: r.recordedAt, action: 'entered' as const, actor: r.recordedBy, value: r.num ?? r.bool ?? r.text, file: { name: r.fileName, row: r.sourceRow } },
  }));
  const moved = events
    .filter((e) => STEP_OF_ACTION[e.action])
    .map((e) => ({ at: e.at, order: 1, step: { at: e.at, action: STEP_OF_ACTION[e.action]!, actor: e.actor, reason: e.reason } }));
  return [...entered, ...moved].sort((a, b) => a.at.localeCompare(b.at) || a.order - b.order).map((x) => x.step);
}

function presentVersion(r: ValueHistoryRow): ValueHistoryVersion {
  return {
    state: r.state,
    value: r.num ?? r.bool ?? r.text,
    status: r.status,
    reportedOn: r.reportedOn,
    recordedBy: r.recordedBy,
    recordedAt: r.recordedAt,
    replacedAt: r.replacedAt,
    replacedByBatch: r.replacedByBatch,
    batch: { id: r.batchId, kind: r.batchKind, fileName: r.fileName, decision: r.decision },
    sourceRow: r.sourceRow,
  };
}
