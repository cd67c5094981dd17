/**
 * The national analytics dataset (issue #5) on the PostgreSQL server, in its own database
 * (`ictmon_analytics_bench`): every pre- and post-reform commune of the register, about 100,000 synthetic
 * villages carried across the reorganisations with lineage, and values 2016–2026 for the catalogue's
 * reported indicators at their levels and period types (quarterly village yes/no, yearly commune
 * figures, monthly province flows and stocks, plans), about 29 million rows loaded by one streamed COPY
 * under one value_batch of kind 'demo'. Then `rebuildAnalytics`. A rerun reuses the data when the marker
 * names the same generator version (and rebuilds only when migrations or the analytics code changed).
 *
 * Run: ICTMON_BENCH_PG_URL=postgres://… node bin/run-ts.js bench/analytics/generate-national-data.ts [--regenerate] [--rebuild | --skip-rebuild]
 */
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { openDatabase } from '../../src/db/open-database.ts';
import type { Database } from '../../src/db/database.ts';
import { insertDemoVillages } from '../../src/db/queries/demo/insert-demo-villages.ts';
import { insertUnitLineage } from '../../src/db/queries/units-import/insert-unit-lineage.ts';
import { INDICATOR_CATALOGUE_VERSION } from '../../src/domain/indicators/sector-catalogue.ts';
import { typePrefix } from '../../src/domain/units-file/type-words.ts';
import { buildSearchText } from '../../src/domain/units-file/unit-states.ts';
import { TWO_TIER_START } from '../../src/domain/units/unit-types.ts';
import { prepareDatabase } from '../../src/services/setup/prepare-database.ts';
import { setBenchBatchCounts } from '../criteria/insert-bench-batch.ts';
import { ensureBenchDatabase, readBenchMarker, writeBenchMarker, writeRebuildMarker } from './bench-database.ts';
import { writeCommuneValues, type CommuneTotals } from './commune-series.ts';
import { copyValues } from './copy-values.ts';
import { listNationalUnits, type NationalUnit } from './list-national-units.ts';
import { planNationalVillages, type BenchVillagePlan } from './plan-national-villages.ts';
import { writeProvinceValues } from './province-series.ts';
import { ValueLines } from './value-lines.ts';
import { emptyVillageTotals, writeVillageValues } from './village-series.ts';

/** Changes with any change to what the generator writes. */
export const GENERATOR_VERSION = 'analytics-national.1';
const SOURCE = 'bench';
const VILLAGE_CHUNK = 20_000;

export interface NationalDataSummary {
  villages: number;
  villageVersions: number;
  villageLineage: number;
  communeVersions: number;
  provinceVersions: number;
  values: number;
  valuesByLevel: Record<string, number>;
  indicators: number;
  batchId: number;
  ms: { prepare: number; villages: number; copy: number; indexes: number; analyze: number; total: number };
}

export interface NationalData {
  db: Database;
  url: string;
  reused: boolean;
  summary: NationalDataSummary;
  /** The time of rebuildAnalytics (this run, or the recorded one when reused), null when it is not available. */
  rebuildMs: number | null;
  rebuiltNow: boolean;
}

/** Opens (or fills) the bench database; `log` gets progress lines. */
export async function prepareNationalData(
  serverUrl: string,
  options: { regenerate?: boolean; rebuild?: boolean; skipRebuild?: boolean; log?: (line: string) => void } = {},
): Promise<NationalData> {
  const log = options.log ?? ((l: string) => console.error(l));
  let url = await ensureBenchDatabase(serverUrl, options.regenerate ?? false);
  let db = (await openDatabase({ databaseUrl: url, dataDir: '' }, 'bench')).db;
  let t = performance.now();
  try {
    await prepareDatabase(db);
  } catch (err) {
    // A migration edited since the data was generated (while it is being written): start again.
    if (!(err instanceof Error && err.name === 'MigrationHistoryError')) throw err;
    log(`${err.message}: dropping the bench database and generating again`);
    await db.close();
    url = await ensureBenchDatabase(serverUrl, true);
    db = (await openDatabase({ databaseUrl: url, dataDir: '' }, 'bench')).db;
    t = performance.now();
    await prepareDatabase(db);
  }
  let prepareMs = performance.now() - t;
  const marker = await readBenchMarker(db);
  let summary: NationalDataSummary;
  let reused = false;
  if (marker && marker.generatorVersion === GENERATOR_VERSION && !options.regenerate) {
    summary = marker.summary as unknown as NationalDataSummary;
    reused = true;
    log(`reusing ${url.replace(/\/\/[^@]*@/, '//')}: ${summary.values.toLocaleString('en')} values (${GENERATOR_VERSION})`);
  } else {
    const dirty = await db.one<{ n: number }>(
      `select (select count(*) from value_batch)::int + (select count(*) from admin_unit where source = $1)::int as n`,
      [SOURCE],
    );
    if (dirty.n > 0) {
      log('the bench database holds other data: dropping it and starting again');
      await db.close();
      url = await ensureBenchDatabase(serverUrl, true);
      db = (await openDatabase({ databaseUrl: url, dataDir: '' }, 'bench')).db;
      t = performance.now();
      await prepareDatabase(db);
      prepareMs = performance.now() - t;
    }
    summary = await generate(db, url, log);
    summary.ms.prepare = prepareMs;
    await writeBenchMarker(db, GENERATOR_VERSION, summary as unknown as Record<string, unknown>);
  }
  const rebuilt = options.skipRebuild
    ? { ms: marker?.rebuildMs ?? null, now: false }
    : await rebuildWhenNeeded(db, options.rebuild ?? false, marker && reused ? marker : undefined, log);
  return { db, url, reused, summary, rebuildMs: rebuilt.ms, rebuiltNow: rebuilt.now };
}

