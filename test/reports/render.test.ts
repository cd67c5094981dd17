/**
 * The report's renderers on a hand-made report (issue #7), checked on their real outputs: the DOCX's XML
 * (frame of NĐ 30/2020/NĐ-CP: A4, margins, Times New Roman, sizes, repeated header rows, escaped text) and
 * its conversion by LibreOffice; the XLSX read back with ExcelJS (numbers as numbers with their formats);
 * the HTML; the PDF printed by Chromium, read with poppler. The outputs and PNGs of their pages are kept in
 * test-output/render-sample/ to be looked at.
 */
import { execFile } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { promisify } from 'node:util';
import ExcelJS from 'exceljs';
import JSZip from 'jszip';
import { beforeAll, describe, expect, it } from 'vitest';
import { AppError } from '../../src/services/errors.ts';
import { renderReportDocx } from '../../src/services/reports/render/render-docx.ts';
import { renderReportHtml } from '../../src/services/reports/render/render-html.ts';
import { renderReportPdf } from '../../src/services/reports/render/render-pdf.ts';
import { INFO_SHEET_NAME, renderReportXlsx } from '../../src/services/reports/render/render-xlsx.ts';
import { DEMO_NOTICE, NATIONAL_MOTTO, NATIONAL_NAME } from '../../src/services/reports/render/report-text.ts';
import { uniqueSheetName } from '../../src/services/reports/render/xlsx-sheet-name.ts';
import { convertWithOffice, hasOffice as hasWriter } from './office.ts';
import { scratchDir, testOutputDir } from '../support/paths.ts';
import { buildSampleReport, HOSTILE_NAME } from './sample-report.ts';

const run = promisify(execFile);
const outDir = join(testOutputDir, 'render-sample');
const doc = buildSampleReport();

const hasOffice = hasWriter();
const requireOffice = process.env.ICTMON_REQUIRE_OFFICE === '1';
const CHROMIUM = '/usr/bin/chromium';
const hasChromium = existsSync(CHROMIUM);
const requireBrowser = process.env.ICTMON_REQUIRE_BROWSER === '1';
const hasPoppler = existsSync('/usr/bin/pdftoppm') && existsSync('/usr/bin/pdftotext') && existsSync('/usr/bin/pdfinfo');
const ESCAPED_HOSTILE = 'Xã &lt;script&gt;alert(1)&lt;/script&gt; &amp;';

beforeAll(() => {
  rmSync(outDir, { recursive: true, force: true });
  mkdirSync(outDir, { recursive: true });
});

