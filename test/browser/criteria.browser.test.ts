/**
 * The NTM ICT criterion screens in a real browser: the HTTP server on a database with the shipped
 * reference data and the demo dataset, the built web UI, and Debian's Chromium driven by playwright-core.
 * The board of Bắc Kạn (06) on 31/12/2024 is checked against the API's summary, a failing commune's page
 * against its board row, the what-if against the API, and recording (by a reviewer signed in through the
 * UI: recording needs an account, issue #6) names its run. Screenshots go to
 * test-output/screenshots/criteria-*.png.
 */
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startServer } from '../../src/http/server.ts';
import { loadDemoData } from '../../src/services/demo/load-demo.ts';
import type { CriteriaSummary } from '../../src/services/criteria/summarize-criteria.ts';
import type { WhatIfChange } from '../../src/services/criteria/what-if.ts';
import { createTestAccount, ensureWebBuild, hasChromium, launchChromium, requireChromiumInCi, signInThroughUi, type TestAccount } from '../support/browser.ts';
import { testOutputDir } from '../support/paths.ts';
import { openTestDatabase, type TestDatabase } from '../support/test-db.ts';

// A build of its own: two test files emptying and writing one folder at once would serve half-written files.
const distDir = join(testOutputDir, 'web-dist-criteria');
const screenshotDir = join(testOutputDir, 'screenshots');

// Bắc Kạn (06) on 31/12/2024: NTM-2021 under QĐ 1127/QĐ-BTTTT, communes listed by district.
const PROVINCE = '06';
const DATE = '2024-12-31';
const BOARD = `/criteria?province=${PROVINCE}&date=${DATE}`;
// The demo dataset is loaded once (tens of seconds on the embedded engine).
const SETUP_TIMEOUT = 300_000;

/** A national reviewer: records the evaluation of any province. */
const REVIEWER: TestAccount = {
  username: 'thamdinh.quocgia',
  displayName: 'Cán bộ thẩm định',
  role: 'reviewer',
  scope: null,
  password: 'mat-khau-tham-dinh-2024',
};

requireChromiumInCi('criteria');

