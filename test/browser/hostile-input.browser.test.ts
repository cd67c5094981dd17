/**
 * Hostile strings come back inert (issue #6, hardening): a unit named with an HTML injection, a SQL
 * fragment and a script tag, and a file of values named the same way, shown by the unit page, the
 * dashboard's table of communes and the values page in Debian's Chromium, with the security headers the
 * server sends. Nothing runs (no dialog, no injected element), the names show as text, the policy refuses
 * eval, and no page breaks the Content-Security-Policy (the API docs included).
 */
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startServer } from '../../src/http/server.ts';
import { rebuildAnalytics } from '../../src/services/analytics/rollups.ts';
import { storeValueRecords } from '../../src/services/values/store-values.ts';
import { ensureWebBuild, hasChromium, launchChromium, requireChromiumInCi } from '../support/browser.ts';
import { testOutputDir } from '../support/paths.ts';
import { openTestDatabase, type TestDatabase } from '../support/test-db.ts';

const distDir = join(testOutputDir, 'web-dist-hostile');
const NAME = `<img src=x onerror="alert('xss')">Nà "Tu"`;
const FULL_NAME = `Xã <script>alert('xss')</script>'; DROP TABLE admin_unit;--`;
const FILE_NAME = `<svg onload=alert('xss')>'; delete from indicator_value;--.csv`;

requireChromiumInCi('hostile input');

describe.skipIf(!hasChromium)('hostile input in Chromium', () => {
  let database: TestDatabase;
  let server: { url: string; close(): Promise<void> };
  let browser: Browser;
  let page: Page;
  const dialogs: string[] = [];
  const consoleErrors: string[] = [];

  beforeAll(async () => {
    await ensureWebBuild(distDir);
    database = await openTestDatabase();
    const unit = await database.db.one<{ id: number }>(
      `insert into admin_unit (code, level, type_code, name, full_name, search_text, parent_code, code_list_id, valid_from, source)
       values ('99990', 'commune', 'commune', $1, $2, lower($1), '19', 'LOCAL', '2025-07-01', 'test') returning id`,
      [NAME, FULL_NAME],
    );
    await rebuildAnalytics(database.db, 'test'); // the flattened hierarchy, with the unit inserted above
    await storeValueRecords(
      { db: database.db, actor: 'test' },
      [[{ unitId: unit.id, indicatorCode: 'commune.villages', period: '2025', breakdown: '', series: 'actual', value: 7 }]],
      {
        kind: 'file',
        fileName: FILE_NAME,
        fileSha256: `hostile-${Date.now()}`,
        fileBytes: 1,
        format: 'csv',
        actor: 'test',
        catalogueVersion: 'test',
        rowsRead: 1,
        summary: {},
      },
    );
    server = await startServer({ db: database.db, port: 0, webDir: distDir });
    browser = await launchChromium();
    page = await (await browser.newContext({ viewport: { width: 1280, height: 900 }, locale: 'vi-VN' })).newPage();
    page.on('dialog', (d) => {
      dialogs.push(d.message());
      void d.dismiss();
    });
    page.on('console', (m) => {
      if (m.type() === 'error') consoleErrors.push(`${page.url()}: ${m.text()}`);
    });
    page.on('pageerror', (e) => consoleErrors.push(e.message));
  }, 300_000);

  afterAll(async () => {
    await browser?.close();
    await server?.close();
    await database?.dispose();
  });

  const injected = () => page.evaluate(() => document.querySelectorAll('img[src="x"], svg[onload], script:not([src])').length);

  it('shows the unit page with the names as text', async () => {
    await page.goto(`${server.url}/units/99990?at=2025-07-01`);
    await page.getByText(FULL_NAME).first().waitFor({ timeout: 30_000 });
    expect(await injected()).toBe(0);
    expect(dialogs).toEqual([]);
  });

  it("lists the unit in its province's dashboard as text", async () => {
    await page.goto(`${server.url}/dashboard/19?year=2025`);
    await page.getByText(FULL_NAME).first().waitFor({ timeout: 60_000 });
    expect(await injected()).toBe(0);
    expect(dialogs).toEqual([]);
  });

  it('shows the file name on the values page as text, and the SQL fragments changed nothing', async () => {
    await page.goto(`${server.url}/values`);
    await page.getByText(FILE_NAME).first().waitFor({ timeout: 30_000 });
    expect(await injected()).toBe(0);
    expect(dialogs).toEqual([]);
    const left = await database.db.one<{ units: number; values: number }>(
      `select (select count(*) from admin_unit)::int as units, (select count(*) from indicator_value)::int as values`,
    );
    expect(left.units).toBeGreaterThan(10_000);
    expect(left.values).toBeGreaterThan(0);
  });

  it('breaks the policy on no page of the UI or the API docs, and the policy refuses injected script', async () => {
    for (const path of ['/', '/criteria', '/import']) {
      await page.goto(`${server.url}${path}`);
      await page.locator('#root > *').first().waitFor({ timeout: 30_000 });
    }
    await page.goto(`${server.url}/api/docs`);
    await page.locator('.swagger-ui .info').first().waitFor({ timeout: 30_000 });
    expect(
      consoleErrors.filter((e) => /Content Security Policy|Refused to/i.test(e)),
      consoleErrors.join('\n'),
    ).toEqual([]);
    // A script element written into the page (what an injection would do) does not run.
    await page.goto(`${server.url}/`);
    const ran = await page.evaluate(async () => {
      const s = document.createElement('script');
      s.textContent = 'document.documentElement.dataset.injected = "yes"';
      document.head.appendChild(s);
      await new Promise((resolve) => setTimeout(resolve, 100));
      return document.documentElement.dataset.injected ?? 'no';
    });
    expect(ran).toBe('no');
    expect(consoleErrors.some((e) => /Content Security Policy/i.test(e))).toBe(true);
    expect(dialogs).toEqual([]);
  });
});
