/**
 * Issue #7 on the demo data, as a user gets it: the annual review of Sơn La (14) for 2025 built over
 * HTTP as a job (with its steps) and in one request as DOCX, XLSX and PDF. Every number of every
 * sentence is checked against the analytics API for the same province and year (the pivot, the
 * criterion board, the villages' coverage, and the arithmetic of R-AGG-3 on them), and no number is
 * printed that is not traced. The DOCX is converted by LibreOffice to PDF and rendered to PNG by
 * pdftoppm without errors. PGlite only: the report reads through the same services as the analytics,
 * which run on both engines in their own tests.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { formatNumberVi } from '../../src/domain/format/vi-format.ts';
import type { FigureRef, ReportDocument, ReportSentence } from '../../src/domain/reports/report-types.ts';
import { openDatabase } from '../../src/db/open-database.ts';
import type { Database } from '../../src/db/database.ts';
import { buildApp } from '../../src/http/server.ts';
import { loadDemoData } from '../../src/services/demo/load-demo.ts';
import { OWNER_HEADERS, TEST_OWNER_KEY } from '../support/http-auth.ts';
import { scratchDir } from '../support/paths.ts';
import { createTestTarget } from '../support/test-db.ts';
import { convertWithOffice, hasOffice } from './office.ts';

const PROVINCE = '14';
const YEAR = '2025';
const REQUEST = { province: PROVINCE, period: YEAR, date: '2026-01-15', number: '15', compareYear: 2018 };
let target: { dataDir: string; databaseUrl?: string };
let dispose: () => Promise<void>;
let db: Database;
let app: FastifyInstance;
let doc: ReportDocument;
const out = scratchDir('annual-report-demo');

beforeAll(async () => {
  ({ target, dispose } = await createTestTarget());
  ({ db } = await openDatabase(target, 'test'));
  app = await buildApp({ db, ownerKey: TEST_OWNER_KEY });
  await loadDemoData({ db, actor: 'test' });
}, 300_000);
afterAll(async () => {
  await app?.close();
  await db?.close();
  await dispose();
});

const get = async <T>(url: string): Promise<T> => {
  const res = await app.inject({ method: 'GET', url, headers: OWNER_HEADERS });
  expect(res.statusCode, res.body).toBe(200);
  return res.json() as T;
};

async function download(format: 'docx' | 'xlsx' | 'pdf'): Promise<Buffer> {
  const res = await app.inject({ method: 'POST', url: '/api/reports/annual', headers: OWNER_HEADERS, payload: { ...REQUEST, format } });
  expect(res.statusCode, res.body.slice(0, 500)).toBe(200);
  expect(res.headers['content-disposition']).toContain(`bao-cao-tong-ket-14-2025.${format}`);
  return res.rawPayload;
}

/** The value an API gives for a reference (the pivot's cell, a board's count, the coverage's count). */
const apiCache = new Map<string, unknown>();
async function cached<T>(url: string): Promise<T> {
  if (!apiCache.has(url)) apiCache.set(url, await get<T>(url));
  return apiCache.get(url) as T;
}

type Cell = { value: number | null; plan?: number | null; previous?: number | null };
async function apiValue(ref: FigureRef): Promise<number> {
  if (ref.kind === 'indicator') {
    const q = new URLSearchParams({
      indicators: ref.indicator,
      level: 'province',
      units: ref.unit,
      periods: ref.period,
      at: ref.at,
      series: 'both',
      compare: 'true',
      breakdown: ref.breakdown,
    });
    const r = await cached<{ cells: Cell[] }>(`/api/analytics/pivot?${q}`);
    const c = r.cells[0]!;
    const v = ref.series === 'plan' ? c.plan : ref.series === 'previous' ? c.previous : c.value;
    expect(typeof v, JSON.stringify(ref)).toBe('number');
    return v as number;
  }
  if (ref.kind === 'criteria') {
    type Counts = Record<string, number>;
    const s = await cached<{ counts: Counts; subCriteria: Array<Counts & { id: string }> }>(`/api/criteria/summary?${ref.area === null ? '' : `province=${ref.area}&`}date=${ref.date}`);
    const counts = ref.subCriterion ? s.subCriteria.find((x) => x.id === ref.subCriterion)! : s.counts;
    return counts[ref.count] as number;
  }
  if (ref.kind === 'coverage') {
    const c = await cached<{ counts: Record<string, number> }>(`/api/criteria/coverage?province=${ref.area}&date=${ref.date}`);
    return c.counts[ref.count] as number;
  }
  const [a, b] = await Promise.all(ref.of.map(apiValue));
  const r1 = (x: number) => Math.round(x * 10) / 10;
  switch (ref.formula) {
    case 'percentOfPlan':
      return r1((a! / b!) * 100);
    case 'overPlan':
    case 'yearOnYear':
      return Math.abs(r1((a! / b! - 1) * 100));
    case 'pointChange':
      return Math.abs(r1(a! - b!));
    case 'difference':
      return Math.abs(a! - b!);
    case 'ratio':
      return (a! / b!) * 100;
    case 'sum':
      return (await Promise.all(ref.of.map(apiValue))).reduce((x, y) => x + y, 0);
  }
}

