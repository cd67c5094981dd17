/**
 * The unit browser in a real browser: the HTTP server on a database with the shipped reference data,
 * the built web UI, and Debian's Chromium driven by playwright-core. Screenshots go to
 * test-output/screenshots/unit-browser-*.png.
 */
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startServer } from '../../src/http/server.ts';
import { ensureWebBuild, hasChromium, launchChromium, requireChromiumInCi } from '../support/browser.ts';
import { testOutputDir } from '../support/paths.ts';
import { openTestDatabase, type TestDatabase } from '../support/test-db.ts';

const distDir = join(testOutputDir, 'web-dist-units');
const screenshotDir = join(testOutputDir, 'screenshots');

requireChromiumInCi('unit-browser');

describe.skipIf(!hasChromium)('unit browser in Chromium', () => {
  let database: TestDatabase;
  let server: { url: string; close(): Promise<void> };
  let browser: Browser;
  let context: BrowserContext;
  let page: Page;
  const pageErrors: string[] = [];

  beforeAll(async () => {
    await ensureWebBuild(distDir);
    mkdirSync(screenshotDir, { recursive: true });
    database = await openTestDatabase();
    server = await startServer({ db: database.db, port: 0, webDir: distDir });
    browser = await launchChromium();
    context = await browser.newContext({ viewport: { width: 1280, height: 800 }, locale: 'vi-VN', timezoneId: 'Asia/Ho_Chi_Minh' });
    page = await context.newPage();
    page.on('pageerror', (err) => pageErrors.push(`pageerror: ${err.message}`));
    page.on('console', (msg) => {
      if (msg.type() === 'error') pageErrors.push(`console: ${msg.text()}`);
    });
  });

  afterAll(async () => {
    await browser?.close();
    await server?.close();
    await database?.dispose();
  });

  it('finds Bắc Kạn, shows it ended 30/06/2025 with successor Thái Nguyên (19), and switches to English', async () => {
    await page.goto(`${server.url}/?at=2026-01-01`);
    await expect.poll(() => page.locator('html').getAttribute('lang')).toBe('vi');

    // The tree lists the 34 provinces of the two-tier structure.
    const tree = page.getByTestId('unit-tree');
    await tree.locator('[role="treeitem"][aria-level="1"]').first().waitFor();
    expect(await tree.locator('[role="treeitem"][aria-level="1"]').count()).toBe(34);
    expect(await page.getByTestId('tier-note').textContent()).toContain('2 cấp');
    expect(await page.getByTestId('date-input').inputValue()).toBe('01/01/2026');
    await page.screenshot({ path: join(screenshotDir, 'unit-browser-1-tree.png') });

    // Typing searches (debounced); the former province is marked as no longer in force.
    await page.getByTestId('search-input').pressSequentially('bac kan', { delay: 40 });
    const hit = page.getByTestId('search-results').locator('[role="option"][data-code="06"]');
    await hit.waitFor();
    expect(await hit.textContent()).toContain('Bắc Kạn');
    expect(await hit.locator('[data-testid="status-badge"]').getAttribute('data-status')).toBe('ended');
    expect(await hit.locator('[data-testid="status-badge"]').textContent()).toContain('Đã hết hiệu lực');
    await page.screenshot({ path: join(screenshotDir, 'unit-browser-2-search.png') });

    await hit.click();
    await page.waitForURL((u) => u.pathname === '/units/06' && u.searchParams.get('at') === '2026-01-01');
    const title = page.getByTestId('unit-title');
    await title.waitFor();
    expect(await title.textContent()).toContain('Bắc Kạn');
    expect(await title.textContent()).toContain('(06)');
    const badge = page.locator('.unit-status [data-testid="status-badge"]');
    expect(await badge.getAttribute('data-status')).toBe('ended');
    // Last day in force 30/06/2025, so no longer in force from 01/07/2025.
    expect(await badge.textContent()).toBe('Đã hết hiệu lực từ 01/07/2025');
    expect(await badge.getAttribute('title')).toContain('30/06/2025');
    expect(await page.getByTestId('validity').textContent()).toContain('30/06/2025');

    const successor = page.getByTestId('successors').locator('tr[data-code="19"]');
    await successor.waitFor();
    expect(await successor.textContent()).toContain('Thái Nguyên');
    expect(await successor.textContent()).toContain('(19)');
    expect(await successor.locator('a').getAttribute('href')).toBe('/units/19?at=2026-01-01');
    await page.screenshot({ path: join(screenshotDir, 'unit-browser-3-unit-page.png'), fullPage: true });

    await page.getByTestId('lang-switch').locator('button[lang="en"]').click();
    await expect.poll(() => page.locator('html').getAttribute('lang')).toBe('en');
    await page.getByRole('heading', { name: /^Successors/ }).waitFor();
    expect(await badge.textContent()).toBe('No longer in force since 01/07/2025');
    expect(await page.evaluate(() => window.localStorage.getItem('ictmon.lang'))).toBe('en');
    await page.screenshot({ path: join(screenshotDir, 'unit-browser-4-english.png'), fullPage: true });

    // The successor link keeps the date and opens the new province.
    await successor.locator('a').click();
    await page.waitForURL((u) => u.pathname === '/units/19');
    await expect.poll(() => title.textContent()).toContain('Thái Nguyên');
    expect(await page.getByTestId('predecessors').locator('tr[data-code="06"]').count()).toBe(1);

    expect(pageErrors).toEqual([]);
  });

  it('shows three tiers on 30/06/2025 and loads districts when a province is expanded, on a phone', async () => {
    const phone = await browser.newContext({ viewport: { width: 390, height: 844 }, deviceScaleFactor: 2, isMobile: true, hasTouch: true });
    try {
      const p = await phone.newPage();
      await p.goto(`${server.url}/?at=2025-06-30`);
      const tree = p.getByTestId('unit-tree');
      await tree.locator('[role="treeitem"][aria-level="1"]').first().waitFor();
      expect(await tree.locator('[role="treeitem"][aria-level="1"]').count()).toBe(63);
      expect(await p.getByTestId('tier-note').textContent()).toContain('3 cấp');

      const bacKan = tree.locator('[role="treeitem"][data-code="06"]');
      expect(await bacKan.getAttribute('aria-expanded')).toBe('false');
      await bacKan.locator('.tree-toggle').first().click();
      expect(await bacKan.getAttribute('aria-expanded')).toBe('true');
      const districts = bacKan.locator('[role="group"] > [role="treeitem"][aria-level="2"]');
      await districts.first().waitFor();
      expect(await districts.count()).toBeGreaterThan(1);
      await bacKan.scrollIntoViewIfNeeded();
      await p.screenshot({ path: join(screenshotDir, 'unit-browser-5-phone-tree.png') });
    } finally {
      await phone.close();
    }
  });
});
