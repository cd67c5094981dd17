/** Benchmark: building the reference history from the packages and loading it into a fresh database. */
import { migrate } from '../src/db/migrate.ts';
import { buildReferenceHistory } from '../src/domain/reference/build-reference-history.ts';
import { readReferencePackages } from '../src/services/reference/read-packages.ts';
import { loadReferenceData } from '../src/services/reference/load-reference-data.ts';
import { freshDatabases, isMain, markdownTable } from './bench-util.ts';

async function timed<T>(fn: () => T | Promise<T>): Promise<{ value: T; ms: number }> {
  const t0 = performance.now();
  const value = await fn();
  return { value, ms: performance.now() - t0 };
}

/** Measures read + build in memory, then first load, no-op start and forced reload on each engine. */
export async function benchReferenceLoad(): Promise<string> {
  const read = await timed(() => readReferencePackages());
  const build = await timed(() => buildReferenceHistory(read.value));
  const rows = build.value.units.length + build.value.lineage.length;
  const perSecond = (ms: number) => Math.round((rows / ms) * 1000);
  const table: (string | number)[][] = [
    ['in memory', 'read both packages (JSON)', read.ms, ''],
    ['in memory', `build history (${build.value.units.length} versions, ${build.value.lineage.length} edges)`, build.ms, perSecond(build.ms)],
  ];
  for (const b of await freshDatabases()) {
    try {
      await migrate(b.db);
      const first = await timed(() => loadReferenceData(b.db));
      const again = await timed(() => loadReferenceData(b.db));
      const forced = await timed(() => loadReferenceData(b.db, { force: true }));
      if (!first.value.loaded || again.value.loaded || !forced.value.loaded) throw new Error('unexpected load results');
      table.push(
        [b.engine, 'first load into a fresh database (read + build + write, one transaction)', first.ms, perSecond(first.ms)],
        [b.engine, 'start with the same version loaded (no-op)', again.ms, ''],
        [b.engine, 'forced reload over the loaded data (rows rewritten in place)', forced.ms, perSecond(forced.ms)],
      );
    } finally {
      await b.dispose();
    }
  }
  return `### Reference data load (${rows} rows: unit versions + lineage edges)\n\n${markdownTable(['engine', 'step', 'ms', 'rows/s'], table)}\n`;
}

if (isMain(import.meta.url)) console.log(await benchReferenceLoad());