/** Numbers a sentence may print that are not figures: years, dates, legal numbers, sub-criterion ids. */
function stripNonFigures(text: string): string {
  return text
    .replace(/\d{2}\/\d{2}\/\d{4}/g, '')
    .replace(/\d+\/\d+ tỉnh, thành phố có số liệu/g, '')
    .replace(/\d+ (tháng|quý) đầu năm \d{4}/g, '')
    .replace(/(tháng|quý) [\dIV]+\/\d{4}/gi, '')
    .replace(/\d+\/\d{4}\/[A-ZĐ]+-[A-Z]+/g, '')
    .replace(/\d+\/QĐ-[A-Z]+ \(\d{4}\)/g, '')
    .replace(/[Cc]hỉ tiêu \d+\.\d+/g, '')
    .replace(/số \d+/g, '')
    .replace(/\b[2345]G\b/g, '')
    .replace(/\b(19|20)\d{2}\b/g, '');
}

const sentencesOf = (d: ReportDocument): ReportSentence[] =>
  [...d.intro, ...d.sections.flatMap((s) => s.blocks), ...d.appendices.flatMap((s) => s.blocks)].flatMap((b) => (b.type === 'paragraph' ? b.sentences : []));

/** True when a reference is (or is computed from) the country's village coverage, which the API gives per province only. */
const countryCoverage = (ref: FigureRef): boolean => (ref.kind === 'coverage' && ref.area === null) || (ref.kind === 'derived' && ref.of.some(countryCoverage));

/** Every number of every sentence is cited, and each citation equals what the HTTP API gives. */
async function expectTraced(d: ReportDocument): Promise<void> {
  const sentences = sentencesOf(d);
  expect(sentences.flatMap((s) => s.figures).length).toBeGreaterThan(40);
  for (const s of sentences) {
    let rest = s.text;
    for (const f of s.figures) {
      const at = rest.indexOf(f.shown);
      expect(at, `"${f.shown}" in "${s.text}"`).toBeGreaterThanOrEqual(0);
      rest = rest.slice(0, at) + rest.slice(at + f.shown.length);
      // The coverage API is per province: a country-wide coverage count is checked by the province reports.
      if (countryCoverage(f.ref)) continue;
      const api = await apiValue(f.ref);
      const decimals = f.shown.includes(',') ? f.shown.split(',')[1]!.length : 0;
      expect(
        formatNumberVi(Math.round(api * 10 ** decimals) / 10 ** decimals, decimals),
        `${f.shown} in "${s.text}" (${JSON.stringify(f.ref).slice(0, 300)})`,
      ).toBe(f.shown);
    }
    expect(stripNonFigures(rest), `a number not traced in "${s.text}"`).not.toMatch(/\d/);
  }
}

