/**
 * "What is due" (issue #6): for each commune, the reports of ended periods it owes — missing, being
 * entered, returned — and which are late, against the deadlines the province set (report_deadline). The
 * kinds of period come from the catalogue: the periods of the indicators collected per commune or village.
 */
import { listCommunesInScope } from '../../db/queries/criteria/list-communes-in-scope.ts';
import { findUnitById, listDeadlines, listUnitSubmissions, updateDeadline, type DeadlineRow } from '../../db/queries/review/due-queries.ts';

export type { DeadlineRow };
import { SECTOR_CATALOGUE } from '../../domain/indicators/sector-catalogue.ts';
import { formatPeriod, PERIOD_TYPES, type PeriodType } from '../../domain/periods/period.ts';
import { dueLine, endedPeriods, type DueLine, type DueState } from '../../domain/review/due-periods.ts';
import { addDays, isIsoDate, todayInVietnam } from '../../domain/units/dates.ts';
import { principalOf, requireAction, requireUnitsInScope } from '../access/principal.ts';
import type { ServiceContext } from '../context.ts';
import { findUnitAt } from '../criteria/find-area.ts';
import { invalidInput, unitNotFound } from '../errors.ts';

/** The kinds of period a commune reports for: those of the indicators collected per commune or village. */
export const COMMUNE_REPORT_PERIODS: readonly PeriodType[] = PERIOD_TYPES.filter((t) =>
  SECTOR_CATALOGUE.indicators.some((d) => d.periodType === t && (d.levels.includes('commune') || d.levels.includes('village'))),
);

export interface DueRequest {
  /** A commune, or a province (its communes); default: the reader's scope. */
  unit?: string | undefined;
  /** ISO date; default today (Vietnam). */
  asOf?: string | undefined;
  /** Also list what is submitted and approved (default: only what is outstanding or was late). */
  all?: boolean | undefined;
}

export interface DueRow extends DueLine {
  unit: { code: string; name: string };
}

export interface DueList {
  asOf: string;
  deadlines: DeadlineRow[];
  communes: number;
  rows: DueRow[];
  counts: { outstanding: number; late: number };
}

export async function listDue(ctx: ServiceContext, req: DueRequest): Promise<DueList> {
  requireAction(ctx, 'values.readUnpublished');
  const asOf = req.asOf ?? todayInVietnam();
  if (!isIsoDate(asOf))
    throw invalidInput(`asOf must be a date YYYY-MM-DD`, `asOf phải là ngày dạng YYYY-MM-DD`, [{ field: 'asOf', value: asOf, message: 'YYYY-MM-DD' }]);
  const unit = await resolveDueUnit(ctx, req.unit, asOf);
  await requireUnitsInScope(ctx, [unit.id], () => `${unit.name} (${unit.code})`);
  const communes = await listCommunesInScope(ctx.db, unit.level === 'commune' ? { provinces: null, commune: unit.code } : { provinces: [unit.code] }, asOf);
  const deadlines = await listDeadlines(ctx.db);
  const days = new Map(deadlines.map((d) => [d.periodType, d.daysAfterEnd]));
  // From the start of last year: older reports belong to the closing of those years, not to a to-do list.
  const from = `${Number(asOf.slice(0, 4)) - 1}-01-01`;
  const periods = COMMUNE_REPORT_PERIODS.flatMap((t) => endedPeriods(t, addDays(from, -1), asOf));
  const subs = await listUnitSubmissions(
    ctx.db,
    communes.map((c) => c.id),
    periods.map(formatPeriod),
  );
  const byKey = new Map(subs.map((s) => [`${s.unitId}|${s.period}`, s]));
  const rows: DueRow[] = [];
  for (const c of communes) {
    for (const p of periods) {
      const line = dueLine(p, days.get(p.type) ?? 0, asOf, 'missing', null);
      if (c.validFrom !== null && line.periodEnd < c.validFrom) continue;
      const s = byKey.get(`${c.id}|${line.period}`);
      const full = s ? dueLine(p, days.get(p.type) ?? 0, asOf, s.state as DueState, s.firstSubmittedOn) : line;
      if (req.all || full.outstanding || full.late) rows.push({ unit: { code: c.code, name: c.name }, ...full });
    }
  }
  rows.sort((a, b) => a.deadline.localeCompare(b.deadline) || a.unit.code.localeCompare(b.unit.code));
  return {
    asOf,
    deadlines,
    communes: communes.length,
    rows,
    counts: { outstanding: rows.filter((r) => r.outstanding).length, late: rows.filter((r) => r.late && r.outstanding).length },
  };
}

async function resolveDueUnit(ctx: ServiceContext, code: string | undefined, asOf: string): Promise<{ id: number; code: string; level: string; name: string }> {
  if (code) {
    const u = await findUnitAt(ctx, code, asOf);
    if (!u) throw unitNotFound(code);
    if (u.level !== 'commune' && u.level !== 'province') {
      throw invalidInput(`${code} is a ${u.level}: give a commune or a province`, `${code} không phải xã hay tỉnh`, [
        { field: 'unit', value: code, message: 'commune or province' },
      ]);
    }
    return { id: u.id, code: u.code, level: u.level, name: u.fullName };
  }
  const scope = principalOf(ctx).scopeUnitId;
  const u = scope === null ? undefined : await findUnitById(ctx.db, scope);
  if (!u) throw invalidInput('name a commune or a province', 'cần chọn xã hoặc tỉnh', [{ field: 'unit', message: 'required' }]);
  return u;
}

/** Sets the deadline of a kind of period (days after its end). */
export async function setDeadline(ctx: ServiceContext, periodType: string, days: number): Promise<DeadlineRow[]> {
  requireAction(ctx, 'deadline.set');
  if (!(PERIOD_TYPES as readonly string[]).includes(periodType)) {
    throw invalidInput(`unknown kind of period ${periodType}`, `loại kỳ không hợp lệ: ${periodType}`, [
      { field: 'periodType', value: periodType, message: PERIOD_TYPES.join(', ') },
    ]);
  }
  if (!Number.isInteger(days) || days < 0 || days > 366) {
    throw invalidInput('days must be a whole number from 0 to 366', 'số ngày phải là số nguyên từ 0 đến 366', [
      { field: 'days', value: String(days), message: '0..366' },
    ]);
  }
  await ctx.db.transaction((tx) => updateDeadline(tx, periodType as PeriodType, days, ctx.actor, ctx.ip ?? null));
  return listDeadlines(ctx.db);
}

export async function getDeadlines(ctx: ServiceContext): Promise<DeadlineRow[]> {
  return listDeadlines(ctx.db);
}
