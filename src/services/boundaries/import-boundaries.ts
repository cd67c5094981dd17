/**
 * Use case `boundaries import`: read a GeoJSON / TopoJSON / zipped Shapefile, match every feature to a
 * unit in force on the date by its code, and store the boundaries in one transaction, all or nothing,
 * with one boundary_batch row and one audit event per unit. Codes are matched on a date because codes
 * were reused after the 2025 reform (QĐ 19/2025/QĐ-TTg, in force 01/07/2025).
 */
import { createHash } from 'node:crypto';
import { deleteUnitBoundaries } from '../../db/queries/boundaries/delete-unit-boundaries.ts';
import { findBoundaryBatchBySha256 } from '../../db/queries/boundaries/find-boundary-batch-by-sha256.ts';
import { insertBoundaryBatch } from '../../db/queries/boundaries/insert-boundary-batch.ts';
import { listStoredBoundarySummaries } from '../../db/queries/boundaries/list-stored-boundary-summaries.ts';
import { listUnitsForMatching } from '../../db/queries/boundaries/list-units-for-matching.ts';
import { lockBoundariesImport } from '../../db/queries/boundaries/lock-boundaries-import.ts';
import { insertUnitBoundaries } from '../../db/queries/boundaries/insert-unit-boundaries.ts';
import { insertAuditEvents } from '../../db/queries/units-import/insert-audit-events.ts';
import { BOUNDARY_LEVELS, type BoundaryFormat, type BoundaryIssue, type BoundaryLevel } from '../../domain/boundaries/boundary-types.ts';
import { matchBoundaryCodes } from '../../domain/boundaries/match-boundary-codes.ts';
import { MAX_BOUNDARY_ISSUES } from '../../domain/boundaries/read-boundary-document.ts';
import { formatDateVi } from '../../domain/format/vi-format.ts';
import { hasControlCharacter } from '../../domain/units-file/cell-values.ts';
import { isIsoDate, todayInVietnam } from '../../domain/units/dates.ts';
import { listProvincesOfUnits } from '../../db/queries/access/scope-units.ts';
import { requireAction, requireUnitsInScope } from '../access/principal.ts';
import type { ServiceContext } from '../context.ts';
import { invalidInput, type ErrorDetail } from '../errors.ts';
import { readBoundaryFile } from './read-boundary-file.ts';

export interface ImportBoundariesInput {
  bytes: Uint8Array;
  fileName: string;
  /** The date codes are matched on (YYYY-MM-DD); default today in Vietnam. */
  at?: string | undefined;
  /** The property holding the unit code; default `code` or a usual name (ma, ma_xa, MaXa, ma_tinh, ma_dvhc…). */
  codeField?: string | undefined;
  /** The level of the file's units; default inferred from the field, a `level` property or the codes. */
  level?: string | undefined;
  /** The TopoJSON object to read; default the only one. */
  object?: string | undefined;
}

export interface BoundaryImportResult {
  batchId: number;
  format: BoundaryFormat;
  level: BoundaryLevel;
  at: string;
  codeField: string;
  objectName: string | null;
  /** Boundaries written: added (first boundary of the unit version) + replaced. */
  features: number;
  added: number;
  replaced: number;
  vertices: number;
  /** An earlier batch that imported the same bytes on the same date, if any. */
  sameFileBatchId: number | null;
  message: string;
  messageVi: string;
}

const MAX_FILE_NAME = 255;
const MAX_FIELD = 100;

