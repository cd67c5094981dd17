/** Use case: what this ictmon is and what it runs on (footer of the UI, `doctor`, `/api/meta`). */
import { readFileSync } from 'node:fs';
import { todayInVietnam } from '../../domain/units/dates.ts';
import type { ServiceContext } from '../context.ts';

export interface ReferenceInfo {
  version: string;
  loadedAt: string;
  units: number;
  lineage: number;
  diagnostics: number;
}

export interface Meta {
  name: string;
  version: string;
  engine: string;
  dataLocation: string;
  today: string;
  reference: ReferenceInfo | null;
}

const pkg = JSON.parse(readFileSync(new URL('../../../package.json', import.meta.url), 'utf8')) as { version: string };

/** The running version of ictmon. */
export const ICTMON_VERSION = pkg.version;

/** Describes the running system and the loaded reference data. */
export async function getMeta(ctx: ServiceContext): Promise<Meta> {
  return {
    name: 'ictmon',
    version: ICTMON_VERSION,
    engine: ctx.db.engine,
    dataLocation: ctx.db.location,
    today: todayInVietnam(),
    reference: await findReferenceInfo(ctx),
  };
}

/** The loaded reference dataset, or null when none is loaded (or the schema is not there yet). */
export async function findReferenceInfo(ctx: ServiceContext): Promise<ReferenceInfo | null> {
  const present = await ctx.db.one<{ ok: boolean }>("select to_regclass('reference_dataset') is not null as ok");
  if (!present.ok) return null;
  const row = await ctx.db.maybeOne<{ version: string; loadedAt: Date; summary: Record<string, unknown> }>(
    `select version, loaded_at as "loadedAt", summary from reference_dataset where id = 'vn-admin'`,
  );
  if (!row) return null;
  const n = (k: string) =>
    typeof row.summary[k] === 'number' ? (row.summary[k] as number) : Array.isArray(row.summary[k]) ? (row.summary[k] as unknown[]).length : 0;
  return { version: row.version, loadedAt: new Date(row.loadedAt).toISOString(), units: n('units'), lineage: n('lineage'), diagnostics: n('diagnostics') };
}
