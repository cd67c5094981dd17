/**
 * The reports page in a real browser (issue #7): the HTTP server on a database with the reference data
 * and the demo dataset, the built web UI, and Debian's Chromium driven by playwright-core. A provincial
 * reviewer of Sơn La (14) signs in, opens "Báo cáo" from the header, chooses Sơn La and the year 2025,
 * leaves out one section and previews the report — the paper layout with "BÁO CÁO", the criterion-8
 * sentence, no heading of the section left out — then downloads it as DOCX (a zip: "PK"). The page's
 * language switches to English while the report stays Vietnamese; a date that is not one is shown beside
 * its field before anything is sent. Screenshots go to test-output/screenshots/reports-*.png and
 * docs/screenshots/report-preview.png.
 */
import { mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startServer } from '../../src/http/server.ts';
import { loadDemoData } from '../../src/services/demo/load-demo.ts';
import type { ReportOptions } from '../../web/src/api/reports.ts';
import {
  createTestAccount,
  ensureWebBuild,
  hasChromium,
  launchChromium,
  requireChromiumInCi,
  signInThroughUi,
  type TestAccount,
  watchPageErrors,
} from '../support/browser.ts';
import { repoRoot, scratchDir, testOutputDir } from '../support/paths.ts';
import { openTestDatabase, type TestDatabase } from '../support/test-db.ts';

// A build of its own: two test files emptying and writing one folder at once would serve half-written files.
const distDir = join(testOutputDir, 'web-dist-reports');
const screenshotDir = join(testOutputDir, 'screenshots');
const docsScreenshotDir = join(repoRoot, 'docs', 'screenshots');

/** Sơn La: one code before and after the reform of 01/07/2025. */
const PROVINCE = '14';
const YEAR = '2025';
/** The section left out of the preview (đài truyền thanh xã). */
const LEFT_OUT = 'radio';
const SETUP_TIMEOUT = 300_000;
/** A report reads every figure of the province: give a build time on the embedded engine. */
const BUILD_TIMEOUT = 180_000;

const REVIEWER: TestAccount = {
  username: 'thamdinh.sonla',
  displayName: 'Lò Thị Thẩm Định',
  role: 'reviewer',
  scope: PROVINCE,
  password: 'mat-khau-bao-cao-son-la-2026',
};

requireChromiumInCi('reports');