describe('the annual review of a demo province (issue #7)', () => {
  it('builds as a job whose steps can be followed, and answers a bad request naming the field', async () => {
    const bad = await app.inject({
      method: 'POST',
      url: '/api/reports/annual/jobs',
      headers: OWNER_HEADERS,
      payload: { ...REQUEST, period: '2025M13', format: 'preview' },
    });
    expect(bad.statusCode).toBe(400);
    expect(bad.json().error.details[0].field, bad.body).toBe('period');
    const start = await app.inject({ method: 'POST', url: '/api/reports/annual/jobs', headers: OWNER_HEADERS, payload: { ...REQUEST, format: 'preview' } });
    expect(start.statusCode, start.body).toBe(202);
    const id = start.json().id as string;
    const steps = new Set<string>();
    let job = start.json();
    while (job.state === 'running') {
      if (job.progress) steps.add(`${job.progress.step}/${job.progress.steps} ${job.progress.label.vi}`);
      await new Promise((r) => setTimeout(r, 20));
      job = await get(`/api/reports/annual/jobs/${id}`);
    }
    expect(job.state, JSON.stringify(job.error)).toBe('done');
    expect(steps.size).toBeGreaterThan(1);
    doc = job.document as ReportDocument;
    expect(doc.meta).toMatchObject({
      superiorAgency: 'UBND TỈNH SƠN LA',
      agency: 'SỞ KHOA HỌC VÀ CÔNG NGHỆ',
      numberLine: 'Số: 15/BC-SKHCN',
      placeDateLine: 'Sơn La, ngày 15 tháng 01 năm 2026',
      title: 'BÁO CÁO',
    });
    expect(doc.demo).toBe(true);
    expect(doc.sections.map((s) => s.id)).toEqual(['telecom', 'postal', 'radio', 'it', 'ntm', 'revenue']);
    expect(doc.appendices.map((s) => s.id)).toEqual(['appendix_communes', 'appendix_villages']);
    // The public cannot build at all.
    const anon = await app.inject({ method: 'POST', url: '/api/reports/annual', payload: { ...REQUEST, format: 'docx' } });
    expect(anon.statusCode).toBe(401);
  }, 120_000);

  it('every number of the text matches the analytics API for the same province and year', async () => {
    await expectTraced(doc);
    // The sentences the issue names, from the data.
    const text = sentencesOf(doc).map((s) => s.text).join('\n');
    expect(text).toMatch(/Toàn tỉnh có \d+\/\d+ xã đạt tiêu chí số 8 về thông tin và truyền thông \(\d+,\d%\)/);
    expect(text).toMatch(/Doanh thu dịch vụ viễn thông đạt [\d.]+(,\d)? tỷ đồng, đạt \d+,\d% kế hoạch/);
    expect(text).toMatch(/Toàn tỉnh có [\d.]+\/[\d.]+ thôn, bản được phủ sóng băng rộng di động/);
  }, 120_000);

  it('writes the country-wide report whose every number is the sum of the provinces the API gives', async () => {
    const res = await app.inject({
      method: 'POST',
      url: '/api/reports/annual',
      headers: OWNER_HEADERS,
      payload: { ...REQUEST, province: null, sections: ['telecom', 'it', 'ntm', 'revenue'], format: 'json' },
    });
    expect(res.statusCode, res.body.slice(0, 300)).toBe(200);
    const country = res.json() as ReportDocument;
    expect(country.meta.agency).toBe('BỘ KHOA HỌC VÀ CÔNG NGHỆ');
    await expectTraced(country);
    expect(
      sentencesOf(country)
        .map((s) => s.text)
        .join(' '),
    ).toMatch(/Cả nước có [\d.]+\/[\d.]+ xã đạt tiêu chí số 8/);
  }, 180_000);

  it('writes DOCX that LibreOffice opens and renders, XLSX with real numbers, and PDF', async () => {
    const docx = await download('docx');
    expect(docx.subarray(0, 2).toString()).toBe('PK');
    writeFileSync(join(out, 'report.docx'), docx);
    const xlsx = await download('xlsx');
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(xlsx as unknown as ArrayBuffer);
    const revenue = wb.worksheets.find((w) => w.name.toLowerCase().includes('doanh thu'));
    expect(revenue, wb.worksheets.map((w) => w.name).join(', ')).toBeDefined();
    const numbers: number[] = [];
    revenue!.eachRow((row) => row.eachCell((c) => typeof c.value === 'number' && numbers.push(c.value)));
    expect(numbers.length).toBeGreaterThan(10);
    if (existsSync('/usr/bin/chromium') || process.env.ICTMON_REQUIRE_BROWSER === '1') {
      const pdf = await download('pdf');
      expect(pdf.subarray(0, 5).toString()).toBe('%PDF-');
    }
    if (!hasOffice()) {
      expect(process.env.ICTMON_REQUIRE_OFFICE, 'LibreOffice is required in CI').not.toBe('1');
      return;
    }
    const { pdf: pdfPath, output } = convertWithOffice(join(out, 'report.docx'), out);
    expect(output).not.toMatch(/\berror\b/i);
    rmSync(join(out, 'png'), { recursive: true, force: true });
    mkdirSync(join(out, 'png'));
    // pdftoppm prints nothing and exits 0 on a sound file (execFileSync throws otherwise).
    const stderr = execFileSync('pdftoppm', ['-r', '40', '-png', pdfPath, join(out, 'png', 'page')], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });
    expect(stderr).toBe('');
    expect(readdirSync(join(out, 'png')).filter((f) => f.endsWith('.png')).length).toBeGreaterThanOrEqual(4);
    const text = execFileSync('pdftotext', ['-layout', pdfPath, '-'], { encoding: 'utf8' });
    expect(text).toContain('CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM');
    const ntm = sentencesOf(doc).find((s) => s.text.includes('xã đạt tiêu chí số 8'))!;
    expect(text.replace(/\s+/g, ' ')).toContain(ntm.text.slice(0, 40));
  }, 240_000);
});
