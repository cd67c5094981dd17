/**
 * Accounts in a real browser (issue #6): the first-run setup with the one-time code creates the national
 * administrator; it creates a commune officer with the unit search as scope picker, disables and enables
 * it, sets its password; creates an API token (shown once) and revokes it; closes and reopens a period;
 * changes its own password; the officer then signs in with the password given. Screenshots go to
 * test-output/screenshots/accounts-*.png.
 */
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, Page, Response } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startServer } from '../../src/http/server.ts';
import { issueSetupCodeIfNeeded } from '../../src/services/auth/first-run.ts';
import { ensureWebBuild, hasChromium, launchChromium, requireChromiumInCi, signInThroughUi, signOutThroughUi, watchPageErrors } from '../support/browser.ts';
import { testOutputDir } from '../support/paths.ts';
import { openTestDatabase, type TestDatabase } from '../support/test-db.ts';

const distDir = join(testOutputDir, 'web-dist-accounts');
const screenshotDir = join(testOutputDir, 'screenshots');
const ADMIN = { username: 'quantri', displayName: 'Quản trị hệ thống', password: 'mat-khau-quan-tri-dau-tien' };
const OFFICER = { username: 'canbo.ducxuan', displayName: 'Lê Thị Cán Bộ', password: 'mat-khau-can-bo-moi-2026' };

requireChromiumInCi('accounts');