/** Imports a boundary file; throws invalid_input with every problem (feature and field named) and writes nothing on any error. */
export async function importBoundaries(ctx: ServiceContext, input: ImportBoundariesInput): Promise<BoundaryImportResult> {
  requireAction(ctx, 'boundaries.import');
  const { at, level } = checkInput(input);
  const doc = await readBoundaryFile(input.bytes, { codeField: input.codeField, level, object: input.object });
  if (doc.issues.length > 0) throw refusal(doc.issues, doc.featureCount);
  if (doc.level === null || doc.codeField === null) {
    throw refusal(
      [
        {
          feature: 0,
          code: 'level.unknown',
          message: 'the level of the units cannot be told from their codes: give level',
          messageVi: 'không xác định được cấp đơn vị từ mã: hãy chỉ rõ cấp (level)',
        },
      ],
      doc.featureCount,
    );
  }
  const docLevel = doc.level;
  const codeField = doc.codeField;
  const sha256 = createHash('sha256').update(input.bytes).digest('hex');

  return ctx.db.transaction(async (tx) => {
    await lockBoundariesImport(tx);
    const units = await listUnitsForMatching(tx, at);
    const match = matchBoundaryCodes(doc.features, units, { level: docLevel, at, codeField });
    if (match.issues.length > 0) throw refusal(match.issues, doc.featureCount);

    const unitIds = match.matched.map((m) => m.unit.id);
    await requireUnitsInScope(
      ctx,
      unitIds,
      (id) => {
        const m = match.matched.find((x) => x.unit.id === id);
        return m ? `${m.unit.name} (${m.unit.code})` : `#${id}`;
      },
      tx,
    );
    const before = new Map((await listStoredBoundarySummaries(tx, unitIds)).map((b) => [b.unitId, b]));
    const same = await findBoundaryBatchBySha256(tx, sha256, at);
    const replaced = match.matched.filter((m) => before.has(m.unit.id)).length;
    const vertices = match.matched.reduce((n, m) => n + m.feature.vertices, 0);
    const counts = { features: match.matched.length, added: match.matched.length - replaced, replaced, vertices };
    const batchId = await insertBoundaryBatch(tx, {
      fileName: input.fileName,
      sha256,
      format: doc.format,
      level: docLevel,
      at,
      actor: ctx.actor,
      summary: { ...counts, codeField, object: doc.objectName },
    });
    await deleteUnitBoundaries(tx, [...before.keys()]);
    await insertUnitBoundaries(
      tx,
      match.matched.map((m) => ({ unitId: m.unit.id, geometryJson: JSON.stringify(m.feature.geometry), bbox: m.feature.bbox, vertices: m.feature.vertices })),
      batchId,
    );
    await insertAuditEvents(
      tx,
      {
        actor: ctx.actor,
        action: 'boundaries.import',
        entity: 'unit_boundary',
        reason: `boundary:${batchId} ${input.fileName}`,
        ip: ctx.ip,
        provinceIds: await listProvincesOfUnits(tx, unitIds),
      },
      match.matched.map((m) => {
        const old = before.get(m.unit.id);
        return {
          entityKey: m.unit.code,
          before: old ? { batchId: old.batchId, bbox: old.bbox, vertices: old.vertices } : null,
          after: { batchId, bbox: m.feature.bbox, vertices: m.feature.vertices },
        };
      }),
    );
    const levelVi = LEVEL_VI[docLevel];
    return {
      batchId,
      format: doc.format,
      level: docLevel,
      at,
      codeField,
      objectName: doc.objectName,
      ...counts,
      sameFileBatchId: same?.id ?? null,
      message: `imported as boundary batch ${batchId}: ${counts.features} ${docLevel} boundaries (${counts.added} new, ${counts.replaced} replaced), codes matched on ${at}`,
      messageVi: `đã nhập ranh giới (lần nhập số ${batchId}): ${counts.features} đơn vị cấp ${levelVi} (mới ${counts.added}, thay thế ${counts.replaced}), mã đối chiếu theo ngày ${formatDateVi(at)}`,
    };
  });
}

const LEVEL_VI: Record<BoundaryLevel, string> = { province: 'tỉnh', district: 'huyện', commune: 'xã' };

function checkInput(input: ImportBoundariesInput): { at: string; level: BoundaryLevel | undefined } {
  const bad = (field: string, value: string, en: string, vi: string) =>
    invalidInput(`${field}: ${en}`, `${field}: ${vi}`, [{ field, value, message: en, messageVi: vi }]);
  if (!(input.bytes instanceof Uint8Array)) throw bad('bytes', '', 'must be the bytes of the file', 'phải là nội dung tệp');
  const name = typeof input.fileName === 'string' ? input.fileName : '';
  if (!name || name.length > MAX_FILE_NAME || hasControlCharacter(name)) {
    throw bad('fileName', name.slice(0, 80), `must be plain text of 1 to ${MAX_FILE_NAME} characters`, `phải là văn bản thường, 1 đến ${MAX_FILE_NAME} ký tự`);
  }
  const at = input.at ?? todayInVietnam();
  if (typeof at !== 'string' || !isIsoDate(at)) throw bad('at', String(at), 'must be a date YYYY-MM-DD', 'phải là ngày dạng YYYY-MM-DD');
  for (const field of ['codeField', 'object'] as const) {
    const v = input[field];
    if (v !== undefined && (typeof v !== 'string' || v.trim() === '' || v.length > MAX_FIELD || hasControlCharacter(v))) {
      throw bad(field, String(v).slice(0, 80), `must be a name of 1 to ${MAX_FIELD} characters`, `phải là tên dài 1 đến ${MAX_FIELD} ký tự`);
    }
  }
  const level = input.level;
  if (level !== undefined && !BOUNDARY_LEVELS.includes(level as BoundaryLevel)) {
    throw bad('level', String(level), `must be ${BOUNDARY_LEVELS.join(', ')}`, `phải là ${BOUNDARY_LEVELS.join(', ')}`);
  }
  return { at, level: level as BoundaryLevel | undefined };
}

/** The refusal of a file: every problem (at most MAX_BOUNDARY_ISSUES listed), nothing written. */
function refusal(issues: readonly BoundaryIssue[], featureCount: number): Error {
  const details: ErrorDetail[] = issues.slice(0, MAX_BOUNDARY_ISSUES).map((i) => ({
    ...(i.feature > 0 ? { row: i.feature } : {}),
    ...(i.field !== undefined ? { field: i.field } : {}),
    ...(i.value !== undefined ? { value: i.value } : {}),
    code: i.code,
    message: i.message,
    messageVi: i.messageVi,
  }));
  if (issues.length > MAX_BOUNDARY_ISSUES) {
    const more = issues.length - MAX_BOUNDARY_ISSUES;
    details.push({ code: 'more', message: `… and ${more} more problem(s)`, messageVi: `… và ${more} lỗi khác` });
  }
  const n = issues.length;
  const of = featureCount > 0 ? ` (${featureCount} features)` : '';
  const ofVi = featureCount > 0 ? ` (${featureCount} đối tượng)` : '';
  const first = issues[0];
  const head = n === 1 && first ? { en: first.message, vi: first.messageVi } : { en: `the file has ${n} problems${of}`, vi: `tệp có ${n} lỗi${ofVi}` };
  return invalidInput(`${head.en}; nothing was imported`, `${head.vi}; không có gì được nhập`, details);
}
