/** Where CLI commands find the database: options, environment, and who owns the data directory. */
import { userInfo, hostname } from 'node:os';
import { DataDirLockedError, readLiveHolder } from '../db/data-dir-lock.ts';
import type { Database } from '../db/database.ts';
import { openDatabase, type DatabaseTarget } from '../db/open-database.ts';
import { prepareDatabase } from '../services/setup/prepare-database.ts';
import { localBackend, remoteBackend, type Backend } from './backend.ts';

export interface GlobalOptions {
  dataDir?: string;
  lang?: string;
}

export type Lang = 'vi' | 'en';

/** The database target from --data-dir / ICTMON_DATA_DIR (default ./ictmon-data) and DATABASE_URL. */
export function resolveTarget(opts: GlobalOptions): DatabaseTarget {
  return {
    databaseUrl: process.env.DATABASE_URL || undefined,
    dataDir: opts.dataDir ?? process.env.ICTMON_DATA_DIR ?? './ictmon-data',
  };
}

/** The output language from --lang / ICTMON_LANG; Vietnamese unless English is asked for. */
export function resolveLang(opts: GlobalOptions): Lang {
  const v = (opts.lang ?? process.env.ICTMON_LANG ?? 'vi').toLowerCase();
  return v.startsWith('en') ? 'en' : 'vi';
}

/** Who the CLI acts as in audit events. */
export function cliActor(): string {
  let user = 'unknown';
  try {
    user = userInfo().username;
  } catch {
    /* no passwd entry in some containers */
  }
  return `cli:${user}@${hostname()}`;
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/**
 * Runs `fn` with a backend: the running server's API when one owns the data directory, otherwise the
 * database opened (and prepared) by this process for the duration of the command.
 */
export async function withBackend<T>(opts: GlobalOptions, command: string, fn: (backend: Backend) => Promise<T>): Promise<T> {
  const target = resolveTarget(opts);
  if (!target.databaseUrl) {
    const url = await findServingUrl(target.dataDir);
    if (url) return fn(remoteBackend(url));
  }
  let opened: { db: Database };
  try {
    opened = await openDatabase(target, command);
  } catch (err) {
    if (err instanceof DataDirLockedError && err.holder.url) return fn(remoteBackend(err.holder.url));
    throw err;
  }
  try {
    await prepareDatabase(opened.db);
    return await fn(localBackend({ db: opened.db, actor: cliActor() }));
  } finally {
    await opened.db.close();
  }
}

/** The URL of an `ictmon serve` that owns the directory; waits briefly for one that is still starting. */
async function findServingUrl(dataDir: string): Promise<string | undefined> {
  for (let waited = 0; waited <= 60_000; waited += 250) {
    const holder = readLiveHolder(dataDir);
    if (!holder) return undefined;
    if (holder.url) return holder.url;
    if (!holder.command.endsWith(' serve')) return undefined; // a one-off command: openDatabase reports it
    await sleep(250);
  }
  return undefined;
}
