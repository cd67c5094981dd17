/**
 * A pivot written out as it is computed (issue #5: "JSON, CSV and XLSX, streamed, with no row cap and
 * no silent truncation"): one row per unit × indicator × period, chunk by chunk, so a country-wide
 * pivot never sits whole in memory. CSV is UTF-8 with a BOM (Excel opens the Vietnamese right) and
 * decimal points; XLSX holds real numbers (ExcelJS streaming writer).
 */
import { PassThrough, type Readable } from 'node:stream';
import { stringify } from 'csv-stringify';
import ExcelJS from 'exceljs';
import { spreadsheetText } from '../../domain/format/spreadsheet-text.ts';
import type { PivotCell } from './analytics-types.ts';
import { pivotCells, presentAnalyticsUnit, type PivotPlan } from './pivot.ts';
import type { ServiceContext } from '../context.ts';

export type PivotFormat = 'json' | 'csv' | 'xlsx';

const SOURCE_VI: Record<PivotCell['source'], string> = {
  reported: 'số liệu báo cáo',
  rollup: 'cộng từ cấp dưới',
  register: 'đếm theo danh mục',
  rebased: 'quy đổi từ đơn vị cũ',
  none: 'chưa có số liệu',
};

/** The columns of the flat table, Vietnamese (the default) or English. */
function columns(lang: 'vi' | 'en'): string[] {
  return lang === 'vi'
    ? [
        'Mã đơn vị',
        'Tên đơn vị',
        'Mã chỉ tiêu',
        'Chỉ tiêu',
        'Đơn vị tính',
        'Kỳ',
        'Giá trị',
        'Tử số',
        'Mẫu số',
        'Kế hoạch',
        'Cùng kỳ năm trước',
        '% kế hoạch',
        '% so với cùng kỳ',
        'Nguồn',
        'Số liệu quy đổi',
        'So sánh được',
        'Đơn vị cấp dưới báo cáo',
        'Đơn vị cấp dưới',
        'Kỳ số liệu',
        'Ghi chú',
      ]
    : [
        'Unit code',
        'Unit',
        'Indicator code',
        'Indicator',
        'Unit of measure',
        'Period',
        'Value',
        'Numerator',
        'Denominator',
        'Plan',
        'Same period last year',
        '% of plan',
        '% change on last year',
        'Source',
        'Derived',
        'Comparable',
        'Units below reporting',
        'Units below',
        'Stored periods',
        'Note',
      ];
}

/** One flat row of a cell. */
function row(plan: PivotPlan, names: Map<string, string>, c: PivotCell, lang: 'vi' | 'en'): Array<string | number | boolean | null> {
  const ind = plan.indicators.find((i) => i.code === c.indicator)!;
  const yes = lang === 'vi' ? 'có' : 'yes';
  const no = lang === 'vi' ? 'không' : 'no';
  const value = typeof c.value === 'boolean' ? (c.value ? yes : no) : c.value;
  return [
    c.unit,
    names.get(c.unit) ?? '',
    c.indicator,
    ind.name[lang],
    ind.unit[lang],
    c.period,
    value,
    c.numerator ?? null,
    c.denominator ?? null,
    c.plan ?? null,
    c.previous ?? null,
    c.comparison?.percentOfPlan ?? null,
    c.comparison?.yearOnYear ?? null,
    lang === 'vi' ? SOURCE_VI[c.source] : c.source,
    c.derived ? yes : no,
    c.comparable ? yes : no,
    c.reporting?.units ?? null,
    c.reporting?.expected ?? null,
    c.from?.join('–') ?? '',
    c.note?.[lang] ?? '',
  ];
}

/** The pivot as a stream of bytes in the format asked; errors during computing end the stream with an error. */
export function streamPivot(ctx: ServiceContext, plan: PivotPlan, format: PivotFormat, lang: 'vi' | 'en'): Readable {
  const out = new PassThrough();
  const names = new Map(plan.units.map((u) => [u.code, u.name]));
  const run = format === 'json' ? writeJson : format === 'csv' ? writeCsv : writeXlsx;
  run(ctx, plan, names, lang, out).catch((err: unknown) => out.destroy(err instanceof Error ? err : new Error(String(err))));
  return out;
}

