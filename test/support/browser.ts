/**
 * What the browser tests share: Debian's Chromium through playwright-core (never a downloaded browser),
 * a build of the web UI into a folder of the test's own, rebuilt when the sources are newer, and (issue
 * #6) accounts made in the test's database and signed in through the UI.
 */
import { describe, it } from 'vitest';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { chromium, type Browser, type Page } from 'playwright-core';
import { build } from 'vite';
import type { Database } from '../../src/db/database.ts';
import { createAccount } from '../../src/services/auth/accounts.ts';
import { repoRoot } from './paths.ts';

export const CHROMIUM = '/usr/bin/chromium';
export const hasChromium = existsSync(CHROMIUM);
export const isCi = Boolean(process.env.CI);
const webDir = join(repoRoot, 'web');

/** Launches Chromium headless with the flags of the project's test rules. */
export function launchChromium(): Promise<Browser> {
  return chromium.launch({
    executablePath: CHROMIUM,
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
  });
}

/**
 * Builds the web UI into `outDir` unless a build there is newer than every source. Each test file uses
 * its own folder: two files emptying and writing one folder at once would serve half-written files.
 */
export async function ensureWebBuild(outDir: string): Promise<void> {
  if (!isStale(outDir)) return;
  // Vitest sets NODE_ENV=test, which would make Vite bundle React's development build.
  const previous = process.env.NODE_ENV;
  process.env.NODE_ENV = 'production';
  try {
    await build({ configFile: join(webDir, 'vite.config.ts'), logLevel: 'warn', build: { outDir, emptyOutDir: true } });
  } finally {
    if (previous === undefined) delete process.env.NODE_ENV;
    else process.env.NODE_ENV = previous;
  }
}

function isStale(outDir: string): boolean {
  const index = join(outDir, 'index.html');
  if (!existsSync(index)) return true;
  const builtAt = statSync(index).mtimeMs;
  const sources = [join(webDir, 'index.html'), join(webDir, 'vite.config.ts'), ...listFiles(join(webDir, 'src'))];
  return sources.some((file) => statSync(file).mtimeMs > builtAt);
}

function listFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => (entry.isDirectory() ? listFiles(join(dir, entry.name)) : [join(dir, entry.name)]));
}

/**
 * Where Chromium is missing: a warning locally (the file's browser tests are skipped), a failing test in
 * CI (which must install Debian's chromium package).
 */
export function requireChromiumInCi(name: string): void {
  if (!hasChromium && !isCi) console.warn(`[${name}] skipped: ${CHROMIUM} not found (install it with: apt-get install -y chromium)`);
  describe.runIf(!hasChromium && isCi)(`${name} (CI)`, () => {
    it('has Chromium to run in', () => {
      throw new Error(`${CHROMIUM} not found: CI must install Debian's chromium package for the browser tests`);
    });
  });
}

/** An account made straight in the test's database (as the installation: no role check), with a password. */
/**
 * Collects into `errors` what must never happen on a page: an uncaught error, a console error, an HTTP
 * answer of 400 or more, and with `dialogs` any dialog (a script hidden in user text would open one; it is
 * dismissed) — off for pages that ask for confirmation themselves.
 */
export function watchPageErrors(page: Page, errors: string[], options: { dialogs?: boolean } = {}): void {
  page.on('pageerror', (err) => errors.push(`pageerror: ${err.message}`));
  if (options.dialogs) {
    page.on('dialog', (d) => {
      errors.push(`dialog: ${d.message()}`);
      void d.dismiss();
    });
  }
  page.on('console', (msg) => {
    if (msg.type() === 'error') errors.push(`console: ${msg.text()}`);
  });
  page.on('response', (response) => {
    if (response.status() >= 400) errors.push(`HTTP ${response.status()} ${response.request().method()} ${response.url()}`);
  });
}

export interface TestAccount {
  username: string;
  displayName: string;
  role: 'admin' | 'reviewer' | 'officer' | 'operator' | 'inspector';
  /** A unit code (a commune for officers, a province for the others); null: the whole country. */
  scope: string | null;
  /** The date whose version of the scope's unit is meant (default today). */
  scopeAt?: string;
  operatorCode?: string;
  password: string;
}

/** Creates the account with the accounts service the HTTP API uses (src/services/auth/accounts.ts). */
export async function createTestAccount(db: Database, account: TestAccount): Promise<void> {
  await createAccount(
    { db, actor: 'test' },
    {
      username: account.username,
      displayName: account.displayName,
      role: account.role,
      scope: account.scope === null ? null : { code: account.scope, ...(account.scopeAt ? { at: account.scopeAt } : {}) },
      ...(account.operatorCode ? { operatorCode: account.operatorCode } : {}),
      password: account.password,
    },
  );
}

/** Signs in through the UI's sign-in page (`/dang-nhap`) and waits for the header's account menu. */
export async function signInThroughUi(
  page: Page,
  baseUrl: string,
  account: Pick<TestAccount, 'username' | 'password' | 'displayName'>,
  next?: string,
): Promise<void> {
  await page.goto(`${baseUrl}/dang-nhap${next ? `?next=${encodeURIComponent(next)}` : ''}`);
  const form = page.getByTestId('sign-in-form');
  await form.getByTestId('sign-in-username').fill(account.username);
  await form.getByTestId('sign-in-password').fill(account.password);
  await form.getByTestId('sign-in-submit').click();
  await page.getByTestId('user-menu-name').filter({ hasText: account.displayName }).waitFor();
  await page.waitForURL((u) => u.pathname !== '/dang-nhap');
}

/** Signs out through the header's account menu and waits for the sign-in link. */
export async function signOutThroughUi(page: Page): Promise<void> {
  await page.getByTestId('user-menu').locator('summary').click();
  await page.getByTestId('sign-out').click();
  await page.getByTestId('sign-in-link').waitFor();
}
