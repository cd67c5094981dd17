/**
 * A database for one test file, on the engine of the current project (pglite or postgres), starting
 * from the template built in global-setup.ts: migrated, with the reference data loaded.
 */
import { cpSync, rmSync } from 'node:fs';
import { randomBytes } from 'node:crypto';
import pg from 'pg';
import { openDatabase } from '../../src/db/open-database.ts';
import type { Database } from '../../src/db/database.ts';
import { PG_TEMPLATE, withDatabase } from './global-setup.ts';
import { scratchDir, templateDataDir } from './paths.ts';

export interface TestDatabase {
  db: Database;
  /** What the CLI or server would be given to open the same database. */
  target: { dataDir: string; databaseUrl?: string };
  /** Closes and deletes the database. */
  dispose(): Promise<void>;
}

/** The engine this test file runs on. */
export const testEngine = (process.env.ICTMON_TEST_ENGINE ?? 'pglite') as 'pglite' | 'postgres';

/** Opens a private copy of the template database. */
export async function openTestDatabase(): Promise<TestDatabase> {
  if (testEngine === 'postgres') {
    const url = process.env.ICTMON_TEST_PG_URL!;
    const name = `ictmon_test_${randomBytes(5).toString('hex')}`;
    await adminQuery(url, `create database ${name} template ${PG_TEMPLATE}`);
    const target = { dataDir: '', databaseUrl: withDatabase(url, name) };
    const { db } = await openDatabase(target, 'test');
    return {
      db,
      target,
      async dispose() {
        await db.close();
        await adminQuery(url, `drop database if exists ${name} with (force)`);
      },
    };
  }
  const dataDir = scratchDir('db');
  cpSync(templateDataDir, dataDir, { recursive: true });
  const target = { dataDir };
  const { db } = await openDatabase(target, 'test');
  return {
    db,
    target,
    async dispose() {
      await db.close();
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
}

async function adminQuery(url: string, sql: string) {
  const c = new pg.Client({ connectionString: url });
  await c.connect();
  try {
    await c.query(sql);
  } finally {
    await c.end();
  }
}

/** A private copy of the template that this process does not open (for CLI and server processes). */
export async function createTestTarget(): Promise<{ target: { dataDir: string; databaseUrl?: string }; dispose(): Promise<void> }> {
  if (testEngine === 'postgres') {
    const url = process.env.ICTMON_TEST_PG_URL!;
    const name = `ictmon_test_${randomBytes(5).toString('hex')}`;
    await adminQuery(url, `create database ${name} template ${PG_TEMPLATE}`);
    return {
      target: { dataDir: scratchDir('unused'), databaseUrl: withDatabase(url, name) },
      dispose: () => adminQuery(url, `drop database if exists ${name} with (force)`),
    };
  }
  const dataDir = scratchDir('db');
  cpSync(templateDataDir, dataDir, { recursive: true });
  return { target: { dataDir }, dispose: async () => rmSync(dataDir, { recursive: true, force: true }) };
}
