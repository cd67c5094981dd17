/**
 * The dashboard in a real browser: the HTTP server on a database with the reference data, the demo
 * dataset and (when ../shared holds them) the 2025 commune boundaries imported through the API, the built
 * web UI, and Debian's Chromium driven by playwright-core. Thái Nguyên (19) in 2025 is checked against
 * the API's dashboard, the year changed, a commune clicked on the map; a value imported through the
 * values API shows on reload. The API writes are the installation's own (the owner key the local CLI
 * presents, issue #6), so the imported figure is published at once. Screenshots go to test-output/screenshots/dashboard-*.png and
 * docs/screenshots/dashboard.png, dashboard-map.png.
 */
import { existsSync, mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startServer } from '../../src/http/server.ts';
import type { DashboardResult, KeyFigure } from '../../src/services/analytics/analytics-types.ts';
import { loadDemoData } from '../../src/services/demo/load-demo.ts';
import type { ImportJobView } from '../../src/services/values-import/import-jobs.ts';
import { formatIndicatorNumber } from '../../web/src/lib/dashboard-format.ts';
import { ensureWebBuild, hasChromium, launchChromium, requireChromiumInCi } from '../support/browser.ts';
import { repoRoot, sharedAdminDir, testOutputDir } from '../support/paths.ts';
import { openTestDatabase, type TestDatabase } from '../support/test-db.ts';

// A build of its own: two test files emptying and writing one folder at once would serve half-written files.
const distDir = join(testOutputDir, 'web-dist-dashboard');
const screenshotDir = join(testOutputDir, 'screenshots');
/** The secret the local CLI presents to act as the installation: writes through the API need it (or an account). */
const OWNER_KEY = `test-owner-${process.pid}-${Date.now()}`;
const ownerHeaders = { authorization: `Bearer ${OWNER_KEY}` };
const docsScreenshotDir = join(repoRoot, 'docs', 'screenshots');
const COMMUNE_BOUNDARIES = join(sharedAdminDir, 'gis', 'communes-2025.topojson');
const hasBoundaries = existsSync(COMMUNE_BOUNDARIES);

// Thái Nguyên (19) after the reform of 01/07/2025 (Bắc Kạn and the former Thái Nguyên), and before it.
const PROVINCE = '19';
const YEAR = 2025;
const EARLIER_YEAR = 2024;
// Bắc Kạn (06) in 2024: one unit for the code in the whole year, so a file row names it without doubt.
const IMPORT_PROVINCE = '06';
const IMPORT_YEAR = 2024;
const SETUP_TIMEOUT = 300_000;

requireChromiumInCi('dashboard');

