/** Use case: `ictmon doctor` — ✓/✗ lines for the environment ictmon needs. */
import { existsSync } from 'node:fs';
import { migrationStatus } from '../../db/migrate.ts';
import type { ServiceContext } from '../context.ts';
import { findReferenceInfo } from './get-meta.ts';

export interface DoctorCheck {
  ok: boolean;
  name: string;
  detail: string;
}

/** The web UI bundle served by `ictmon serve`. */
export const WEB_DIST_DIR = new URL('../../../web/dist/', import.meta.url);

/** Checks the runtime, the database, its migrations, the reference data and the web bundle. */
export async function runDoctor(ctx: ServiceContext): Promise<DoctorCheck[]> {
  const checks: DoctorCheck[] = [];
  const major = Number(process.versions.node.split('.')[0]);
  checks.push({ ok: major >= 20, name: 'Node.js', detail: `v${process.versions.node}${major >= 20 ? '' : ' (needs 20 or newer)'}` });
  try {
    const v = await ctx.db.one<{ version: string }>('select version() as version');
    checks.push({ ok: true, name: 'database', detail: `${ctx.db.engine} at ${ctx.db.location}: ${v.version.split(' on ')[0]}` });
  } catch (err) {
    checks.push({ ok: false, name: 'database', detail: (err as Error).message });
    return checks;
  }
  try {
    const m = await migrationStatus(ctx.db);
    const ok = m.pending.length === 0;
    checks.push({
      ok,
      name: 'migrations',
      detail: ok ? `current (${m.applied.length} applied, latest ${m.latest})` : `${m.pending.length} pending: ${m.pending.map((p) => p.version).join(', ')}`,
    });
  } catch (err) {
    checks.push({ ok: false, name: 'migrations', detail: (err as Error).message });
  }
  try {
    const ref = await findReferenceInfo(ctx);
    checks.push(
      ref
        ? {
            ok: true,
            name: 'reference data',
            detail: `${ref.version}: ${ref.units} unit versions, ${ref.lineage} lineage edges, ${ref.diagnostics} reconciliation notes`,
          }
        : { ok: false, name: 'reference data', detail: 'not loaded (run `ictmon setup` or `ictmon serve`)' },
    );
  } catch (err) {
    checks.push({ ok: false, name: 'reference data', detail: (err as Error).message });
  }
  const webOk = existsSync(new URL('index.html', WEB_DIST_DIR));
  checks.push({ ok: webOk, name: 'web UI', detail: webOk ? 'built (web/dist)' : 'not built (run `npm run build`)' });
  return checks;
}
