/**
 * Province overlays: stricter local rules over a national set (regulations.md §6 item 14), checked
 * when stored (checkOverlay: known facts and parameters, only tightening) and applied to the
 * province's communes while in force.
 */
import { checkOverlay } from '../../domain/criteria/compile-criteria.ts';
import type { CriteriaOverlayDef } from '../../domain/criteria/criteria-types.ts';
import { listOverlays as listOverlayRows, listOverlaysInForce, upsertOverlay } from '../../db/queries/criteria/list-overlays.ts';
import { insertAuditEvents } from '../../db/queries/units-import/insert-audit-events.ts';
import { requireAction, requireUnitsInScope } from '../access/principal.ts';
import type { ServiceContext } from '../context.ts';
import { invalidInput } from '../errors.ts';
import { findAreaUnit } from './find-area.ts';

/** The overlays of a set in force on a date, for one province or all. */
export async function loadOverlays(ctx: ServiceContext, province: string | null, setId: string, date: string): Promise<CriteriaOverlayDef[]> {
  const rows = await listOverlaysInForce(ctx.db, province, setId, date);
  const seen = new Set<string>();
  const out: CriteriaOverlayDef[] = [];
  for (const r of rows) {
    // One overlay per province and date: the most recent start wins.
    if (seen.has(r.provinceCode)) continue;
    seen.add(r.provinceCode);
    out.push(r.definition as CriteriaOverlayDef);
  }
  return out;
}

/** Every stored overlay. */
export async function listOverlays(ctx: ServiceContext): Promise<CriteriaOverlayDef[]> {
  return (await listOverlayRows(ctx.db)).map((r) => r.definition as CriteriaOverlayDef);
}

/** Checks and stores an overlay (replacing one with the same id), with its audit event, in one transaction. */
export async function saveOverlay(ctx: ServiceContext, input: unknown): Promise<CriteriaOverlayDef> {
  requireAction(ctx, 'criteria.parameters');
  if (typeof input !== 'object' || input === null || Array.isArray(input))
    throw invalidInput('an overlay must be a JSON object', 'lớp quy định phải là một đối tượng JSON');
  const overlay = input as CriteriaOverlayDef;
  const missing = (['id', 'province', 'set', 'validFrom', 'name', 'decision'] as const).filter((k) => overlay[k] === undefined);
  if (missing.length > 0) {
    throw invalidInput(
      `the overlay lacks ${missing.join(', ')}`,
      `lớp quy định thiếu ${missing.join(', ')}`,
      missing.map((field) => ({ field, message: 'required', messageVi: 'bắt buộc' })),
    );
  }
  if (typeof overlay.id !== 'string' || !/^[A-Za-z0-9._-]{1,60}$/.test(overlay.id)) {
    throw invalidInput('overlay id: letters, digits, . _ - (at most 60)', 'mã lớp quy định chỉ gồm chữ, số, . _ - (tối đa 60)', [
      { field: 'id', value: String(overlay.id), message: 'bad id', messageVi: 'mã không hợp lệ' },
    ]);
  }
  const errors = checkOverlay(overlay);
  if (errors.length > 0) {
    throw invalidInput(
      `the overlay has ${errors.length} problem(s)`,
      `lớp quy định có ${errors.length} lỗi`,
      errors.map((e) => ({ field: e.path, code: e.code, message: e.message, messageVi: e.messageVi })),
    );
  }
  const province = await findAreaUnit(ctx, overlay.province, overlay.validFrom);
  await requireUnitsInScope(ctx, [province.id], () => `${province.fullName} (${province.code})`);
  // An overlay of another province is not replaced by reusing its id.
  const same = (await listOverlayRows(ctx.db)).find((o) => o.id === overlay.id);
  if (same && same.provinceCode !== overlay.province) {
    const other = await findAreaUnit(ctx, same.provinceCode, same.validFrom);
    await requireUnitsInScope(ctx, [other.id], () => `${other.fullName} (${other.code})`);
  }
  await ctx.db.transaction(async (tx) => {
    await upsertOverlay(tx, {
      id: overlay.id,
      provinceCode: overlay.province,
      setId: overlay.set,
      validFrom: overlay.validFrom,
      validTo: overlay.validTo ?? null,
      definition: overlay,
      createdBy: ctx.actor,
    });
    await insertAuditEvents(
      tx,
      { actor: ctx.actor, action: 'criteria_overlay.save', entity: 'criteria_overlay', reason: overlay.decision, ip: ctx.ip, provinceIds: [province.id] },
      [{ entityKey: overlay.id, before: null, after: overlay }],
    );
  });
  return overlay;
}
