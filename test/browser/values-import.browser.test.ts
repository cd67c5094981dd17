/**
 * The values import and values table in a real browser: the HTTP server on a database with the shipped
 * reference data, the built web UI, and Debian's Chromium driven by playwright-core. A template is
 * downloaded, filled with ExcelJS, uploaded, previewed and confirmed by a provincial administrator
 * signed in through the UI (entering figures needs an account, issue #6); a bad CSV shows its row/field
 * errors and the report link; demo values carry their badge. Screenshots go to
 * test-output/screenshots/values-*.png.
 */
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SECTOR_CATALOGUE } from '../../src/domain/indicators/sector-catalogue.ts';
import { parsePeriod, periodEnd } from '../../src/domain/periods/period.ts';
import { startServer } from '../../src/http/server.ts';
import { storeValueRecords } from '../../src/services/values/store-values.ts';
import { createTestAccount, ensureWebBuild, hasChromium, launchChromium, requireChromiumInCi, type TestAccount, watchPageErrors } from '../support/browser.ts';
import { testOutputDir } from '../support/paths.ts';
import { openTestDatabase, type TestDatabase } from '../support/test-db.ts';

// A build of its own: the unit-browser test rebuilds web/dist when stale, and two test files emptying
// and writing one folder at once would serve each other half-written files.
const distDir = join(testOutputDir, 'web-dist-values');
const screenshotDir = join(testOutputDir, 'screenshots');

// Bắc Kạn (06) on 31/12/2024, before the reform: its communes are listed through its districts.
const PROVINCE = '06';
const PERIOD = '2024';
/** Thái Nguyên (19) after the reform, for values of units in force today. */
const CURRENT_PROVINCE = '19';
const CURRENT_PERIOD = '2025';
/** Yearly commune indicators of the "Ứng dụng CNTT" area, with the values written for each commune row. */
const FILLED: Array<{ code: string; values: Array<number | string> }> = [
  { code: 'commune.officials', values: [25, 31, 18] },
  { code: 'commune.officials_with_digital_signature', values: [20, 30, 12] },
  { code: 'commune.dms_in_use', values: ['Có', 'Không', 'Có'] },
];

/** The provincial administrator of Bắc Kạn (as it was in 2024) who imports the files. */
const ADMIN: TestAccount = {
  username: 'quantri.backan',
  displayName: 'Quản trị Bắc Kạn',
  role: 'admin',
  scope: PROVINCE,
  scopeAt: '2024-12-31',
  password: 'mat-khau-quan-tri-2024',
};

requireChromiumInCi('values-import');

