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
    return { db, lock };
  } catch (err) {
    lock.release();
    throw err;
  }
}
