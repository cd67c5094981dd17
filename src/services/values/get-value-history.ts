/**
 * The history of one figure ("lịch sử", issue #6): every value stored for a unit, indicator, period,
 * breakdown part and series, newest first — the value in force and each one a later file replaced — with
 * who recorded it, when, from which file (or demo load) and row, its status and the decision behind a
 * plan. Read from indicator_value and the append-only indicator_value_revision (migration 0008).
 */
import { readValueHistory, type ValueHistoryRow } from '../../db/queries/values/read-value-history.ts';
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
}

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
  const period = formatPeriod(p);
  const rows = await readValueHistory(ctx.db, { unitId: unit.id, indicator: d.code, period, breakdown, series });
  return {
    unit: { code: unit.code, name: unit.name, fullName: unit.fullName, validFrom: unit.validFrom, validTo: unit.validTo },
    indicator: { code: d.code, name: d.name, unit: d.unit },
    period,
    breakdown,
    series: series as 'actual' | 'plan',
    versions: rows.map(presentVersion),
  };
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