async function generate(db: Database, url: string, log: (line: string) => void): Promise<NationalDataSummary> {
  const t0 = performance.now();
  const units = await listNationalUnits(db);
  let t = performance.now();
  const plan = planNationalVillages(units.communes, units.communeLineage);
  const ids = await writeVillages(db, plan);
  const villagesMs = performance.now() - t;
  log(
    `villages: ${plan.chains.length.toLocaleString('en')} villages, ${plan.versions.length.toLocaleString('en')} versions, ${plan.lineage.length.toLocaleString('en')} lineage edges in ${(villagesMs / 1000).toFixed(1)} s`,
  );

  const batchId = await insertBatch(db);
  const out = new ValueLines(batchId);
  const byLevel: Record<string, number> = {};
  const copy = await copyValues(url, valueChunks(units, plan, ids, out, byLevel, log));
  await setBenchBatchCounts(db, batchId, out.rows);
  log(
    `values: ${out.rows.toLocaleString('en')} rows copied in ${(copy.copyMs / 1000).toFixed(1)} s, indexes (${copy.indexes.join(', ')}) in ${(copy.indexMs / 1000).toFixed(1)} s`,
  );
  t = performance.now();
  await db.exec('analyze admin_unit; analyze unit_lineage; analyze indicator_value');
  const analyzeMs = performance.now() - t;
  return {
    villages: plan.chains.length,
    villageVersions: plan.versions.length,
    villageLineage: plan.lineage.length,
    communeVersions: units.communes.length,
    provinceVersions: units.provinces.length,
    values: out.rows,
    valuesByLevel: byLevel,
    indicators: out.counts.size,
    batchId,
    ms: { prepare: 0, villages: villagesMs, copy: copy.copyMs, indexes: copy.indexMs, analyze: analyzeMs, total: performance.now() - t0 },
  };
}

/** The COPY text of every value: villages first (their counts feed the communes), then communes, then provinces. */
function* valueChunks(
  units: Awaited<ReturnType<typeof listNationalUnits>>,
  plan: BenchVillagePlan,
  ids: Int32Array,
  out: ValueLines,
  byLevel: Record<string, number>,
  log: (line: string) => void,
): Generator<string> {
  const t0 = performance.now();
  const progress = (what: string) => {
    const s = (performance.now() - t0) / 1000;
    log(`  ${what}: ${out.rows.toLocaleString('en')} rows, ${s.toFixed(0)} s, ${Math.round(out.rows / s).toLocaleString('en')} rows/s`);
  };
  const villages = emptyVillageTotals();
  let before = out.rows;
  for (let i = 0; i < plan.chains.length; i++) {
    writeVillageValues(plan.chains[i]!, ids, out, villages);
    yield* drain(out);
    if ((i + 1) % 20_000 === 0) progress(`${(i + 1).toLocaleString('en')} villages`);
  }
  byLevel.village = out.rows - before;
  before = out.rows;
  const communes: CommuneTotals = { dossiers: new Map(), households: new Map() };
  for (const c of units.communes) {
    writeCommuneValues(c, out, villages, communes);
    yield* drain(out);
  }
  byLevel.commune = out.rows - before;
  progress('communes');
  before = out.rows;
  const byId = new Map(units.provinces.map((p) => [p.id, p]));
  for (const p of units.provinces) writeProvinceValues(p, constituentsOf(p, units.provinceLineage, byId), out, communes);
  byLevel.province = out.rows - before;
  progress('provinces');
  const last = out.take(true);
  if (last) yield last;
}

function* drain(out: ValueLines): Generator<string> {
  for (let chunk = out.take(); chunk !== undefined; chunk = out.take()) yield chunk;
}

/** The old province codes a province version gives figures for: itself, or for a province of 01/07/2025 the ones merged into it. */
function constituentsOf(p: NationalUnit, lineage: readonly { fromId: number; toId: number }[], byId: ReadonlyMap<number, NationalUnit>): string[] {
  if (p.validFrom === null || p.validFrom < TWO_TIER_START) return [p.code];
  const codes = lineage.filter((e) => e.toId === p.id).map((e) => byId.get(e.fromId)?.code ?? '');
  return [...new Set(codes.filter((c) => c !== ''))].sort();
}

