/**
 * The annual report as PDF (issue #7): the HTML of `renderReportHtml` printed by an installed Chromium
 * through playwright-core (no browser is ever downloaded). The page size, margins and page numbers come
 * from the HTML's CSS (`@page`, its top-centre margin box numbering pages from the second on). Chromium is
 * heavy for a small server, so one process prints one PDF at a time; the others wait their turn.
 */
import { existsSync } from 'node:fs';
import { chromium } from 'playwright-core';
import type { ReportDocument } from '../../../domain/reports/report-types.ts';
import { pdfUnavailable } from '../../errors.ts';
import { renderReportHtml } from './render-html.ts';

/** Where Debian and Ubuntu install Chromium (the `chromium` package), then Google's build. */
const CHROMIUM_PATHS = ['/usr/bin/chromium', '/usr/bin/chromium-browser', '/usr/bin/google-chrome'];
const CHROMIUM_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
];
/** A generous bound: a 2-CPU machine prints a 30-page report in a few seconds. */
const PRINT_TIMEOUT_MS = 120_000;

export interface PdfOptions {
  /** The Chromium executable (default: env ICTMON_CHROMIUM, else the first of CHROMIUM_PATHS that exists). */
  chromiumPath?: string;
}

/** The Chromium to print with, or null when none is installed. */
export function findChromium(options: PdfOptions = {}): string | null {
  const chosen = options.chromiumPath ?? process.env.ICTMON_CHROMIUM;
  if (chosen) return existsSync(chosen) ? chosen : null;
  return CHROMIUM_PATHS.find((p) => existsSync(p)) ?? null;
}

/** Lays a report out as PDF, printing its HTML with Chromium; throws `pdf_unavailable` (503) without one. */
export async function renderReportPdf(doc: ReportDocument, options: PdfOptions = {}): Promise<Buffer> {
  const executablePath = findChromium(options);
  if (!executablePath) throw pdfUnavailable();
  const html = renderReportHtml(doc);
  return runExclusive(() => printHtml(html, executablePath));
}

async function printHtml(html: string, executablePath: string): Promise<Buffer> {
  const browser = await chromium.launch({ executablePath, args: CHROMIUM_ARGS, timeout: PRINT_TIMEOUT_MS });
  try {
    const context = await browser.newContext({ javaScriptEnabled: false, offline: true, locale: 'vi-VN' });
    const page = await context.newPage();
    page.setDefaultTimeout(PRINT_TIMEOUT_MS);
    // The document is self-contained: nothing is fetched, whatever a text may contain.
    await page.route('**/*', (route) => route.abort());
    await page.setContent(html, { waitUntil: 'load' });
    return await page.pdf({ preferCSSPageSize: true, printBackground: true, format: 'A4', displayHeaderFooter: false, tagged: true, outline: false });
  } finally {
    await browser.close();
  }
}

/** The tail of the queue of prints: each waits for the one before it, failed or not. */
let queue: Promise<unknown> = Promise.resolve();

/** Runs `task` after every task queued before it has settled. */
function runExclusive<T>(task: () => Promise<T>): Promise<T> {
  const run = queue.then(task, task);
  queue = run.catch(() => undefined);
  return run;
}
