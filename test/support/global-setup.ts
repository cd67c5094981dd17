/**
 * Builds once per run what database tests start from: a migrated database with the shipped reference
 * data loaded, as a PGlite data directory (copied per test file) and, when a server is configured, as
 * a template database on the server (cloned per test file).
 */
import { rmSync } from 'node:fs';
import pg from 'pg';
import { openDatabase } from '../../src/db/open-database.ts';
import { prepareDatabase } from '../../src/services/setup/prepare-database.ts';
import { join } from 'node:path';
import { testOutputDir } from './paths.ts';

export const PG_TEMPLATE = 'ictmon_test_template';

/**
 * Runs once per vitest project; the project's name is the engine it tests. Each run gets its own
 * PGlite template directory (several runs may happen at once), named to the workers by environment.
 */
export default async function setup(project: { name: string }): Promise<() => void> {
  if (project.name === 'postgres') {
    await buildServerTemplate(process.env.ICTMON_TEST_PG_URL!);
    return () => undefined;
  }
  const dir = join(testOutputDir, `template-pglite-${process.pid}`);
  process.env.ICTMON_TEST_TEMPLATE_DIR = dir;
  await buildPgliteTemplate(dir);
  return () => rmSync(dir, { recursive: true, force: true });
}

async function buildPgliteTemplate(dir: string) {
  rmSync(dir, { recursive: true, force: true });
  const { db } = await openDatabase({ dataDir: dir }, 'test template');
  try {
    await prepareDatabase(db);
  } finally {
    await db.close();
  }
}

async function buildServerTemplate(url: string) {
  const admin = new pg.Client({ connectionString: url });
  await admin.connect();
  try {
    await admin.query(`update pg_database set datistemplate = false where datname = '${PG_TEMPLATE}'`);
    await admin.query(`drop database if exists ${PG_TEMPLATE} with (force)`);
    await admin.query(`create database ${PG_TEMPLATE}`);
  } finally {
    await admin.end();
  }
  const { db } = await openDatabase({ databaseUrl: withDatabase(url, PG_TEMPLATE), dataDir: '' }, 'test template');
  try {
    await prepareDatabase(db);
  } finally {
    await db.close();
  }
}

/** The same server URL pointing at another database. */
export function withDatabase(url: string, database: string): string {
  const u = new URL(url);
  u.pathname = `/${database}`;
  return u.toString();
}