describe('DOCX', () => {
  let docx: Buffer;
  let xml: string;
  let styles: string;
  let zip: JSZip;

  beforeAll(async () => {
    docx = await renderReportDocx(doc);
    writeFileSync(join(outDir, 'report.docx'), docx);
    zip = await JSZip.loadAsync(docx);
    xml = await zip.file('word/document.xml')!.async('string');
    styles = await zip.file('word/styles.xml')!.async('string');
  });

  it('carries the frame of an administrative document', async () => {
    for (const text of [
      'UBND TỈNH SƠN LA',
      'SỞ KHOA HỌC',
      'VÀ CÔNG NGHỆ',
      'Số: 125/BC-SKHCN',
      NATIONAL_NAME,
      NATIONAL_MOTTO,
      'Sơn La, ngày 15 tháng 12 năm 2025',
    ]) {
      expect(xml).toContain(`>${text}</w:t>`);
    }
    expect(xml).toContain('>BÁO CÁO</w:t>');
    expect(xml).toContain(`>${DEMO_NOTICE}</w:t>`);
    expect(xml).toContain('>Nơi nhận:</w:t>');
    expect(xml).toContain('>- Bộ Khoa học và Công nghệ (b/c);</w:t>');
    expect(xml).toContain('>- Lưu: VT, BCVT&amp;CĐS.</w:t>');
    expect(xml).toContain('>KT. GIÁM ĐỐC</w:t>');
    expect(xml).toContain('>Nguyễn Văn An</w:t>');
    expect(xml).toMatch(/>Ghi chú: Số liệu đã được phê duyệt/);
  });

  it('is A4 portrait with margins 20/20/30/15 mm, numbered from the second page', async () => {
    expect(xml).toMatch(/<w:pgSz w:w="11906" w:h="16838"/);
    const margin = xml.match(/<w:pgMar [^>]*\/>/)?.[0] ?? '';
    expect(margin).toContain('w:top="1134"');
    expect(margin).toContain('w:bottom="1134"');
    expect(margin).toContain('w:left="1701"');
    expect(margin).toContain('w:right="850"');
    expect(xml).toContain('<w:titlePg/>');
    const headers = await Promise.all(
      Object.keys(zip.files)
        .filter((f) => /^word\/header\d+\.xml$/.test(f))
        .map((f) => zip.file(f)!.async('string')),
    );
    expect(headers.some((h) => /PAGE/.test(h))).toBe(true);
  });

  it('sets Times New Roman 14 pt, 13 pt in the frame, 12 pt in tables', () => {
    const defaults = styles.match(/<w:docDefaults>[\s\S]*?<\/w:docDefaults>/)?.[0] ?? '';
    expect(defaults).toMatch(/<w:rFonts w:ascii="Times New Roman" [^>]*w:hAnsi="Times New Roman"/);
    expect(defaults).toContain('<w:sz w:val="28"/>');
    expect(defaults).toContain('w:val="vi-VN"');
    const otherFonts = [...xml.matchAll(/w:ascii="([^"]+)"/g)].map((m) => m[1]).filter((f) => f !== 'Times New Roman');
    expect(otherFonts).toEqual([]);
    expect(xml).toContain('<w:sz w:val="26"/>');
    expect(xml).toContain('<w:sz w:val="24"/>');
    expect(xml).toContain('<w:jc w:val="both"/>');
  });

  it('writes the tables with their formatted cells, repeated header rows and unsplit rows', () => {
    for (const text of ['Bảng 1. Hạ tầng viễn thông, Internet theo khu vực', 'Toàn tỉnh', '1.463', '118.005', '62,4', '58,2', '54,3', '31,0', '–', '1.463,5']) {
      expect(xml).toContain(`>${text}</w:t>`);
    }
    expect(xml).toContain('<w:tblHeader/>');
    expect(xml).toContain('<w:cantSplit/>');
    expect(xml.match(/<w:tblHeader\/>/g)).toHaveLength(4);
  });

  it('prints a hostile unit name as text', () => {
    expect(xml).toContain(ESCAPED_HOSTILE);
    expect(xml).not.toContain('<script>');
  });

  it('has the core properties of the report', async () => {
    const core = await zip.file('docProps/core.xml')!.async('string');
    expect(core).toContain(`<dc:title>${doc.meta.subtitle}</dc:title>`);
    expect(core).toContain('<dc:creator>ictmon</dc:creator>');
    expect(core).toContain('<dc:language>vi-VN</dc:language>');
  });

  it.skipIf(!hasOffice && !requireOffice)(
    'opens in LibreOffice and prints on several pages',
    async () => {
      if (!hasOffice) throw new Error('ICTMON_REQUIRE_OFFICE=1 but LibreOffice Writer is not installed (apt-get install libreoffice-writer-nogui)');
      const work = scratchDir('render-docx');
      try {
        const input = join(work, 'report.docx');
        writeFileSync(input, docx);
        const { pdf, output } = convertWithOffice(input, work);
        expect(output).not.toMatch(/\berror\b/i);
        copyFileSync(pdf, join(outDir, 'report-docx-libreoffice.pdf'));
        const pages = await pagePngs(pdf, join(outDir, 'docx-pages'));
        expect(pages).toBeGreaterThanOrEqual(2);
      } finally {
        rmSync(work, { recursive: true, force: true });
      }
    },
    180_000,
  );
});

