/**
 * The review workflow in a real browser (issue #6, "Done when"): a commune officer signs in, uploads a
 * small CSV through the import page and submits it; a provincial reviewer returns it with a reason; the
 * officer sees the reason, uploads a correction submitted on storing; the reviewer approves it; the
 * figure's history ("Lịch sử") shows every step — entered, submitted, returned with the reason, entered,
 * submitted, approved. The public does not see the figure until it is approved. Screenshots at 1280 px
 * go to docs/screenshots/ (sign-in, due-list, review-queue, review-detail, value-history-steps).
 */
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startServer } from '../../src/http/server.ts';
import {
  createTestAccount,
  ensureWebBuild,
  hasChromium,
  launchChromium,
  requireChromiumInCi,
  signInThroughUi,
  signOutThroughUi,
  type TestAccount,
  watchPageErrors,
} from '../support/browser.ts';
import { repoRoot, testOutputDir } from '../support/paths.ts';
import { openTestDatabase, type TestDatabase } from '../support/test-db.ts';

const distDir = join(testOutputDir, 'web-dist-review');
const docsScreenshotDir = join(repoRoot, 'docs', 'screenshots');

/** Thái Nguyên after the reform; its first commune in code order is the officer's. */
const PROVINCE = '19';
const PERIOD = '2025';
const INDICATOR = 'commune.officials';
/** The reviewer's reason: markup, a script and an SQL fragment that must come back as the text typed (hostile input inert). */
const REASON = "Số cán bộ không khớp danh sách của tỉnh <b>(25 ≠ 27)</b><img src=x onerror=alert(1)> '; delete from submission;--";

const REVIEWER: TestAccount = {
  username: 'thamdinh.thainguyen',
  displayName: 'Trần Thị Thẩm Định',
  role: 'reviewer',
  scope: PROVINCE,
  password: 'mat-khau-tham-dinh-2026',
};

requireChromiumInCi('review workflow');

