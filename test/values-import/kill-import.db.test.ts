/**
 * An import killed with SIGKILL in the middle of a file leaves no partial batch: the next start is
 * clean and importing the same file again succeeds. The import runs as a real `ictmon import` process
 * (bin/ictmon.js) on the engine of this project; it is killed once it reports having read (and so
 * staged) tens of thousands of rows.
 */
import { spawn } from 'node:child_process';
import { createWriteStream } from 'node:fs';
import { once } from 'node:events';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openDatabase } from '../../src/db/open-database.ts';
import { importValuesFile } from '../../src/services/values-import/import-values.ts';
import { repoRoot, scratchDir } from '../support/paths.ts';
import { createTestTarget, testEngine } from '../support/test-db.ts';

let target: { dataDir: string; databaseUrl?: string };
let dispose: () => Promise<void>;
let path: string;
let values = 0;

beforeAll(async () => {
  ({ target, dispose } = await createTestTarget());
  const { db } = await openDatabase(target, 'test');
  const communes = (
    await db.query<{ code: string }>(
      `select code from admin_unit where level = 'commune' and (valid_from is null or valid_from <= '2016-01-01') and (valid_to is null or valid_to >= '2024-12-31') order by code limit 3000`,
    )
  ).map((r) => r.code);
  await db.close();
  path = join(scratchDir('kill-import'), 'values.csv');
  const out = createWriteStream(path);
  out.write('Mã đơn vị,Chỉ tiêu,Kỳ báo cáo,Giá trị\n');
  for (let y = 2019; y <= 2024; y++) {
    for (let q = 1; q <= 4; q++) {
      for (const [i, code] of communes.entries()) {
        out.write(`${code},commune.dossiers_total,${y}Q${q},${100 + (i % 50)}\n`);
        out.write(`${code},commune.dossiers_online,${y}Q${q},${i % 50}\n`);
        values += 2;
      }
    }
  }
  out.end();
  await once(out, 'finish');
}, 120_000);
afterAll(() => dispose());

async function counts() {
  const { db } = await openDatabase(target, 'test');
  try {
    return await db.one<{ values: number; batches: number; stages: number }>(
      `select (select count(*) from indicator_value)::int as values, (select count(*) from value_batch)::int as batches,
              (select count(*) from pg_class where relname like 'value_stage_%')::int as stages`,
    );
  } finally {
    await db.close();
  }
}

describe(`a killed import on ${testEngine}`, () => {
  it('leaves nothing behind, and the next import stores the file', async () => {
    const env = { ...process.env, ...(target.databaseUrl ? { DATABASE_URL: target.databaseUrl } : {}) };
    const child = spawn(process.execPath, [join(repoRoot, 'bin/ictmon.js'), '--data-dir', target.dataDir, 'import', path, '--progress'], {
      env,
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let stderr = '';
    let stdout = '';
    child.stdout.on('data', (d: Buffer) => (stdout += d.toString()));
    const killed = new Promise<number>((resolve, reject) => {
      child.stderr.on('data', (d: Buffer) => {
        stderr += d.toString();
        const rows = [...stderr.matchAll(/progress reading (\d+) rows/g)].map((m) => Number(m[1]));
        if (rows.some((n) => n >= 45_000) && child.exitCode === null && !child.killed) {
          child.kill('SIGKILL');
          resolve(Math.max(...rows));
        }
      });
      child.on('exit', (code) => {
        if (!child.killed) reject(new Error(`the import ended before it could be killed (exit ${code}): ${stderr}${stdout}`));
      });
    });
    const rowsWhenKilled = await killed;
    await once(child, 'exit');
    expect(rowsWhenKilled).toBeGreaterThanOrEqual(45_000);
    expect(rowsWhenKilled).toBeLessThan(values);

    // The next start (taking over the dead process's data directory) finds no values, batch or stage.
    expect(await counts()).toEqual({ values: 0, batches: 0, stages: 0 });

    const { db } = await openDatabase(target, 'test');
    try {
      const r = await importValuesFile({ db, actor: 'test' }, { path }, {});
      expect(r).toMatchObject({ outcome: 'accepted', inserted: values, errorCount: 0 });
    } finally {
      await db.close();
    }
    expect(await counts()).toEqual({ values, batches: 1, stages: 0 });
  }, 300_000);
});
