/** Small helpers for benchmarks: timing, percentiles, a fresh database on each engine, markdown. */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import { openDatabase } from '../src/db/open-database.ts';
import type { Database } from '../src/db/database.ts';

/** Runs `fn` `n` times and returns the durations in ms. */
export async function timeRuns(n: number, fn: () => Promise<unknown>): Promise<number[]> {
  const out: number[] = [];
  for (let i = 0; i < n; i++) {
    const t0 = performance.now();
    await fn();
    out.push(performance.now() - t0);
  }
  return out;
}

/** The p-th percentile (0–100) of durations. */
export function percentile(values: number[], p: number): number {
  const s = [...values].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.max(0, Math.ceil((p / 100) * s.length) - 1))] ?? NaN;
}

/** A markdown table. */
export function markdownTable(header: string[], rows: (string | number)[][]): string {
  const fmt = (v: string | number) => (typeof v === 'number' ? (Number.isInteger(v) ? String(v) : v.toFixed(1)) : v);
  return [`| ${header.join(' | ')} |`, `|${header.map(() => '---').join('|')}|`, ...rows.map((r) => `| ${r.map(fmt).join(' | ')} |`)].join('\n');
}

export interface BenchDb {
  engine: string;
  db: Database;
  /** The server database's URL (absent for PGlite). */
  url?: string;
  dispose(): Promise<void>;
}

/** A fresh, empty database on the embedded engine (temp dir) and, when ICTMON_BENCH_PG_URL is set, on the server. */
export async function freshDatabases(): Promise<BenchDb[]> {
  const out: BenchDb[] = [];
  const dir = mkdtempSync(join(tmpdir(), 'ictmon-bench-'));
  const { db } = await openDatabase({ dataDir: dir }, 'bench');
  out.push({ engine: 'PGlite (worker)', db, dispose: async () => (await db.close(), rmSync(dir, { recursive: true, force: true })) });
  const url = process.env.ICTMON_BENCH_PG_URL;
  if (url) {
    const name = `ictmon_bench_${process.pid}`;
    const admin = async (sql: string) => {
      const c = new pg.Client({ connectionString: url });
      await c.connect();
      await c.query(sql).finally(() => c.end());
    };
    await admin(`drop database if exists ${name} with (force)`);
    await admin(`create database ${name}`);
    const u = new URL(url);
    u.pathname = `/${name}`;
    const server = await openDatabase({ databaseUrl: u.toString(), dataDir: '' }, 'bench');
    out.push({
      engine: 'PostgreSQL server',
      db: server.db,
      url: u.toString(),
      dispose: async () => (await server.db.close(), await admin(`drop database if exists ${name} with (force)`)),
    });
  }
  return out;
}

/** True when this module is the script node was asked to run. */
export function isMain(metaUrl: string): boolean {
  return process.argv[1] !== undefined && metaUrl.endsWith(process.argv[1].replace(/^.*\/bench\//, '/bench/'));
}
