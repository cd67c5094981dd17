/**
 * Use cases `units diff` and `units import`: compare a GSO catalogue export, a village list or a table of
 * unit attributes with the register on an effective date, and apply it in one transaction, all or nothing.
 */
import { rebuildAnalyticsIn } from '../analytics/rollups.ts';
import { createHash } from 'node:crypto';
import type { Queryable } from '../../db/database.ts';
import { findImportBatchBySha256 } from '../../db/queries/units-import/find-import-batch-by-sha256.ts';
import { lockUnitsImport } from '../../db/queries/units-import/lock-units-import.ts';
import { formatDateVi } from '../../domain/format/vi-format.ts';
import { buildUnreadDiff, diffParsedUnitsFile, type DiffFileInfo } from '../../domain/units-file/diff-units-file.ts';
import { hasControlCharacter } from '../../domain/units-file/cell-values.ts';
import { readUnitsSheets } from '../../domain/units-file/read-units-sheets.ts';
import type { UnitsDiff, UnitsDiffCounts, UnitsImportPlan } from '../../domain/units-file/units-diff-types.ts';
import { UNITS_FILE_KINDS, type ParsedUnitsFile, type UnitsFileKind } from '../../domain/units-file/units-file-types.ts';
import { isIsoDate } from '../../domain/units/dates.ts';
import { requireAction } from '../access/principal.ts';
import type { ServiceContext } from '../context.ts';
import { conflict, invalidInput } from '../errors.ts';
import { applyUnitsImport } from './apply-units-import.ts';
import { decodeUnitsFile } from './decode-units-file.ts';
import { loadRegisterSnapshot } from './load-register-snapshot.ts';

export type { UnitsDiff, UnitsDiffCounts, UnitChange, UnitChangeKind, UnitState, LineageChange } from '../../domain/units-file/units-diff-types.ts';
export type { FileIssue, UnitsFileKind } from '../../domain/units-file/units-file-types.ts';
export { formatUnitsDiffText } from './format-units-diff.ts';

export interface UnitsFileInput {
  fileName: string;
  bytes: Uint8Array;
  /** First day the file's list is in force (YYYY-MM-DD): valid_from of the new versions. */
  effectiveDate: string;
  /** The decision or resolution behind the change, written on lineage edges and the batch. */
  legalBasis?: string | undefined;
  /** Forces the kind instead of detecting it from the headers. */
  kind?: UnitsFileKind | undefined;
}

export interface UnitsImportResult {
  /** The unit_import_batch row written; null when the register already matched the file. */
  batchId: number | null;
  applied: boolean;
  counts: UnitsDiffCounts;
  /** The last batch that imported the same bytes on the same date, when there is one. */
  sameFileBatchId: number | null;
  message: string;
  messageVi: string;
  diff: UnitsDiff;
}

const MAX_LEGAL_BASIS = 500;
const MAX_FILE_NAME = 255;

function checkInput(input: UnitsFileInput): void {
  const bad = (field: string, value: string, en: string, vi: string) => invalidInput(`${field}: ${en}`, `${field}: ${vi}`, [{ field, value, message: en }]);
  if (typeof input.effectiveDate !== 'string' || !isIsoDate(input.effectiveDate)) {
    throw bad('effectiveDate', String(input.effectiveDate), 'must be a date YYYY-MM-DD', 'phải là ngày dạng YYYY-MM-DD');
  }
  if (!(input.bytes instanceof Uint8Array)) throw bad('bytes', '', 'must be the bytes of the file', 'phải là nội dung tệp');
  if (input.kind !== undefined && !UNITS_FILE_KINDS.includes(input.kind)) {
    const choices = UNITS_FILE_KINDS.map((k) => `"${k}"`);
    throw bad('kind', String(input.kind), `must be ${choices.join(', ')}`, `phải là ${choices.join(', ')}`);
  }
  const lb = input.legalBasis;
  if (lb !== undefined && (typeof lb !== 'string' || lb.length > MAX_LEGAL_BASIS || hasControlCharacter(lb))) {
    throw bad(
      'legalBasis',
      String(lb).slice(0, 80),
      `must be plain text of at most ${MAX_LEGAL_BASIS} characters`,
      `phải là văn bản thường, tối đa ${MAX_LEGAL_BASIS} ký tự`,
    );
  }
  const name = typeof input.fileName === 'string' ? input.fileName : '';
  if (!name || name.length > MAX_FILE_NAME || hasControlCharacter(name)) {
    throw bad('fileName', name.slice(0, 80), `must be plain text of 1 to ${MAX_FILE_NAME} characters`, `phải là văn bản thường, 1 đến ${MAX_FILE_NAME} ký tự`);
  }
}

interface ReadFile {
  file: DiffFileInfo;
  parsed?: ParsedUnitsFile;
  unread: UnitsDiff;
  parseIssues: UnitsDiff['errors'];
}

