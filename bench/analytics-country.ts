/**
 * Analytics at national scale (issue #5) on the PostgreSQL server: about 100,000 villages and 29 million
 * values 2016–2026 (`bench/analytics/`), then the pivot — all provinces × 10 years × 1 indicator (a
 * village yes/no rolled up, a ratio, a province flow) on the units of 2024-12-31 and of today, and one
 * province's communes × 1 year × 20 indicators — through the service and through the HTTP API, the
 * dashboard and one pivot under 50 concurrent clients, and the same province pivots on an in-memory
 * DuckDB over the same rows as the columnar reference (its figures must equal ictmon's).
 * Targets: pivot p95 ≤ 300 ms warm and within 3× of the columnar engine; dashboard p99 ≤ 100 ms under load.
 *
 * Run: ICTMON_BENCH_PG_URL=postgres://… node bin/run-ts.js bench/analytics-country.ts [--regenerate] [--rebuild | --skip-rebuild]
 */
import { fileURLToPath } from 'node:url';
import { startServer } from '../src/http/server.ts';
import type { ServiceContext } from '../src/services/context.ts';
import { pivot, type PivotRequest } from '../src/services/analytics/pivot.ts';
import { compareWithReference } from './analytics/compare-reference.ts';
import { DuckReference, type Part, type ReferenceCell } from './analytics/duckdb-reference.ts';
import { prepareNationalData } from './analytics/generate-national-data.ts';
import { runLoad } from './analytics/http-load.ts';
import { isMain, markdownTable, percentile, timeRuns } from './bench-util.ts';

const WARMUP = 5;
const RUNS = 30;
const CLIENTS = 50;
const DASHBOARD_REQUESTS = 2_400;
/** Load phases stop sending after this long (a slow dashboard would otherwise take hours): `--load-seconds=N`. */
const LOAD_SECONDS = Number(process.argv.find((a) => a.startsWith('--load-seconds='))?.split('=')[1] ?? 180);
const WARM_SECONDS = 60;
const PIVOT_REQUESTS = 600;
const YEARS = [2016, 2017, 2018, 2019, 2020, 2021, 2022, 2023, 2024, 2025];
/** The same ten years as the pivot is asked them: a range. */
const YEAR_RANGE = `${YEARS[0]}..${YEARS[YEARS.length - 1]}`;
/** Years before the reform: every province of either date has a figure the reference computes the same way. */
const ASSERTED_YEARS = YEARS.filter((y) => y <= 2024);
const PRE_REFORM = '2024-12-31';
const TODAY = new Date().toISOString().slice(0, 10);
const SCRATCH = fileURLToPath(new URL('../test-output/analytics-bench/', import.meta.url));

interface PivotACase {
  label: string;
  indicator: string;
  reference: { indicator: string; kind: Part['kind'] } | { numerator: Part; denominator: Part };
}

const PIVOT_A: PivotACase[] = [
  {
    label: 'villages with mobile broadband (count of yes)',
    indicator: 'village.mobile_broadband',
    reference: { indicator: 'village.mobile_broadband', kind: 'stock' },
  },
  {
    label: 'share of villages with mobile broadband (ratio)',
    indicator: 'commune.share_villages_mobile_broadband',
    reference: { numerator: { indicator: 'village.mobile_broadband', kind: 'stock' }, denominator: { indicator: 'commune.villages', kind: 'stock' } },
  },
  { label: 'telecom revenue (monthly flow)', indicator: 'province.telecom_revenue', reference: { indicator: 'province.telecom_revenue', kind: 'flow' } },
];

/** The 20 indicators of pivot B: village roll-ups, commune figures and ratios. */
const PIVOT_B_INDICATORS = [
  'village.mobile_voice',
  'village.mobile_broadband',
  'village.fixed_broadband',
  'village.fibre',
  'village.households',
  'village.loudspeaker_working',
  'village.households_with_fibre',
  'commune.villages',
  'commune.share_villages_mobile_broadband',
  'commune.share_households_with_fibre',
  'commune.postal_points',
  'commune.postal_point_hours',
  'commune.radio_station_operating',
  'commune.villages_with_loudspeakers',
  'commune.share_villages_loudspeakers',
  'commune.dossiers_total',
  'commune.dossiers_online',
  'commune.share_dossiers_online',
  'commune.officials_with_digital_signature',
  'commune.share_officials_with_digital_signature',
];
/** Thanh Hóa: the most communes before the reform (about 560), 166 after. */
const PIVOT_B = [
  { at: PRE_REFORM, province: '38', year: '2024' },
  { at: TODAY, province: '38', year: '2025' },
];

