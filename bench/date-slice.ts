/** Benchmark: the date-sliced unit queries behind the tree, `units list`, `units show` and search. */
import { migrate } from '../src/db/migrate.ts';
import { loadReferenceData } from '../src/services/reference/load-reference-data.ts';
import { getUnit } from '../src/services/units/get-unit.ts';
import { listUnits } from '../src/services/units/list-units.ts';
import { searchUnits } from '../src/services/units/search-units.ts';
import { freshDatabases, isMain, markdownTable, percentile, timeRuns } from './bench-util.ts';

const RUNS = 30;

/** Runs the date-slice benchmark on every available engine and returns a markdown report. */
export async function benchDateSlice(): Promise<string> {
  const rows: (string | number)[][] = [];
  for (const b of await freshDatabases()) {
    try {
      await migrate(b.db);
      await loadReferenceData(b.db);
      const ctx = { db: b.db, actor: 'bench' };
      const cases: [string, () => Promise<unknown>][] = [
        ['provinces on 2025-06-30 (63)', () => listUnits(ctx, { at: '2025-06-30' })],
        ['communes on 2025-06-30 (~10,000)', () => listUnits(ctx, { at: '2025-06-30', level: 'commune' })],
        ['communes on 2025-07-01 (3,321)', () => listUnits(ctx, { at: '2025-07-01', level: 'commune' })],
        ['children of a province on 2025-07-01', () => listUnits(ctx, { at: '2025-07-01', parent: '19' })],
        ['unit 06 on 2026-01-01 (history, successors)', () => getUnit(ctx, { code: '06', at: '2026-01-01' })],
        ['commune 01840 on 2025-01-01 (ancestors)', () => getUnit(ctx, { code: '01840', at: '2025-01-01' })],
        ['search "bac kan"', () => searchUnits(ctx, { q: 'bac kan', at: '2026-01-01' })],
        ['search "xa phuc"', () => searchUnits(ctx, { q: 'xa phuc', at: '2026-01-01' })],
      ];
      for (const [name, fn] of cases) {
        await fn(); // warm
        const t = await timeRuns(RUNS, fn);
        rows.push([b.engine, name, percentile(t, 50), percentile(t, 95)]);
      }
    } finally {
      await b.dispose();
    }
  }
  return `### Date-sliced unit queries (${RUNS} runs each, warm)\n\n${markdownTable(['engine', 'query', 'p50 ms', 'p95 ms'], rows)}\n`;
}

if (isMain(import.meta.url)) console.log(await benchDateSlice());