type Writer = (ctx: ServiceContext, plan: PivotPlan, names: Map<string, string>, lang: 'vi' | 'en', out: PassThrough) => Promise<void>;

/** Writes to the stream, waiting when the client reads slower than we compute. */
async function write(out: PassThrough, text: string): Promise<void> {
  if (!out.write(text)) await new Promise<void>((resolve) => out.once('drain', resolve));
}

const writeJson: Writer = async (ctx, plan, _names, _lang, out) => {
  const req = plan.request;
  const head = {
    at: plan.at,
    level: req.level,
    series: req.series,
    breakdown: req.breakdown,
    periods: req.periods,
    indicators: plan.indicators,
    units: plan.units.map(presentAnalyticsUnit),
  };
  await write(out, `${JSON.stringify(head).slice(0, -1)},"cells":[`);
  let first = true;
  for await (const cells of pivotCells(ctx, plan)) {
    if (cells.length === 0) continue;
    await write(out, (first ? '' : ',') + cells.map((c) => JSON.stringify(c)).join(','));
    first = false;
  }
  out.end(']}');
};

const writeCsv: Writer = async (ctx, plan, names, lang, out) => {
  const csv = stringify({ bom: true, header: true, columns: columns(lang), cast: { boolean: (b) => String(b) } });
  csv.pipe(out);
  for await (const cells of pivotCells(ctx, plan)) {
    for (const c of cells) {
      // Unit names come from users' files: text a spreadsheet would take for a formula stays text.
      const line = row(plan, names, c, lang).map((v) => (typeof v === 'string' ? spreadsheetText(v) : v));
      if (!csv.write(line)) await new Promise<void>((resolve) => csv.once('drain', resolve));
    }
  }
  csv.end();
};

const writeXlsx: Writer = async (ctx, plan, names, lang, out) => {
  const book = new ExcelJS.stream.xlsx.WorkbookWriter({ stream: out, useSharedStrings: false, useStyles: true });
  const sheet = book.addWorksheet(lang === 'vi' ? 'Số liệu' : 'Figures', { views: [{ state: 'frozen', ySplit: 1 }] });
  sheet.columns = columns(lang).map((header, i) => ({ header, key: String(i), width: [12, 28, 30, 44, 12, 9, 14][i] ?? 14 }));
  sheet.getRow(1).font = { bold: true };
  sheet.getRow(1).commit();
  for await (const cells of pivotCells(ctx, plan)) {
    for (const c of cells) sheet.addRow(row(plan, names, c, lang)).commit();
  }
  sheet.commit();
  const about = book.addWorksheet(lang === 'vi' ? 'Ghi chú' : 'About');
  const req = plan.request;
  const lines: string[][] =
    lang === 'vi'
      ? [
          ['Đơn vị theo địa giới ngày', plan.at],
          ['Cấp', req.level],
          ['Kỳ', req.periods.join(', ')],
          ['Phân tổ', req.breakdown || 'tổng số'],
          ['Số dòng', String(plan.units.length * req.indicators.length * req.periods.length)],
          [
            'Quy tắc',
            'Tỷ lệ tính lại từ tổng tử số và mẫu số (không lấy trung bình các tỷ lệ). Số liệu quy đổi: cộng số liệu của các đơn vị cũ đã hợp thành đơn vị.',
          ],
        ]
      : [
          ['Units as in force on', plan.at],
          ['Level', req.level],
          ['Periods', req.periods.join(', ')],
          ['Breakdown', req.breakdown || 'total'],
          ['Rows', String(plan.units.length * req.indicators.length * req.periods.length)],
          [
            'Rules',
            'Ratios are recomputed from summed numerators and denominators (never averages of percentages). Derived figures sum the former units a unit was formed from.',
          ],
        ];
  for (const l of lines) about.addRow(l).commit();
  about.commit();
  await book.commit();
};
