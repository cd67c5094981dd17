/**
 * Benchmark: does a heavy query freeze the server? PGlite runs PostgreSQL on the calling thread, so
 * ictmon runs it in a worker thread. This measures the longest event-loop stall during heavy queries
 * with PGlite in the worker (as ictmon runs it) and, for comparison, on the main thread.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PGlite } from '@electric-sql/pglite';
import { openDatabase } from '../src/db/open-database.ts';
import { isMain, markdownTable } from './bench-util.ts';

const HEAVY = 'select count(*) from generate_series(1, 3000000) a join generate_series(1, 3) b on true where (a * b) % 7 = 0';

const TICK_MS = 2;

/**
 * Runs the query three times while a 2 ms timer ticks; a stall is how late a tick fires. (The
 * event-loop-delay histogram cannot record a stall that lasts until it is read, so a probe is used.)
 */
async function measure(run: () => Promise<unknown>): Promise<{ queryMs: number; maxStallMs: number; p99StallMs: number }> {
  const stalls: number[] = [];
  let last = performance.now();
  const timer = setInterval(() => {
    const now = performance.now();
    stalls.push(Math.max(0, now - last - TICK_MS));
    last = now;
  }, TICK_MS);
  const t0 = performance.now();
  for (let i = 0; i < 3; i++) await run();
  const queryMs = (performance.now() - t0) / 3;
  await new Promise((r) => setTimeout(r, 20)); // let the tick after a blocking call record its lateness
  clearInterval(timer);
  stalls.sort((a, b) => a - b);
  return { queryMs, maxStallMs: stalls.at(-1) ?? 0, p99StallMs: stalls[Math.floor(stalls.length * 0.99)] ?? 0 };
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
