/**
 * The national analytics benchmark's own database on the PostgreSQL server (`ictmon_analytics_bench`):
 * created when missing, dropped and created again to regenerate, and a marker table that records which
 * generator version filled it, so that a rerun reuses tens of millions of rows in seconds.
 */
import pg from 'pg';
import type { Queryable } from '../../src/db/database.ts';

export const BENCH_DATABASE = 'ictmon_analytics_bench';

/** What the marker records about the data in the database. */
export interface BenchMarker {
  generatorVersion: string;
  summary: Record<string, unknown>;
  /** What the analytics tables were last rebuilt from (migrations and analytics code), and how long it took. */
  rebuildKey: string | null;
  rebuildMs: number | null;
}

/** The URL of the bench database on the server of `serverUrl`. */
export function benchDatabaseUrl(serverUrl: string): string {
  const u = new URL(serverUrl);
  u.pathname = `/${BENCH_DATABASE}`;
  return u.toString();
}

/** Creates the bench database when missing (dropping it first when `fresh`); returns its URL. */
export async function ensureBenchDatabase(serverUrl: string, fresh: boolean): Promise<string> {
  const admin = new pg.Client({ connectionString: serverUrl });
  await admin.connect();
  try {
    if (fresh) await admin.query(`drop database if exists ${BENCH_DATABASE} with (force)`);
    const found = await admin.query('select 1 from pg_database where datname = $1', [BENCH_DATABASE]);
    if (found.rowCount === 0) await admin.query(`create database ${BENCH_DATABASE}`);
  } finally {
    await admin.end();
  }
  return benchDatabaseUrl(serverUrl);
}

/** Reads the marker, or undefined when the database was never filled. */
export async function readBenchMarker(q: Queryable): Promise<BenchMarker | undefined> {
  const exists = await q.one<{ present: boolean }>(`select to_regclass('bench_analytics_marker') is not null as present`);
  if (!exists.present) return undefined;
  return q.maybeOne<BenchMarker>(
    `select generator_version as "generatorVersion", summary, rebuild_key as "rebuildKey", rebuild_ms as "rebuildMs" from bench_analytics_marker`,
  );
}

/** Records that the generator version filled the database. */
export async function writeBenchMarker(q: Queryable, generatorVersion: string, summary: Record<string, unknown>): Promise<void> {
  await q.exec(`create table if not exists bench_analytics_marker (
    generator_version text not null, summary jsonb not null, generated_at timestamptz not null default now(),
    rebuild_key text, rebuild_ms double precision)`);
  await q.query('delete from bench_analytics_marker');
  await q.query('insert into bench_analytics_marker (generator_version, summary) values ($1, $2::jsonb)', [generatorVersion, JSON.stringify(summary)]);
}

/** Records what the analytics tables were rebuilt from. */
export async function writeRebuildMarker(q: Queryable, rebuildKey: string, ms: number): Promise<void> {
  await q.query('update bench_analytics_marker set rebuild_key = $1, rebuild_ms = $2', [rebuildKey, ms]);
}