type PivotInput = PivotRequest & { at: string };

const stats = (t: number[]) => [percentile(t, 50), percentile(t, 95), Math.max(...t)];
const query = (p: PivotInput) =>
  new URLSearchParams({
    indicators: p.indicators.join(','),
    level: p.level,
    periods: p.periods.join(','),
    ...(p.at ? { at: p.at } : {}),
    ...(p.parent ? { parent: p.parent } : {}),
  }).toString();

/** Generates (or reuses) the national dataset and times the pivots, the dashboard under load and the reference. */
export async function benchAnalyticsCountry(): Promise<string> {
  const serverUrl = process.env.ICTMON_BENCH_PG_URL;
  const title = '### Analytics at national scale (issue #5)';
  if (!serverUrl) return `${title}\n\nSkipped: ICTMON_BENCH_PG_URL is not set (the national dataset needs a PostgreSQL server).\n`;
  const data = await prepareNationalData(serverUrl, {
    regenerate: process.argv.includes('--regenerate'),
    rebuild: process.argv.includes('--rebuild'),
    skipRebuild: process.argv.includes('--skip-rebuild'),
  });
  const s = data.summary;
  const sec = (ms: number | null) => (ms === null ? '–' : (ms / 1000).toFixed(1));
  const report: string[] = [
    `${title}\n`,
    `Dataset (\`bench/analytics/\`, ${data.reused ? 'reused from an earlier run' : 'generated by this run'}): ${s.villages.toLocaleString('en')} villages (${s.villageVersions.toLocaleString('en')} versions, ${s.villageLineage.toLocaleString('en')} lineage edges), ${s.communeVersions.toLocaleString('en')} commune and ${s.provinceVersions} province versions; ${s.values.toLocaleString('en')} values of ${s.indicators} indicators (village ${s.valuesByLevel.village?.toLocaleString('en')}, commune ${s.valuesByLevel.commune?.toLocaleString('en')}, province ${s.valuesByLevel.province?.toLocaleString('en')}).\n`,
    markdownTable(
      ['prepare s', 'villages s', 'values COPY s', 'indexes s', 'analyze s', 'generation s', 'rebuildAnalytics s'],
      [
        [
          sec(s.ms.prepare),
          sec(s.ms.villages),
          sec(s.ms.copy),
          sec(s.ms.indexes),
          sec(s.ms.analyze),
          sec(s.ms.total),
          `${sec(data.rebuildMs)}${data.rebuiltNow ? '' : ' (recorded)'}`,
        ],
      ],
    ),
    '',
  ];
  // Each section also goes to stderr as soon as it is known (a run stopped half-way keeps what it measured).
  console.error(report.join('\n'));
  const emit = (...lines: string[]) => {
    report.push(...lines);
    console.error(lines.join('\n'));
  };
  const ctx: ServiceContext = { db: data.db, actor: 'bench' };
  const server = await startServer({ db: data.db, port: 0 });
  const reference = await DuckReference.create(data.url, ['village.mobile_broadband', 'commune.villages', 'province.telecom_revenue'], SCRATCH);
  const failures: string[] = [];
  try {
    emit(
      `DuckDB reference: ${reference.load.valueRows.toLocaleString('en')} value rows and ${reference.load.unitRows.toLocaleString('en')} unit versions; export (COPY TO) ${sec(reference.load.exportMs)} s, load ${sec(reference.load.loadMs)} s, unit × year → province map ${sec(reference.load.mapMs)} s (not timed below).\n`,
    );
    const timing: (string | number)[][] = [];
    const agreement: (string | number)[][] = [];
    const httpGet = async (path: string) => {
      const res = await fetch(`${server.url}${path}`);
      const body = await res.text();
      if (!res.ok) throw new Error(`GET ${path}: ${res.status} ${body.slice(0, 300)}`);
      return body;
    };
    const timeHttp = async (path: string) => time(() => httpGet(path));
    /** The HTTP answer must carry the same cells as the service's. */
    const checkHttp = async (name: string, path: string, cells: number) => {
      const body = JSON.parse(await httpGet(path)) as { cells?: unknown[] };
      if (body.cells?.length !== cells) failures.push(`${name}: HTTP gave ${body.cells?.length ?? 'no'} cells, the service ${cells}`);
    };
    const time = async (fn: () => Promise<unknown>) => {
      for (let i = 0; i < WARMUP; i++) await fn();
      return stats(await timeRuns(RUNS, fn));
    };

    for (const at of [PRE_REFORM, TODAY]) {
      for (const c of PIVOT_A) {
        const input: PivotInput = { indicators: [c.indicator], level: 'province', periods: [YEAR_RANGE], at };
        const name = `A: provinces of ${at} × 10 years × ${c.indicator}`;
        const refInput = { at, years: YEARS, ...c.reference };
        let ref: ReferenceCell[] = [];
        const duck = await time(async () => (ref = await reference.pivotProvinces(refInput)));
        {
          const result = await pivot(ctx, input);
          const service = await time(() => pivot(ctx, input));
          await checkHttp(name, `/api/analytics/pivot?${query(input)}`, result.cells.length);
          const http = await timeHttp(`/api/analytics/pivot?${query(input)}`);
          timing.push([name, result.units.length, result.cells.length, ...service, ...http, ...duck, (Number(service[1]) / Number(duck[1])).toFixed(1)]);
          const isRatio = 'numerator' in c.reference;
          const asserted = compareWithReference(result.cells, ref, ASSERTED_YEARS, isRatio);
          const reform = compareWithReference(result.cells, ref, [2025], isRatio);
          agreement.push([
            name,
            `${asserted.agreeing}/${asserted.compared}${asserted.missing ? ` (+${asserted.missing} without reference)` : ''}`,
            `${reform.agreeing}/${reform.compared}`,
            [...asserted.samples, ...reform.samples.map((x) => `2025: ${x}`)].slice(0, 3).join('; ') || '–',
          ]);
          if (asserted.agreeing !== asserted.compared || asserted.compared === 0)
            failures.push(`${name}: ${asserted.compared - asserted.agreeing} of ${asserted.compared} cells differ (${asserted.samples.join('; ')})`);
        }
      }
    }
    for (const b of PIVOT_B) {
      const input: PivotInput = { indicators: PIVOT_B_INDICATORS, level: 'commune', parent: b.province, periods: [b.year], at: b.at };
      const name = `B: communes of ${b.province} on ${b.at} × ${b.year} × 20 indicators`;
      const result = await pivot(ctx, input);
      const service = await time(() => pivot(ctx, input));
      await checkHttp(name, `/api/analytics/pivot?${query(input)}`, result.cells.length);
      const http = await timeHttp(`/api/analytics/pivot?${query(input)}`);
      timing.push([name, result.units.length, result.cells.length, ...service, ...http, '–', '–', '–', '–']);
    }
    emit(
      `Pivots, warm: ${WARMUP} runs, then ${RUNS} timed (ms). "service" calls \`pivot(ctx, input)\`; "HTTP" is \`GET /api/analytics/pivot\` on a listening server (same process, pool of 10); "DuckDB" is the same province pivot as SQL over the raw rows in memory.\n`,
      markdownTable(
        [
          'pivot',
          'units',
          'cells',
          'service p50',
          'service p95',
          'service max',
          'HTTP p50',
          'HTTP p95',
          'HTTP max',
          'DuckDB p50',
          'DuckDB p95',
          'DuckDB max',
          'service p95 / DuckDB p95',
        ],
        timing,
      ),
      '',
    );
    emit(
      `Pivot A against the DuckDB reference (cells equal / compared; 2016–2024 asserted, 2025 — the reform year — shown): ${failures.length === 0 ? '**numbers agree**' : '**numbers DISAGREE**'}.\n`,
      markdownTable(['pivot', '2016–2024', '2025', 'first differences'], agreement),
      '',
    );

    // The dashboard and one pivot under 50 concurrent clients.
    const load: (string | number)[][] = [];
    const dashboardUrls = buildDashboardUrls(server.url, await provinceCodes(data.db, TODAY), await provinceCodes(data.db, PRE_REFORM));
    const probe = await fetch(dashboardUrls[0]!);
    if (probe.status === 404) emit('`GET /api/analytics/dashboard` is not there yet: no load test.\n');
    else {
      const warm = await runLoad([...new Set(dashboardUrls)], CLIENTS, WARM_SECONDS * 1000);
      const r = await runLoad(dashboardUrls, CLIENTS, LOAD_SECONDS * 1000);
      load.push([
        'dashboard (34 provinces × 2021–2025, 63 old provinces × 2024)',
        `${r.latencies.length}${r.notSent ? ` of ${r.latencies.length + r.notSent}` : ''}`,
        r.failures,
        ...[50, 95, 99].map((p) => percentile(r.latencies, p)),
        Math.max(...r.latencies),
        Math.round((r.latencies.length / r.wallMs) * 1000),
      ]);
      console.error(`dashboard under load: ${JSON.stringify(load[0])}`);
      if (r.failures > 0) failures.push(`dashboard load: ${r.failures} failures (${r.firstFailure})`);
      {
        const pivotUrl = `${server.url}/api/analytics/pivot?${query({ indicators: ['village.mobile_broadband'], level: 'province', periods: [YEAR_RANGE], at: TODAY })}`;
        const p = await runLoad(
          Array.from({ length: PIVOT_REQUESTS }, () => pivotUrl),
          CLIENTS,
          LOAD_SECONDS * 1000,
        );
        load.push([
          `pivot A (village.mobile_broadband, provinces of ${TODAY})`,
          `${p.latencies.length}${p.notSent ? ` of ${p.latencies.length + p.notSent}` : ''}`,
          p.failures,
          ...[50, 95, 99].map((x) => percentile(p.latencies, x)),
          Math.max(...p.latencies),
          Math.round((p.latencies.length / p.wallMs) * 1000),
        ]);
      }
      emit(
        `Under load: ${CLIENTS} concurrent clients (\`fetch\` keep-alive loops in a worker thread), one warm pass over the distinct URLs first (${warm.latencies.length} of ${warm.latencies.length + warm.notSent} sent within ${WARM_SECONDS} s); each phase stops sending after ${LOAD_SECONDS} s (ms).\n`,
        markdownTable(['endpoint', 'requests', 'failures', 'p50', 'p95', 'p99', 'max', 'requests/s'], load),
        '',
      );
    }
  } finally {
    reference.close();
    await server.close();
    await data.db.close();
  }
  const text = report.join('\n');
  if (failures.length > 0) {
    console.log(text);
    throw new Error(`analytics bench: ${failures.join(' | ')}`);
  }
  return text;
}