describe('XLSX', () => {
  let wb: ExcelJS.Workbook;

  beforeAll(async () => {
    const bytes = await renderReportXlsx(doc);
    writeFileSync(join(outDir, 'report.xlsx'), bytes);
    wb = new ExcelJS.Workbook();
    await wb.xlsx.load(bytes as unknown as ArrayBuffer);
  });

  it('has the information sheet, then one valid, unique sheet per table', () => {
    const names = wb.worksheets.map((ws) => ws.name);
    expect(names[0]).toBe(INFO_SHEET_NAME);
    expect(names).toHaveLength(5);
    expect(new Set(names.map((n) => n.toLowerCase())).size).toBe(names.length);
    for (const name of names) {
      expect(name.length).toBeLessThanOrEqual(31);
      expect(name).not.toMatch(/[[\]:*?/\\]/);
    }
    expect(names[1]).toMatch(/^Bảng 1\. Hạ tầng viễn thông/);
    expect(names[4]).toMatch(/^Bảng PL2\./);
    expect(wb.creator).toBe('ictmon');
  });

  it('writes the document frame in "Thông tin"', () => {
    const info = wb.getWorksheet(INFO_SHEET_NAME)!;
    const texts: string[] = [];
    info.eachRow((row) => row.eachCell((cell) => texts.push(String(cell.value))));
    const all = texts.join('\n');
    for (const text of [
      doc.meta.agency,
      doc.meta.superiorAgency!,
      doc.meta.numberLine,
      doc.meta.placeDateLine,
      doc.meta.subtitle,
      DEMO_NOTICE,
      ...doc.dataNotes,
    ]) {
      expect(all).toContain(text);
    }
  });

  it('stores numbers as numbers with formats, percentages as fractions, no figures as empty cells', () => {
    const ws = wb.worksheets[1]!;
    expect(ws.getCell('A1').value).toBe('Bảng 1. Hạ tầng viễn thông, Internet theo khu vực');
    expect(ws.getCell('A1').font?.bold).toBe(true);
    expect(ws.getCell('A1').isMerged).toBe(true);
    expect(ws.getCell('A2').value).toBeNull();
    expect(ws.getRow(3).values).toEqual([undefined, ...doc.sections[0]!.blocks.flatMap((b) => (b.type === 'table' ? b.columns.map((c) => c.header) : []))]);
    expect(ws.getCell('C3').font?.bold).toBe(true);
    expect(ws.getCell('C3').alignment?.wrapText).toBe(true);
    expect(ws.getCell('C3').border?.top?.style).toBe('thin');
    expect(ws.views[0]).toMatchObject({ state: 'frozen', ySplit: 3 });

    const bts = ws.getCell('C4');
    expect(bts.value).toBe(412);
    expect(bts.numFmt).toBe('#,##0');
    const speed = ws.getCell('E5');
    expect(speed.value).toBe(54.25);
    expect(speed.numFmt).toBe('#,##0.0');
    const share = ws.getCell('F4');
    expect(share.value).toBe(0.965);
    expect(share.numFmt).toBe('0.0%');
    expect(ws.getCell('A4').value).toBe('1');
    expect(ws.getCell('E6').value).toBeNull();
    expect(ws.getCell('B7').value).toBe(HOSTILE_NAME);
    expect(ws.getCell('D8').value).toBe(118005);
    expect(ws.getCell('B8').font?.bold).toBe(true);
    expect(ws.getCell('A10').value).toBe('(–): chưa có số liệu.');

    const villages = wb.worksheets[4]!;
    expect(villages.getCell('A153').value).toBe('150');
  });
});

