/**
 * One owner per embedded data directory. PGlite does not lock its files, and two processes writing the
 * same directory silently lose rows, so every process that opens the directory first takes
 * `owner.json` (created with O_EXCL). A lock whose holder process is gone is taken over; a live holder
 * is named in the error so the user knows what to stop or where to send the command instead.
 */
import { closeSync, mkdirSync, openSync, readFileSync, statSync, unlinkSync, writeSync, writeFileSync } from 'node:fs';
import { hostname } from 'node:os';
import { join, resolve } from 'node:path';
import { randomUUID } from 'node:crypto';

export interface LockHolder {
  pid: number;
  host: string;
  /** The command that holds the directory, e.g. "ictmon serve". */
  command: string;
  startedAt: string;
  /** The HTTP address of a serving process; other commands send their work there. */
  url?: string;
  nonce: string;
}

export class DataDirLockedError extends Error {
  constructor(
    readonly dataDir: string,
    readonly holder: LockHolder,
  ) {
    super(
      `the data directory ${dataDir} is in use by "${holder.command}" (pid ${holder.pid} on ${holder.host}, since ${holder.startedAt})` +
        (holder.url ? `, serving ${holder.url}` : '') +
        '; stop it first, or run commands while it serves so they go through its API',
    );
    this.name = 'DataDirLockedError';
  }
}

export interface DataDirLock {
  readonly holder: LockHolder;
  /** Records the serving address so other commands can reach this process. */
  setUrl(url: string): void;
  release(): void;
}

const LOCK_FILE = 'owner.json';

/** Path of the lock file of a data directory. */
export function lockPath(dataDir: string): string {
  return join(resolve(dataDir), LOCK_FILE);
}

/** Reads the current holder of a data directory, or undefined when it is free (or its holder is dead). */
export function readLiveHolder(dataDir: string): LockHolder | undefined {
  const holder = readHolder(lockPath(dataDir));
  return holder && isAlive(holder) ? holder : undefined;
}

function readHolder(path: string): LockHolder | undefined {
  try {
    return JSON.parse(readFileSync(path, 'utf8')) as LockHolder;
  } catch {
    return undefined;
  }
}

function isAlive(holder: LockHolder): boolean {
  if (holder.host !== hostname()) return true; // cannot check another machine: assume it is alive
  if (holder.pid === process.pid) return true;
  try {
    process.kill(holder.pid, 0);
    return true;
  } catch (err) {
    return (err as NodeJS.ErrnoException).code === 'EPERM';
  }
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/** Takes the data directory for this process, or throws DataDirLockedError naming the live holder. */
export async function acquireDataDirLock(dataDir: string, command: string): Promise<DataDirLock> {
  const dir = resolve(dataDir);
  mkdirSync(dir, { recursive: true });
  const path = lockPath(dir);
  const holder: LockHolder = {
    pid: process.pid,
    host: hostname(),
    command,
    startedAt: new Date().toISOString(),
    nonce: randomUUID(),
  };
  for (let attempt = 0; attempt < 50; attempt++) {
    try {
      const fd = openSync(path, 'wx');
      writeSync(fd, JSON.stringify(holder));
      closeSync(fd);
      return makeLock(path, holder);
    } catch (err) {
      if ((err as NodeJS.ErrnoException).code !== 'EEXIST') throw err;
    }
    const current = readHolder(path);
    if (!current) {
      await sleep(20); // being written by its creator right now
      if (readHolder(path)) continue;
      if (fileAgeMs(path) > 2000) removeStale(path, undefined);
      continue;
    }
    if (isAlive(current)) throw new DataDirLockedError(dir, current);
    removeStale(path, current.nonce);
  }
  throw new Error(`could not take the lock ${path}`);
}

function fileAgeMs(path: string): number {
  try {
    return Date.now() - statSync(path).mtimeMs;
  } catch {
    return 0;
  }
}

/**
 * Removes a dead holder's lock. Only the process that creates the take-over marker may remove it, so
 * two processes that both saw the same dead holder cannot delete each other's fresh lock.
 */
function removeStale(path: string, deadNonce: string | undefined): void {
  const marker = `${path}.takeover`;
  let fd: number;
  try {
    fd = openSync(marker, 'wx');
  } catch {
    if (fileAgeMs(marker) > 5000) unlinkQuiet(marker); // left by a process that died mid-takeover
    return;
  }
  try {
    const again = readHolder(path);
    if (again?.nonce === deadNonce) unlinkQuiet(path);
  } finally {
    closeSync(fd);
    unlinkQuiet(marker);
  }
}

function unlinkQuiet(path: string): void {
  try {
    unlinkSync(path);
  } catch {
    /* already gone */
  }
}

function makeLock(path: string, holder: LockHolder): DataDirLock {
  let released = false;
  const onExit = () => release();
  process.on('exit', onExit);
  function release() {
    if (released) return;
    released = true;
    process.off('exit', onExit);
    if (readHolder(path)?.nonce === holder.nonce) unlinkQuiet(path);
  }
  return {
    holder,
    setUrl(url: string) {
      holder.url = url;
      writeFileSync(path, JSON.stringify(holder));
    },
    release,
  };
}