describe.skipIf(!hasChromium)('dashboard in Chromium', () => {
  let database: TestDatabase;
  let server: { url: string; close(): Promise<void> };
  let browser: Browser;
  let context: BrowserContext;
  let page: Page;
  const pageErrors: string[] = [];

  const getDashboard = async (unit: string, year: number): Promise<DashboardResult> => {
    const answer = await page.request.get(`${server.url}/api/analytics/dashboard?unit=${unit}&year=${year}`);
    expect(answer.status(), await answer.text()).toBe(200);
    return (await answer.json()) as DashboardResult;
  };
  const shownValue = (figure: KeyFigure) =>
    typeof figure.cell.value === 'number' ? formatIndicatorNumber(figure.cell.value, figure.indicator, 'vi') : 'Chưa có số liệu';
  const cardValue = (code: string) => page.locator(`[data-testid="key-figure"][data-indicator="${code}"] [data-testid="kf-value"]`);

  beforeAll(async () => {
    await ensureWebBuild(distDir);
    mkdirSync(screenshotDir, { recursive: true });
    mkdirSync(docsScreenshotDir, { recursive: true });
    database = await openTestDatabase();
    await loadDemoData({ db: database.db, actor: 'test' });
    server = await startServer({ db: database.db, port: 0, webDir: distDir, ownerKey: OWNER_KEY });
    if (hasBoundaries) {
      // The boundaries users import: the file as the raw body, in force from the reform.
      const answer = await fetch(`${server.url}/api/boundaries?at=2025-07-01&level=commune&fileName=communes-2025.topojson`, {
        method: 'POST',
        headers: { 'content-type': 'application/octet-stream', ...ownerHeaders },
        body: readFileSync(COMMUNE_BOUNDARIES),
      });
      expect(answer.status, await answer.clone().text()).toBeLessThan(300);
    }
    browser = await launchChromium();
    context = await browser.newContext({ viewport: { width: 1280, height: 900 }, locale: 'vi-VN', timezoneId: 'Asia/Ho_Chi_Minh' });
    page = await context.newPage();
    page.on('pageerror', (err) => pageErrors.push(`pageerror: ${err.message}`));
    page.on('console', (msg) => {
      if (msg.type() === 'error') pageErrors.push(`console: ${msg.text()}`);
    });
  }, SETUP_TIMEOUT);

  afterAll(async () => {
    await browser?.close();
    await server?.close();
    await database?.dispose();
  });

  it('shows the key figures and charts as the API gives them, changes year, and drills down from the map', async () => {
    const current = await getDashboard(PROVINCE, YEAR);
    const earlier = await getDashboard(PROVINCE, EARLIER_YEAR);
    expect(current.keyFigures.length).toBeGreaterThan(0);

    await page.goto(`${server.url}/dashboard/${PROVINCE}?year=${YEAR}`);
    expect(await page.getByTestId('main-nav').locator('a[aria-current="page"]').textContent()).toBe('Tổng quan');
    const body = page.getByTestId('dashboard');
    await expect.poll(() => body.getAttribute('data-year')).toBe(String(YEAR));
    expect(await page.getByTestId('dashboard-title').textContent()).toContain(current.unit.fullName);
    expect(await page.getByTestId('key-figure').count()).toBe(current.keyFigures.length);
    for (const figure of current.keyFigures) expect(await cardValue(figure.indicator.code).textContent()).toBe(shownValue(figure));
    // Every trend with a figure is drawn by ECharts (SVG renderer).
    const drawnTrends = current.trends.filter((s) => s.points.some((p) => p.value !== null)).length;
    expect(await page.getByTestId('trend-chart').count()).toBe(drawnTrends);
    if (drawnTrends > 0) await expect.poll(() => page.getByTestId('trend-chart').first().locator('svg path').count()).toBeGreaterThan(2);
    if (current.coverage) expect(await page.getByTestId('coverage-text').textContent()).toContain(current.coverage.text.vi);
    if (current.criteria) expect(await page.getByTestId('criteria-text').textContent()).toBe(current.criteria.text.vi);
    if (current.children) expect(await page.getByTestId('children-table').locator('tbody tr').count()).toBe(current.children.units.length);
    await page.screenshot({ path: join(screenshotDir, 'dashboard-1-province.png'), fullPage: true });
    await page.screenshot({ path: join(docsScreenshotDir, 'dashboard.png') });

    // The map: polygons where boundaries were imported (the communes in force after the reform).
    const map = page.getByTestId('dashboard-map');
    await map.getByTestId('choropleth').waitFor();
    expect(await map.getByTestId('choropleth').getAttribute('data-mode')).toBe(hasBoundaries ? 'geo' : 'grid');
    expect(await map.getByTestId('map-legend').locator('li').count()).toBeGreaterThan(0);
    const units = map.locator(hasBoundaries ? '[data-testid="geo-map"] path[data-code]' : '[data-testid="tile-grid"] button[data-code]');
    await units.first().waitFor();
    await map.scrollIntoViewIfNeeded();
    await map.screenshot({ path: join(screenshotDir, 'dashboard-2-map.png') });
    await map.screenshot({ path: join(docsScreenshotDir, 'dashboard-map.png') });

    // Another year: the figures follow the API's for that year, and before the reform the grid stands in for boundaries.
    await page.getByTestId('dashboard-year').selectOption(String(EARLIER_YEAR));
    await page.waitForURL((u) => u.searchParams.get('year') === String(EARLIER_YEAR));
    await expect.poll(() => body.getAttribute('data-year')).toBe(String(EARLIER_YEAR));
    const changed = earlier.keyFigures.filter((f) => current.keyFigures.some((c) => c.indicator.code === f.indicator.code && shownValue(c) !== shownValue(f)));
    expect(changed.length).toBeGreaterThan(0);
    for (const figure of earlier.keyFigures) expect(await cardValue(figure.indicator.code).textContent()).toBe(shownValue(figure));
    await map.getByTestId('choropleth').waitFor();
    expect(await map.getByTestId('choropleth').getAttribute('data-mode')).toBe('grid');
    expect(await map.getByTestId('map-grid-note').textContent()).toContain('Chưa có ranh giới: hiển thị dạng lưới ô');
    await map.scrollIntoViewIfNeeded();
    await map.screenshot({ path: join(screenshotDir, 'dashboard-3-grid.png') });

    // Back to the post-reform year; a commune on the map opens its dashboard, with the province in the breadcrumbs.
    await page.goBack();
    await expect.poll(() => body.getAttribute('data-year')).toBe(String(YEAR));
    await units.first().waitFor();
    const codes = await units.evaluateAll((els) => els.map((el) => el.getAttribute('data-code')));
    const target = units.nth(Math.floor(codes.length / 2));
    await target.hover();
    await map.getByTestId('map-tooltip').waitFor();
    expect(await map.getByTestId('map-tooltip').textContent()).toContain('Nhấn để xem tổng quan');
    // The pointer lands where the polygon's box is centred, which may be a neighbour: any commune of the map will do.
    await target.click();
    await page.waitForURL((u) => u.pathname !== `/dashboard/${PROVINCE}` && u.searchParams.get('year') === String(YEAR));
    const code = decodeURIComponent(new URL(page.url()).pathname.split('/').pop()!);
    expect(codes).toContain(code);
    await expect.poll(() => body.getAttribute('data-unit')).toBe(code);
    const commune = await getDashboard(code, YEAR);
    expect(await page.getByTestId('dashboard-title').textContent()).toContain(commune.unit.fullName);
    expect(await page.getByTestId('dashboard-breadcrumbs').locator(`a[data-code="${PROVINCE}"]`).count()).toBe(1);
    await page.screenshot({ path: join(screenshotDir, 'dashboard-4-commune.png'), fullPage: true });
    expect(pageErrors).toEqual([]);
  });

  it('fits a 390 px phone screen', async () => {
    const phone = await browser.newContext({ viewport: { width: 390, height: 844 }, deviceScaleFactor: 2, isMobile: true, hasTouch: true, locale: 'vi-VN' });
    try {
      const p = await phone.newPage();
      await p.goto(`${server.url}/dashboard/${PROVINCE}?year=${YEAR}`);
      await p.getByTestId('key-figure').first().waitFor();
      await p.getByTestId('choropleth').waitFor();
      expect(await p.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
      await p.screenshot({ path: join(screenshotDir, 'dashboard-5-phone.png'), fullPage: true });
    } finally {
      await phone.close();
    }
  });

  it('shows a value imported through the values API after a reload, with no rebuild step', async () => {
    const before = await getDashboard(IMPORT_PROVINCE, IMPORT_YEAR);
    // A figure the province reports itself, a number; a changed value must pass the catalogue's checks.
    const candidates = before.keyFigures.filter((f) => f.cell.source === 'reported' && typeof f.cell.value === 'number' && f.period === String(IMPORT_YEAR));
    expect(candidates.length).toBeGreaterThan(0);
    let imported: { figure: KeyFigure; value: number } | undefined;
    for (const figure of candidates) {
      const old = figure.cell.value as number;
      const value = figure.indicator.valueType === 'percent' ? Math.round(old * 0.9 * 10) / 10 : Math.round(old * 1.1) + 1;
      const csv = `Mã đơn vị;Tên đơn vị;Kỳ báo cáo;${figure.indicator.code}\n${IMPORT_PROVINCE};${before.unit.name};${IMPORT_YEAR};${String(value).replace('.', ',')}\n`;
      const job = await uploadValues(server.url, csv, `dashboard-${figure.indicator.code}.csv`);
      if (job.result?.outcome !== 'accepted') continue;
      const done = await commitImport(server.url, job.id);
      expect(done.state).toBe('committed');
      imported = { figure, value };
      break;
    }
    expect(imported, 'no key figure could be changed through an import').toBeDefined();
    const { figure, value } = imported!;

    await page.goto(`${server.url}/dashboard/${IMPORT_PROVINCE}?year=${IMPORT_YEAR}`);
    await expect.poll(() => cardValue(figure.indicator.code).textContent()).toBe(formatIndicatorNumber(value, figure.indicator, 'vi'));
    const after = await getDashboard(IMPORT_PROVINCE, IMPORT_YEAR);
    expect(after.keyFigures.find((f) => f.indicator.code === figure.indicator.code)?.cell.value).toBe(value);
    await page.screenshot({ path: join(screenshotDir, 'dashboard-6-imported.png') });
    expect(pageErrors).toEqual([]);
  });
});

/** Uploads a values file and waits for the check (a dry run). */
async function uploadValues(baseUrl: string, body: string, fileName: string): Promise<ImportJobView> {
  const answer = await fetch(`${baseUrl}/api/imports?fileName=${encodeURIComponent(fileName)}`, {
    method: 'POST',
    headers: { 'content-type': 'application/octet-stream', ...ownerHeaders },
    body,
  });
  expect(answer.status).toBe(202);
  return settleImport(baseUrl, ((await answer.json()) as ImportJobView).id);
}

/** Stores a checked upload and waits until it is stored. */
async function commitImport(baseUrl: string, id: string): Promise<ImportJobView> {
  const answer = await fetch(`${baseUrl}/api/imports/${id}/commit`, { method: 'POST', headers: ownerHeaders });
  expect(answer.status).toBe(202);
  return settleImport(baseUrl, id);
}

async function settleImport(baseUrl: string, id: string): Promise<ImportJobView> {
  for (;;) {
    const job = (await (await fetch(`${baseUrl}/api/imports/${id}`, { headers: ownerHeaders })).json()) as ImportJobView;
    if (job.state !== 'checking' && job.state !== 'committing') return job;
    await new Promise((r) => setTimeout(r, 100));
  }
}
