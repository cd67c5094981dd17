/**
 * The local CLI through a server that owns the data directory (real processes): it presents the
 * server's owner key (written to the data directory with mode 0600, removed at stop), acts as the
 * installation and is recorded as cli:<user>@<host>. `serve` prints the first-run setup code; a token
 * in ICTMON_SERVER/ICTMON_TOKEN sends commands as the token's account.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { cpSync, existsSync, statSync } from 'node:fs';
import { hostname } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openDatabase } from '../../src/db/open-database.ts';
import { repoRoot, scratchDir, templateDataDir } from '../support/paths.ts';
import { PASSWORD } from './auth-support.ts';

const bin = join(repoRoot, 'bin', 'ictmon.js');
const baseEnv = { ...process.env, DATABASE_URL: '', ICTMON_LANG: 'en', ICTMON_SERVER: '', ICTMON_TOKEN: '' };

function run(args: string[], opts: { stdin?: string; env?: Record<string, string> } = {}): Promise<{ code: number; out: string; err: string }> {
  return new Promise((resolve) => {
    const p = spawn(process.execPath, [bin, ...args], { env: { ...baseEnv, ...opts.env }, cwd: repoRoot });
    let out = '';
    let err = '';
    p.stdout.on('data', (d: Buffer) => (out += d.toString()));
    p.stderr.on('data', (d: Buffer) => (err += d.toString()));
    p.on('close', (code) => resolve({ code: code ?? -1, out, err }));
    p.stdin.end(opts.stdin ?? '');
  });
}

describe('the CLI through a serving process, with the owner key', { timeout: 180_000 }, () => {
  let dir: string;
  let data: string;
  let server: ChildProcess | undefined;
  let url = '';
  let printed = '';

  beforeAll(async () => {
    dir = scratchDir('owner-key');
    data = join(dir, 'data');
    cpSync(templateDataDir, data, { recursive: true });
    server = spawn(process.execPath, [bin, '--data-dir', data, 'serve', '--port', '0'], { env: baseEnv, cwd: repoRoot });
    url = await new Promise<string>((resolve, reject) => {
      server!.stdout!.on('data', (d: Buffer) => {
        printed += d.toString();
        const m = /serving (http:\/\/[\d.]+:\d+)/.exec(printed);
        if (m && printed.includes('setup code')) resolve(m[1]!);
      });
      server!.on('exit', (code) => reject(new Error(`server exited ${code}: ${printed}`)));
    });
  });
  afterAll(() => {
    server?.kill('SIGKILL');
  });

  const cli = (args: string[], opts: { stdin?: string; env?: Record<string, string> } = {}) => run(['--data-dir', data, ...args], opts);

  it('prints the one-time setup code in Vietnamese and English, and keeps the owner key private', async () => {
    const code = /mã thiết lập: ([A-Z2-9]{4}-[A-Z2-9]{4}-[A-Z2-9]{2})/.exec(printed)?.[1];
    expect(code).toBeDefined();
    expect(printed).toContain(`Mở ${url}/setup`);
    expect(printed).toContain(`Open ${url}/setup and enter the setup code: ${code}`);
    const key = join(data, 'owner.key');
    expect(statSync(key).mode & 0o777).toBe(0o600);
    expect((await fetch(`${url}/api/auth/setup`).then((r) => r.json())) as unknown).toEqual({ needed: true });
  });

  it('refuses a password given any other way than standard input or a terminal', async () => {
    const r = await cli(['users', 'add', '--username', 'nopw', '--name', 'X', '--role', 'admin']);
    expect(r.code).toBe(1);
    expect(r.err).toContain('--password-stdin');
  });

  it('adds the first administrator through the server as the installation, recorded as the CLI user', async () => {
    const r = await cli(['users', 'add', '--username', 'quan.tri', '--name', 'Quản trị viên', '--role', 'admin', '--password-stdin'], {
      stdin: `${PASSWORD}\n`,
    });
    expect(r.code, r.err).toBe(0);
    expect(r.out).toContain('quan.tri (Quản trị viên): National administrator, the whole country');
    const list = await cli(['users', 'list', '--format', 'json']);
    expect(list.code, list.err).toBe(0);
    expect((JSON.parse(list.out) as { username: string }[]).map((u) => u.username)).toEqual(['quan.tri']);
    expect((await fetch(`${url}/api/auth/setup`).then((r) => r.json())) as unknown).toEqual({ needed: false });
    // The password works in the browser's sign-in.
    const login = await fetch(`${url}/api/auth/login`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ username: 'quan.tri', password: PASSWORD }),
    });
    expect(login.status).toBe(200);
  });

  it('refuses the same request over HTTP without the owner key', async () => {
    const res = await fetch(`${url}/api/users`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ username: 'intruder', displayName: 'x', role: 'admin' }),
    });
    expect(res.status).toBe(401);
    const forged = await fetch(`${url}/api/users`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: 'Bearer guessed-owner-key', 'x-ictmon-actor': 'cli:root@host' },
      body: JSON.stringify({ username: 'intruder', displayName: 'x', role: 'admin' }),
    });
    expect(forged.status).toBe(401);
  });

  it('creates a token once, and sends commands with ICTMON_SERVER + ICTMON_TOKEN as its account', async () => {
    const made = await cli(['tokens', 'create', '--user', 'quan.tri', '--name', 'laptop', '--days', '7']);
    expect(made.code, made.err).toBe(0);
    const token = made.out.trim();
    expect(token).toMatch(/^ictm_[\w-]{43}$/);
    expect(made.err).toContain('not shown again');
    const listed = await cli(['tokens', 'list', '--format', 'json']);
    expect(listed.out).not.toContain(token);
    expect(JSON.parse(listed.out)).toMatchObject([{ username: 'quan.tri', name: 'laptop', state: 'active', prefix: token.slice(0, 12) }]);

    const remote = await run(['users', 'add', '--username', 'tn.reviewer', '--name', 'Khoa', '--role', 'reviewer', '--scope', '19', '--password-stdin'], {
      stdin: 'Một mật khẩu khác 2026',
      env: { ICTMON_SERVER: url, ICTMON_TOKEN: token },
    });
    expect(remote.code, remote.err).toBe(0);
    const bad = await run(['users', 'list'], { env: { ICTMON_SERVER: url, ICTMON_TOKEN: `ictm_${'B'.repeat(43)}` } });
    expect(bad.code).toBe(1);
    expect(bad.err).toContain('unknown API token');
    const revoked = await cli(['tokens', 'revoke', '1']);
    expect(revoked.code, revoked.err).toBe(0);
    expect(revoked.out).toContain('revoked');
    const after = await run(['users', 'list'], { env: { ICTMON_SERVER: url, ICTMON_TOKEN: token } });
    expect(after.err).toContain('revoked');
  });

  it('removes the owner key at stop; the log records the CLI, the token and no secret', async () => {
    const stopped = new Promise((r) => server!.on('exit', r));
    server!.kill('SIGTERM');
    await stopped;
    server = undefined;
    expect(existsSync(join(data, 'owner.key'))).toBe(false);
    const { db } = await openDatabase({ dataDir: data }, 'test');
    try {
      const events = await db.query<{ action: string; entityKey: string | null; actor: string }>(
        `select action, entity_key as "entityKey", actor from audit_event where entity in ('user', 'api_token', 'setup_code') order by id`,
      );
      const cliActor = new RegExp(`^cli:[\\w.@-]+@${hostname().replace(/[.]/g, '\\.')}$`);
      expect(events.find((e) => e.action === 'user.create' && e.entityKey === 'quan.tri')!.actor).toMatch(cliActor);
      expect(events.find((e) => e.action === 'token.create')!.actor).toMatch(cliActor);
      expect(events.find((e) => e.action === 'user.create' && e.entityKey === 'tn.reviewer')!.actor).toBe('token:quan.tri/laptop');
      expect(events.find((e) => e.action === 'auth.setup_code')!.actor).toBe('system:serve');
      const text = JSON.stringify(await db.query(`select * from audit_event`));
      expect(text).not.toMatch(/ictm_[\w-]{40,}/);
      expect(text).not.toContain(PASSWORD);
      expect(text).not.toContain('scrypt$');
    } finally {
      await db.close();
    }
  });
});