/** Provinces in force on a date. */
async function provinceCodes(db: ServiceContext['db'], date: string): Promise<string[]> {
  const rows = await db.query<{ code: string }>(
    `select code from admin_unit where level = 'province' and (valid_from is null or valid_from <= $1::date) and (valid_to is null or valid_to >= $1::date) order by code`,
    [date],
  );
  return rows.map((r) => r.code);
}

/** A deterministic mix: today's provinces × 2021–2025 and the old provinces × 2024 (on 2024-12-31), in a shuffled order. */
function buildDashboardUrls(base: string, current: readonly string[], old: readonly string[]): string[] {
  const distinct = [
    ...current.flatMap((code) => [2021, 2022, 2023, 2024, 2025].map((y) => `${base}/api/analytics/dashboard?unit=${code}&year=${y}`)),
    ...old.map((code) => `${base}/api/analytics/dashboard?unit=${code}&year=2024&at=${PRE_REFORM}`),
  ];
  const out: string[] = [];
  let seed = 7;
  while (out.length < DASHBOARD_REQUESTS) {
    seed = (seed * 1103515245 + 12345) % 2 ** 31;
    out.push(distinct[seed % distinct.length]!);
  }
  return out;
}

if (isMain(import.meta.url)) console.log(await benchAnalyticsCountry());
