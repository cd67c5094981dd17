/**
 * Benchmark: does a heavy query freeze the server? PGlite runs PostgreSQL on the calling thread, so
 * ictmon runs it in a worker thread. This measures the longest event-loop stall during heavy queries
 * with PGlite in the worker (as ictmon runs it) and, for comparison, on the main thread.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { monitorEventLoopDelay } from 'node:perf_hooks';
import { PGlite } from '@electric-sql/pglite';
import { openDatabase } from '../src/db/open-database.ts';
import { isMain, markdownTable } from './bench-util.ts';

const HEAVY = 'select count(*) from generate_series(1, 3000000) a join generate_series(1, 3) b on true where (a * b) % 7 = 0';

async function measure(run: () => Promise<unknown>): Promise<{ queryMs: number; maxStallMs: number; p99StallMs: number }> {
  const h = monitorEventLoopDelay({ resolution: 5 });
  h.enable();
  const t0 = performance.now();
  for (let i = 0; i < 3; i++) await run();
  const queryMs = (performance.now() - t0) / 3;
  h.disable();
  return { queryMs, maxStallMs: h.max / 1e6, p99StallMs: h.percentile(99) / 1e6 };
}

/** Returns a markdown report of event-loop stalls during heavy queries. */
export async function benchEventLoop(): Promise<string> {
  const dirA = mkdtempSync(join(tmpdir(), 'ictmon-el-'));
  const dirB = mkdtempSync(join(tmpdir(), 'ictmon-el-'));
  const rows: (string | number)[][] = [];
  try {
    const { db } = await openDatabase({ dataDir: dirA }, 'bench');
    await db.query(HEAVY);
    const w = await measure(() => db.query(HEAVY));
    rows.push(['PGlite in a worker thread (ictmon)', w.queryMs, w.p99StallMs, w.maxStallMs]);
    await db.close();
    const inline = await PGlite.create(dirB);
    await inline.query(HEAVY);
    const m = await measure(() => inline.query(HEAVY));
    rows.push(['PGlite on the main thread (not used)', m.queryMs, m.p99StallMs, m.maxStallMs]);
    await inline.close();
  } finally {
    rmSync(dirA, { recursive: true, force: true });
    rmSync(dirB, { recursive: true, force: true });
  }
  return `### Event-loop stall during a heavy query (target: < 50 ms)\n\n${markdownTable(['setup', 'query ms', 'p99 stall ms', 'max stall ms'], rows)}\n`;
}

if (isMain(import.meta.url)) console.log(await benchEventLoop());
