/**
 * Fills a prepared database with the whole country's synthetic criterion-8 inputs: villages for every
 * commune version in force on each date, then one year of values per date (the year of the date) for
 * those communes and villages, COPYed into indicator_value under one value_batch of kind 'demo'.
 */
import type { Database } from '../../src/db/database.ts';
import { insertDemoVillages, type NewDemoVillage } from '../../src/db/queries/demo/insert-demo-villages.ts';
import { generateCommuneValues, VALUE_COPY_COLUMNS, type SubCriterion } from './country-values.ts';
import { insertBenchBatch, setBenchBatchCounts } from './insert-bench-batch.ts';
import { listCommunesInForce } from './list-communes-in-force.ts';
import { BENCH_SOURCE, planCommuneVillages } from './plan-country-villages.ts';

const VILLAGE_CHUNK = 20_000;
const COPY_CHUNK = 100_000;

export interface CountryDateData {
  date: string;
  period: string;
  communes: number;
  villages: number;
  values: number;
  /** Communes made to fail each sub-criterion. */
  failing: Record<SubCriterion, number>;
  /** Communes with one value left out. */
  missing: number;
}

export interface CountryData {
  dates: CountryDateData[];
  batchId: number;
  ms: { villages: number; values: number; analyze: number; total: number };
}

/** Generates villages and values for every commune in force on each date; see the module comment. */
export async function generateCountryData(db: Database, dates: readonly string[]): Promise<CountryData> {
  const t0 = performance.now();
  const ms = { villages: 0, values: 0, analyze: 0, total: 0 };
  const batchId = await insertBenchBatch(db, 'bench', { bench: 'criteria-country', dates });
  const villagesOf = new Map<number, number[]>();
  const out: CountryDateData[] = [];
  let totalValues = 0;
  for (const date of dates) {
    const period = date.slice(0, 4);
    const communes = await listCommunesInForce(db, date);

    let t = performance.now();
    const planned = communes.filter((c) => !villagesOf.has(c.id)).map((c) => ({ commune: c, villages: planCommuneVillages(c) }));
    const ids = await insertVillages(
      db,
      planned.flatMap((p) => p.villages),
    );
    for (const p of planned)
      villagesOf.set(
        p.commune.id,
        p.villages.map((v) => ids.get(villageKey(v.code, v.validFrom))!),
      );
    ms.villages += performance.now() - t;

    t = performance.now();
    const stats: CountryDateData = {
      date,
      period,
      communes: communes.length,
      villages: 0,
      values: 0,
      failing: { '8.1': 0, '8.2': 0, '8.3': 0, '8.4': 0 },
      missing: 0,
    };
    await db.session(async (session) => {
      let pending: string[] = [];
      const flush = async () => {
        if (pending.length > 0) await session.copyIn('indicator_value', VALUE_COPY_COLUMNS, `${pending.join('\n')}\n`);
        pending = [];
      };
      for (const c of communes) {
        const villageIds = villagesOf.get(c.id)!;
        const v = generateCommuneValues({ communeId: c.id, communeCode: c.code, period, villageIds, batchId });
        stats.villages += villageIds.length;
        stats.values += v.lines.length;
        if (v.failing) stats.failing[v.failing]++;
        if (v.isMissingOne) stats.missing++;
        for (const line of v.lines) pending.push(line);
        if (pending.length >= COPY_CHUNK) await flush();
      }
      await flush();
    });
    ms.values += performance.now() - t;
    totalValues += stats.values;
    out.push(stats);
  }
  await setBenchBatchCounts(db, batchId, totalValues);
  const t = performance.now();
  // A server's autovacuum would analyse the new rows within a minute; PGlite has no autovacuum.
  await db.exec('analyze admin_unit; analyze indicator_value');
  ms.analyze = performance.now() - t;
  ms.total = performance.now() - t0;
  return { dates: out, batchId, ms };
}

const villageKey = (code: string, validFrom: string | null) => `${code}@${validFrom ?? ''}`;

/** Inserts villages in chunks of unnest arrays; returns their ids by code and start date. */
async function insertVillages(db: Database, villages: readonly NewDemoVillage[]): Promise<Map<string, number>> {
  const ids = new Map<string, number>();
  for (let i = 0; i < villages.length; i += VILLAGE_CHUNK) {
    const rows = await insertDemoVillages(db, villages.slice(i, i + VILLAGE_CHUNK), BENCH_SOURCE);
    for (const r of rows) ids.set(villageKey(r.code, r.validFrom), r.id);
  }
  return ids;
}
