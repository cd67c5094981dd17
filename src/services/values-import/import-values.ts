/**
 * `ictmon import FILE`: reads a values file as a stream, checks every row, stages the values on a
 * session of their own and stores them all in one transaction, or nothing. A refused file comes back
 * with every problem named by row, column and reason.
 */
import { basename } from 'node:path';
import { listUnitIndexRows } from '../../db/queries/values/list-unit-index-rows.ts';
import {
  ANALYZE_AFTER_ROWS,
  analyzeValues,
  applyStage,
  copyIntoStage,
  createValueStage,
  diffStage,
  dropValueStage,
  indexStage,
} from '../../db/queries/values/value-stage.ts';
import { INDICATOR_CATALOGUE_VERSION, SECTOR_CATALOGUE } from '../../domain/indicators/sector-catalogue.ts';
import { formatFigureVi } from '../../domain/format/vi-format.ts';
import { periodLabel } from '../../domain/periods/period-text.ts';
import { todayInVietnam } from '../../domain/units/dates.ts';
import { ValueRowReader } from '../../domain/values-file/read-value-row.ts';
import { UnitIndex } from '../../domain/values-file/unit-index.ts';
import { describeRole, indicatorAliases } from '../../domain/values-file/value-columns.ts';
import { valueIssue, type ValueIssue } from '../../domain/values-file/value-issue.ts';
import type { ValueRecord } from '../../domain/values/value-types.ts';
import type { ServiceContext } from '../context.ts';
import { readPeriodInput } from '../values/period-input.ts';
import { STAGE_CHUNK, checkStage } from '../values/store-values.ts';
import { refreshRollupsForBatch } from '../analytics/rollups.ts';
import { requireAction } from '../access/principal.ts';
import { submissionsOfBatch, submitSubmissionsOfBatch } from '../review/submissions.ts';
import { checkStageAccess, newSubmissionState } from '../review/write-gate.ts';
import { invalidInput } from '../errors.ts';
import { sha256File } from './file-hash.ts';
import { MAX_LISTED_ISSUES, type ImportProgress, type ValueImportOptions, type ValueImportResult } from './import-types.ts';
import { MAX_DATA_ROWS, tooManyRows } from './row-source.ts';
import { openValueSheet } from './value-sheet.ts';

/** Collects issues: every one counted by code, the first MAX_LISTED_ISSUES listed. */
class IssueList {
  readonly listed: ValueIssue[] = [];
  readonly byCode: Record<string, number> = {};
  count = 0;
  add(issue: ValueIssue): void {
    this.count++;
    this.byCode[issue.code] = (this.byCode[issue.code] ?? 0) + 1;
    if (this.listed.length < MAX_LISTED_ISSUES) this.listed.push(issue);
  }
  /** Adds a check's listed issues, and counts by kind those it found beyond them. */
  addChecked(check: { issues: readonly ValueIssue[]; totals: Record<string, number> }): void {
    for (const issue of check.issues) this.add(issue);
    for (const [code, total] of Object.entries(check.totals)) {
      const listed = check.issues.filter((i) => i.code === code).length;
      if (total > listed) {
        this.count += total - listed;
        this.byCode[code] = (this.byCode[code] ?? 0) + total - listed;
      }
    }
  }
}

