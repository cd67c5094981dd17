/**
 * Runs the CLI in this test's process against a target database (a data directory, or a server URL
 * through DATABASE_URL) and captures what it prints.
 */
import { vi } from 'vitest';
import { runCli } from '../../src/cli/main.ts';

/** The exit code and the printed output. */
export interface CliRun {
  code: number;
  out: string;
  err: string;
}

/** Runs `ictmon --data-dir <dataDir> …args` with DATABASE_URL set to the target's server when it has one. */
export async function runCliCaptured(target: { dataDir: string; databaseUrl?: string }, args: readonly string[]): Promise<CliRun> {
  const out: string[] = [];
  const err: string[] = [];
  const log = vi.spyOn(console, 'log').mockImplementation((...a: unknown[]) => void out.push(a.join(' ')));
  const error = vi.spyOn(console, 'error').mockImplementation((...a: unknown[]) => void err.push(a.join(' ')));
  const saved = process.env.DATABASE_URL;
  if (target.databaseUrl) process.env.DATABASE_URL = target.databaseUrl;
  process.exitCode = undefined;
  try {
    const code = await runCli(['node', 'ictmon', '--data-dir', target.dataDir, ...args]);
    return { code, out: out.join('\n'), err: err.join('\n') };
  } finally {
    process.exitCode = undefined;
    if (saved === undefined) delete process.env.DATABASE_URL;
    else process.env.DATABASE_URL = saved;
    log.mockRestore();
    error.mockRestore();
  }
}
