/**
 * The annual review of a demo province (issue #7): how long the build (reading the figures, the criterion
 * board of every commune, the villages' coverage; composing) and each layout take, on each engine. The
 * demo dataset is loaded first (not timed here: `ictmon demo` reports its own time).
 */
import { buildAnnualReport } from '../src/services/reports/build-annual-report.ts';
import { renderReport } from '../src/services/reports/build-report-file.ts';
import { findChromium } from '../src/services/reports/render/render-pdf.ts';
import { loadDemoData } from '../src/services/demo/load-demo.ts';
import { prepareDatabase } from '../src/services/setup/prepare-database.ts';
import { freshDatabases, isMain, markdownTable, percentile, timeRuns } from './bench-util.ts';

const REQUEST = { province: '14', period: '2025', date: '2026-01-15' } as const;

/** Prints the report build and layout times. */
export async function benchReportAnnual(): Promise<string> {
  const rows: (string | number)[][] = [];
  for (const b of await freshDatabases()) {
    try {
      await prepareDatabase(b.db);
      await loadDemoData({ db: b.db, actor: 'bench' });
      const ctx = { db: b.db, actor: 'bench' };
      const build = await timeRuns(5, () => buildAnnualReport(ctx, REQUEST));
      rows.push([b.engine, 'build: read figures, criteria, coverage; compose (Sơn La 2025, all sections)', percentile(build, 50), percentile(build, 95)]);
      const doc = await buildAnnualReport(ctx, REQUEST);
      for (const format of ['docx', 'xlsx', ...(findChromium() ? ['pdf' as const] : [])] as const) {
        const t = await timeRuns(3, () => renderReport(doc, format));
        const size = (await renderReport(doc, format)).bytes.length;
        rows.push([b.engine, `lay out as ${format.toUpperCase()} (${Math.round(size / 1024)} KiB)`, percentile(t, 50), percentile(t, 95)]);
      }
    } finally {
      await b.dispose();
    }
  }
  return `### Annual review report (demo, province 14, 2025; 5 builds, 3 layouts each)\n\n${markdownTable(['engine', 'step', 'p50 ms', 'p95 ms'], rows)}\n`;
}

if (isMain(import.meta.url)) console.log(await benchReportAnnual());