describe('sheet names', () => {
  it.each([
    ['Bảng 1. Hạ tầng viễn thông, Internet theo khu vực', [], 'Bảng 1. Hạ tầng viễn thông'],
    ['Tỷ lệ [%]: xã/phường *?\\', [], 'Tỷ lệ % xã phường'],
    ["'Bảng'", [], 'Bảng'],
    ['History', [], 'History (2)'],
    ['', [], 'Bảng'],
    ['Bảng 3', ['bảng 3'], 'Bảng 3 (2)'],
    ['Bảng 4. Một tiêu đề rất dài không có chỗ ngắt', ['bảng 4. một tiêu đề rất dài'], 'Bảng 4. Một tiêu đề rất dài (2)'],
  ])('%s → a valid name', (title, taken, expected) => {
    const names = new Set(taken);
    const name = uniqueSheetName(title, names);
    expect(name).toBe(expected);
    expect(name.length).toBeLessThanOrEqual(31);
    expect(names.has(name.toLowerCase())).toBe(true);
  });
});

describe('HTML', () => {
  it('is a standalone document with every text escaped', () => {
    const html = renderReportHtml(doc);
    writeFileSync(join(outDir, 'report.html'), html);
    expect(html.startsWith('<!DOCTYPE html>')).toBe(true);
    expect(html).toContain('<html lang="vi">');
    expect(html).toContain('@page');
    expect(html).toContain('display: table-header-group');
    expect(html).toContain(`${ESCAPED_HOSTILE} &quot;A&quot;`);
    expect(html).not.toMatch(/<script/i);
    expect(html).not.toMatch(/<link|src=|url\(/i);
    expect(html).toContain(`<p class="demo">${DEMO_NOTICE}</p>`);
  });
});

describe('PDF', () => {
  it('refuses with pdf_unavailable (503) when there is no Chromium', async () => {
    const error = await renderReportPdf(doc, { chromiumPath: '/nonexistent/chromium' }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(AppError);
    expect(error).toMatchObject({ code: 'pdf_unavailable', status: 503 });
  });

  it.skipIf(!hasChromium && !requireBrowser)(
    'prints the report with Chromium on several pages',
    async () => {
      if (!hasChromium) throw new Error(`ICTMON_REQUIRE_BROWSER=1 but ${CHROMIUM} is not installed (apt-get install chromium)`);
      const pdf = await renderReportPdf(doc, { chromiumPath: CHROMIUM });
      const file = join(outDir, 'report.pdf');
      writeFileSync(file, pdf);
      expect(pdf.subarray(0, 5).toString('latin1')).toBe('%PDF-');
      if (!hasPoppler) {
        expect(pdf.toString('latin1').match(/\/Type\s*\/Page[^s]/g)?.length ?? 0).toBeGreaterThanOrEqual(2);
        return;
      }
      const info = await run('pdfinfo', [file]);
      expect(Number(info.stdout.match(/^Pages:\s+(\d+)/m)?.[1])).toBeGreaterThanOrEqual(2);
      expect(info.stdout).toMatch(/Page size:\s+59[45](\.\d+)? x 84[12]/);
      const text = (await run('pdftotext', ['-enc', 'UTF-8', file, '-'])).stdout.normalize('NFC');
      expect(text).toContain(NATIONAL_NAME);
      expect(text).toContain('Bảng 1.');
      expect(text).toContain('Xã <script>alert(1)</script>');
      await pagePngs(file, join(outDir, 'pdf-pages'));
    },
    180_000,
  );
});

/** Renders a PDF's pages as PNGs (60 dpi) into `dir`; returns how many (without poppler: counts the page objects). */
async function pagePngs(pdf: string, dir: string): Promise<number> {
  if (!hasPoppler)
    return (
      readFileSync(pdf)
        .toString('latin1')
        .match(/\/Type\s*\/Page[^s]/g)?.length ?? 0
    );
  mkdirSync(dir, { recursive: true });
  const out = await run('pdftoppm', ['-r', '60', '-png', pdf, join(dir, 'page')], { timeout: 120_000 });
  expect(out.stderr).toBe('');
  return readdirSync(dir).filter((f) => /^page-\d+\.png$/.test(f)).length;
}
