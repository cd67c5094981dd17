/** `ictmon import`, `ictmon template` and `ictmon values`: indicator values in and out. */
import { statSync, writeFileSync } from 'node:fs';
import { basename } from 'node:path';
import { Command, Option } from 'commander';
import { INDICATOR_AREAS, type IndicatorArea } from '../../domain/indicators/indicator-types.ts';
import { formatNumberVi } from '../../domain/format/vi-format.ts';
import { fileTooLarge, invalidInput } from '../../services/errors.ts';
import type { ImportProgress, ValueImportResult } from '../../services/values-import/import-types.ts';
import { MAX_VALUES_FILE_BYTES } from '../../services/values-import/row-source.ts';
import type { ValueView } from '../../services/values/list-values.ts';
import { renderRows, parseFormat, type Column } from '../output.ts';
import { resolveLang, withBackend, type GlobalOptions, type Lang } from '../runtime.ts';

/** A one-line progress bar on stderr, only when stderr is a terminal. */
function progressBar(enabled: boolean, lang: Lang): { update(p: ImportProgress): void; done(): void } {
  if (!enabled) return { update() {}, done() {} };
  const phases: Record<string, [string, string]> = {
    reading: ['đọc tệp', 'reading'],
    checking: ['kiểm tra', 'checking'],
    writing: ['ghi dữ liệu', 'writing'],
    done: ['xong', 'done'],
  };
  let last = 0;
  return {
    update(p) {
      const now = Date.now();
      if (now - last < 100 && p.phase === 'reading') return;
      last = now;
      const ratio = p.totalBytes > 0 ? Math.min(1, p.bytesRead / p.totalBytes) : 0;
      const width = 30;
      const filled = Math.round(ratio * width);
      const label = phases[p.phase]?.[lang === 'vi' ? 0 : 1] ?? p.phase;
      const rows = lang === 'vi' ? `${formatNumberVi(p.rowsRead)} dòng` : `${p.rowsRead.toLocaleString('en')} rows`;
      process.stderr.write(`\r[${'#'.repeat(filled)}${'.'.repeat(width - filled)}] ${Math.round(ratio * 100)}% ${label} · ${rows}   `);
    },
    done() {
      process.stderr.write('\r\x1b[K');
    },
  };
}

/** Progress as plain lines on stderr ("progress reading 40000 rows 12%"), at most a few a second. */
function progressLines(): { update(p: ImportProgress): void; done(): void } {
  let last = 0;
  return {
    update(p) {
      const now = Date.now();
      if (now - last < 200 && p.phase === 'reading') return;
      last = now;
      const pct = p.totalBytes > 0 ? Math.round((100 * Math.min(p.bytesRead, p.totalBytes)) / p.totalBytes) : 0;
      process.stderr.write(`progress ${p.phase} ${p.rowsRead} rows ${pct}%\n`);
    },
    done() {},
  };
}

