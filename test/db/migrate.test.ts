import { describe, expect, it } from 'vitest';
import { MigrationHistoryError, planMigrations, readMigrationFiles, type MigrationFile } from '../../src/db/migrate.ts';

const file = (version: number, checksum = `c${version}`): MigrationFile => ({ version, name: `m${version}`, sql: '', checksum });
const applied = (version: number, checksum = `c${version}`) => ({ version, name: `m${version}`, checksum });

describe('planMigrations', () => {
  it.each([
    { name: 'fresh database', files: [file(1), file(2)], done: [], pending: [1, 2] },
    { name: 'partly applied', files: [file(1), file(2)], done: [applied(1)], pending: [2] },
    { name: 'current', files: [file(1), file(2)], done: [applied(1), applied(2)], pending: [] },
  ])('$name', ({ files, done, pending }) => {
    expect(planMigrations(files, done).map((f) => f.version)).toEqual(pending);
  });

  it.each([
    { name: 'an applied migration was edited', files: [file(1, 'new')], done: [applied(1)], message: 'changed after it was applied' },
    { name: 'the database is newer than the code', files: [file(1)], done: [applied(1), applied(2)], message: 'has no file' },
    { name: 'a file was slipped in below an applied one', files: [file(1), file(2), file(3)], done: [applied(1), applied(3)], message: 'numbered below' },
  ])('refuses when $name', ({ files, done, message }) => {
    expect(() => planMigrations(files, done)).toThrow(MigrationHistoryError);
    expect(() => planMigrations(files, done)).toThrow(message);
  });

  it('reads the shipped migrations in order with stable checksums', () => {
    const files = readMigrationFiles();
    expect(files[0]?.version).toBe(1);
    expect(files.map((f) => f.version)).toEqual([...files.map((f) => f.version)].sort((a, b) => a - b));
    expect(readMigrationFiles().map((f) => f.checksum)).toEqual(files.map((f) => f.checksum));
  });
});
