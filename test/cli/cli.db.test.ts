import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runCliCaptured } from '../support/run-cli.ts';
import { createTestTarget, testEngine } from '../support/test-db.ts';

let target: { dataDir: string; databaseUrl?: string };
let dispose: () => Promise<void>;

/** Runs the CLI in this process against the test's database. */
function ictmon(...args: string[]) {
  return runCliCaptured(target, args);
}

describe(`ictmon CLI on ${testEngine}`, () => {
  beforeAll(async () => {
    ({ target, dispose } = await createTestTarget());
  });
  afterAll(() => dispose());

  it('lists the 34 provinces in force on 01/07/2025 as JSON', async () => {
    const r = await ictmon('units', 'list', '--at', '2025-07-01', '--level', 'province', '--format', 'json');
    expect(r.code).toBe(0);
    const list = JSON.parse(r.out) as { items: { code: string }[] };
    expect(list.items).toHaveLength(34);
  });

  it('lists the 3,321 communes in force on 01/07/2025 and the pre-reform map on 30/06/2025', async () => {
    const communes = JSON.parse((await ictmon('units', 'list', '--at', '2025-07-01', '--level', 'commune', '--format', 'json')).out) as { items: unknown[] };
    expect(communes.items).toHaveLength(3321);
    const provinces = JSON.parse((await ictmon('units', 'list', '--at', '30/06/2025', '--format', 'json')).out) as { items: { code: string }[] };
    expect(provinces.items).toHaveLength(63);
    expect(provinces.items.map((p) => p.code)).toContain('06');
    const districts = JSON.parse((await ictmon('units', 'list', '--at', '2025-06-30', '--level', 'district', '--format', 'json')).out) as { items: unknown[] };
    expect(districts.items.length).toBeGreaterThan(690);
  });

  it('prints CSV with a header row', async () => {
    const r = await ictmon('units', 'list', '--at', '2025-07-01', '--parent', '19', '--format', 'csv');
    const lines = r.out.split('\n');
    expect(lines[0]).toBe('code,type,name,parent,valid_from,valid_to,children');
    expect(lines).toHaveLength(93);
  });

  it('says Bắc Kạn ended on 30/06/2025 and names its successor', async () => {
    const vi = await ictmon('units', 'show', '06', '--at', '2026-01-01');
    expect(vi.out).toContain('Tỉnh Bắc Kạn (06)');
    expect(vi.out).toContain('hiệu lực đến hết ngày 30/06/2025');
    expect(vi.out).toMatch(/Đơn vị kế thừa:\n\s+- Tỉnh Thái Nguyên \(19\), toàn bộ, từ 01\/07\/2025/);
    const en = await ictmon('--lang', 'en', 'units', 'show', '06', '--at', '2026-01-01');
    expect(en.out).toContain('ended on 30/06/2025');
    expect(en.out).toContain('Tỉnh Thái Nguyên (19), whole');
  });

  it('fails with one clear line and a non-zero exit for bad input', async () => {
    const bad = await ictmon('units', 'list', '--at', '31/02/2025');
    expect(bad.code).not.toBe(0);
    expect(bad.err.split('\n')).toHaveLength(1);
    expect(bad.err).toContain('31/02/2025');
    const unknown = await ictmon('units', 'show', '99999', '--at', '2025-01-01');
    expect(unknown.code).toBe(1);
    expect(unknown.err).toBe('ictmon: không có đơn vị hành chính mã 99999');
  });

  it('checks the environment with doctor', async () => {
    const r = await ictmon('doctor');
    expect(r.out).toMatch(/✓ database: /);
    expect(r.out).toMatch(/✓ migrations: current/);
    expect(r.out).toMatch(/✓ reference data: /);
  });
});