describe.skipIf(!hasChromium)('accounts and tokens in Chromium', () => {
  let database: TestDatabase;
  let server: { url: string; close(): Promise<void> };
  let browser: Browser;
  let page: Page;
  let setupCode: string;
  const pageErrors: string[] = [];

  beforeAll(async () => {
    await ensureWebBuild(distDir);
    mkdirSync(screenshotDir, { recursive: true });
    database = await openTestDatabase();
    // What `ictmon serve` prints on its console on a first start.
    setupCode = (await issueSetupCodeIfNeeded({ db: database.db, actor: 'test' }))!.code;
    server = await startServer({ db: database.db, port: 0, webDir: distDir });
    browser = await launchChromium();
    const context = await browser.newContext({ viewport: { width: 1280, height: 900 }, locale: 'vi-VN', timezoneId: 'Asia/Ho_Chi_Minh' });
    await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: server.url });
    page = await context.newPage();
    watchPageErrors(page, pageErrors);
  });

  afterAll(async () => {
    await browser?.close();
    await server?.close();
    await database?.dispose();
  });

  it('creates the first administrator with the setup code', async () => {
    await page.goto(`${server.url}/dang-nhap`);
    await page.getByTestId('setup-needed').getByRole('link').click();
    await page.waitForURL((u) => u.pathname === '/setup');
    const form = page.getByTestId('setup-form');
    await form.getByTestId('setup-code').fill(setupCode.toLowerCase());
    await form.getByTestId('setup-username').fill(ADMIN.username);
    await form.getByTestId('setup-display-name').fill(ADMIN.displayName);
    await form.getByTestId('setup-password').fill(ADMIN.password);
    await form.getByTestId('setup-password-again').fill(`${ADMIN.password}x`);
    expect(await form.getByTestId('setup-submit').isDisabled()).toBe(true);
    await form.getByTestId('setup-password-again').fill(ADMIN.password);
    await form.getByTestId('setup-submit').click();
    await page.waitForURL((u) => u.pathname === '/tai-khoan');
    expect(await page.getByTestId('user-menu-name').textContent()).toBe(ADMIN.displayName);
    await page.getByTestId('user-menu').locator('summary').click();
    expect(await page.getByTestId('user-scope').textContent()).toBe('Toàn quốc');
    expect(await page.getByTestId('menu-accounts').count()).toBe(1);
    await page.getByTestId('user-menu').locator('summary').click();
    expect(pageErrors).toEqual([]);
  });

  it('creates a commune officer, disables and enables it, and sets its password', async () => {
    const form = page.getByTestId('account-form');
    await form.getByTestId('account-username').fill(OFFICER.username);
    await form.getByTestId('account-display-name').fill(OFFICER.displayName);
    await form.getByTestId('account-role').selectOption('officer');
    expect(await form.getByTestId('account-role-duty').textContent()).toContain('Nhập và gửi số liệu của xã');
    await form.getByTestId('account-scope').pressSequentially('duc xuan', { delay: 20 });
    const hit = form.getByTestId('account-scope-results').locator('[role="option"][data-code="01840"]').first();
    await hit.waitFor();
    await hit.click();
    await form.getByTestId('account-scope-chosen').waitFor();
    await form.getByTestId('account-create').click();
    await page.getByTestId('accounts-message').waitFor();
    const row = page.locator(`[data-testid="account-row"][data-username="${OFFICER.username}"]`);
    await row.waitFor();
    expect(await row.textContent()).toContain('Cán bộ xã');
    expect(await row.textContent()).toContain('Đức Xuân');
    expect(await row.textContent()).toContain('Chưa có mật khẩu');
    await page.screenshot({ path: join(screenshotDir, 'accounts-1-list.png'), fullPage: true });

    await row.getByTestId('account-toggle').click();
    await expect.poll(() => row.getAttribute('data-active')).toBe('no');
    await row.getByTestId('account-toggle').click();
    await expect.poll(() => row.getAttribute('data-active')).toBe('yes');
    await row.getByTestId('account-password-open').click();
    await row.getByTestId('account-password-input').fill(OFFICER.password);
    await row.getByTestId('account-password-save').click();
    await expect.poll(async () => (await row.textContent())?.includes('Chưa có mật khẩu')).toBe(false);
    expect(pageErrors).toEqual([]);
  });

  it('creates an API token shown once, and revokes it', async () => {
    await page.goto(`${server.url}/ma-truy-cap`);
    await page.getByTestId('token-name').fill('Hệ thống báo cáo <thử>');
    await page.getByTestId('token-days').fill('30');
    await page.getByTestId('token-create').click();
    const created = page.getByTestId('token-created');
    await created.waitFor();
    const token = await created.getByTestId('token-value').inputValue();
    expect(token).toMatch(/^ictm_/);
    await created.getByTestId('token-copy').click();
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(token);
    await page.screenshot({ path: join(screenshotDir, 'accounts-2-token.png'), fullPage: true });
    await created.getByTestId('token-done').click();
    expect(await page.getByTestId('token-value').count()).toBe(0);
    const row = page.getByTestId('tokens-table').locator('[data-testid="token-row"]').first();
    expect(await row.textContent()).toContain('Hệ thống báo cáo <thử>');
    expect(await row.textContent()).toContain(token.slice(0, 12));
    expect(await row.textContent()).not.toContain(token);
    page.once('dialog', (d) => void d.accept());
    await row.getByTestId('token-revoke').click();
    await expect.poll(() => row.getAttribute('data-state')).toBe('revoked');
    expect(pageErrors).toEqual([]);
  });

  it('closes a period for every province and opens it again', async () => {
    await page.goto(`${server.url}/ky-bao-cao`);
    await page.getByTestId('close-period-input').fill('2024');
    await page.getByTestId('close-reason').fill('Đã đủ số liệu năm 2024');
    await page.getByTestId('close-submit').click();
    const row = page.locator('[data-testid="closure-row"][data-period="2024"]');
    await row.waitFor();
    expect(await row.textContent()).toContain('Mọi tỉnh');
    await page.screenshot({ path: join(screenshotDir, 'accounts-3-periods.png'), fullPage: true });
    await row.getByRole('button').click();
    await expect.poll(() => row.count()).toBe(0);
    expect(pageErrors).toEqual([]);
  });

  it('changes its own password, and the officer signs in with the one set for it', async () => {
    await page.goto(`${server.url}/doi-mat-khau`);
    await page.getByTestId('password-current').fill(ADMIN.password);
    await page.getByTestId('password-new').fill('mat-khau-quan-tri-thu-hai');
    await page.getByTestId('password-again').fill('mat-khau-quan-tri-thu-hai');
    await page.getByTestId('password-submit').click();
    await page.getByTestId('password-changed').waitFor();
    await signOutThroughUi(page);
    await signInThroughUi(page, server.url, OFFICER);
    await page.getByTestId('user-menu').locator('summary').click();
    expect(await page.getByTestId('user-role').textContent()).toBe('Cán bộ xã');
    expect(await page.getByTestId('menu-accounts').count()).toBe(0);
    // An officer has no accounts page.
    await page.goto(`${server.url}/tai-khoan`);
    await page.getByTestId('role-not-allowed').waitFor();
    expect(pageErrors).toEqual([]);
  });

  it('reads a new CSRF token and sends again when the session changed in another tab', async () => {
    // Another tab signs out and in again: this tab's token belongs to the ended session.
    const other = await page.context().newPage();
    await other.goto(`${server.url}/`);
    await signOutThroughUi(other);
    await signInThroughUi(other, server.url, OFFICER);
    await other.close();

    const posts: number[] = [];
    const onResponse = (r: Response) => {
      if (r.request().method() === 'POST' && r.url().endsWith('/api/tokens')) posts.push(r.status());
    };
    page.on('response', onResponse);
    // Moving within the app keeps the page (and its stale token).
    await page.getByTestId('user-menu').locator('summary').click();
    await page.getByTestId('user-menu').getByRole('link', { name: 'Mã truy cập API' }).click();
    await page.getByTestId('token-name').fill('Máy chủ xã');
    await page.getByTestId('token-create').click();
    await page.getByTestId('token-created').waitFor();
    page.off('response', onResponse);
    expect(posts).toEqual([403, 201]);
    // The refused first attempt is the one expected error.
    expect(pageErrors.filter((e) => !/403 POST .*\/api\/tokens$|status of 403/.test(e))).toEqual([]);
  });
});