describe.skipIf(!hasChromium)('criteria screens in Chromium', () => {
  let database: TestDatabase;
  let server: { url: string; close(): Promise<void> };
  let browser: Browser;
  let context: BrowserContext;
  let page: Page;
  let summary: CriteriaSummary;
  const pageErrors: string[] = [];

  beforeAll(async () => {
    await ensureWebBuild(distDir);
    mkdirSync(screenshotDir, { recursive: true });
    database = await openTestDatabase();
    await loadDemoData({ db: database.db, actor: 'test' });
    await createTestAccount(database.db, REVIEWER);
    server = await startServer({ db: database.db, port: 0, webDir: distDir });
    browser = await launchChromium();
    context = await browser.newContext({ viewport: { width: 1280, height: 900 }, locale: 'vi-VN', timezoneId: 'Asia/Ho_Chi_Minh' });
    page = await context.newPage();
    page.on('pageerror', (err) => pageErrors.push(`pageerror: ${err.message}`));
    page.on('console', (msg) => {
      if (msg.type() === 'error') pageErrors.push(`console: ${msg.text()}`);
    });
    const answer = await page.request.get(`${server.url}/api/criteria/summary?province=${PROVINCE}&date=${DATE}`);
    expect(answer.status()).toBe(200);
    summary = (await answer.json()) as CriteriaSummary;
  }, SETUP_TIMEOUT);

  afterAll(async () => {
    await browser?.close();
    await server?.close();
    await database?.dispose();
  });

  it('shows the province board as the API counts it, with the demo banner', async () => {
    await page.goto(`${server.url}${BOARD}`);
    await expect.poll(() => page.locator('html').getAttribute('lang')).toBe('vi');
    expect(await page.getByTestId('main-nav').locator('a[aria-current="page"]').textContent()).toBe('Tiêu chí NTM');

    const headline = page.getByTestId('criteria-headline');
    await headline.waitFor();
    expect(await headline.textContent()).toBe(summary.text.vi);
    expect(summary.text.vi).toMatch(/^\d+\/\d+ xã đạt tiêu chí số 8 \(\d+,\d%\)$/);
    expect(await page.getByTestId('criteria-applied').textContent()).toContain('NTM-2021 · QĐ 1127/QĐ-BTTTT');
    expect(await page.getByTestId('criteria-previous').textContent()).toContain(summary.previousYear!.text.vi);
    expect(await page.getByTestId('criteria-date').inputValue()).toBe('31/12/2024');
    expect(await page.getByTestId('criteria-province').inputValue()).toBe(PROVINCE);
    await page.getByTestId('demo-banner').waitFor();

    // One row per rural commune; those marked "Đạt" are the communes the API counts as passed.
    const table = page.getByTestId('criteria-table');
    expect(await table.locator('tbody tr').count()).toBe(summary.counts.inScope);
    const marked = await table
      .locator('tbody tr')
      .evaluateAll((rows) => rows.filter((r) => r.querySelector('[data-testid="overall"] .crit-outcome-word')?.textContent === 'Đạt').length);
    expect(marked).toBe(summary.counts.passed);
    expect(await table.locator('tbody tr[data-outcome="fail"]').count()).toBe(summary.counts.failed);
    // Wards and towns are listed apart, outside the NTM scope.
    expect(await page.getByTestId('criteria-out-of-scope').textContent()).toContain(`${summary.counts.wards + summary.counts.towns} phường, thị trấn`);
    expect(await page.getByTestId('criteria-districts').locator('tbody tr').count()).toBe(summary.byDistrict.length);
    await page.getByTestId('coverage-text').waitFor();
    await page.screenshot({ path: join(screenshotDir, 'criteria-1-board.png') });

    // The outcome filter lives in the address.
    await page.getByTestId('filter-outcome').selectOption('fail');
    await page.waitForURL((u) => u.searchParams.get('outcome') === 'fail');
    await expect.poll(() => table.locator('tbody tr').count()).toBe(summary.counts.failed);
    await page.screenshot({ path: join(screenshotDir, 'criteria-2-board-failing.png'), fullPage: true });
    expect(pageErrors).toEqual([]);
  });

  it("opens a failing commune's page from the board with the same outcome and first reason", async () => {
    await page.goto(`${server.url}${BOARD}&outcome=fail`);
    const row = page.getByTestId('criteria-table').locator('tbody tr[data-outcome="fail"]').first();
    await row.waitFor();
    const code = await row.getAttribute('data-code');
    const line = summary.communes.find((c) => c.code === code)!;
    const boardReason = await row.getByTestId('first-reason').textContent();
    expect(boardReason).toBe(line.reasons[0]!.vi);
    expect(await row.getByTestId('overall').locator('.crit-outcome-word').textContent()).toBe('Không đạt');

    await row.getByTestId('commune-link').click();
    await page.waitForURL((u) => u.pathname === `/criteria/communes/${code}` && u.searchParams.get('date') === DATE);
    const outcome = page.getByTestId('evaluation-outcome');
    await outcome.waitFor();
    expect(await outcome.getAttribute('data-outcome')).toBe('fail');
    expect(await outcome.locator('.crit-outcome-word').textContent()).toBe('Không đạt');
    expect(await page.getByTestId('evaluation-title').textContent()).toContain(line.name);
    const firstReason = page.locator('[data-testid="sub-card"]:not([data-outcome="pass"]) [data-testid="sub-reason"]').first();
    expect(await firstReason.textContent()).toBe(boardReason);
    expect(await page.getByTestId('evaluation-set').textContent()).toContain('NTM-2021');

    // The condition tree opens on demand and shows the periods of the values read.
    const card = page.locator('[data-testid="sub-card"][data-outcome="fail"]').first();
    await card.locator('summary').click();
    expect(await card.getByTestId('condition-tree').isVisible()).toBe(true);
    // The history lists the year ends under the set in force then, this one included.
    await page.getByTestId('history-table').locator(`tbody tr[data-date="${DATE}"]`).waitFor();
    await page.screenshot({ path: join(screenshotDir, 'criteria-3-commune.png'), fullPage: true });
    expect(pageErrors).toEqual([]);
  });

  it('recounts with radio.minVillageShare = 50% and lists the communes the API says change, storing nothing', async () => {
    const answer = await page.request.post(`${server.url}/api/criteria/what-if`, {
      data: { province: PROVINCE, date: DATE, parameters: { 'radio.minVillageShare': 0.5 } },
    });
    expect(answer.status()).toBe(200);
    const expected = (await answer.json()) as { whatIf: CriteriaSummary; changed: WhatIfChange[] };
    expect(expected.changed.length).toBeGreaterThan(0);

    await page.goto(`${server.url}${BOARD}`);
    const panel = page.getByTestId('whatif-panel');
    await panel.locator('summary').first().click();
    const share = panel.getByTestId('param-radio.minVillageShare');
    expect(await share.inputValue()).toBe('100');
    await share.fill('50');
    await panel.getByTestId('whatif-run').click();
    const result = panel.getByTestId('whatif-result');
    await result.waitFor();
    expect(await result.getByTestId('whatif-label').textContent()).toBe('Tính thử — không lưu');
    expect(await result.getByTestId('whatif-text').textContent()).toBe(expected.whatIf.text.vi);
    expect(await result.getByTestId('whatif-base').textContent()).toBe(summary.text.vi);
    const codes = await result
      .getByTestId('whatif-changes')
      .locator('tbody tr')
      .evaluateAll((rows) => rows.map((r) => r.getAttribute('data-code')));
    expect(codes).toEqual(expected.changed.map((c) => c.code));
    await panel.screenshot({ path: join(screenshotDir, 'criteria-4-whatif.png') });

    // Nothing was stored: the board still shows the national count.
    await page.reload();
    expect(await page.getByTestId('criteria-headline').textContent()).toBe(summary.text.vi);
    expect(pageErrors).toEqual([]);
  });

  it('records the review after a confirmation and shows the run in the commune history', async () => {
    // The public is told that recording needs an account; a reviewer signs in.
    await page.goto(`${server.url}${BOARD}`);
    await page.getByTestId('record-panel').getByTestId('record-not-allowed').waitFor();
    await signInThroughUi(page, server.url, REVIEWER, BOARD);
    const panel = page.getByTestId('record-panel');
    await panel.getByTestId('record-open').click();
    expect(await panel.getByTestId('record-confirm').textContent()).toContain(`${summary.counts.inScope} xã`);
    await panel.getByTestId('record-reason').fill('Kiểm thử');
    await panel.getByTestId('record-confirm-button').click();
    const recorded = panel.getByTestId('record-result');
    await recorded.waitFor();
    const run = await recorded.getAttribute('data-run');
    expect(run).toMatch(/^\d+$/);
    expect(await recorded.textContent()).toContain(`${summary.counts.passed} đạt, ${summary.counts.failed} không đạt`);
    await panel.screenshot({ path: join(screenshotDir, 'criteria-5-recorded.png') });

    const commune = summary.communes.find((c) => c.outcome === 'pass')!;
    await page.goto(`${server.url}/criteria/communes/${commune.code}?date=${DATE}`);
    const line = page.getByTestId('history-table').locator(`tbody tr[data-source="recorded"][data-date="${DATE}"]`);
    await line.waitFor();
    expect(await line.textContent()).toContain(`#${run}`);
    expect(pageErrors).toEqual([]);
  });

  it('says NTM-2026 has no criterion 8 and offers 31/12/2025; switches to English', async () => {
    await page.goto(`${server.url}/criteria?province=19&date=2026-06-30`);
    const note = page.getByTestId('criteria-no-criterion');
    await note.waitFor();
    expect(await note.textContent()).toContain('không có "tiêu chí số 8');
    expect(await page.getByTestId('criteria-table').count()).toBe(0);
    await page.screenshot({ path: join(screenshotDir, 'criteria-6-ntm2026.png') });
    await note.getByTestId('criteria-suggest-date').click();
    await page.waitForURL((u) => u.searchParams.get('date') === '2025-12-31');
    await page.getByTestId('criteria-table').waitFor();

    await page.getByTestId('lang-switch').locator('button[lang="en"]').click();
    await expect.poll(() => page.getByTestId('criteria-headline').textContent()).toMatch(/communes meet criterion 8/);
    expect(await page.getByTestId('main-nav').locator('a[aria-current="page"]').textContent()).toBe('NTM criteria');
    await page.screenshot({ path: join(screenshotDir, 'criteria-7-english.png') });
    await page.getByTestId('lang-switch').locator('button[lang="vi"]').click();
    expect(pageErrors).toEqual([]);
  });

  it('fits a 390 px phone screen', async () => {
    const phone = await browser.newContext({ viewport: { width: 390, height: 844 }, deviceScaleFactor: 2, isMobile: true, hasTouch: true, locale: 'vi-VN' });
    try {
      const p = await phone.newPage();
      await p.goto(`${server.url}${BOARD}`);
      await p.getByTestId('criteria-table').waitFor();
      expect(await p.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
      await p.screenshot({ path: join(screenshotDir, 'criteria-8-phone.png') });
    } finally {
      await phone.close();
    }
  });
});
