/**
 * Every fixture of test/fixtures/values/ (files written by ExcelJS and by LibreOffice Calc, CSV in
 * UTF-8, Windows-1258, TCVN3 and VNI, and broken files) imports or is refused exactly as
 * test/fixtures/values/expected.json says, and a refused file leaves the database unchanged.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '../../src/db/database.ts';
import { importUnitsFile } from '../../src/services/units-import/units-file-service.ts';
import type { ValueImportResult } from '../../src/services/values-import/import-types.ts';
import { importValuesFile } from '../../src/services/values-import/import-values.ts';
import { repoRoot } from '../support/paths.ts';
import { openTestDatabase, testEngine, type TestDatabase } from '../support/test-db.ts';

interface Expected {
  file: string;
  outcome: 'accepted' | 'rejected';
  values?: number;
  layout?: string;
  format?: string;
  textEncoding?: string;
  requires?: string;
  sameValuesAs?: string;
  errors?: Array<{ row?: number; field?: string; code: string; suggestion?: string }>;
  options?: { period?: string };
}

const dir = join(repoRoot, 'test/fixtures/values');
const cases = (JSON.parse(readFileSync(join(dir, 'expected.json'), 'utf8')) as Expected[]).filter((c) => !c.file.startsWith('('));

let t: TestDatabase;
const ctx = () => ({ db: t.db, actor: 'test' });

async function snapshot(db: Database) {
  return db.one(
    `select (select count(*) from indicator_value)::int as values, (select count(*) from value_batch)::int as batches,
            (select count(*) from audit_event)::int as audits`,
  );
}

beforeAll(async () => {
  t = await openTestDatabase();
  const villages = join(repoRoot, 'test/fixtures/units/villages-duc-xuan-bac-kan.csv');
  await importUnitsFile(ctx(), { fileName: 'villages-duc-xuan-bac-kan.csv', bytes: readFileSync(villages), effectiveDate: '2025-09-01', kind: 'villages' });
  // bad-cross-field-stored.csv is read against the values of this file, stored first.
  const stored = await importValuesFile(ctx(), { path: join(dir, 'ok-communes-2024-wide.xlsx') }, {});
  expect(stored.outcome, JSON.stringify(stored.errors.slice(0, 5))).toBe('accepted');
});
afterAll(() => t.dispose());

const valuesOf = (r: ValueImportResult) => r.values;

describe(`values fixtures on ${testEngine}`, () => {
  it.each(cases.map((c) => [`${c.file}${c.options ? ` ${JSON.stringify(c.options)}` : ''}`, c] as const))('%s', async (_name, c) => {
    const before = await snapshot(t.db);
    let result: ValueImportResult;
    try {
      result = await importValuesFile(ctx(), { path: join(dir, c.file) }, { dryRun: true, ...(c.options ?? {}) });
    } catch (err) {
      const codes = (c.errors ?? []).map((e) => e.code);
      expect(c.outcome).toBe('rejected');
      expect(codes).toContain((err as { code: string }).code);
      expect(await snapshot(t.db)).toEqual(before);
      return;
    }
    expect(result.outcome === 'unchanged' ? 'accepted' : result.outcome, JSON.stringify(result.errors.slice(0, 8))).toBe(c.outcome);
    if (c.format) expect(result.format).toBe(c.format);
    if (c.layout) expect(result.layout).toBe(c.layout);
    if (c.textEncoding) expect(result.textEncoding).toBe(c.textEncoding);
    if (c.values !== undefined) expect(valuesOf(result)).toBe(c.values);
    for (const e of c.errors ?? []) {
      const match = result.errors.find((x) => x.code === e.code && (e.row === undefined || x.row === e.row) && (e.field === undefined || x.field === e.field));
      expect(match, `${c.file}: expected ${JSON.stringify(e)} among ${JSON.stringify(result.errors.map((x) => [x.row, x.field, x.code]))}`).toBeDefined();
      if (e.suggestion) expect(match?.suggestion ?? '').toContain(e.suggestion);
    }
    expect(await snapshot(t.db)).toEqual(before);
  });
});
