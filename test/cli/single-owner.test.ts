/**
 * The embedded database has one owner at a time (PGlite does not lock its files). Real processes:
 * a server and CLI commands that write through it, a second server that is refused, and two one-off
 * commands racing for the directory — nothing is lost and the loser is told who holds the directory.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { cpSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { repoRoot, scratchDir, templateDataDir } from '../support/paths.ts';

const bin = join(repoRoot, 'bin', 'ictmon.js');
const env = { ...process.env, DATABASE_URL: '', ICTMON_LANG: 'en' };

function run(args: string[]): Promise<{ code: number; out: string; err: string }> {
  return new Promise((resolve) => {
    const p = spawn(process.execPath, [bin, ...args], { env, cwd: repoRoot });
    let out = '';
    let err = '';
    p.stdout.on('data', (d: Buffer) => (out += d.toString()));
    p.stderr.on('data', (d: Buffer) => (err += d.toString()));
    p.on('close', (code) => resolve({ code: code ?? -1, out, err }));
  });
}

function villageFile(dir: string, name: string, communeCode: string, count: number): string {
  const path = join(dir, name);
  const rows = Array.from({ length: count }, (_, i) => `${communeCode},Thôn ${name.replace('.csv', '')} ${i + 1}`);
  writeFileSync(path, ['Mã xã,Tên thôn', ...rows].join('\n'));
  return path;
}

async function countVillages(url: string, commune: string): Promise<number> {
  const res = await fetch(`${url}/api/units?at=2025-08-01&parent=${commune}&level=village&limit=1`);
  return ((await res.json()) as { total: number }).total;
}

describe('one owner per embedded data directory (real processes)', () => {
  let dir: string;
  let server: ChildProcess | undefined;
  let url = '';

  beforeAll(async () => {
    dir = scratchDir('owner');
    cpSync(templateDataDir, join(dir, 'data'), { recursive: true });
  });
  afterAll(() => {
    server?.kill('SIGKILL');
  });

  it('sends commands through the running server and refuses a second server', async () => {
    server = spawn(process.execPath, [bin, '--data-dir', join(dir, 'data'), 'serve', '--port', '0'], { env, cwd: repoRoot });
    url = await new Promise<string>((resolve, reject) => {
      let out = '';
      server!.stdout!.on('data', (d: Buffer) => {
        out += d.toString();
        const m = /serving (http:\/\/[\d.]+:\d+)/.exec(out);
        if (m) resolve(m[1]!);
      });
      server!.on('exit', (code) => reject(new Error(`server exited ${code}: ${out}`)));
    });

    const a = villageFile(dir, 'a.csv', '01840', 40);
    const b = villageFile(dir, 'b.csv', '01843', 25);
    const [ra, rb] = await Promise.all([
      run(['--data-dir', join(dir, 'data'), 'units', 'import', a, '--effective-date', '2025-07-01']),
      run(['--data-dir', join(dir, 'data'), 'units', 'import', b, '--effective-date', '2025-07-01']),
    ]);
    expect(ra.code, ra.err).toBe(0);
    expect(rb.code, rb.err).toBe(0);
    expect(await countVillages(url, '01840')).toBe(40);
    expect(await countVillages(url, '01843')).toBe(25);

    // Values go through the server too: checked, refused with the report, stored, listed.
    const values = join(dir, 'values.csv');
    writeFileSync(values, 'Mã xã;Tên xã;Kỳ báo cáo;Tổng số hồ sơ;Số hồ sơ trực tuyến\n01840;Đức Xuân;2024Q4;1.463;1.200\n');
    const bad = join(dir, 'bad-values.csv');
    writeFileSync(bad, 'Mã xã;Tên xã;Kỳ báo cáo;Tổng số hồ sơ;Số hồ sơ trực tuyến\n99999;Đức Xuân;2024Q4;5;1\n');
    const refused = await run(['--data-dir', join(dir, 'data'), 'import', bad, '--report', join(dir, 'report.xlsx')]);
    expect(refused.code).toBe(1);
    expect(refused.out).toContain('row 2, Mã xã "99999"');
    expect(refused.out).toContain('Error report:');
    const stored = await run(['--data-dir', join(dir, 'data'), 'import', values, '--format', 'json']);
    expect(stored.code, stored.err).toBe(0);
    expect(JSON.parse(stored.out)).toMatchObject({ outcome: 'accepted', inserted: 2 });
    const listed = await run(['--data-dir', join(dir, 'data'), 'values', 'list', '--area', '06', '--at', '2024-12-31', '--format', 'json']);
    expect((JSON.parse(listed.out) as { total: number }).total).toBe(2);

    // The criteria commands too: the board with the 2024 dossiers just stored, a what-if, a refusal.
    const summary = await run(['--data-dir', join(dir, 'data'), 'criteria', 'summary', '--province', '06', '--date', '2024-12-31', '--format', 'json']);
    expect(summary.code, summary.err).toBe(0);
    expect(JSON.parse(summary.out)).toMatchObject({ setId: 'NTM-2021', guidanceId: 'QĐ 1127/QĐ-BTTTT', counts: { passed: 0 } });
    const whatIf = await run(['--data-dir', join(dir, 'data'), 'criteria', 'what-if', '--province', '06', '--date', '2024-12-31', '--param', 'radio.minVillageShare=50%', '--format', 'json']);
    expect(whatIf.code, whatIf.err).toBe(0);
    expect(JSON.parse(whatIf.out)).toMatchObject({ whatIf: { parameters: { 'radio.minVillageShare': 0.5 } } });
    const wrongSet = await run(['--data-dir', join(dir, 'data'), 'criteria', 'evaluate', '--unit', '01840', '--date', '2024-12-31', '--set', 'NTM-2016']);
    expect(wrongSet.code).toBe(1);
    expect(wrongSet.err).toContain('NTM-2016');

    const second = await run(['--data-dir', join(dir, 'data'), 'serve', '--port', '0']);
    expect(second.code).toBe(1);
    expect(second.err).toContain(`"ictmon serve" (pid ${server.pid}`);
    expect(second.err).toContain(url);
    expect(second.err.trim().split('\n')).toHaveLength(1);
  });

  it('keeps every row after the server stops, and lets one of two racing commands in at a time', async () => {
    const stopped = new Promise((r) => server!.on('exit', r));
    server!.kill('SIGTERM');
    await stopped;
    server = undefined;

    const c = villageFile(dir, 'c.csv', '01864', 10);
    const d = villageFile(dir, 'd.csv', '01849', 12);
    const args = (f: string) => ['--data-dir', join(dir, 'data'), 'units', 'import', f, '--effective-date', '2025-07-01'];
    const [rc, rd] = await Promise.all([run(args(c)), run(args(d))]);
    const results = [rc, rd];
    const refused = results.filter((r) => r.code !== 0);
    expect(refused, 'both commands start together: the second must find the first holding the directory').toHaveLength(1);
    for (const r of refused) expect(r.err).toMatch(/in use by "ictmon units import" \(pid \d+/);
    for (const [i, r] of results.entries()) if (r.code !== 0) expect((await run(args(i === 0 ? c : d))).code).toBe(0);

    const list = await run(['--data-dir', join(dir, 'data'), 'units', 'list', '--at', '2025-08-01', '--level', 'village', '--format', 'json']);
    const parents = (JSON.parse(list.out) as { items: { parentCode: string }[] }).items.map((v) => v.parentCode);
    const count = (p: string) => parents.filter((x) => x === p).length;
    expect([count('01840'), count('01843'), count('01864'), count('01849')]).toEqual([40, 25, 10, 12]);
  });
});
