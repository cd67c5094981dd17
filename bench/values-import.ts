/**
 * Importing values from CSV next to a plain COPY of the same rows into a bare table, in the same run,
 * on PGlite and (with ICTMON_BENCH_PG_URL) on the PostgreSQL server. The file: long layout, one value
 * per row (communes × quarters × three quarterly commune indicators). Peak memory is sampled for two
 * file sizes to show whether it stays flat as the file grows.
 *
 * Run: node bin/run-ts.js bench/values-import.ts [values=1000000]
 */
import { createReadStream, createWriteStream, mkdtempSync, rmSync, statSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { once } from 'node:events';
import pg from 'pg';
import { from as copyFrom } from 'pg-copy-streams';
import { pipeline } from 'node:stream/promises';
import { prepareDatabase } from '../src/services/setup/prepare-database.ts';
import { importValuesFile } from '../src/services/values-import/import-values.ts';
import { freshDatabases, markdownTable, type BenchDb } from './bench-util.ts';

const INDICATORS = ['commune.villages', 'commune.dossiers_total', 'commune.dossiers_online'];

/** Writes a long-layout CSV of about `values` values; returns its path and the exact count. */
async function writeCsv(dir: string, communes: string[], values: number): Promise<{ path: string; count: number }> {
  const path = join(dir, `values-${values}.csv`);
  const out = createWriteStream(path);
  out.write('Mã đơn vị,Chỉ tiêu,Kỳ báo cáo,Giá trị\n');
  let count = 0;
  const periods: string[] = [];
  for (let y = 2016; y <= 2024; y++) for (let q = 1; q <= 4; q++) periods.push(`${y}Q${q}`);
  outer: for (const period of periods) {
    for (const [i, code] of communes.entries()) {
      const total = 100 + ((i * 7 + period.length) % 400);
      const cells = [(i % 20) + 3, total, Math.floor(total / 3)];
      for (let k = 0; k < INDICATORS.length; k++) {
        if (!out.write(`${code},${INDICATORS[k]},${period},${cells[k]}\n`)) await once(out, 'drain');
        if (++count >= values) break outer;
      }
    }
  }
  out.end();
  await once(out, 'finish');
  return { path, count };
}

/** Peak RSS while `fn` runs, sampled every 20 ms. */
async function withPeakRss<T>(fn: () => Promise<T>): Promise<{ result: T; ms: number; peakMb: number }> {
  let peak = process.memoryUsage().rss;
  const timer = setInterval(() => (peak = Math.max(peak, process.memoryUsage().rss)), 20);
  const t0 = performance.now();
  try {
    const result = await fn();
    return { result, ms: performance.now() - t0, peakMb: Math.max(peak, process.memoryUsage().rss) / 2 ** 20 };
  } finally {
    clearInterval(timer);
  }
}

async function plainCopy(b: BenchDb, path: string): Promise<void> {
  await b.db.exec('drop table if exists bare_copy; create table bare_copy (unit_code text, indicator text, period text, value text)');
  if (b.db.engine === 'postgres') {
    const client = new pg.Client({ connectionString: b.url });
    await client.connect();
    try {
      await pipeline(createReadStream(path), client.query(copyFrom('copy bare_copy from stdin with (format csv, header true)')));
    } finally {
      await client.end();
    }
  } else {
    const text = await readFile(path, 'utf8');
    // PGlite's COPY reads the whole blob; the text format needs tabs, so the CSV is converted first (cheap).
    const tsv = text.slice(text.indexOf('\n') + 1).replaceAll(',', '\t');
    await b.db.session((s) => s.copyIn('bare_copy', ['unit_code', 'indicator', 'period', 'value'], tsv));
  }
}

export async function benchValuesImport(values = 1_000_000): Promise<string> {
  const dir = mkdtempSync(join(tmpdir(), 'ictmon-bench-values-'));
  const lines: string[] = [`### Values import from CSV vs plain COPY (${values.toLocaleString('en')} values, long layout)\n`];
  const rows: (string | number)[][] = [];
  const dbs = await freshDatabases();
  try {
    for (const b of dbs) {
      await prepareDatabase(b.db);
      const communes = (
        await b.db.query<{ code: string }>(
          `select code from admin_unit where level = 'commune' and (valid_from is null or valid_from <= '2016-01-01') and (valid_to is null or valid_to >= '2024-12-31') order by code`,
        )
      ).map((r) => r.code);
      for (const size of [Math.round(values / 4), values]) {
        const file = await writeCsv(dir, communes, size);
        const mb = statSync(file.path).size / 2 ** 20;
        // A scratch database: the history's append-only triggers (migration 0008) are set aside for the reset.
        await b.db.exec("set session_replication_role = replica; truncate indicator_value, indicator_value_revision, value_batch, submission cascade; set session_replication_role = origin");
        const copy = await withPeakRss(() => plainCopy(b, file.path));
        const imp = await withPeakRss(() => importValuesFile({ db: b.db, actor: 'bench' }, { path: file.path }));
        if (imp.result.outcome !== 'accepted' || imp.result.inserted !== file.count) {
          throw new Error(
            `import did not store the file: ${imp.result.outcome}, ${imp.result.inserted}/${file.count}, ${JSON.stringify(imp.result.errors.slice(0, 3))}`,
          );
        }
        rows.push([b.engine, file.count.toLocaleString('en'), mb, copy.ms / 1000, imp.ms / 1000, imp.ms / copy.ms, (file.count / imp.ms) * 1000, imp.peakMb]);
        rmSync(file.path, { force: true });
      }
    }
  } finally {
    for (const b of dbs) await b.dispose();
    rmSync(dir, { recursive: true, force: true });
  }
  lines.push(markdownTable(['engine', 'values', 'file MB', 'plain COPY s', 'import s', 'ratio', 'values/s', 'peak RSS MB (import)'], rows));
  lines.push('\nimport = stream-read + check every row + COPY into a session stage + duplicate and cross-field checks + one-transaction apply.');
  return lines.join('\n');
}

if (process.argv.some((a) => a.endsWith('values-import.ts'))) {
  const n = Number(process.argv.find((a) => /^\d+$/.test(a)));
  console.log(await benchValuesImport(n || 1_000_000));
}