describe.skipIf(!hasChromium)('review workflow in Chromium', () => {
  let database: TestDatabase;
  let server: { url: string; close(): Promise<void> };
  let browser: Browser;
  let context: BrowserContext;
  let page: Page;
  let officer: TestAccount;
  let commune: { code: string; fullName: string };
  const pageErrors: string[] = [];
  const valuesUrl = () => `/values?indicator=${INDICATOR}&period=${PERIOD}&area=${commune.code}`;

  beforeAll(async () => {
    await ensureWebBuild(distDir);
    mkdirSync(docsScreenshotDir, { recursive: true });
    database = await openTestDatabase();
    commune = await database.db.one<{ code: string; fullName: string }>(
      `select code, full_name as "fullName" from admin_unit
        where level = 'commune' and parent_code = $1 and valid_from <= '2025-12-31' and valid_to is null
        order by code limit 1`,
      [PROVINCE],
    );
    officer = {
      username: 'canbo.xa',
      displayName: 'Nguyễn Văn Cán Bộ',
      role: 'officer',
      scope: commune.code,
      password: 'mat-khau-can-bo-xa-2026',
    };
    await createTestAccount(database.db, officer);
    await createTestAccount(database.db, REVIEWER);
    server = await startServer({ db: database.db, port: 0, webDir: distDir });
    browser = await launchChromium();
    context = await browser.newContext({ viewport: { width: 1280, height: 900 }, locale: 'vi-VN', timezoneId: 'Asia/Ho_Chi_Minh' });
    page = await context.newPage();
    // A script hidden in a reason must never run: a dialog counts as an error.
    watchPageErrors(page, pageErrors, { dialogs: true });
  });

  afterAll(async () => {
    await browser?.close();
    await server?.close();
    await database?.dispose();
  });

  /** What a visitor without an account sees of the figure on the values page: its value text, or null. */
  const publicValue = async (): Promise<string | null> => {
    const visitor = await browser.newContext({ viewport: { width: 1280, height: 900 }, locale: 'vi-VN' });
    try {
      const p = await visitor.newPage();
      await p.goto(`${server.url}${valuesUrl()}`);
      await p.locator('[data-testid="values-table"], [data-testid="values-panel"] .empty-note').first().waitFor();
      const row = p.getByTestId('values-table').locator(`tbody tr[data-unit="${commune.code}"]`);
      return (await row.count()) === 0 ? null : ((await row.getByTestId('value-cell').textContent()) ?? '');
    } finally {
      await visitor.close();
    }
  };

  /** Uploads a one-figure CSV through the import page, confirms it, and waits until it is stored. */
  const importFigure = async (value: number, fileName: string, submitOnStore: boolean) => {
    await page.goto(`${server.url}/import`);
    const csv = ['Mã xã;Chỉ tiêu;Kỳ báo cáo;Giá trị', `${commune.code};${INDICATOR};${PERIOD};${value}`].join('\r\n');
    await page.getByTestId('file-input').setInputFiles({ name: fileName, mimeType: 'text/csv', buffer: Buffer.from(csv, 'utf8') });
    if (submitOnStore) await page.getByTestId('submit-after-save').check();
    await page.getByTestId('upload-button').click();
    const job = page.locator('[data-testid="import-job"][data-state="checked"]');
    await job.waitFor({ timeout: 30_000 });
    expect(await job.getByTestId('import-outcome').getAttribute('data-outcome')).toBe('accepted');
    await job.getByTestId('confirm-import').click();
    await page.getByTestId('import-committed').waitFor({ timeout: 30_000 });
  };

  it('lets a commune officer sign in, enter a figure and submit it; the public does not see it', async () => {
    await page.goto(`${server.url}/dang-nhap`);
    await page.getByTestId('sign-in-username').fill(officer.username);
    await page.getByTestId('sign-in-password').fill(officer.password);
    await page.screenshot({ path: join(docsScreenshotDir, 'sign-in.png') });
    await page.getByTestId('sign-in-submit').click();
    // An officer starts on what is due.
    await page.waitForURL((u) => u.pathname === '/can-nop');
    expect(await page.getByTestId('user-menu-name').textContent()).toBe(officer.displayName);
    await page.getByTestId('user-menu').locator('summary').click();
    expect(await page.getByTestId('user-role').textContent()).toBe('Cán bộ xã');
    expect(await page.getByTestId('user-scope').textContent()).toBe(commune.fullName);
    await page.getByTestId('user-menu').locator('summary').click();

    await importFigure(25, 'so-lieu-can-bo-2025.csv', false);
    const submit = page.getByTestId('submit-batch');
    await submit.getByTestId('submit-now').waitFor();
    expect(await submit.getAttribute('data-open')).toBe('1');
    await submit.getByTestId('submit-now').click();
    await page.getByTestId('batch-submitted').waitFor();
    expect(await page.getByTestId('batch-submitted').textContent()).toBe('Đã gửi duyệt 1 bộ số liệu.');

    // What is due: the year 2025 is submitted; deadlines written dd/mm/yyyy, late periods marked.
    await page.goto(`${server.url}/can-nop?all=true`);
    const due = page.getByTestId('due-list');
    const year = due.locator(`tr[data-testid="due-row"][data-unit="${commune.code}"][data-period="${PERIOD}"]`);
    await year.waitFor();
    expect(await year.getAttribute('data-state')).toBe('submitted');
    expect(await year.getByTestId('due-deadline').textContent()).toMatch(/^\d{2}\/\d{2}\/2026$/);
    await page.screenshot({ path: join(docsScreenshotDir, 'due-list.png'), fullPage: true });

    expect(await publicValue()).toBeNull();
    expect(pageErrors).toEqual([]);
  });

  it('lets a provincial reviewer return it with a reason, which the officer then reads', async () => {
    await signOutThroughUi(page);
    await signInThroughUi(page, server.url, REVIEWER, '/tham-dinh');
    const row = page.locator(`[data-testid="queue-row"][data-unit="${commune.code}"]`);
    await row.waitFor();
    expect(await row.getAttribute('data-state')).toBe('submitted');
    expect(await row.getByTestId('queue-changes').textContent()).toBe('1 mới · 0 sửa');
    await row.getByTestId('queue-select').check();
    await page.screenshot({ path: join(docsScreenshotDir, 'review-queue.png'), fullPage: true });

    // A return needs a reason: the dialog refuses an empty one.
    await page.getByTestId('move-return').click();
    const dialog = page.getByTestId('reason-dialog');
    await dialog.waitFor();
    await dialog.getByTestId('reason-confirm').click();
    expect(await dialog.getByTestId('reason-input').getAttribute('aria-invalid')).toBe('true');
    await dialog.getByTestId('reason-input').fill(REASON);
    await dialog.getByTestId('reason-confirm').click();
    await page.getByTestId('move-done').waitFor();
    expect(await page.getByTestId('move-done').textContent()).toBe('Trả lại: xong 1 bộ số liệu.');
    await expect.poll(() => row.count()).toBe(0);

    await signOutThroughUi(page);
    await signInThroughUi(page, server.url, officer, '/tham-dinh');
    const own = page.locator(`[data-testid="queue-row"][data-unit="${commune.code}"]`);
    await own.waitFor();
    expect(await own.getAttribute('data-state')).toBe('returned');
    // The reason comes back as text: its markup is shown, not applied.
    expect(await own.getByTestId('queue-reason').textContent()).toBe(REASON);
    expect(await own.locator('b').count()).toBe(0);
    expect(await page.locator('img[src="x"]').count()).toBe(0);
    expect(await publicValue()).toBeNull();
    expect(pageErrors).toEqual([]);
  });

  it('lets the officer correct and submit on storing, and the reviewer approve from the detail', async () => {
    await importFigure(27, 'so-lieu-can-bo-2025-sua.csv', true);
    await page.getByTestId('batch-already-submitted').waitFor();

    await signOutThroughUi(page);
    await signInThroughUi(page, server.url, REVIEWER, '/tham-dinh');
    const row = page.locator(`[data-testid="queue-row"][data-unit="${commune.code}"]`);
    await row.waitFor();
    expect(await row.getByTestId('queue-changes').textContent()).toBe('0 mới · 1 sửa');
    await row.getByTestId('queue-open').click();
    const detail = page.getByTestId('submission-detail');
    await detail.waitFor();
    const value = detail.locator(`[data-testid="detail-value"][data-indicator="${INDICATOR}"]`);
    expect(await value.getByTestId('detail-value-now').textContent()).toContain('27');
    expect(await value.getByTestId('detail-value-previous').textContent()).toBe('25');
    expect(await value.textContent()).toContain('so-lieu-can-bo-2025-sua.csv · dòng 2');
    const timeline = detail.getByTestId('submission-timeline');
    expect(await timeline.locator('li').evaluateAll((items) => items.map((li) => li.getAttribute('data-action')))).toEqual([
      'submission.submit',
      'submission.return',
      'submission.submit',
    ]);
    expect(await timeline.getByTestId('timeline-reason').textContent()).toBe(`Lý do: ${REASON}`);
    await page.screenshot({ path: join(docsScreenshotDir, 'review-detail.png'), fullPage: true });

    await detail.getByTestId('move-approve').click();
    await page.getByTestId('move-done').waitFor();
    await expect.poll(() => detail.getAttribute('data-state')).toBe('approved');
    expect(pageErrors).toEqual([]);
  });

  it('shows every step in the figure’s history, and the approved figure to the public', async () => {
    await page.goto(`${server.url}${valuesUrl()}`);
    const row = page.getByTestId('values-table').locator(`tbody tr[data-unit="${commune.code}"]`);
    await row.waitFor();
    expect(await row.locator('[data-status]').getAttribute('data-status')).toBe('approved');
    await row.getByTestId('history-toggle').click();
    const history = page.getByTestId('value-history');
    const steps = history.getByTestId('history-step');
    await steps.first().waitFor();
    expect(await steps.evaluateAll((items) => items.map((li) => li.getAttribute('data-action')))).toEqual([
      'entered',
      'submitted',
      'returned',
      'entered',
      'submitted',
      'approved',
    ]);
    expect(await steps.nth(0).textContent()).toContain('giá trị 25');
    expect(await steps.nth(2).getByTestId('history-step-reason').textContent()).toBe(`lý do: ${REASON}`);
    expect(await steps.nth(3).textContent()).toContain('giá trị 27');
    expect(await steps.nth(5).textContent()).toContain(REVIEWER.username);
    await history.scrollIntoViewIfNeeded();
    await page.screenshot({ path: join(docsScreenshotDir, 'value-history-steps.png'), fullPage: true });

    expect(await publicValue()).toContain('27');
    // The public is asked to sign in for the history.
    const visitor = await browser.newContext({ viewport: { width: 1280, height: 900 }, locale: 'vi-VN' });
    try {
      const p = await visitor.newPage();
      await p.goto(`${server.url}${valuesUrl()}`);
      const publicRow = p.getByTestId('values-table').locator(`tbody tr[data-unit="${commune.code}"]`);
      await publicRow.getByTestId('history-toggle').click();
      expect(await p.getByTestId('history-sign-in').textContent()).toBe('Đăng nhập để xem lịch sử');
    } finally {
      await visitor.close();
    }
    expect(pageErrors).toEqual([]);
  });

  it('fits a 390 px phone screen', async () => {
    const phone = await browser.newContext({ viewport: { width: 390, height: 844 }, deviceScaleFactor: 2, isMobile: true, hasTouch: true, locale: 'vi-VN' });
    try {
      const p = await phone.newPage();
      await signInThroughUi(p, server.url, REVIEWER, '/tham-dinh?state=approved');
      await p.locator(`[data-testid="queue-row"][data-unit="${commune.code}"]`).waitFor();
      expect(await p.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
      await p.screenshot({ path: join(testOutputDir, 'screenshots', 'review-phone-queue.png'), fullPage: true });
      await p.goto(`${server.url}/can-nop?unit=${commune.code}&all=true`);
      await p.getByTestId('due-list').waitFor();
      expect(await p.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
      await p.screenshot({ path: join(testOutputDir, 'screenshots', 'review-phone-due.png'), fullPage: true });
    } finally {
      await phone.close();
    }
  });
});