/** Writes the village versions and their lineage; returns admin_unit ids by plan index. */
async function writeVillages(db: Database, plan: BenchVillagePlan): Promise<Int32Array> {
  const ids = new Int32Array(plan.versions.length);
  const key = (code: string, validFrom: string | null) => `${code}@${validFrom ?? ''}`;
  const indexOf = new Map(plan.versions.map((v) => [key(v.code, v.validFrom), v.index]));
  for (let i = 0; i < plan.versions.length; i += VILLAGE_CHUNK) {
    const chunk = plan.versions.slice(i, i + VILLAGE_CHUNK).map((v) => {
      const fullName = `${typePrefix(v.typeCode)} ${v.name}`;
      return { ...v, fullName, searchText: buildSearchText(v.name, fullName, v.code) };
    });
    for (const r of await insertDemoVillages(db, chunk, SOURCE)) ids[indexOf.get(key(r.code, r.validFrom))!] = r.id;
  }
  for (const date of [...new Set(plan.lineage.map((e) => e.date))].sort()) {
    const edges = plan.lineage.filter((e) => e.date === date).map((e) => ({ fromId: ids[e.from]!, toId: ids[e.to]!, coverage: 'full' as const }));
    for (let i = 0; i < edges.length; i += VILLAGE_CHUNK) await insertUnitLineage(db, edges.slice(i, i + VILLAGE_CHUNK), date, null, SOURCE);
  }
  return ids;
}

async function insertBatch(db: Database): Promise<number> {
  const row = await db.one<{ id: number }>(
    `insert into value_batch (kind, file_name, file_sha256, file_bytes, format, actor, catalogue_version,
                              rows_read, values_inserted, values_updated, values_unchanged, summary)
     values ('demo', 'bench analytics-country', repeat('0', 64), 0, 'bench', 'bench', $1, 0, 0, 0, 0, $2::jsonb)
     returning id`,
    [INDICATOR_CATALOGUE_VERSION, JSON.stringify({ bench: 'analytics-country', generator: GENERATOR_VERSION })],
  );
  return row.id;
}

const SRC = fileURLToPath(new URL('../../src/', import.meta.url));
/** Where rebuildAnalytics is exported from (the brief named the first; it landed in the second). */
const REBUILD_MODULES = [`${SRC}services/analytics/rebuild-analytics.ts`, `${SRC}services/analytics/rollups.ts`];

/** What the analytics tables depend on: the applied migrations and the analytics code. */
async function rebuildKeyOf(db: Database): Promise<string> {
  const h = createHash('sha256');
  for (const m of await db.query<{ version: number; checksum: string }>('select version, checksum from schema_migration order by version'))
    h.update(`${m.version}:${m.checksum}\n`);
  const dirs = [`${SRC}services/analytics/`, `${SRC}db/queries/analytics/`].filter(existsSync);
  for (const dir of dirs) for (const f of readdirSync(dir).sort()) h.update(`${f}\n`).update(readFileSync(`${dir}${f}`));
  return h.digest('hex');
}

async function rebuildWhenNeeded(
  db: Database,
  force: boolean,
  marker: { rebuildKey: string | null; rebuildMs: number | null } | undefined,
  log: (l: string) => void,
) {
  const module = REBUILD_MODULES.find(existsSync);
  if (!module) {
    log('rebuildAnalytics: not in src/services/analytics/ yet, skipped');
    return { ms: null, now: false };
  }
  const key = await rebuildKeyOf(db);
  if (!force && marker?.rebuildKey === key) {
    log(`rebuildAnalytics: up to date (took ${((marker.rebuildMs ?? 0) / 1000).toFixed(1)} s when run)`);
    return { ms: marker.rebuildMs, now: false };
  }
  const { rebuildAnalytics } = (await import(module)) as { rebuildAnalytics: (db: Database) => Promise<unknown> };
  log('rebuildAnalytics: running…');
  const t = performance.now();
  const result = await rebuildAnalytics(db);
  const ms = performance.now() - t;
  log(`rebuildAnalytics: ${(ms / 1000).toFixed(1)} s ${JSON.stringify(result) ?? ''}`);
  await writeRebuildMarker(db, key, ms);
  return { ms, now: true };
}

const isMain = process.argv[1]?.endsWith('generate-national-data.ts');
if (isMain) {
  const serverUrl = process.env.ICTMON_BENCH_PG_URL;
  if (!serverUrl) {
    console.log('ICTMON_BENCH_PG_URL is not set: the national dataset lives on a PostgreSQL server');
  } else {
    const data = await prepareNationalData(serverUrl, {
      regenerate: process.argv.includes('--regenerate'),
      rebuild: process.argv.includes('--rebuild'),
      skipRebuild: process.argv.includes('--skip-rebuild'),
    });
    console.log(JSON.stringify({ reused: data.reused, rebuildMs: data.rebuildMs, ...data.summary }, null, 2));
    await data.db.close();
  }
}