/** The result in words: what was read and stored, then every problem listed by row and column. */
export function formatImportText(r: ValueImportResult, lang: Lang): string {
  const vi = lang === 'vi';
  const n = (x: number) => (vi ? formatNumberVi(x) : x.toLocaleString('en'));
  const lines: string[] = [];
  const enc = r.textEncoding ? `, ${r.textEncoding}` : '';
  lines.push(
    `${r.fileName} (${r.format}${enc}; ${vi ? 'trang' : 'sheet'} ${r.sheet || '—'}; ${vi ? 'tiêu đề ở dòng' : 'header at row'} ${r.headerRow || '—'})`,
  );
  for (const c of r.columns) lines.push(`  ${c.label} → ${c.meaning}`);
  lines.push(
    vi
      ? `${n(r.rowsRead)} dòng, ${n(r.values)} giá trị; kỳ: ${r.periods.join(', ') || '—'}`
      : `${n(r.rowsRead)} rows, ${n(r.values)} values; periods: ${r.periods.join(', ') || '—'}`,
  );
  for (const w of r.warnings) lines.push(`${vi ? 'lưu ý' : 'note'}: ${w.field ? `${w.field}: ` : ''}${vi ? w.messageVi : w.message}`);
  if (r.outcome === 'rejected') {
    lines.push(vi ? `TỪ CHỐI: ${n(r.errorCount)} lỗi; không lưu gì.` : `REFUSED: ${n(r.errorCount)} problems; nothing was stored.`);
    for (const e of r.errors) {
      const at = `${e.row !== undefined ? `${vi ? 'dòng' : 'row'} ${e.row}` : vi ? 'tệp' : 'file'}${e.field ? `, ${e.field}` : ''}`;
      const value = e.value !== undefined && e.value !== '' ? ` "${e.value}"` : '';
      lines.push(`  ${at}${value}: ${vi ? e.messageVi : e.message} [${e.code}]`);
    }
    if (r.errorCount > r.errors.length)
      lines.push(vi ? `  … và ${n(r.errorCount - r.errors.length)} lỗi khác` : `  … and ${n(r.errorCount - r.errors.length)} more`);
    return lines.join('\n');
  }
  const counts = vi
    ? `${n(r.inserted)} mới, ${n(r.updated)} thay đổi, ${n(r.unchanged)} không đổi`
    : `${n(r.inserted)} new, ${n(r.updated)} changed, ${n(r.unchanged)} unchanged`;
  if (r.outcome === 'unchanged')
    lines.push(vi ? `Không có gì thay đổi: mọi giá trị đã được lưu (${counts}).` : `Nothing changes: every value is already stored (${counts}).`);
  else if (r.dryRun) lines.push(vi ? `HỢP LỆ (chạy thử, chưa lưu): ${counts}.` : `VALID (dry run, nothing stored): ${counts}.`);
  else lines.push(vi ? `ĐÃ NHẬP lô ${r.batchId}: ${counts}.` : `IMPORTED as batch ${r.batchId}: ${counts}.`);
  return lines.join('\n');
}

export function importCommand(globals: () => GlobalOptions): Command {
  return new Command('import')
    .description(
      'import indicator values from a CSV or XLSX file: all of them or, on any problem, none (nhập số liệu chỉ tiêu)\n' +
        'Reads templates (ictmon template) and messy real files: title rows, two-row headers, "1.463,5", "96%", Có/Không,\n' +
        'TCVN3/VNI/Windows-1258 text. Every problem is listed by row and column. See docs/values-files.md.\n' +
        'Exit status: 0 stored or nothing to change, 1 refused.',
    )
    .argument('<file>', 'the CSV or XLSX file (at most 100 MB)')
    .option('--dry-run', 'check and show what would be stored, store nothing (chạy thử)')
    .option('--period <period>', 'period of rows without one: 2024, 2024S1, 2024Q3, 2024M07, "Quý III/2024" (kỳ báo cáo)')
    .addOption(new Option('--series <series>', 'actual figures or the plan (thực hiện / kế hoạch)').choices(['actual', 'plan']).default('actual'))
    .option('--decision <text>', 'the decision that set the plan targets, shown beside every plan figure ("Quyết định số 25/QĐ-UBND ngày 15/01/2024")')
    .option('--report <file.xlsx>', 'when refused, write the error report there (bad cells marked)')
    .option('--submit', 'submit the figures for review once stored (with an account; the installation’s own figures are approved as stored)')
    .option('--progress', 'print progress lines on stderr even when it is not a terminal (for logs and scripts)')
    .addOption(new Option('--format <format>', 'output: text or json').choices(['text', 'json']).default('text'))
    .action(
      async (
        file: string,
        o: {
          dryRun?: boolean;
          period?: string;
          series: 'actual' | 'plan';
          decision?: string;
          report?: string;
          submit?: boolean;
          progress?: boolean;
          format: string;
        },
      ) => {
        let size: number;
        try {
          size = statSync(file).size;
        } catch {
          throw invalidInput(`cannot read ${file}`, `không đọc được tệp ${file}`);
        }
        if (size > MAX_VALUES_FILE_BYTES) throw fileTooLarge(MAX_VALUES_FILE_BYTES);
        const lang = resolveLang(globals());
        const bar = o.progress ? progressLines() : progressBar(o.format === 'text' && Boolean(process.stderr.isTTY), lang);
        const { result, report } = await withBackend(globals(), 'ictmon import', (b) =>
          b.importValues({
            path: file,
            fileName: basename(file),
            dryRun: Boolean(o.dryRun),
            period: o.period,
            series: o.series,
            decision: o.decision,
            submit: Boolean(o.submit),
            wantReport: Boolean(o.report),
            onProgress: (p) => bar.update(p),
          }),
        );
        bar.done();
        if (report && o.report) writeFileSync(o.report, report);
        console.log(o.format === 'json' ? JSON.stringify(result, null, 2) : formatImportText(result, lang));
        if (report && o.report && o.format !== 'json') console.log(lang === 'vi' ? `Báo cáo lỗi: ${o.report}` : `Error report: ${o.report}`);
        if (result.outcome === 'rejected') process.exitCode = 1;
      },
    );
}

