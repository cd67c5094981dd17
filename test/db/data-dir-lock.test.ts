import { writeFileSync, readFileSync, existsSync } from 'node:fs';
import { hostname } from 'node:os';
import { spawnSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { acquireDataDirLock, DataDirLockedError, lockPath, readLiveHolder } from '../../src/db/data-dir-lock.ts';
import { scratchDir } from '../support/paths.ts';

describe('data directory lock', () => {
  it('gives the directory to one owner and names it to the next', async () => {
    const dir = scratchDir('lock');
    const first = await acquireDataDirLock(dir, 'ictmon serve');
    first.setUrl('http://127.0.0.1:3999');
    const err = await acquireDataDirLock(dir, 'ictmon units import').catch((e: unknown) => e);
    expect(err).toBeInstanceOf(DataDirLockedError);
    const holder = (err as DataDirLockedError).holder;
    expect(holder).toMatchObject({ pid: process.pid, command: 'ictmon serve', url: 'http://127.0.0.1:3999' });
    expect((err as Error).message).toContain(`pid ${process.pid}`);
    first.release();
    expect(existsSync(lockPath(dir))).toBe(false);
    const second = await acquireDataDirLock(dir, 'ictmon units import');
    expect(readLiveHolder(dir)?.command).toBe('ictmon units import');
    second.release();
  });

  it('takes over the lock of a process that is gone', async () => {
    const dir = scratchDir('lock-stale');
    const dead = spawnSync(process.execPath, ['-e', 'process.stdout.write(String(process.pid))']).stdout.toString();
    writeFileSync(
      lockPath(dir),
      JSON.stringify({ pid: Number(dead), host: hostname(), command: 'ictmon serve', startedAt: '2026-01-01T00:00:00Z', nonce: 'x' }),
    );
    expect(readLiveHolder(dir)).toBeUndefined();
    const lock = await acquireDataDirLock(dir, 'ictmon setup');
    expect(JSON.parse(readFileSync(lockPath(dir), 'utf8')).pid).toBe(process.pid);
    lock.release();
  });

  it('does not remove a lock that another owner took after it', async () => {
    const dir = scratchDir('lock-release');
    const a = await acquireDataDirLock(dir, 'a');
    a.release();
    const b = await acquireDataDirLock(dir, 'b');
    a.release(); // a second release by the old owner must not touch b's lock
    expect(readLiveHolder(dir)?.command).toBe('b');
    b.release();
  });
});
