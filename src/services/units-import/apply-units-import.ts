/**
 * Writes an import plan inside the caller's transaction, one bulk statement per step (never a statement
 * per unit): the batch, closed and new versions, attributes, lineage and the audit events.
 */
import type { Queryable } from '../../db/database.ts';
import { closeUnitAttributes } from '../../db/queries/units-import/close-unit-attributes.ts';
import { closeUnitVersions } from '../../db/queries/units-import/close-unit-versions.ts';
import { copyUnitAttributes } from '../../db/queries/units-import/copy-unit-attributes.ts';
import { insertAuditEvents } from '../../db/queries/units-import/insert-audit-events.ts';
import { insertImportBatch, type NewImportBatch } from '../../db/queries/units-import/insert-import-batch.ts';
import { insertUnitLineage } from '../../db/queries/units-import/insert-unit-lineage.ts';
import { insertUnitVersions } from '../../db/queries/units-import/insert-unit-versions.ts';
import { moveLaterUnitAttributes } from '../../db/queries/units-import/move-later-unit-attributes.ts';
import { updateUnitVersionsInPlace } from '../../db/queries/units-import/update-unit-versions-in-place.ts';
import { upsertUnitAttributes } from '../../db/queries/units-import/upsert-unit-attributes.ts';
import type { UnitRef, UnitsImportPlan } from '../../domain/units-file/units-diff-types.ts';
import { addDays } from '../../domain/units/dates.ts';

/** Applies `plan` for the batch described by `batch`; returns the batch id. */
export async function applyUnitsImport(tx: Queryable, plan: UnitsImportPlan, batch: NewImportBatch): Promise<number> {
  const eff = batch.effectiveDate;
  const dayBefore = addDays(eff, -1);
  const batchId = await insertImportBatch(tx, batch);
  const source = `import:${batchId}`;

  await closeUnitVersions(tx, plan.closeVersionIds, dayBefore);
  const newIds = await insertUnitVersions(tx, plan.newVersions, eff, source);
  await updateUnitVersionsInPlace(tx, plan.inPlace, source);
  const resolve = (ref: UnitRef): number => {
    if ('id' in ref) return ref.id;
    const id = newIds.get(ref.newCode);
    if (id === undefined) throw new Error(`no new version was written for ${ref.newCode}`);
    return id;
  };

  const fromIds = plan.carryAttributes.map((c) => c.fromId);
  const toIds = plan.carryAttributes.map((c) => resolve({ newCode: c.toCode }));
  await copyUnitAttributes(tx, fromIds, toIds, eff, source);
  await moveLaterUnitAttributes(tx, fromIds, toIds, eff);
  const closing = [...fromIds, ...plan.endedIds];
  // Values the file changes on versions that go on: the previous value ends the day before.
  const kept = plan.attributes.filter((a) => 'id' in a.unit);
  await closeUnitAttributes(tx, [...closing, ...kept.map((a) => resolve(a.unit))], [...closing.map(() => null), ...kept.map((a) => a.attribute)], dayBefore);
  await upsertUnitAttributes(
    tx,
    plan.attributes.map((a) => ({ unitId: resolve(a.unit), attribute: a.attribute, value: a.value, validTo: a.validTo ?? null })),
    eff,
    source,
  );

  await insertUnitLineage(
    tx,
    plan.lineage.map((l) => ({ fromId: l.fromId, toId: resolve(l.to), coverage: l.coverage })),
    eff,
    batch.legalBasis,
    source,
  );
  await insertAuditEvents(
    tx,
    {
      actor: batch.actor,
      ip: batch.ip,
      action: 'units.import',
      entity: 'admin_unit',
      reason: `${source} ${batch.fileName}${batch.legalBasis ? ` (${batch.legalBasis})` : ''}`,
    },
    plan.audit.map((a) => ({ entityKey: a.code, before: a.before, after: a.after })),
  );
  return batchId;
}