export function templateCommand(globals: () => GlobalOptions): Command {
  return new Command('template')
    .description('write a template for values: one row per unit of a province or commune, one column per indicator of a set (mẫu nhập số liệu)')
    .addOption(new Option('--area <area>', 'indicator set').choices([...INDICATOR_AREAS]).makeOptionMandatory())
    .requiredOption('--unit <code>', 'province or commune whose units the rows list (e.g. 06, 01840)')
    .requiredOption('--period <period>', 'the period the template is for: 2024, 2024Q4, "Quý IV/2024"')
    .addOption(new Option('--level <level>', 'level of the rows (default: the finest the set has under --unit)').choices(['village', 'commune', 'province']))
    .addOption(new Option('--format <format>', 'file type').choices(['xlsx', 'csv']).default('xlsx'))
    .option('-o, --output <file>', 'where to write it (default: a name from the set, unit and period, in the current folder)')
    .action(
      async (o: { area: IndicatorArea; unit: string; period: string; level?: 'village' | 'commune' | 'province'; format: 'xlsx' | 'csv'; output?: string }) => {
        const file = await withBackend(globals(), 'ictmon template', (b) =>
          b.valueTemplate({ area: o.area, unit: o.unit, period: o.period, format: o.format, ...(o.level ? { level: o.level } : {}) }),
        );
        const out = o.output ?? file.fileName;
        writeFileSync(out, file.bytes);
        console.log(out);
      },
    );
}

const valueColumns: Column<ValueView>[] = [
  { header: 'unit', value: (r) => r.unitCode },
  { header: 'name', value: (r) => r.unitName },
  { header: 'indicator', value: (r) => r.indicatorCode },
  { header: 'period', value: (r) => r.period },
  { header: 'part', value: (r) => r.breakdownLabel },
  { header: 'series', value: (r) => r.series },
  { header: 'value', value: (r) => r.valueText },
  { header: 'source', value: (r) => (r.batchKind === 'demo' ? 'dữ liệu minh họa' : `${r.fileName}${r.sourceRow ? `:${r.sourceRow}` : ''}`) },
];

