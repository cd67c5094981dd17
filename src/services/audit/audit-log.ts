/**
 * The audit log for inspectors (issue #6): every recorded change — who, when, from where (the actor names
 * the channel: `http:<address>`, `cli`, …), what, the state before and after, and why — filtered by days,
 * entity, action and actor; a page as JSON, or the whole selection streamed as CSV (UTF-8 with BOM) or
 * XLSX with no row cap. The trail itself is append-only (migration 0008).
 */
import { PassThrough, type Readable } from 'node:stream';
import { stringify } from 'csv-stringify';
import ExcelJS from 'exceljs';
import { countAuditEvents, listAuditEvents, type AuditEventRow, type AuditFilter } from '../../db/queries/audit/list-audit-events.ts';
import { spreadsheetText } from '../../domain/format/spreadsheet-text.ts';
import { isIsoDate } from '../../domain/units/dates.ts';
import { listScopeProvinces } from '../../db/queries/access/scope-units.ts';
import { principalOf, requireAction } from '../access/principal.ts';
import type { ServiceContext } from '../context.ts';
import { AppError, invalidInput } from '../errors.ts';

export type { AuditEventRow, AuditFilter } from '../../db/queries/audit/list-audit-events.ts';
export type AuditFormat = 'json' | 'csv' | 'xlsx';

/** Events read per round trip when the log is streamed. */
const CHUNK = 2000;

/** Checks a filter; throws invalid_input naming each bad field. */
export function checkAuditFilter(f: AuditFilter): AuditFilter {
  const bad: { field: string; value: string; message: string; messageVi: string }[] = [];
  for (const field of ['from', 'to'] as const) {
    const v = f[field];
    if (v !== undefined && !isIsoDate(v)) bad.push({ field, value: v, message: 'a date YYYY-MM-DD', messageVi: 'ngày dạng YYYY-MM-DD' });
  }
  if (f.from && f.to && isIsoDate(f.from) && isIsoDate(f.to) && f.from > f.to)
    bad.push({ field: 'to', value: f.to, message: `not before from (${f.from})`, messageVi: `không được trước ngày bắt đầu (${f.from})` });
  if (bad.length > 0) throw invalidInput('the audit log cannot be read as asked', 'yêu cầu xem nhật ký không hợp lệ', bad);
  const clean = (s: string | undefined) => (s === undefined || s.trim() === '' ? undefined : s.trim());
  return { from: f.from, to: f.to, entity: clean(f.entity), action: clean(f.action), actor: clean(f.actor) };
}

/**
 * The filter as the reader may apply it: inspectors and administrators only; one scoped to a province reads
 * the events concerning its province and the provinces it was formed from (a commune's scope is too
 * narrow for a log that names provinces: refused).
 */
async function scopedFilter(ctx: ServiceContext, f: AuditFilter): Promise<AuditFilter> {
  requireAction(ctx, 'audit.read');
  const filter = checkAuditFilter(f);
  const scope = principalOf(ctx).scopeUnitId;
  if (scope === null) return filter;
  const provinces = await listScopeProvinces(ctx.db, scope);
  if (provinces.length === 0) {
    throw new AppError(
      'forbidden',
      403,
      'the audit log is read at the scope of a province or the country',
      'nhật ký thay đổi chỉ xem được ở phạm vi tỉnh hoặc toàn quốc',
    );
  }
  return { ...filter, provinces };
}

/** A page of the log: events with id above `after`, oldest first, and how many the filter selects. */
export async function listAuditLog(
  ctx: ServiceContext,
  f: AuditFilter,
  page: { after?: number | undefined; limit?: number | undefined } = {},
): Promise<{ total: number; events: AuditEventRow[]; next: number | null }> {
  const filter = await scopedFilter(ctx, f);
  const limit = Math.min(Math.max(page.limit ?? 100, 1), 1000);
  const [total, events] = await Promise.all([countAuditEvents(ctx.db, filter), listAuditEvents(ctx.db, filter, page.after ?? 0, limit)]);
  return { total, events, next: events.length === limit ? events[events.length - 1]!.id : null };
}

const COLUMNS = {
  vi: ['Số', 'Thời điểm (UTC)', 'Người thực hiện / kênh', 'Địa chỉ IP', 'Thao tác', 'Đối tượng', 'Khóa', 'Lý do', 'Trước', 'Sau'],
  en: ['Id', 'At (UTC)', 'Actor / channel', 'IP address', 'Action', 'Entity', 'Key', 'Reason', 'Before', 'After'],
};

/** One event as a row; in CSV, text that a spreadsheet would take for a formula is kept as text. */
const line = (e: AuditEventRow, csv: boolean) => [
  e.id,
  e.at,
  ...[e.actor, e.ip ?? '', e.action, e.entity, e.entityKey ?? '', e.reason ?? ''].map((t) => (csv ? spreadsheetText(t) : t)),
  e.before === null ? '' : JSON.stringify(e.before),
  e.after === null ? '' : JSON.stringify(e.after),
];

/** The whole selection as a byte stream (checked before anything is sent). */
export async function streamAuditLog(ctx: ServiceContext, f: AuditFilter, format: AuditFormat, lang: 'vi' | 'en'): Promise<Readable> {
  const filter = await scopedFilter(ctx, f);
  const out = new PassThrough();
  const run = async () => {
    const chunks = async function* () {
      for (let after = 0; ;) {
        const rows = await listAuditEvents(ctx.db, filter, after, CHUNK);
        if (rows.length === 0) return;
        yield rows;
        after = rows[rows.length - 1]!.id;
        if (rows.length < CHUNK) return;
      }
    };
    if (format === 'json') {
      let first = true;
      out.write('{"events":[');
      for await (const rows of chunks()) {
        const text = (first ? '' : ',') + rows.map((r) => JSON.stringify(r)).join(',');
        first = false;
        if (!out.write(text)) await new Promise<void>((resolve) => out.once('drain', resolve));
      }
      out.end(']}');
    } else if (format === 'csv') {
      const csv = stringify({ bom: true, header: true, columns: COLUMNS[lang] });
      csv.pipe(out);
      for await (const rows of chunks()) {
        for (const r of rows) if (!csv.write(line(r, true))) await new Promise<void>((resolve) => csv.once('drain', resolve));
      }
      csv.end();
    } else {
      const book = new ExcelJS.stream.xlsx.WorkbookWriter({ stream: out, useSharedStrings: false, useStyles: true });
      const sheet = book.addWorksheet(lang === 'vi' ? 'Nhật ký' : 'Audit log', { views: [{ state: 'frozen', ySplit: 1 }] });
      sheet.columns = COLUMNS[lang].map((header, i) => ({ header, key: String(i), width: [8, 28, 24, 16, 22, 18, 16, 30, 50, 50][i] }));
      sheet.getRow(1).font = { bold: true };
      sheet.getRow(1).commit();
      for await (const rows of chunks()) for (const r of rows) sheet.addRow(line(r, false)).commit();
      sheet.commit();
      await book.commit();
    }
  };
  run().catch((err: unknown) => out.destroy(err instanceof Error ? err : new Error(String(err))));
  return out;
}
