/**
 * `ictmon report annual`: the annual (six-month, quarterly) review of a province as DOCX, XLSX, PDF or
 * the document as JSON, written from the approved figures (issue #7). The build's steps are shown on
 * the terminal; the file is written where --out says.
 */
import { writeFileSync } from 'node:fs';
import { Command, Option } from 'commander';
import { REPORT_SECTIONS, type AnnualReportRequest, type ReportSectionId } from '../../domain/reports/report-types.ts';
import { invalidInput } from '../../services/errors.ts';
import { resolveLang, withBackend, type GlobalOptions } from '../runtime.ts';

const HELP = `
The report is written from approved figures only, laid out as an administrative document under Nghị
định 30/2020/NĐ-CP (agency and national motto, number and symbol, place and date, title, recipients,
signature block; Times New Roman, A4). The issuing agency is chosen by the document's date (--date):
Sở Thông tin và Truyền thông before 01/03/2025, Sở Khoa học và Công nghệ from then; --agency-* override it.
Every figure is compared with its plan and the same period a year earlier; a figure not reported is
written "chưa có số liệu". PDF needs Chromium (/usr/bin/chromium, or ICTMON_CHROMIUM).

Sections (--sections, comma-separated; default all): ${REPORT_SECTIONS.join(', ')}

Examples:
  ictmon report annual --province 14 --year 2025 --format docx --out bao-cao-2025.docx
  ictmon report annual --province 14 --period 2025S1 --format pdf --out so-ket-6-thang.pdf
  ictmon report annual --country --year 2025 --format docx --out toan-quoc-2025.docx
  ictmon report annual --province 14 --year 2025 --format xlsx --out bang-bieu.xlsx \\
      --number 125 --date 2026-01-15 --signer-authority "KT. GIÁM ĐỐC" --signer-position "PHÓ GIÁM ĐỐC" \\
      --signer-name "Nguyễn Văn A" --compare-year 2018`;

const list = (v: string, prev: string[] = []) => [
  ...prev,
  ...v
    .split(',')
    .map((x) => x.trim())
    .filter((x) => x !== ''),
];
const many = (v: string, prev: string[] = []) => [...prev, v];

interface AnnualOptions {
  province?: string;
  country?: boolean;
  year?: string;
  period?: string;
  format: 'docx' | 'xlsx' | 'pdf' | 'json';
  out: string;
  sections?: string[];
  date?: string;
  number?: string;
  agencySuperior?: string;
  agencyName?: string;
  agencySymbol?: string;
  signerAuthority?: string;
  signerPosition?: string;
  signerName?: string;
  recipient?: string[];
  compareYear?: string;
  progress?: boolean;
}

/** The request from the command's options; the service checks the rest. */
export function requestFromOptions(o: AnnualOptions): AnnualReportRequest {
  if (Boolean(o.country) === Boolean(o.province)) {
    throw invalidInput('give --province CODE or --country', 'cần --province MÃ hoặc --country', [
      { field: 'province', value: o.province ?? '', message: 'one of --province, --country', messageVi: 'một trong --province, --country' },
    ]);
  }
  if (!o.year && !o.period)
    throw invalidInput('give --year or --period', 'cần --year hoặc --period', [{ field: 'period', value: '', message: 'required', messageVi: 'bắt buộc' }]);
  if (o.year && o.period && !o.period.startsWith(o.year)) {
    throw invalidInput(`--period ${o.period} is not in --year ${o.year}`, `--period ${o.period} không thuộc --year ${o.year}`, [
      { field: 'period', value: o.period, message: `not in ${o.year}`, messageVi: `không thuộc năm ${o.year}` },
    ]);
  }
  const compareYear = o.compareYear === undefined ? undefined : Number(o.compareYear);
  const agency = { superior: o.agencySuperior, name: o.agencyName, symbol: o.agencySymbol };
  const signer = { authority: o.signerAuthority, position: o.signerPosition, name: o.signerName };
  return {
    province: o.country ? null : o.province!,
    period: o.period ?? o.year!,
    ...(o.sections ? { sections: o.sections as ReportSectionId[] } : {}),
    ...(o.date ? { date: o.date } : {}),
    ...(o.number !== undefined ? { number: o.number } : {}),
    ...(Object.values(agency).some((v) => v !== undefined) ? { agency } : {}),
    ...(Object.values(signer).some((v) => v !== undefined) ? { signer } : {}),
    ...(o.recipient ? { recipients: o.recipient } : {}),
    ...(compareYear !== undefined ? { compareYear } : {}),
  };
}

/** `ictmon report`. */
export function reportCommand(globals: () => GlobalOptions): Command {
  const annual = new Command('annual')
    .description('the annual review (báo cáo tổng kết), or a six-month (sơ kết) or quarterly one, of a province or the country')
    .option('--province <code>', 'province code in force at the end of the period (e.g. 14)')
    .option('--country', 'the whole country instead of a province (figures added up from the provinces that have them)')
    .option('--year <YYYY>', 'the year')
    .option('--period <period>', 'instead of the year: six months 2025S1–S2 or a quarter 2025Q1–Q4')
    .addOption(new Option('--format <format>', 'file type').choices(['docx', 'xlsx', 'pdf', 'json']).default('docx'))
    .requiredOption('--out <file>', 'where to write the file')
    .option('--sections <list>', 'the parts to write, comma-separated (default all)', list)
    .option('--date <YYYY-MM-DD>', "the document's date (default today)")
    .option('--number <n>', 'the number given on registration (default: left blank)')
    .option('--agency-superior <text>', 'the line above the agency (default "UBND TỈNH …")')
    .option('--agency-name <text>', 'the issuing agency (default by the date)')
    .option('--agency-symbol <text>', 'its symbol in the number (default SKHCN / STTTT)')
    .option('--signer-authority <text>', 'KT. GIÁM ĐỐC, TL. GIÁM ĐỐC … (default none)')
    .option('--signer-position <text>', 'GIÁM ĐỐC, PHÓ GIÁM ĐỐC … (default GIÁM ĐỐC)')
    .option('--signer-name <text>', 'the name under the signature (default: left blank)')
    .option('--recipient <text>', 'a "Nơi nhận" line; repeat for each (default: the ministry, the province, Lãnh đạo Sở, Lưu: VT)', many)
    .option('--compare-year <YYYY>', 'also compare the criterion count with this year (e.g. 2018)')
    .option('--no-progress', 'do not show the steps')
    .addHelpText('after', HELP)
    .action(async (o: AnnualOptions) => {
      const lang = resolveLang(globals());
      const request = requestFromOptions(o);
      const show = o.progress !== false && Boolean(process.stderr.isTTY);
      const file = await withBackend(globals(), 'ictmon report', (b) =>
        b.report(request, o.format, (p) => {
          if (show) process.stderr.write(`[${p.step}/${p.steps}] ${p.label[lang]}\n`);
        }),
      );
      writeFileSync(o.out, file.bytes);
      console.log(
        lang === 'vi'
          ? `Đã ghi ${o.out} (${file.bytes.length.toLocaleString('vi-VN')} byte)`
          : `Wrote ${o.out} (${file.bytes.length.toLocaleString('en-GB')} bytes)`,
      );
    });
  return new Command('report').description('reports written from the data: the annual review (báo cáo tổng kết) as DOCX, XLSX or PDF').addCommand(annual);
}