export function valuesCommand(globals: () => GlobalOptions): Command {
  const values = new Command('values').description('stored indicator values (số liệu đã nhập)');
  values
    .command('list')
    .description('list stored values, newest period first')
    .option('--indicator <code>', 'indicator code (e.g. village.mobile_broadband)')
    .option('--period <period>', 'period: 2024, 2024Q4, "Quý IV/2024"')
    .option('--area <code>', 'a province or commune: its values and those of the units under it')
    .option('--at <date>', 'without --period: the date the units under --area are read on (default today)')
    .addOption(new Option('--level <level>', 'unit level').choices(['province', 'district', 'commune', 'village']))
    .addOption(new Option('--series <series>', 'actual or plan').choices(['actual', 'plan']))
    .option('--batch <id>', 'only the values stored by this batch', (v) => Number.parseInt(v, 10))
    .option('--limit <n>', 'rows to show (at most 1000)', (v) => Number.parseInt(v, 10), 100)
    .option('--format <format>', 'output: table, json or csv', parseFormat, 'table')
    .action(
      async (o: {
        indicator?: string;
        period?: string;
        area?: string;
        at?: string;
        level?: string;
        series?: string;
        batch?: number;
        limit: number;
        format: 'table' | 'json' | 'csv';
      }) => {
        const r = await withBackend(globals(), 'ictmon values list', (b) =>
          b.listValues({
            indicator: o.indicator,
            period: o.period,
            area: o.area,
            at: o.at,
            level: o.level,
            series: o.series,
            batchId: o.batch,
            limit: o.limit,
          }),
        );
        console.log(renderRows(o.format, valueColumns, r.rows, r));
      },
    );
  values
    .command('history')
    .description('the history of one figure (lịch sử): every value it has had, newest first, with who recorded it, when and from which file')
    .requiredOption('--unit <code>', 'unit code')
    .requiredOption('--indicator <code>', 'indicator code')
    .requiredOption('--period <period>', '2024, 2024Q3, 2024M07…')
    .option('--breakdown <part>', 'dimension=value for one part of a breakdown (default the total)')
    .addOption(new Option('--series <series>', 'actual or plan').choices(['actual', 'plan']).default('actual'))
    .option('--at <YYYY-MM-DD>', "which unit the code means (default the period's last day)")
    .option('--format <format>', 'output: table, json or csv', parseFormat, 'table')
    .action(
      async (o: { unit: string; indicator: string; period: string; breakdown?: string; series: string; at?: string; format: 'table' | 'json' | 'csv' }) => {
        const lang = resolveLang(globals());
        const h = await withBackend(globals(), 'ictmon values history', (b) => b.valueHistory(o));
        if (o.format === 'json') {
          console.log(JSON.stringify(h, null, 2));
          return;
        }
        const vi = lang === 'vi';
        const rows = h.versions.map((v) => ({
          state: v.state === 'current' ? (vi ? 'hiện hành' : 'current') : vi ? 'đã thay' : 'replaced',
          value: typeof v.value === 'number' ? formatNumberVi(v.value) : String(v.value),
          status: v.status,
          recordedAt: v.recordedAt,
          recordedBy: v.recordedBy,
          file: `${v.batch.fileName}${v.sourceRow === null ? '' : ` (${vi ? 'dòng' : 'row'} ${v.sourceRow})`}`,
          batch: v.batch.id,
          replacedAt: v.replacedAt ?? '',
        }));
        const columns: Column<(typeof rows)[number]>[] = [
          { header: vi ? 'Trạng thái' : 'State', value: (r) => r.state },
          { header: vi ? 'Giá trị' : 'Value', value: (r) => r.value },
          { header: vi ? 'Duyệt' : 'Status', value: (r) => r.status },
          { header: vi ? 'Ghi lúc (UTC)' : 'Recorded (UTC)', value: (r) => r.recordedAt },
          { header: vi ? 'Người ghi' : 'By', value: (r) => r.recordedBy },
          { header: vi ? 'Tệp' : 'File', value: (r) => r.file },
          { header: vi ? 'Lô' : 'Batch', value: (r) => String(r.batch) },
          { header: vi ? 'Bị thay lúc' : 'Replaced', value: (r) => r.replacedAt },
        ];
        if (o.format === 'table')
          console.log(`${h.unit.fullName} (${h.unit.code}) · ${h.indicator.name[lang]} · ${h.period}${h.breakdown ? ` · ${h.breakdown}` : ''}`);
        console.log(renderRows(o.format, columns, rows, { total: rows.length }));
      },
    );
  return values;
}