describe.skipIf(!hasChromium)('values import and values table in Chromium', () => {
  let database: TestDatabase;
  let server: { url: string; close(): Promise<void> };
  let browser: Browser;
  let context: BrowserContext;
  let page: Page;
  const pageErrors: string[] = [];
  /** Commune codes and names of the rows filled in the first test. */
  const filled: Array<{ code: string; name: string; row: number }> = [];

  beforeAll(async () => {
    await ensureWebBuild(distDir);
    mkdirSync(screenshotDir, { recursive: true });
    database = await openTestDatabase();
    await createTestAccount(database.db, ADMIN);
    server = await startServer({ db: database.db, port: 0, webDir: distDir });
    browser = await launchChromium();
    context = await browser.newContext({ viewport: { width: 1280, height: 800 }, locale: 'vi-VN', timezoneId: 'Asia/Ho_Chi_Minh', acceptDownloads: true });
    page = await context.newPage();
    watchPageErrors(page, pageErrors);
  });

  afterAll(async () => {
    await browser?.close();
    await server?.close();
    await database?.dispose();
  });

  it('downloads a template, uploads it filled, previews, confirms and lists the values', async () => {
    // The public is asked to sign in before uploading; the sign-in page comes back to the import page.
    await page.goto(`${server.url}/import`);
    await page.getByTestId('sign-in-required').waitFor();
    await page.getByTestId('sign-in-required-link').click();
    await page.waitForURL((u) => u.pathname === '/dang-nhap' && u.searchParams.get('next') === '/import');
    await page.getByTestId('sign-in-username').fill(ADMIN.username);
    await page.getByTestId('sign-in-password').fill(ADMIN.password);
    await page.getByTestId('sign-in-submit').click();
    await page.waitForURL((u) => u.pathname === '/import');
    await page.getByTestId('upload-step').waitFor();
    expect(await page.getByTestId('user-menu-name').textContent()).toBe(ADMIN.displayName);
    await expect.poll(() => page.locator('html').getAttribute('lang')).toBe('vi');
    expect(await page.getByTestId('main-nav').locator('a[aria-current="page"]').textContent()).toBe('Nhập số liệu');

    // Step 1: area, period (typed the Vietnamese way), unit picked with the unit search.
    const template = page.getByTestId('template-step');
    await template.getByTestId('template-area').locator('option[value="it_application"]').waitFor({ state: 'attached' });
    await template.getByTestId('template-area').selectOption('it_application');
    await template.getByTestId('template-period').fill('Năm 2024');
    expect(await template.getByTestId('template-period-status').textContent()).toContain('(2024)');
    await template.getByTestId('template-unit').pressSequentially('bac kan', { delay: 30 });
    const hit = template.getByTestId('template-unit-results').locator(`[role="option"][data-code="${PROVINCE}"]`);
    await hit.waitFor();
    await hit.click();
    await template.getByTestId('template-unit-chosen').waitFor();
    await expect.poll(() => template.getByTestId('template-unit-chosen').textContent()).toContain('Bắc Kạn');
    await page.screenshot({ path: join(screenshotDir, 'values-1-template.png') });

    const [download] = await Promise.all([page.waitForEvent('download'), template.getByTestId('template-download-xlsx').click()]);
    expect(download.suggestedFilename()).toMatch(/\.xlsx$/);
    const templatePath = join(testOutputDir, 'scratch', `values-template-${process.pid}.xlsx`);
    mkdirSync(join(testOutputDir, 'scratch'), { recursive: true });
    await download.saveAs(templatePath);

    // Fill three commune rows of the template with ExcelJS.
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.readFile(templatePath);
    const sheet = workbook.worksheets[0]!;
    const headerRow = findRow(sheet, (text) => /^mã (xã|đơn vị)/i.test(text));
    for (const { code, values } of FILLED) {
      const column = findColumn(sheet, headerRow, SECTOR_CATALOGUE.byCode.get(code)!.name.vi);
      values.forEach((value, i) => (sheet.getRow(headerRow + 1 + i).getCell(column).value = value));
    }
    for (let i = 0; i < 3; i++) {
      const row = sheet.getRow(headerRow + 1 + i);
      filled.push({ code: String(row.getCell(1).value), name: String(row.getCell(2).value), row: headerRow + 1 + i });
    }
    const bytes = Buffer.from(await workbook.xlsx.writeBuffer());

    // Step 2: upload; the server checks it (a dry run) and the preview appears.
    const upload = page.getByTestId('upload-step');
    await upload.getByTestId('file-input').setInputFiles({ name: 'so-lieu-cntt-bac-kan-2024.xlsx', mimeType: 'application/octet-stream', buffer: bytes });
    expect(await upload.textContent()).toContain('so-lieu-cntt-bac-kan-2024.xlsx');
    await upload.getByTestId('upload-button').click();
    const job = page.locator('[data-testid="import-job"][data-state="checked"]');
    await job.waitFor({ timeout: 30_000 });
    expect(await job.getByTestId('import-outcome').getAttribute('data-outcome')).toBe('accepted');
    expect(await job.getByTestId('sum-values').textContent()).toBe('9');
    expect(await job.getByTestId('sum-changes').textContent()).toContain('9 thêm mới');
    expect(await job.getByTestId('import-sample').textContent()).toContain(filled[0]!.code);
    expect(await page.getByTestId('import-summary').textContent()).toContain('Năm 2024');
    await page.screenshot({ path: join(screenshotDir, 'values-2-preview.png'), fullPage: true });

    // Step 3: confirm; the commit runs and names its batch.
    await job.getByTestId('confirm-import').click();
    const committed = page.getByTestId('import-committed');
    await committed.waitFor({ timeout: 30_000 });
    const batch = await committed.getAttribute('data-batch');
    expect(batch).toMatch(/^\d+$/);
    expect(await committed.textContent()).toContain(`#${batch}`);
    await page.getByTestId('recent-batches').locator(`tr[data-batch="${batch}"]`).waitFor();
    await page.screenshot({ path: join(screenshotDir, 'values-3-committed.png') });

    // The values table, filtered on the batch's indicator set and period, shows the figures.
    await committed.getByTestId('view-imported').click();
    await page.waitForURL((u) => u.pathname === '/values' && u.searchParams.get('batch') === batch);
    await page.getByTestId('filter-indicator').selectOption('commune.officials');
    await page.getByTestId('filter-period').selectOption(PERIOD);
    await page.waitForURL((u) => u.searchParams.get('indicator') === 'commune.officials' && u.searchParams.get('period') === PERIOD);
    const table = page.getByTestId('values-table');
    // The previous page stays on screen while the filtered one loads: wait for the filtered rows only.
    await expect.poll(() => table.locator('tbody tr:not([data-indicator="commune.officials"])').count()).toBe(0);
    const firstRow = table.locator(`tbody tr[data-unit="${filled[0]!.code}"]`);
    await firstRow.waitFor();
    expect(await firstRow.getByTestId('value-cell').textContent()).toContain('25');
    expect(await firstRow.textContent()).toContain('so-lieu-cntt-bac-kan-2024.xlsx');
    expect(await firstRow.textContent()).toContain(`dòng ${filled[0]!.row}`);
    expect(await table.locator('tbody tr[data-unit]').count()).toBe(3);
    expect(await page.getByTestId('demo-banner').count()).toBe(0);
    await page.screenshot({ path: join(screenshotDir, 'values-4-table.png'), fullPage: true });

    // The filters live in the address: a reload shows the same table.
    await page.reload();
    await table.locator(`tbody tr[data-unit="${filled[1]!.code}"]`).waitFor();
    expect(await page.getByTestId('filter-indicator').inputValue()).toBe('commune.officials');

    // Each figure's history ("Lịch sử"): the value in use, from the file and row, by whom.
    await table.locator(`tbody tr[data-unit="${filled[0]!.code}"]`).getByTestId('history-toggle').click();
    const history = page.getByTestId('value-history');
    await history.locator('tr[data-state="current"]').waitFor();
    expect(await history.locator('tbody tr').count()).toBe(1);
    const current = (await history.locator('tr[data-state="current"]').textContent()) ?? '';
    expect(current).toContain('Đang dùng');
    expect(current).toContain('25');
    expect(current).toContain('so-lieu-cntt-bac-kan-2024.xlsx');
    expect(current).toContain(`dòng ${filled[0]!.row}`);
    await page.screenshot({ path: join(screenshotDir, 'values-5-history.png'), fullPage: true });
    await table.locator(`tbody tr[data-unit="${filled[0]!.code}"]`).getByTestId('history-toggle').click();
    expect(await history.count()).toBe(0);
    expect(pageErrors).toEqual([]);
  });

  it('shows the row and column of each error of a bad CSV, offers the report, and no confirm button', async () => {
    const commune = filled[0] ?? { code: '00001', name: 'Xã', row: 0 };
    const csv = [
      'Mã xã;Tên xã;Chỉ tiêu;Kỳ báo cáo;Giá trị',
      `${commune.code};${commune.name};commune.share_officials_with_digital_signature;${PERIOD};120%`,
      `99999;Xã Không Có;commune.officials;${PERIOD};10`,
    ].join('\r\n');
    await page.goto(`${server.url}/import`);
    await page.getByTestId('file-input').setInputFiles({ name: 'loi-so-lieu.csv', mimeType: 'text/csv', buffer: Buffer.from(csv, 'utf8') });
    await page.getByTestId('upload-button').click();
    const job = page.locator('[data-testid="import-job"][data-state="checked"]');
    await job.waitFor({ timeout: 30_000 });
    expect(await job.getByTestId('import-outcome').getAttribute('data-outcome')).toBe('rejected');
    expect(await job.getByTestId('confirm-import').count()).toBe(0);

    const errors = job.getByTestId('error-table');
    const unknown = errors.locator('tr[data-code="unknown_unit"]');
    expect(await unknown.getAttribute('data-row')).toBe('3');
    expect(await unknown.textContent()).toContain('99999');
    const percent = errors.locator('tbody tr[data-row="2"]');
    expect(await percent.count()).toBeGreaterThan(0);
    expect(await percent.first().textContent()).toContain('120');
    expect(await job.getByTestId('errors-by-code').locator('tr[data-code="unknown_unit"]').count()).toBe(1);

    const report = job.getByTestId('error-report-link');
    expect(await report.textContent()).toBe('Tải báo cáo lỗi (XLSX)');
    const href = await report.getAttribute('href');
    const answer = await page.request.get(`${server.url}${href}`);
    expect(answer.status()).toBe(200);
    expect((await answer.body()).subarray(0, 2).toString()).toBe('PK');
    await page.screenshot({ path: join(screenshotDir, 'values-5-errors.png'), fullPage: true });

    // Dropping the file clears the preview.
    await job.getByTestId('discard-import').click();
    await page.waitForURL((u) => !u.searchParams.has('job'));
    await expect.poll(() => page.getByTestId('import-job').count()).toBe(0);

    // A file that is no spreadsheet fails with the server's reason, in Vietnamese.
    await page.getByTestId('file-input').setInputFiles({ name: 'hong.xlsx', mimeType: 'application/octet-stream', buffer: Buffer.alloc(3000, 7) });
    await page.getByTestId('upload-button').click();
    const failed = page.locator('[data-testid="import-job"][data-state="failed"]');
    await failed.waitFor({ timeout: 30_000 });
    expect(await failed.getByTestId('error-panel').textContent()).toContain('Không xử lý được tệp');
    expect(await failed.getByTestId('error-panel').getAttribute('role')).toBe('alert');
    expect(pageErrors).toEqual([]);
  });

  it('labels demo values with a badge and a banner, in Vietnamese and in English', async () => {
    const demoCommune = await insertDemoValue(
      database,
      PROVINCE,
      PERIOD,
      filled.map((f) => f.code),
    );
    await page.goto(`${server.url}/values?indicator=commune.officials&period=${PERIOD}&area=${PROVINCE}`);
    const row = page.getByTestId('values-table').locator(`tbody tr[data-unit="${demoCommune}"]`);
    await row.waitFor();
    expect(await row.getAttribute('data-kind')).toBe('demo');
    expect(await row.getByTestId('demo-badge').textContent()).toBe('Dữ liệu minh họa');
    expect(await page.getByTestId('demo-banner').textContent()).toContain('Dữ liệu minh họa');
    // Imported values beside it carry no badge.
    expect(await page.getByTestId('values-table').locator(`tbody tr[data-unit="${filled[0]!.code}"] [data-testid="demo-badge"]`).count()).toBe(0);
    expect(await page.getByTestId('filter-area-chosen').textContent()).toContain('Bắc Kạn');
    await page.screenshot({ path: join(screenshotDir, 'values-6-demo.png'), fullPage: true });

    await page.getByTestId('lang-switch').locator('button[lang="en"]').click();
    await expect.poll(() => row.getByTestId('demo-badge').textContent()).toBe('Demo data');
    expect(await page.getByTestId('demo-banner').textContent()).toContain('Demo data');
    await page.screenshot({ path: join(screenshotDir, 'values-7-english.png'), fullPage: true });
    await page.getByTestId('lang-switch').locator('button[lang="vi"]').click();

    // The unit page has a values section (the province's values as of today: those of the units in force
    // today under it) that links to the values table filtered on the unit.
    const todayCommune = await insertDemoValue(database, CURRENT_PROVINCE, CURRENT_PERIOD, []);
    await page.goto(`${server.url}/units/${CURRENT_PROVINCE}`);
    const section = page.getByTestId('unit-values');
    await section.locator(`tbody tr[data-unit="${todayCommune}"][data-kind="demo"]`).waitFor();
    expect(await section.getByTestId('demo-badge').count()).toBeGreaterThan(0);
    expect(await section.getByTestId('demo-banner').count()).toBe(1);
    await page.screenshot({ path: join(screenshotDir, 'values-8-unit-page.png'), fullPage: true });
    await section.getByTestId('unit-values-link').click();
    await page.waitForURL((u) => u.pathname === '/values' && u.searchParams.get('area') === CURRENT_PROVINCE);
    await page.getByTestId('values-table').locator(`tbody tr[data-unit="${todayCommune}"][data-kind="demo"]`).waitFor();
    expect(pageErrors).toEqual([]);
  });

  it('fits a 390 px phone screen', async () => {
    const phone = await browser.newContext({ viewport: { width: 390, height: 844 }, deviceScaleFactor: 2, isMobile: true, hasTouch: true, locale: 'vi-VN' });
    try {
      const p = await phone.newPage();
      await p.goto(`${server.url}/values?indicator=commune.officials&period=${PERIOD}&area=${PROVINCE}`);
      await p.getByTestId('values-table').locator('tbody tr').first().waitFor();
      expect(await p.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
      await p.screenshot({ path: join(screenshotDir, 'values-9-phone-values.png'), fullPage: true });
      // The public sees the template step and is asked to sign in to upload.
      await p.goto(`${server.url}/import`);
      await p.getByTestId('template-step').waitFor();
      await p.getByTestId('sign-in-required').waitFor();
      expect(await p.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
      await p.screenshot({ path: join(screenshotDir, 'values-10-phone-import.png'), fullPage: true });
    } finally {
      await phone.close();
    }
  });
});

/** The first row whose first cell matches. */
function findRow(sheet: ExcelJS.Worksheet, matches: (text: string) => boolean): number {
  for (let r = 1; r <= Math.min(sheet.rowCount, 30); r++) {
    if (matches(String(sheet.getRow(r).getCell(1).value ?? ''))) return r;
  }
  throw new Error('no header row in the template');
}

/** The column of the header row whose header starts with the indicator's Vietnamese name. */
function findColumn(sheet: ExcelJS.Worksheet, headerRow: number, name: string): number {
  const row = sheet.getRow(headerRow);
  for (let c = 1; c <= row.cellCount; c++) {
    if (String(row.getCell(c).value ?? '').startsWith(name)) return c;
  }
  throw new Error(`no column "${name}" in the template`);
}

/**
 * Stores one demo value (in a 'demo' batch) of commune.officials for a commune of `province` in force on
 * the period's last day, other than those in `exclude`; returns the commune's code.
 */
async function insertDemoValue(database: TestDatabase, province: string, period: string, exclude: string[]): Promise<string> {
  const { db } = database;
  const date = periodEnd(parsePeriod(period));
  const inForce = (t: string) => `(${t}.valid_from is null or ${t}.valid_from <= $3::date) and (${t}.valid_to is null or ${t}.valid_to >= $3::date)`;
  const commune = await db.one<{ id: number; code: string }>(
    `select c.id, c.code from admin_unit c
      where c.level = 'commune' and ${inForce('c')} and not (c.code = any($2::text[]))
        and (c.parent_code = $1
             or c.parent_code in (select d.code from admin_unit d where d.level = 'district' and d.parent_code = $1 and ${inForce('d')}))
      order by c.code limit 1`,
    [province, exclude, date],
  );
  // Written as the installation itself (the demo loader's way): approved, so the public reads it too.
  await storeValueRecords(
    { db, actor: 'demo' },
    [[{ unitId: commune.id, indicatorCode: 'commune.officials', period, breakdown: '', series: 'actual', value: 27 }]],
    {
      kind: 'demo',
      fileName: 'demo',
      fileSha256: `demo-${commune.code}-${period}`,
      fileBytes: 0,
      format: 'demo',
      actor: 'demo',
      catalogueVersion: SECTOR_CATALOGUE.version,
      rowsRead: 0,
      summary: {},
    },
  );
  return commune.code;
}
