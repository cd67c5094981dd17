/**
 * Analytics at national scale (issue #5) on the PostgreSQL server: about 100,000 villages and 29 million
 * values 2016–2026 (`bench/analytics/`), then the pivot — all provinces × 10 years × 1 indicator (a
 * village yes/no rolled up, a ratio, a province flow) on the units of 2024-12-31 and of today, and one
 * province's communes × 1 year × 20 indicators — through the service and through the HTTP API, the
 * dashboard and one pivot under 50 concurrent clients, and the same province pivots on an in-memory
 * DuckDB over the same rows as the columnar reference (its figures must equal ictmon's).
 * Targets: pivot p95 ≤ 300 ms warm and within 3× of the columnar engine; dashboard p99 ≤ 100 ms under load.
 *
 * Run: ICTMON_BENCH_PG_URL=postgres://… node bin/run-ts.js bench/analytics-country.ts [--regenerate] [--rebuild | --skip-rebuild] [--load-seconds=N]
 * (the load client, autocannon, runs in a separate process: bench/analytics/http-load.ts)
 */
import { fileURLToPath } from 'node:url';
import { startServer } from '../src/http/server.ts';
import { loadDemoBoundaries } from '../src/services/boundaries/load-demo-boundaries.ts';
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
/** The shuffled list of dashboard requests the clients go through (again and again). */
const DASHBOARD_REQUESTS = 2_400;
/** How long the dashboard is loaded: `--load-seconds=N`. */
const LOAD_SECONDS = Number(process.argv.find((a) => a.startsWith('--load-seconds='))?.split('=')[1] ?? 30);
/** Dashboards timed cold, one at a time, before the load. */
const COLD_DASHBOARDS = 40;
const PIVOT_REQUESTS = 600;
const YEARS = [2016, 2017, 2018, 2019, 2020, 2021, 2022, 2023, 2024, 2025];
/** The same ten years as the pivot is asked them: a range. */
const YEAR_RANGE = `${YEARS[0]}..${YEARS[YEARS.length - 1]}`;
/** Years before the reform: every province of either date has a figure the reference computes the same way. */
const ASSERTED_YEARS = YEARS.filter((y) => y <= 2024);
const PRE_REFORM = '2024-12-31';
const TODAY = new Date().toISOString().slice(0, 10);
const SCRATCH = fileURLToPath(new URL('../test-output/analytics-bench/', import.meta.url));
const SHARED_VN_ADMIN = fileURLToPath(new URL('../../shared/data/vn-admin/', import.meta.url));

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
          if (reform.agreeing !== reform.compared)
            failures.push(`${name}: 2025: ${reform.compared - reform.agreeing} of ${reform.compared} cells differ (${reform.samples.join('; ')})`);
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
      `Pivot A against the DuckDB reference (cells equal / compared; every year asserted, 2025 — the reform year, where a province formed on 01/07/2025 adds the months of the provinces it was formed from — apart): ${failures.length === 0 ? '**numbers agree**' : '**numbers DISAGREE**'}.\n`,
      markdownTable(['pivot', '2016–2024', '2025', 'first differences'], agreement),
      '',
    );

    // The dashboard and one pivot under 50 concurrent clients.
    const load: (string | number)[][] = [];
    // The map boundaries of 2025 from ../shared (skipped when already imported, as in the demo).
    const demoBoundaries = await loadDemoBoundaries(ctx, SHARED_VN_ADMIN);
    const boundaryNote = demoBoundaries ? 'the 2025 communes of ../shared imported; earlier years have none, the map draws a tile grid' : 'no boundaries in ../shared: empty maps';
    const dashboardPaths = buildDashboardPaths(await provinceCodes(data.db, TODAY), await provinceCodes(data.db, PRE_REFORM));
    const probe = await fetch(`${server.url}${dashboardPaths[0]!}`);
    if (probe.status === 404) emit('`GET /api/analytics/dashboard` is not there yet: no load test.\n');
    else {
      // Cold: each distinct dashboard built once, one at a time (what every client waits for after a write).
      const distinct = [...new Set(dashboardPaths)];
      const cold: number[] = [];
      for (const p of distinct.slice(0, COLD_DASHBOARDS)) {
        const t0 = performance.now();
        const res = await fetch(`${server.url}${p}`, { headers: { 'accept-encoding': 'gzip' } });
        await res.arrayBuffer();
        cold.push(performance.now() - t0);
        if (!res.ok) failures.push(`dashboard ${p}: ${res.status}`);
      }
      // Warm the rest, then the timed phase.
      const warm = await runLoad({ base: server.url, paths: distinct, connections: 10, amount: distinct.length, timeoutSeconds: 600 });
      const r = await runLoad({ base: server.url, paths: dashboardPaths, connections: CLIENTS, seconds: LOAD_SECONDS, timeoutSeconds: 30 });
      const row = (label: string, x: typeof r) => [
        label,
        x.requests,
        x.failures,
        x.latency.p50,
        x.latency.p90,
        x.latency.p97_5,
        x.latency.p99,
        x.latency.p99_9,
        x.latency.max,
        Math.round(x.perSecond),
      ];
      load.push(row(`dashboard (34 provinces × 2021–2025, 63 old provinces × 2024), ${LOAD_SECONDS} s`, r));
      console.error(`dashboard under load: ${JSON.stringify(load[0])}`);
      if (r.failures > 0 || warm.failures > 0) failures.push(`dashboard load: ${r.failures + warm.failures} failures (${JSON.stringify(r.statusCodes)})`);
      // The page: each dashboard with the map of its communes (GET /api/boundaries), as the web UI asks them.
      const pagePaths = dashboardPaths.flatMap((p) => [p, boundariesPathFor(p)]);
      await runLoad({ base: server.url, paths: [...new Set(pagePaths)], connections: 10, amount: new Set(pagePaths).size, timeoutSeconds: 600 });
      const page = await runLoad({ base: server.url, paths: pagePaths, connections: CLIENTS, seconds: LOAD_SECONDS, timeoutSeconds: 30 });
      load.push(row(`dashboard + its map boundaries (${boundaryNote}), ${LOAD_SECONDS} s`, page));
      if (page.failures > 0) failures.push(`dashboard + map load: ${page.failures} failures (${JSON.stringify(page.statusCodes)})`);
      const pivotPath = `/api/analytics/pivot?${query({ indicators: ['village.mobile_broadband'], level: 'province', periods: [YEAR_RANGE], at: TODAY })}`;
      const p = await runLoad({ base: server.url, paths: [pivotPath], connections: CLIENTS, amount: PIVOT_REQUESTS, timeoutSeconds: 120 });
      load.push(row(`pivot A (village.mobile_broadband, provinces of ${TODAY})`, p));
      emit(
        `Dashboard cold (${cold.length} distinct dashboards, one at a time, each built from the database as after a write; ms): p50 ${percentile(cold, 50).toFixed(1)}, p95 ${percentile(cold, 95).toFixed(1)}, max ${Math.max(...cold).toFixed(1)}.\n`,
        `Under load: ${CLIENTS} concurrent keep-alive connections from autocannon in a separate process on the same machine, gzip accepted and not decoded; the ${distinct.length} distinct dashboards warmed first (${warm.requests} requests, ${warm.seconds.toFixed(1)} s); latencies in ms (HDR histogram, 1 ms resolution).\n`,
        markdownTable(['endpoint', 'requests', 'failures', 'p50', 'p90', 'p97.5', 'p99', 'p99.9', 'max', 'requests/s'], load),
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

/** The map request the dashboard page makes beside a dashboard request: the communes of the province on the dashboard's date. */
function boundariesPathFor(dashboardPath: string): string {
  const q = new URL(dashboardPath, 'http://x').searchParams;
  const at = q.get('at') ?? (Number(q.get('year')) < Number(TODAY.slice(0, 4)) ? `${q.get('year')}-12-31` : TODAY);
  return `/api/boundaries?level=commune&parent=${q.get('unit')}&at=${at}`;
}

/** A deterministic mix: today's provinces × 2021–2025 and the old provinces × 2024 (on 2024-12-31), in a shuffled order. */
function buildDashboardPaths(current: readonly string[], old: readonly string[]): string[] {
  const distinct = [
    ...current.flatMap((code) => [2021, 2022, 2023, 2024, 2025].map((y) => `/api/analytics/dashboard?unit=${code}&year=${y}`)),
    ...old.map((code) => `/api/analytics/dashboard?unit=${code}&year=2024&at=${PRE_REFORM}`),
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