/** Imports (or, with dryRun, checks) the values file at `path`. Throws only for a file that cannot be read at all. */
export async function importValuesFile(
  ctx: ServiceContext,
  file: { path: string; fileName?: string },
  options: ValueImportOptions = {},
): Promise<ValueImportResult> {
  const catalogue = SECTOR_CATALOGUE;
  const fileName = file.fileName ?? basename(file.path);
  const defaultPeriod = readPeriodInput(options.period);
  const series = options.series ?? 'actual';
  const decision = readDecision(options.decision);
  const dryRun = options.dryRun ?? false;
  // An account enters figures (and plan targets, if an administrator); the public changes nothing.
  requireAction(ctx, series === 'plan' ? 'values.plan' : 'values.enter');
  const found = await openValueSheet(file.path, catalogue, options.maxRows);
  const source = found.ok ? found.sheet.source : found.source;
  const fileSha256 = await sha256File(file.path);
  const errors = new IssueList();
  const warnings: ValueIssue[] = [];
  const result: ValueImportResult = {
    outcome: 'rejected',
    dryRun,
    fileName,
    fileSha256,
    fileBytes: source.totalBytes,
    format: source.format,
    ...(source.textEncoding ? { textEncoding: source.textEncoding } : {}),
    convertedColumns: [],
    sheet: '',
    layout: 'wide',
    headerRow: 0,
    columns: [],
    rowsRead: 0,
    values: 0,
    inserted: 0,
    updated: 0,
    unchanged: 0,
    periods: [],
    indicators: [],
    errors: [],
    errorCount: 0,
    warnings,
    errorsByCode: {},
    sample: [],
  };
  const finish = (): ValueImportResult => {
    result.errors = errors.listed;
    result.errorCount = errors.count;
    result.errorsByCode = errors.byCode;
    if (errors.count > 0) result.outcome = 'rejected';
    options.onProgress?.({ phase: 'done', bytesRead: source.totalBytes, totalBytes: source.totalBytes, rowsRead: result.rowsRead });
    return result;
  };

  if (!found.ok) {
    const seen = found.headerGuess.length ? ` (the first header-like row has: ${found.headerGuess.slice(0, 12).join(' | ')})` : '';
    const seenVi = found.headerGuess.length ? ` (dòng giống tiêu đề nhất có: ${found.headerGuess.slice(0, 12).join(' | ')})` : '';
    errors.add(
      valueIssue(
        'missing_column',
        { field: 'Mã đơn vị' },
        `no header row with a unit code column ("Mã đơn vị", "Mã xã", "Mã thôn"…) and indicator columns was found in the first 30 rows of ${found.sheets.length > 1 ? `any of the sheets ${found.sheets.join(', ')}` : 'the file'}${seen}`,
        `không tìm thấy dòng tiêu đề có cột mã đơn vị ("Mã đơn vị", "Mã xã", "Mã thôn"…) và các cột chỉ tiêu trong 30 dòng đầu của ${found.sheets.length > 1 ? `các trang ${found.sheets.join(', ')}` : 'tệp'}${seenVi}`,
      ),
    );
    return finish();
  }

  const sheet = found.sheet;
  const { layout } = sheet;
  result.sheet = sheet.name;
  result.layout = layout.layout;
  result.headerRow = layout.headerRow;
  result.columns = layout.columns.map((c) => ({ label: c.label, meaning: describeRole(c.role, catalogue, 'vi') }));
  result.convertedColumns = sheet.fonts.converted.map((c) => ({
    sheet: sheet.name,
    column: layout.columns.find((x) => x.index === c.column)?.label ?? `#${c.column + 1}`,
    encoding: c.encoding,
  }));
  for (const c of result.convertedColumns) {
    warnings.push(
      valueIssue(
        'converted_text',
        { field: c.column },
        `text typed in the ${c.encoding.toUpperCase()} font was converted to Unicode`,
        `chữ gõ bằng phông ${c.encoding.toUpperCase()} đã được chuyển sang Unicode`,
      ),
    );
  }
  for (const u of layout.unknown) {
    warnings.push(
      valueIssue(
        'ignored_column',
        { row: layout.headerRow, field: u.label },
        'not an indicator of the catalogue: the column is ignored',
        'không phải chỉ tiêu trong danh mục: cột này được bỏ qua',
      ),
    );
  }
  for (const r of layout.repeated) {
    errors.add(valueIssue('duplicate_column', { row: layout.headerRow, field: r.label }, `repeats the column "${r.first}"`, `trùng với cột "${r.first}"`));
  }
  if (sheet.skippedSheets.length > 0) {
    warnings.push(
      valueIssue(
        'ignored_sheet',
        { field: sheet.skippedSheets.join(', ') },
        `sheets without values were skipped: ${sheet.skippedSheets.join(', ')}`,
        `đã bỏ qua các trang không có số liệu: ${sheet.skippedSheets.join(', ')}`,
      ),
    );
  }
  const period = defaultPeriod ?? sheet.titlePeriod;
  if (!defaultPeriod && sheet.titlePeriod) {
    warnings.push(
      valueIssue(
        'period_from_title',
        {},
        `rows without a period are taken as ${periodLabel(sheet.titlePeriod, 'en')}, as the title says`,
        `các dòng không ghi kỳ được hiểu là ${periodLabel(sheet.titlePeriod, 'vi')}, theo tiêu đề của tệp`,
      ),
    );
  }

  const units = new UnitIndex(await listUnitIndexRows(ctx.db));
  const reader = new ValueRowReader({
    catalogue,
    units,
    layout,
    aliases: indicatorAliases(catalogue),
    defaultPeriod: period,
    defaultSeries: series,
    today: todayInVietnam(),
  });
  const periods = new Set<string>();
  const indicators = new Set<string>();
  let rounded = 0;
  let lastProgress = 0;
  const progress = (phase: ImportProgress['phase']) =>
    options.onProgress?.({ phase, bytesRead: source.bytesRead(), totalBytes: source.totalBytes, rowsRead: result.rowsRead });
  const unitLabel = (id: number) => {
    const u = units.unitById(id);
    return u ? `${u.fullName} (${u.code})` : `#${id}`;
  };

  return ctx.db.session(async (session) => {
    const stage = await createValueStage(session);
    try {
      let pending: ValueRecord[] = [];
      // One COPY in flight while the next rows are read: parsing (here) and storing (the engine) overlap.
      let inflight: Promise<void> | undefined;
      const flush = async () => {
        const batch = pending;
        pending = [];
        if (inflight) await inflight;
        inflight = copyIntoStage(session, stage, batch);
        inflight.catch(() => undefined);
      };
      const maxRows = options.maxRows ?? MAX_DATA_ROWS;
      for await (const row of sheet.rows) {
        const r = reader.read(row.row, row.cells);
        if (r.skipped) continue;
        if (++result.rowsRead > maxRows) throw tooManyRows(maxRows);
        for (const issue of r.issues) errors.add(issue);
        rounded += r.rounded;
        for (const rec of r.records) {
          pending.push(rec);
          periods.add(rec.period);
          indicators.add(rec.indicatorCode);
          if (result.sample.length < 5) {
            const u = units.unitById(rec.unitId)!;
            result.sample.push({
              row: rec.sourceRow ?? 0,
              unitCode: u.code,
              unitName: u.fullName,
              indicator: rec.indicatorCode,
              period: rec.period,
              breakdown: rec.breakdown,
              value:
                typeof rec.value === 'number'
                  ? formatFigureVi(rec.value, catalogue.byCode.get(rec.indicatorCode)?.decimals ?? 2)
                  : typeof rec.value === 'boolean'
                    ? rec.value
                      ? 'Có'
                      : 'Không'
                    : rec.value,
            });
          }
        }
        result.values += r.records.length;
        if (pending.length >= STAGE_CHUNK) await flush();
        if (result.rowsRead - lastProgress >= 5000) {
          lastProgress = result.rowsRead;
          progress('reading');
        }
      }
      await flush();
      await inflight;
      result.periods = [...periods].sort();
      result.indicators = [...indicators].sort();
      if (rounded > 0) {
        warnings.push(
          valueIssue(
            'rounded',
            {},
            `${rounded} spreadsheet numbers carried floating-point noise (0.30000000000000004) and were rounded to the indicator's decimals`,
            `${rounded} số trong bảng tính có sai số dấu phẩy động (0,30000000000000004) và đã được làm tròn theo số chữ số thập phân của chỉ tiêu`,
          ),
        );
      }
      if (result.values === 0 && errors.count === 0) {
        errors.add(valueIssue('no_values', {}, 'the file holds no values', 'tệp không có số liệu nào'));
      }
      progress('checking');
      await indexStage(session, stage);
      // Issues beyond those listed are counted, by kind.
      errors.addChecked(await checkStage(session, stage, unitLabel, Math.max(0, MAX_LISTED_ISSUES - errors.listed.length)));
      // What this account may not write: outside its scope, another operator's figures, locked or closed periods.
      errors.addChecked(await checkStageAccess(session, stage, ctx, unitLabel, Math.max(0, MAX_LISTED_ISSUES - errors.listed.length)));
      if (errors.count > 0) return finish();
      if (dryRun) {
        Object.assign(result, await diffStage(session, stage));
        result.outcome = result.inserted + result.updated === 0 ? 'unchanged' : 'accepted';
        return finish();
      }
      progress('writing');
      // The diff is taken inside the transaction, under the lock; a file that changes nothing is rolled back.
      const applied = await session.transaction((tx) =>
        applyStage(tx, stage, {
          kind: 'file',
          fileName,
          fileSha256,
          fileBytes: source.totalBytes,
          format: source.format,
          actor: ctx.actor,
          catalogueVersion: INDICATOR_CATALOGUE_VERSION,
          rowsRead: result.rowsRead,
          summary: {
            sheet: sheet.name,
            layout: layout.layout,
            textEncoding: source.textEncoding ?? null,
            periods: result.periods,
            indicators: result.indicators,
            values: result.values,
            warnings: warnings.map((w) => w.code),
          },
          status: newSubmissionState(ctx),
          ip: ctx.ip,
          decision,
        }).then(async (r) => {
          // Submitted for review with the file when asked (an operator's API upload, "gửi duyệt ngay").
          if (r.batchId !== undefined && options.submit) await submitSubmissionsOfBatch(tx, ctx, r.batchId);
          // The sums above the new values, in the same transaction: visible the moment the file is stored.
          if (r.batchId !== undefined) await refreshRollupsForBatch(tx, r.batchId);
          return { ...r, submissions: r.batchId === undefined ? [] : await submissionsOfBatch(tx, r.batchId) };
        }),
      );
      result.inserted = applied.inserted;
      result.updated = applied.updated;
      result.unchanged = applied.unchanged;
      if (applied.batchId === undefined) {
        result.outcome = 'unchanged';
        return finish();
      }
      result.batchId = applied.batchId;
      result.submissions = applied.submissions;
      result.outcome = 'accepted';
      if (applied.inserted + applied.updated >= ANALYZE_AFTER_ROWS) await analyzeValues(session);
      return finish();
    } finally {
      await dropValueStage(session, stage).catch(() => undefined);
    }
  });
}

/** The short text of a result for logs: "accepted: 1.234 values (1.200 new, 34 changed)". */
export function summariseImport(result: ValueImportResult): string {
  if (result.outcome === 'rejected') return `rejected: ${result.errorCount} problems`;
  return `${result.outcome}: ${result.values} values (${result.inserted} new, ${result.updated} changed, ${result.unchanged} unchanged)`;
}

/** The decision that set a file's plan targets: trimmed, one line, at most 300 characters. */
function readDecision(text: string | undefined): string | null {
  const d = text?.trim() ?? '';
  if (d === '') return null;
  if (d.length > 300 || /[\u0000-\u001f\u007f]/.test(d)) {
    throw invalidInput('the decision must be one line of at most 300 characters', 'căn cứ (quyết định) phải là một dòng, tối đa 300 ký tự', [
      { field: 'decision', value: d.slice(0, 60), message: 'one line, at most 300 characters', messageVi: 'một dòng, tối đa 300 ký tự' },
    ]);
  }
  return d;
}
