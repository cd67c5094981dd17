/**
 * Closing a period (issue #6): once the province has its figures of a period, the administrator closes
 * it; nothing of it is entered, changed or submitted any more (reviewers still decide what is
 * submitted), except by the units given an exception. A closure is for one province, or for every
 * province (a national administrator). Reopening removes the closure; both are in the audit log.
 */
import { findClosure, deleteClosure, insertClosure, insertException, listClosures, type ClosureRow } from '../../db/queries/review/period-closures.ts';

export type { ClosureRow };
import { findUnitById } from '../../db/queries/review/due-queries.ts';
import { formatPeriod, periodEnd } from '../../domain/periods/period.ts';
import { todayInVietnam } from '../../domain/units/dates.ts';
import { principalOf, requireAction, requireUnitsInScope } from '../access/principal.ts';
import type { ServiceContext } from '../context.ts';
import { findUnitAt } from '../criteria/find-area.ts';
import { AppError, conflict, invalidInput, unitNotFound } from '../errors.ts';
import { readPeriodInput } from '../values/period-input.ts';

export interface ClosureRequest {
  period: string;
  /** A province code; omitted: the administrator's own province (or every province, for a national administrator). */
  province?: string | undefined;
  reason?: string | undefined;
}

export async function closePeriod(ctx: ServiceContext, req: ClosureRequest): Promise<ClosureRow> {
  requireAction(ctx, 'period.close');
  const { period, provinceId } = await readClosureTarget(ctx, req);
  return ctx.db.transaction(async (tx) => {
    if (await findClosure(tx, period, provinceId)) throw conflict(`${period} is already closed there`, `kỳ ${period} đã khoá sổ`);
    await insertClosure(tx, { period, provinceId, reason: req.reason?.trim() || null, actor: ctx.actor, ip: ctx.ip ?? null });
    return (await findClosure(tx, period, provinceId))!;
  });
}

export async function reopenPeriod(ctx: ServiceContext, req: ClosureRequest): Promise<{ reopened: ClosureRow }> {
  requireAction(ctx, 'period.close');
  const { period, provinceId } = await readClosureTarget(ctx, req);
  return ctx.db.transaction(async (tx) => {
    const closure = await findClosure(tx, period, provinceId);
    if (!closure) throw new AppError('not_closed', 404, `${period} is not closed there`, `kỳ ${period} chưa khoá sổ`);
    await deleteClosure(tx, closure, ctx.actor, req.reason?.trim() || null, ctx.ip ?? null);
    return { reopened: closure };
  });
}

/** Lets one unit (a commune, or the province itself) enter and submit in a closed period. */
export async function grantException(ctx: ServiceContext, req: ClosureRequest & { unit: string; reason: string }): Promise<ClosureRow> {
  requireAction(ctx, 'period.close');
  const { period, provinceId } = await readClosureTarget(ctx, req);
  const reason = (req.reason ?? '').trim();
  if (reason.length < 3) throw invalidInput('an exception needs a reason', 'ngoại lệ cần ghi lý do', [{ field: 'reason', message: 'required' }]);
  const at = periodEnd(readPeriodInput(period)!);
  const unit = (await findUnitAt(ctx, req.unit, at)) ?? (await findUnitAt(ctx, req.unit, todayInVietnam()));
  if (!unit) throw unitNotFound(req.unit);
  await requireUnitsInScope(ctx, [unit.id], () => `${unit.fullName} (${unit.code})`);
  return ctx.db.transaction(async (tx) => {
    const closure = await findClosure(tx, period, provinceId);
    if (!closure) throw new AppError('not_closed', 404, `${period} is not closed there`, `kỳ ${period} chưa khoá sổ`);
    await insertException(tx, { closure, unitId: unit.id, unitCode: unit.code, reason, actor: ctx.actor, ip: ctx.ip ?? null });
    return (await findClosure(tx, period, provinceId))!;
  });
}

export async function getClosures(ctx: ServiceContext, period?: string): Promise<ClosureRow[]> {
  const p = readPeriodInput(period);
  return listClosures(ctx.db, p ? formatPeriod(p) : null);
}

/** The period and the province (admin_unit id, null: every province) a closing request names, checked against the scope. */
async function readClosureTarget(ctx: ServiceContext, req: ClosureRequest): Promise<{ period: string; provinceId: number | null }> {
  const p = readPeriodInput(req.period);
  if (!p) throw invalidInput('the period is required', 'cần chọn kỳ báo cáo', [{ field: 'period', message: 'required' }]);
  const period = formatPeriod(p);
  const scope = principalOf(ctx).scopeUnitId;
  if (!req.province) {
    if (scope === null) return { period, provinceId: null };
    const own = await findUnitById(ctx.db, scope);
    if (!own || own.level !== 'province') {
      throw invalidInput('name the province', 'cần chọn tỉnh', [{ field: 'province', message: 'required' }]);
    }
    return { period, provinceId: own.id };
  }
  const province = (await findUnitAt(ctx, req.province, periodEnd(p))) ?? (await findUnitAt(ctx, req.province, todayInVietnam()));
  if (!province) throw unitNotFound(req.province);
  if (province.level !== 'province') {
    throw invalidInput(`${req.province} is not a province`, `${req.province} không phải là tỉnh`, [
      { field: 'province', value: req.province, message: 'a province code' },
    ]);
  }
  await requireUnitsInScope(ctx, [province.id], () => `${province.fullName} (${province.code})`);
  return { period, provinceId: province.id };
}
