import { describe, expect, it, vi } from 'vitest';
import type { Command } from 'commander';
import { buildProgram, runCli } from '../../src/cli/main.ts';

function allCommands(cmd: Command, path: string[] = []): Array<{ path: string[]; cmd: Command }> {
  return cmd.commands.flatMap((c) => [{ path: [...path, c.name()], cmd: c }, ...allCommands(c, [...path, c.name()])]);
}

describe('ictmon --help', () => {
  const commands = allCommands(buildProgram());

  it('has the commands the README documents', () => {
    expect(commands.map((c) => c.path.join(' '))).toEqual(
      expect.arrayContaining([
        'serve',
        'units list',
        'units show',
        'units search',
        'units diff',
        'units import',
        'setup',
        'doctor',
        'criteria evaluate',
        'criteria summary',
        'criteria what-if',
        'criteria villages',
        'criteria record',
        'criteria history',
        'criteria sets',
        'criteria overlay set',
        'criteria overlay list',
        'values history',
        'audit export',
        'users add',
        'users list',
        'users set',
        'users disable',
        'users unlock',
        'users password',
        'tokens create',
        'tokens list',
        'tokens revoke',
        'review queue',
        'review show',
        'review submit',
        'review approve',
        'review return',
        'review reopen',
        'review due',
        'review close-period',
        'review reopen-period',
        'review except',
        'review closures',
        'review deadlines',
      ]),
    );
  });

  it.each(commands.map((c) => [c.path.join(' '), c.cmd] as const))('"%s --help" describes the command and exits 0', async (path, cmd) => {
    expect(cmd.description().length).toBeGreaterThan(10);
    const out: string[] = [];
    const write = vi.spyOn(process.stdout, 'write').mockImplementation((s: string | Uint8Array) => (out.push(String(s)), true));
    try {
      expect(await runCli(['node', 'ictmon', ...path.split(' '), '--help'])).toBe(0);
    } finally {
      write.mockRestore();
    }
    const text = out.join('').replace(/\s+/g, ' ');
    expect(text).toContain(`Usage: ictmon ${path}`);
    expect(text).toContain(cmd.description().replace(/\s+/g, ' '));
  });

  it('exits 2 with a one-line error for an unknown command or option', async () => {
    const err: string[] = [];
    const write = vi.spyOn(process.stderr, 'write').mockImplementation((s: string | Uint8Array) => (err.push(String(s)), true));
    try {
      expect(await runCli(['node', 'ictmon', 'units', 'list', '--levle', 'province'])).toBe(2);
    } finally {
      write.mockRestore();
    }
    expect(err.join('')).toContain("unknown option '--levle'");
  });
});
