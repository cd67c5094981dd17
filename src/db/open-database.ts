/** Chooses the engine: a PostgreSQL server when a URL is given, otherwise the embedded data directory. */
import { acquireDataDirLock, type DataDirLock } from './data-dir-lock.ts';
import type { Database } from './database.ts';
import { openPgliteDatabase } from './pglite-client.ts';
import { openPostgresDatabase } from './postgres-client.ts';

export interface DatabaseTarget {
  /** postgres://… ; when set, the data directory is not used. */
  databaseUrl?: string | undefined;
  dataDir: string;
}

export interface OpenedDatabase {
  db: Database;
  /** Present for the embedded engine: this process owns the data directory until close. */
  lock?: DataDirLock;
}

/** Opens the database for `command` (named in the lock so other processes can tell who holds it). */
export async function openDatabase(target: DatabaseTarget, command: string): Promise<OpenedDatabase> {
  if (target.databaseUrl) return { db: await openPostgresDatabase(target.databaseUrl) };
  const lock = await acquireDataDirLock(target.dataDir, command);
  try {
    const db = await openPgliteDatabase(target.dataDir, () => lock.release());
    await dropOrphanTempTables(db);
    return { db, lock };
  } catch (err) {
    lock.release();
    throw err;
  }
}

/**
 * Drops temporary tables a killed process left in the embedded database. PGlite keeps a dead session's
 * temporary tables in the data directory until the next session uses the same temporary schema; as
 * this process is now the only owner, every temporary table there is an orphan.
 */
async function dropOrphanTempTables(db: Database): Promise<void> {
  const orphans = await db.query<{ name: string }>(
    `select format('%I.%I', n.nspname, c.relname) as name from pg_class c join pg_namespace n on n.oid = c.relnamespace
      where n.nspname like 'pg_temp_%' and c.relkind = 'r'`,
  );
  for (const o of orphans) await db.exec(`drop table if exists ${o.name}`);
}