describe.skipIf(!hasChromium)('reports page in Chromium', () => {
  let database: TestDatabase;
  let server: { url: string; close(): Promise<void> };
  let browser: Browser;
  let context: BrowserContext;
  let page: Page;
  const pageErrors: string[] = [];

  beforeAll(async () => {
    await ensureWebBuild(distDir);
    mkdirSync(screenshotDir, { recursive: true });
    mkdirSync(docsScreenshotDir, { recursive: true });
    database = await openTestDatabase();
    await loadDemoData({ db: database.db, actor: 'test' });
    await createTestAccount(database.db, REVIEWER);
    server = await startServer({ db: database.db, port: 0, webDir: distDir });
    browser = await launchChromium();
    context = await browser.newContext({ viewport: { width: 1280, height: 900 }, locale: 'vi-VN', timezoneId: 'Asia/Ho_Chi_Minh', acceptDownloads: true });
    page = await context.newPage();
    watchPageErrors(page, pageErrors, { dialogs: true });
  }, SETUP_TIMEOUT);

  afterAll(async () => {
    await browser?.close();
    await server?.close();
    await database?.dispose();
  });

  const reportLink = () => page.getByTestId('main-nav').locator('a[href^="/bao-cao"]');

  it('offers "Báo cáo" in the header to a signed-in reviewer, not to the public', async () => {
    await page.goto(`${server.url}/`);
    await page.getByTestId('main-nav').waitFor();
    expect(await reportLink().count()).toBe(0);

    await signInThroughUi(page, server.url, REVIEWER);
    await reportLink().waitFor();
    expect(await reportLink().textContent()).toBe('Báo cáo');
    await reportLink().click();
    await page.waitForURL((u) => u.pathname === '/bao-cao');
    const form = page.getByTestId('report-form');
    await form.waitFor();
    // A provincial account starts on its own province; every section is chosen.
    expect(await form.getByTestId('report-province').inputValue()).toBe(PROVINCE);
    const boxes = form.locator('input[type="checkbox"][data-testid^="report-section-"]');
    expect(await boxes.count()).toBeGreaterThan(1);
    expect(await boxes.evaluateAll((items) => items.every((b) => (b as HTMLInputElement).checked))).toBe(true);
    expect(pageErrors).toEqual([]);
  });

  it('shows a document date that is not a date beside its field, and sends nothing', async () => {
    const form = page.getByTestId('report-form');
    const date = form.getByTestId('report-date');
    await date.fill('31/02/2026');
    await form.getByTestId('report-preview-button').click();
    await expect.poll(() => date.getAttribute('aria-invalid')).toBe('true');
    expect(await form.getByTestId('report-fix-fields').isVisible()).toBe(true);
    expect(await page.getByTestId('report-progress').count()).toBe(0);
    await date.fill('');
    await expect.poll(() => date.getAttribute('aria-invalid')).toBeNull();
    expect(pageErrors).toEqual([]);
  });

  it('previews the annual report of Sơn La for 2025 without the section left out', { timeout: BUILD_TIMEOUT + 30_000 }, async () => {
    const form = page.getByTestId('report-form');
    await form.getByTestId('report-province').selectOption(PROVINCE);
    await form.getByTestId('report-year').selectOption(YEAR);
    await form.getByTestId('report-period-part').selectOption('year');
    await form.getByTestId(`report-section-${LEFT_OUT}`).uncheck();
    await form.getByTestId('report-preview-button').click();

    const preview = page.getByTestId('report-preview');
    await preview.getByTestId('report-title').filter({ hasText: 'BÁO CÁO' }).waitFor({ timeout: BUILD_TIMEOUT });
    // The buttons come back once the build is over.
    await expect.poll(() => form.getByTestId('report-preview-button').isEnabled()).toBe(true);
    const text = (await preview.textContent()) ?? '';
    expect(text).toContain('CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM');
    expect(text).toContain('Độc lập - Tự do - Hạnh phúc');
    expect(text).toContain('xã đạt tiêu chí số 8');
    expect(text).toContain('Sơn La');
    // The demo dataset is said to be one on the paper.
    expect(await preview.getByTestId('report-demo').textContent()).toBe('Dữ liệu minh họa — không phải số liệu thống kê chính thức');

    // The section left out has no part and no heading.
    expect(await preview.locator(`[data-section="${LEFT_OUT}"]`).count()).toBe(0);
    const options = (await (await page.request.get(`${server.url}/api/reports/options`)).json()) as ReportOptions;
    const leftOutName = options.sections.find((s) => s.id === LEFT_OUT)?.name.vi;
    expect(leftOutName).toBeTruthy();
    const headings = await preview.locator('.report-section-heading').allTextContents();
    expect(headings.length).toBeGreaterThan(0);
    expect(headings.filter((h) => h.includes(leftOutName ?? LEFT_OUT))).toEqual([]);

    // Table figures are written the Vietnamese way, never as raw JSON values.
    const figures = await preview.locator('td.report-num').allTextContents();
    expect(figures.length).toBeGreaterThan(0);
    expect(figures.filter((f) => /NaN|null|undefined|^\d{4,}\.\d/.test(f))).toEqual([]);

    await preview.screenshot({ path: join(screenshotDir, 'reports-preview.png') });
    await page.screenshot({ path: join(screenshotDir, 'reports-page.png') });
    await page.getByTestId('report-preview-panel').scrollIntoViewIfNeeded();
    await page.screenshot({ path: join(docsScreenshotDir, 'report-preview.png') });
    expect(pageErrors).toEqual([]);
  });

  it('downloads the report as DOCX', { timeout: BUILD_TIMEOUT + 30_000 }, async () => {
    // The page asks the browser to download the file as soon as it is built.
    const downloading = page.waitForEvent('download', { timeout: BUILD_TIMEOUT });
    await page.getByTestId('report-download-docx').click();
    const download = await downloading;
    expect(download.suggestedFilename()).toMatch(/\.docx$/);
    const path = join(scratchDir('reports-download'), download.suggestedFilename());
    await download.saveAs(path);
    expect(readFileSync(path).subarray(0, 2).toString('latin1')).toBe('PK');

    const file = page.getByTestId('report-file');
    await file.waitFor();
    expect(await file.getAttribute('data-format')).toBe('docx');
    expect(await page.getByTestId('report-file-link').getAttribute('href')).toMatch(/^\/api\/reports\/annual\/jobs\/[^/]+\/file$/);
    expect(await page.getByTestId('report-download-docx').isEnabled()).toBe(true);
    expect(pageErrors).toEqual([]);
  });

  it('switches the page to English while the report stays Vietnamese', async () => {
    await page.getByTestId('lang-switch').locator('button[lang="en"]').click();
    expect(await page.getByTestId('report-preview-button').textContent()).toBe('Preview');
    expect(await reportLink().textContent()).toBe('Reports');
    const preview = page.getByTestId('report-preview');
    expect(await preview.getAttribute('lang')).toBe('vi');
    expect(await preview.getByTestId('report-title').textContent()).toBe('BÁO CÁO');
    await page.getByTestId('lang-switch').locator('button[lang="vi"]').click();
    expect(await page.getByTestId('report-preview-button').textContent()).toBe('Xem trước');
    expect(pageErrors).toEqual([]);
  });
});
