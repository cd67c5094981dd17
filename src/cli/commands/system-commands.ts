/** `ictmon setup` and `ictmon doctor`. */
import { Command } from 'commander';
import { openDatabase } from '../../db/open-database.ts';
import { loadReferenceData } from '../../services/reference/load-reference-data.ts';
import { migrate } from '../../db/migrate.ts';
import { readLiveHolder } from '../../db/data-dir-lock.ts';
import { resolveTarget, withBackend, type GlobalOptions } from '../runtime.ts';

/** Builds `setup`: migrations and reference data, explicitly (serve does it too). */
export function setupCommand(globals: () => GlobalOptions): Command {
  return new Command('setup')
    .description('create or upgrade the database and load the shipped reference data')
    .option('--reload-reference', 'reload the reference data even if this version is loaded', false)
    .action(async (o: { reloadReference: boolean }) => {
      const { db } = await openDatabase(resolveTarget(globals()), 'ictmon setup');
      try {
        const applied = await migrate(db);
        const ref = await loadReferenceData(db, { force: o.reloadReference });
        console.log(`migrations applied: ${applied.length ? applied.join(', ') : 'none (current)'}`);
        console.log(
          ref.loaded
            ? `reference data ${ref.version} loaded: ${ref.units} unit versions, ${ref.lineage} lineage edges, ${ref.diagnostics} reconciliation notes (${ref.ms} ms)`
            : `reference data ${ref.version} already loaded`,
        );
      } finally {
        await db.close();
      }
    });
}

/** Builds `doctor`: ✓/✗ lines; exit code 1 when any check fails. */
export function doctorCommand(globals: () => GlobalOptions): Command {
  return new Command('doctor').description('check the environment: Node.js, database, migrations, reference data, web UI').action(async () => {
    const target = resolveTarget(globals());
    const holder = target.databaseUrl ? undefined : readLiveHolder(target.dataDir);
    if (holder) console.log(`✓ data directory ${target.dataDir}: owned by "${holder.command}" (pid ${holder.pid})${holder.url ? ` at ${holder.url}` : ''}`);
    const checks = await withBackend(globals(), 'ictmon doctor', (b) => b.runDoctor());
    for (const c of checks) console.log(`${c.ok ? '✓' : '✗'} ${c.name}: ${c.detail}`);
    if (checks.some((c) => !c.ok)) process.exitCode = 1;
  });
}
