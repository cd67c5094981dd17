/**
 * Forward-only SQL migrations: `src/db/migrations/NNNN-name.sql`, each applied in its own transaction
 * and recorded with its checksum. The runner refuses to go on when the applied history diverges from
 * the files (an applied migration missing or edited, or a new file numbered below an applied one).
 */
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import type { Database } from './database.ts';

export interface MigrationFile {
  version: number;
  name: string;
  sql: string;
  checksum: string;
}

export interface AppliedMigration {
  version: number;
  name: string;
  checksum: string;
}

export class MigrationHistoryError extends Error {
  constructor(message: string) {
    super(`migration history diverges: ${message}`);
    this.name = 'MigrationHistoryError';
  }
}

const MIGRATIONS_DIR = new URL('./migrations/', import.meta.url);

/** Reads the migration files shipped with this version of ictmon, in order. */
export function readMigrationFiles(dir: URL = MIGRATIONS_DIR): MigrationFile[] {
  return readdirSync(dir)
    .filter((f) => f.endsWith('.sql'))
    .sort()
    .map((file) => {
      const m = /^(\d{4})-([a-z0-9-]+)\.sql$/.exec(file);
      if (!m) throw new Error(`bad migration file name ${file} (expected NNNN-name.sql)`);
      const sql = readFileSync(new URL(file, dir), 'utf8');
      return { version: Number(m[1]), name: m[2]!, sql, checksum: createHash('sha256').update(sql).digest('hex') };
    });
}

/** Compares applied history with the files; returns the files still to apply or throws. */
export function planMigrations(files: MigrationFile[], applied: AppliedMigration[]): MigrationFile[] {
  const byVersion = new Map(files.map((f) => [f.version, f]));
  for (const a of applied) {
    const f = byVersion.get(a.version);
    if (!f) throw new MigrationHistoryError(`applied migration ${a.version} (${a.name}) has no file; this ictmon is older than the database`);
    if (f.checksum !== a.checksum) throw new MigrationHistoryError(`migration ${a.version} (${a.name}) was changed after it was applied`);
  }
  const maxApplied = Math.max(0, ...applied.map((a) => a.version));
  const appliedSet = new Set(applied.map((a) => a.version));
  const pending = files.filter((f) => !appliedSet.has(f.version));
  const early = pending.find((f) => f.version < maxApplied);
  if (early) throw new MigrationHistoryError(`migration ${early.version} (${early.name}) is numbered below applied migration ${maxApplied}`);
  return pending;
}

const LOCK_KEY = 4_823_117; // advisory lock: two ictmon processes on one server migrate one at a time

/** Applies pending migrations; returns the versions applied. */
export async function migrate(db: Database, files: MigrationFile[] = readMigrationFiles()): Promise<number[]> {
  await db.exec(`create table if not exists schema_migration (
    version integer primary key,
    name text not null,
    checksum text not null,
    applied_at timestamptz not null default now()
  )`);
  const done: number[] = [];
  for (;;) {
    const next = await db.transaction(async (tx) => {
      await tx.query('select pg_advisory_xact_lock($1)', [LOCK_KEY]);
      const applied = await tx.query<AppliedMigration>('select version, name, checksum from schema_migration order by version');
      const file = planMigrations(files, applied)[0];
      if (!file) return undefined;
      await tx.exec(file.sql);
      await tx.query('insert into schema_migration (version, name, checksum) values ($1, $2, $3)', [file.version, file.name, file.checksum]);
      return file.version;
    });
    if (next === undefined) return done;
    done.push(next);
  }
}

/** Lists applied and pending migrations without changing anything (for `ictmon doctor`). */
export async function migrationStatus(db: Database, files: MigrationFile[] = readMigrationFiles()) {
  const exists = await db.one<{ present: boolean }>("select to_regclass('schema_migration') is not null as present");
  const applied = exists.present ? await db.query<AppliedMigration>('select version, name, checksum from schema_migration order by version') : [];
  return { applied, pending: planMigrations(files, applied), latest: files.at(-1)?.version ?? 0 };
}
