/**
 * Where CLI commands find the database: options, environment, and who owns the data directory. A
 * command runs on the database this process opens (as the installation itself), or through the HTTP
 * API of the `ictmon serve` that owns the data directory (presenting the server's owner key, so it is
 * still the installation, recorded as cli:<user>@<host>), or through a remote server named by
 * ICTMON_SERVER with the API token in ICTMON_TOKEN (acting as that token's account).
 */
import { randomBytes } from 'node:crypto';
import { closeSync, openSync, readFileSync, unlinkSync, writeSync } from 'node:fs';
import { userInfo, hostname } from 'node:os';
import { join, resolve } from 'node:path';
import { DataDirLockedError, readLiveHolder } from '../db/data-dir-lock.ts';
import type { Database } from '../db/database.ts';
import { openDatabase, type DatabaseTarget } from '../db/open-database.ts';
import type { ServiceContext } from '../services/context.ts';
import { invalidInput } from '../services/errors.ts';
import { prepareDatabase } from '../services/setup/prepare-database.ts';
import { localBackend, remoteBackend, sendJson, type Backend, type RemoteServer } from './backend.ts';

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

/** Where a command runs: on a database this process opened, or through a server's API. */
export type CommandTarget = { kind: 'local'; ctx: ServiceContext } | { kind: 'remote'; server: RemoteServer };

/**
 * Runs `fn` on the command's target: the server named by ICTMON_SERVER (with ICTMON_TOKEN); the running
 * server's API (with its owner key) when one owns the data directory; otherwise the database opened (and
 * prepared) by this process for the duration of the command.
 */
export async function withTarget<T>(opts: GlobalOptions, command: string, fn: (target: CommandTarget) => Promise<T>): Promise<T> {
  const remote = remoteFromEnvironment();
  if (remote) return fn({ kind: 'remote', server: remote });
  const target = resolveTarget(opts);
  if (!target.databaseUrl) {
    const url = await findServingUrl(target.dataDir);
    if (url) return fn({ kind: 'remote', server: ownerServer(url, target.dataDir) });
  }
  let opened: { db: Database };
  try {
    opened = await openDatabase(target, command);
  } catch (err) {
    if (err instanceof DataDirLockedError && err.holder.url) return fn({ kind: 'remote', server: ownerServer(err.holder.url, target.dataDir) });
    throw err;
  }
  try {
    await prepareDatabase(opened.db);
    return await fn({ kind: 'local', ctx: { db: opened.db, actor: cliActor() } });
  } finally {
    await opened.db.close();
  }
}

/** Runs `fn` with a backend: the services in this process, or a server's API (see withTarget). */
export async function withBackend<T>(opts: GlobalOptions, command: string, fn: (backend: Backend) => Promise<T>): Promise<T> {
  return withTarget(opts, command, (t) => fn(t.kind === 'local' ? localBackend(t.ctx) : remoteBackend(t.server)));
}

/** ICTMON_SERVER (+ ICTMON_TOKEN): every backend command goes to that server with that API token. */
function remoteFromEnvironment(): RemoteServer | undefined {
  const url = process.env.ICTMON_SERVER?.trim();
  const token = process.env.ICTMON_TOKEN?.trim();
  if (!url) {
    if (token)
      throw invalidInput(
        'ICTMON_TOKEN is set but ICTMON_SERVER is not: name the server the token is for',
        'có ICTMON_TOKEN nhưng thiếu ICTMON_SERVER: hãy ghi máy chủ của mã truy cập',
      );
    return undefined;
  }
  if (!/^https?:\/\/[^/]/i.test(url))
    throw invalidInput(`ICTMON_SERVER must be an http(s) URL, got "${url}"`, `ICTMON_SERVER phải là địa chỉ http(s), nhận được "${url}"`);
  return { url, bearer: token || undefined };
}

/** The server that owns the data directory, with its owner key when this user can read it. */
function ownerServer(url: string, dataDir: string): RemoteServer {
  return { url, bearer: readOwnerKey(dataDir), actor: cliActor() };
}

const OWNER_KEY_FILE = 'owner.key';

/** Where `ictmon serve` keeps its owner key: beside owner.json, readable by its user only. */
export function ownerKeyPath(dataDir: string): string {
  return join(resolve(dataDir), OWNER_KEY_FILE);
}

/** The owner key of the server serving `dataDir`, if this process can read it. */
export function readOwnerKey(dataDir: string): string | undefined {
  try {
    const key = readFileSync(ownerKeyPath(dataDir), 'utf8').trim();
    return key.length > 0 ? key : undefined;
  } catch {
    return undefined;
  }
}

/** Makes a new owner key and writes it with mode 0600 (a stale file is replaced, never reused). */
export function createOwnerKey(dataDir: string): string {
  const key = randomBytes(32).toString('base64url');
  const path = ownerKeyPath(dataDir);
  removeOwnerKey(dataDir);
  const fd = openSync(path, 'wx', 0o600);
  try {
    writeSync(fd, key);
  } finally {
    closeSync(fd);
  }
  return key;
}

/** Removes the owner key file (the server stops). */
export function removeOwnerKey(dataDir: string): void {
  try {
    unlinkSync(ownerKeyPath(dataDir));
  } catch {
    /* already gone */
  }
}

/** One JSON request to a server's API; the server's error, in its words, on failure. */
export function callServer<T>(server: RemoteServer, method: string, path: string, body?: unknown): Promise<T> {
  return sendJson<T>(server, method, path, body);
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