async function readFile(input: UnitsFileInput): Promise<ReadFile> {
  checkInput(input);
  const decoded = await decodeUnitsFile(input.bytes, input.kind);
  const read = readUnitsSheets(decoded.sheets, { kind: input.kind, effectiveDate: input.effectiveDate });
  const file: DiffFileInfo = { name: input.fileName, sha256: createHash('sha256').update(input.bytes).digest('hex'), format: decoded.format };
  if (read.sheet !== undefined && decoded.format === 'xlsx') file.sheet = read.sheet;
  if (decoded.textEncoding) file.textEncoding = decoded.textEncoding;
  if (decoded.converted.length > 0) file.convertedColumns = decoded.converted;
  const parseIssues = [...decoded.issues, ...read.issues];
  const unread = buildUnreadDiff(read.parsed?.kind ?? input.kind ?? 'catalogue', input.effectiveDate, file, parseIssues);
  return { file, parsed: read.parsed, unread, parseIssues };
}

async function diffOn(db: Queryable, r: ReadFile, effectiveDate: string): Promise<{ diff: UnitsDiff; plan?: UnitsImportPlan }> {
  if (!r.parsed) return { diff: r.unread };
  const snapshot = await loadRegisterSnapshot(db, r.parsed, effectiveDate);
  return diffParsedUnitsFile(r.parsed, snapshot, effectiveDate, r.file, r.parseIssues);
}

/** Shows what a units file would change on its effective date; file problems are returned in `errors`, not thrown. */
export async function diffUnitsFile(ctx: ServiceContext, input: UnitsFileInput): Promise<UnitsDiff> {
  // The register is the country's: changed by an administrator scoped to the whole country.
  requireAction(ctx, 'units.import');
  const r = await readFile(input);
  return (await diffOn(ctx.db, r, input.effectiveDate)).diff;
}

/** Applies a units file in one transaction; throws invalid_input (or conflict, for history) with every problem, writing nothing. */
export async function importUnitsFile(ctx: ServiceContext, input: UnitsFileInput): Promise<UnitsImportResult> {
  requireAction(ctx, 'units.import');
  const r = await readFile(input);
  const eff = input.effectiveDate;
  return ctx.db.transaction(async (tx) => {
    await lockUnitsImport(tx);
    const { diff, plan } = await diffOn(tx, r, eff);
    if (diff.errors.length > 0) {
      const n = diff.errors.length;
      const onlyHistory = diff.errors.every((e) => e.code === 'history_conflict');
      const make = onlyHistory ? conflict : invalidInput;
      throw make(
        onlyHistory ? `${n} change(s) would rewrite history recorded after ${eff}; nothing was imported` : `the file has ${n} problem(s); nothing was imported`,
        onlyHistory ? `${n} thay đổi sẽ sửa lịch sử đã ghi sau ngày ${formatDateVi(eff)}; không có gì được nhập` : `tệp có ${n} lỗi; không có gì được nhập`,
        diff.errors,
      );
    }
    const same = await findImportBatchBySha256(tx, r.file.sha256, eff);
    const base = { counts: diff.counts, sameFileBatchId: same?.id ?? null, diff };
    if (!diff.hasChanges || !plan) {
      const again = same ? ` (the same file was imported as batch ${same.id})` : '';
      const againVi = same ? ` (tệp này đã được nhập ở lần nhập số ${same.id})` : '';
      return {
        ...base,
        batchId: null,
        applied: false,
        message: `nothing to change: the register already matches the file on ${eff}${again}`,
        messageVi: `không có gì thay đổi: dữ liệu đã khớp với tệp vào ngày ${formatDateVi(eff)}${againVi}`,
      };
    }
    const batchId = await applyUnitsImportAndRollups(tx, plan, {
      kind: diff.kind,
      fileName: input.fileName,
      sha256: r.file.sha256,
      effectiveDate: eff,
      legalBasis: input.legalBasis?.trim() || null,
      actor: ctx.actor,
      ip: ctx.ip,
      summary: { counts: diff.counts, scope: diff.scope, format: r.file.format, sheet: r.file.sheet ?? null, lineage: diff.lineage.length },
    });
    const c = diff.counts;
    // An attributes file only ever sets figures: the other counts would always read 0.
    const done =
      diff.kind === 'attributes'
        ? { en: `${c.attributes} unit(s) with new figures`, vi: `cập nhật số liệu ${c.attributes} đơn vị` }
        : {
            en: `${c.added} added, ${c.renamed} renamed, ${c.retyped} retyped, ${c.reparented} moved, ${c.ended} ended, ${c.attributes} with new figures`,
            vi: `thêm ${c.added}, đổi tên ${c.renamed}, đổi loại ${c.retyped}, đổi cấp trên ${c.reparented}, chấm dứt ${c.ended}, cập nhật số liệu ${c.attributes}`,
          };
    return {
      ...base,
      batchId,
      applied: true,
      message: `imported as batch ${batchId}: ${done.en}`,
      messageVi: `đã nhập (lần nhập số ${batchId}): ${done.vi}`,
    };
  });
}

/** Applies the plan, then recomputes the flattened hierarchy and the sums above stored values (villages moved, communes merged). */
async function applyUnitsImportAndRollups(tx: Queryable, ...args: Parameters<typeof applyUnitsImport> extends [unknown, ...infer R] ? R : never) {
  const batchId = await applyUnitsImport(tx, ...args);
  await rebuildAnalyticsIn(tx);
  return batchId;
}
