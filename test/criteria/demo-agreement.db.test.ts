/**
 * On the demo data: the province board (GET /api/criteria/summary), every commune page
 * (GET /api/criteria/evaluation) and `ictmon criteria summary` agree with each other and with a hand
 * count made here from the stored values by plain SQL and the rules of QĐ 1127 written out by hand
 * (not the engine). Also: recording, history, what-if, coverage, overlays and refusals.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { FastifyInstance } from 'fastify';
import { openDatabase } from '../../src/db/open-database.ts';
import type { Database } from '../../src/db/database.ts';
import { OWNER_HEADERS, TEST_OWNER_KEY } from '../support/http-auth.ts';
import { buildApp } from '../../src/http/server.ts';
import type { CriteriaSummary } from '../../src/services/criteria/summarize-criteria.ts';
import type { UnitEvaluation } from '../../src/services/criteria/evaluate-unit.ts';
import { loadDemoData } from '../../src/services/demo/load-demo.ts';
import { runCliCaptured } from '../support/run-cli.ts';
import { createTestTarget, testEngine } from '../support/test-db.ts';
import { buildFactsDocument } from './build-facts.ts';

const PROVINCE = '06';
const DATE = '2024-12-31';
let target: { dataDir: string; databaseUrl?: string };
let dispose: () => Promise<void>;
let db: Database;
let app: FastifyInstance;

async function open(): Promise<void> {
  ({ db } = await openDatabase(target, 'test'));
  app = await buildApp({ db, ownerKey: TEST_OWNER_KEY });
}
async function close(): Promise<void> {
  await app.close();
  await db.close();
}

/** Runs the CLI in this process against the test's database. */
function ictmon(...args: string[]) {
  return runCliCaptured(target, args);
}

const get = async <T>(url: string): Promise<T> => {
  const res = await app.inject({ method: 'GET', url });
  expect(res.statusCode, res.body).toBe(200);
  return res.json() as T;
};

beforeAll(async () => {
  ({ target, dispose } = await createTestTarget());
  await open();
  await loadDemoData({ db, actor: 'test' });
}, 300_000);
afterAll(async () => {
  await close().catch(() => undefined);
  await dispose();
});

type Row = { code: string; indicator: string; breakdown: string; period: string; num: string | null; bool: boolean | null };

/** The hand count: QĐ 1127 criterion 8 with the national defaults, from plain SQL rows. */
async function handCount(): Promise<Map<string, boolean>> {
  const communes = await db.query<{ id: number; code: string }>(
    `select c.id, c.code from admin_unit c join admin_unit d on d.code = c.parent_code and d.valid_from is not distinct from d.valid_from
      where c.level = 'commune' and c.type_code = 'commune' and (c.valid_from is null or c.valid_from <= $1) and (c.valid_to is null or c.valid_to >= $1)
        and (d.valid_from is null or d.valid_from <= $1) and (d.valid_to is null or d.valid_to >= $1) and d.parent_code = $2`,
    [DATE, PROVINCE],
  );
  const rows = await db.query<Row>(
    `select u.code, v.indicator_code as indicator, v.breakdown, v.period, v.value_num::text as num, v.value_bool as bool
       from indicator_value v join admin_unit u on u.id = v.unit_id
      where v.series = 'actual' and v.period in ('2024', '2024Q4', '2024Q1', '2024Q2', '2024Q3', '2024S1', '2024S2')
        and (u.id = any($1::int[]) or (u.level = 'village' and u.parent_code = any($2::text[]) and (u.valid_from is null or u.valid_from <= $3) and (u.valid_to is null or u.valid_to >= $3)))`,
    [communes.map((c) => c.id), communes.map((c) => c.code), DATE],
  );
  const villages = await db.query<{ code: string; parent: string }>(
    `select code, parent_code as parent from admin_unit where level = 'village' and parent_code = any($1::text[])
        and (valid_from is null or valid_from <= $2) and (valid_to is null or valid_to >= $2)`,
    [communes.map((c) => c.code), DATE],
  );
  // Stocks: the year-end value (2024Q4 where given, else 2024); flows: the 2024 total.
  const val = (code: string, indicator: string): number | boolean | undefined => {
    const mine = rows.filter((r) => r.code === code && r.indicator === indicator && r.breakdown === '');
    const pick = mine.find((r) => r.period === '2024Q4') ?? mine.find((r) => r.period === '2024');
    if (pick) return pick.bool ?? Number(pick.num);
    if (indicator === 'commune.radio_station_operating') {
      const parts = rows.filter((r) => r.code === code && r.indicator === indicator && r.breakdown !== '' && (r.period === '2024' || r.period === '2024Q4'));
      if (parts.length > 0) return parts.some((p) => p.bool === true);
    }
    return undefined;
  };
  const flow = (code: string, indicator: string): number => {
    const mine = rows.filter((r) => r.code === code && r.indicator === indicator && r.breakdown === '');
    const year = mine.find((r) => r.period === '2024');
    return year ? Number(year.num) : mine.reduce((s, r) => s + Number(r.num), 0);
  };
  const result = new Map<string, boolean>();
  for (const c of communes) {
    const mine = villages.filter((v) => v.parent === c.code);
    const p81 =
      Number(val(c.code, 'commune.postal_points') ?? 0) >= 1 &&
      val(c.code, 'commune.postal_point_premises_fit') === true &&
      val(c.code, 'commune.postal_point_name_sign') === true &&
      val(c.code, 'commune.postal_point_posted_hours') === true &&
      val(c.code, 'commune.postal_point_posted_services') === true &&
      Number(val(c.code, 'commune.postal_point_hours') ?? 0) >= 4 &&
      Number(val(c.code, 'commune.postal_point_max_letter_kg') ?? 0) >= 2 &&
      Number(val(c.code, 'commune.postal_point_max_parcel_kg') ?? 0) >= 5;
    const p82 =
      mine.length > 0 &&
      mine.every(
        (v) =>
          (val(v.code, 'village.mobile_voice') === true || val(v.code, 'village.fixed_telephone') === true) &&
          (val(v.code, 'village.mobile_broadband') === true || val(v.code, 'village.fixed_broadband') === true),
      );
    const p83 =
      val(c.code, 'commune.radio_station_operating') === true && mine.length > 0 && mine.every((v) => val(v.code, 'village.loudspeaker_working') === true);
    const p84 = val(c.code, 'commune.dms_in_use') === true && val(c.code, 'commune.web_page_live') === true && flow(c.code, 'commune.dossiers_online') >= 1;
    result.set(c.code, p81 && p82 && p83 && p84);
  }
  return result;
}

describe(`criteria on the demo data (${testEngine})`, () => {
  let board: CriteriaSummary;

  it('the board agrees with a hand count of Bắc Kạn on 31/12/2024', async () => {
    board = await get<CriteriaSummary>(`/api/criteria/summary?province=${PROVINCE}&date=${DATE}`);
    const hand = await handCount();
    const passedByHand = [...hand.values()].filter(Boolean).length;
    expect(board.setId).toBe('NTM-2021');
    expect(board.guidanceId).toBe('QĐ 1127/QĐ-BTTTT');
    expect(board.counts.inScope).toBe(hand.size);
    expect(board.counts.passed).toBe(passedByHand);
    expect(board.text.vi).toBe(
      `${passedByHand}/${hand.size} xã đạt tiêu chí số 8 (${(Math.round((1000 * passedByHand) / hand.size) / 10).toFixed(1).replace('.', ',')}%)`,
    );
    for (const line of board.communes.filter((c) => c.outcome !== 'not_applicable')) expect(line.outcome === 'pass', line.code).toBe(hand.get(line.code));
    // Wards and towns are listed but not counted (R-AGG-1).
    expect(board.counts.wards + board.counts.towns).toBe(board.communes.filter((c) => c.outcome === 'not_applicable').length);
    expect(board.counts.passed).toBeGreaterThan(0);
    expect(board.counts.failed).toBeGreaterThan(0);
  });

  it('every commune page agrees with its line on the board', async () => {
    for (const line of board.communes) {
      const e = await get<UnitEvaluation>(`/api/criteria/evaluation?unit=${line.code}&date=${DATE}`);
      expect(e.outcome, line.code).toBe(line.outcome);
      expect(Object.fromEntries(e.subCriteria.map((s) => [s.id, s.outcome]))).toEqual(line.sub);
      expect(e.province.code).toBe(PROVINCE);
    }
  });

  it('counts per sub-criterion and per district add up to the board', () => {
    for (const t of board.subCriteria) expect(t.passed + t.failed + t.missing).toBe(board.counts.inScope);
    expect(board.byDistrict.reduce((s, d) => s + d.counts.passed, 0)).toBe(board.counts.passed);
    expect(board.byDistrict.reduce((s, d) => s + d.counts.inScope, 0)).toBe(board.counts.inScope);
    expect(board.previousYear?.date).toBe('2023-12-31');
  });

  it('villages without coverage: a/b covered adds up and every listed village lacks something', async () => {
    const r = await get<{
      counts: { villages: number; broadband: number; withoutBroadband: number };
      text: { vi: string };
      villages: Array<{ broadband: boolean | null }>;
    }>(`/api/criteria/coverage?province=${PROVINCE}&date=${DATE}`);
    expect(r.text.vi).toMatch(new RegExp(`^${r.counts.broadband}/${r.counts.villages} thôn, bản được phủ sóng băng rộng di động`));
    expect(r.villages.filter((v) => v.broadband === false)).toHaveLength(r.counts.withoutBroadband);
  });

  it('what-if with a looser loudspeaker threshold changes only communes failing 8.3 and stores nothing', async () => {
    const before = (await db.one<{ n: number }>(`select count(*)::int as n from criteria_run`)).n;
    const res = await app.inject({
      method: 'POST',
      url: '/api/criteria/what-if',
      payload: { province: PROVINCE, date: DATE, parameters: { 'radio.minVillageShare': 0.5 } },
      headers: OWNER_HEADERS,
    });
    expect(res.statusCode, res.body).toBe(200);
    const r = res.json() as { base: CriteriaSummary; whatIf: CriteriaSummary; changed: Array<{ code: string; from: string; to: string }> };
    expect(r.base.counts.passed).toBe(board.counts.passed);
    expect(r.whatIf.counts.passed).toBeGreaterThanOrEqual(r.base.counts.passed);
    for (const c of r.changed) expect(board.communes.find((l) => l.code === c.code)?.sub['8.3']).toBe('fail');
    expect(r.whatIf.parameters['radio.minVillageShare']).toBe(0.5);
    expect((await db.one<{ n: number }>(`select count(*)::int as n from criteria_run`)).n).toBe(before);
  });

  it('records a run with its set and guidance, shown in the commune history', async () => {
    const res = await app.inject({
      method: 'POST',
      url: '/api/criteria/records',
      payload: { province: PROVINCE, date: DATE, reason: 'QĐ công nhận 2024' },
      headers: OWNER_HEADERS,
    });
    expect(res.statusCode, res.body).toBe(200);
    const run = res.json() as { runId: number; passed: number; communes: number; setId: string; guidanceId: string };
    expect(run).toMatchObject({ passed: board.counts.passed, communes: board.counts.inScope, setId: 'NTM-2021', guidanceId: 'QĐ 1127/QĐ-BTTTT' });
    const stored = await db.one<{ n: number }>(`select count(*)::int as n from criteria_evaluation where run_id = $1`, [run.runId]);
    expect(stored.n).toBe(board.communes.length);
    expect((await db.one<{ n: number }>(`select count(*)::int as n from audit_event where action = 'criteria.record'`)).n).toBe(1);
    const code = board.communes.find((c) => c.outcome === 'fail')?.code ?? '';
    const history = await get<{ lines: Array<{ date: string; setId: string; guidanceId: string | null; source: string; outcome: string }> }>(
      `/api/criteria/history?unit=${code}`,
    );
    expect(history.lines.find((l) => l.source === 'recorded')).toMatchObject({
      date: DATE,
      setId: 'NTM-2021',
      guidanceId: 'QĐ 1127/QĐ-BTTTT',
      outcome: 'fail',
    });
    // History across versions: each year end under its own set (R-VER).
    const sets = new Map(history.lines.filter((l) => l.source === 'computed').map((l) => [l.date, l.setId]));
    expect(sets.get('2019-12-31')).toBe('NTM-2016');
    expect(sets.get('2023-12-31')).toBe('NTM-2021');
  });

  it('evaluates a facts document over HTTP (TC-09) and refuses a bad one naming the paths', async () => {
    const doc = buildFactsDocument({
      villages: 10,
      village: { 9: { name: 'Z', values: { 'village.mobile_voice': true, 'village.mobile_broadband': false, 'village.fixed_broadband': false } } },
    });
    const ok = await app.inject({ method: 'POST', url: '/api/criteria/evaluate', payload: { facts: doc, date: '2024-06-01' }, headers: OWNER_HEADERS });
    expect(ok.statusCode, ok.body).toBe(200);
    const e = ok.json() as { setId: string; outcome: string; subCriteria: Array<{ id: string; reasons: Array<{ vi: string }> }> };
    expect(e).toMatchObject({ setId: 'NTM-2021', outcome: 'fail' });
    expect(e.subCriteria.find((s) => s.id === '8.2')?.reasons[0]?.vi).toBe('8.2 không đạt: thôn Z chưa có dịch vụ truy nhập Internet (R-1127-8.2)');
    const bad = await app.inject({
      method: 'POST',
      url: '/api/criteria/evaluate',
      payload: { facts: { ...doc, commune: { ...doc.commune, values: { 'commune.postal_point_hours': -3 } } }, date: '2024-06-01' },
    });
    expect(bad.statusCode).toBe(400);
    expect((bad.json() as { error: { details: Array<{ field: string }> } }).error.details.map((d) => d.field)).toContain(
      'commune.values.commune.postal_point_hours',
    );
    // Types are kept as given: a switch stays a boolean, a share of 1 stays a number.
    const switched = await app.inject({
      method: 'POST',
      url: '/api/criteria/what-if',
      payload: { province: PROVINCE, date: DATE, parameters: { 'telecom.smartphoneCondition': true, 'radio.minVillageShare': 1 } },
      headers: OWNER_HEADERS,
    });
    expect(switched.statusCode, switched.body).toBe(200);
    expect((switched.json() as { whatIf: { parameters: Record<string, unknown> } }).whatIf.parameters).toMatchObject({
      'telecom.smartphoneCondition': true,
      'radio.minVillageShare': 1,
    });
    expect((await get<{ title: string }>('/api/criteria/facts-schema')).title).toBe('ictmon commune facts');
    const sets = await get<{ sets: Array<{ id: string }>; parameters: Array<{ key: string }> }>('/api/criteria/sets');
    expect(sets.sets.map((x) => x.id)).toEqual(['NTM-2010', 'NTM-2016', 'NTM-2021', 'NTM-2021-NC', 'NTM-2021-KM', 'NTM-2026']);
    expect(sets.parameters.map((p) => p.key)).toContain('radio.minVillageShare');
  });

  it('refuses bad requests with the field named', async () => {
    const cases: Array<[string, number, string]> = [
      [`/api/criteria/summary?province=${PROVINCE}&date=2024-13-45`, 400, 'date'],
      [`/api/criteria/summary?province=99&date=${DATE}`, 404, ''],
      [`/api/criteria/summary?province=01840&date=${DATE}`, 400, 'province'],
      [`/api/criteria/summary?province=${PROVINCE}&date=${DATE}&set=NTM-2016`, 400, 'date'],
      [`/api/criteria/summary?province=${PROVINCE}&date=2008-01-01`, 400, 'date'],
      [`/api/criteria/evaluation?unit=${PROVINCE}&date=${DATE}`, 400, 'unit'],
      [`/api/criteria/summary?province=${PROVINCE}&date=${DATE}&params=%7B%22radio.minVillageShare%22%3A7%7D`, 400, 'parameters.radio.minVillageShare'],
      [`/api/criteria/summary?province=${PROVINCE}&date=${DATE}&params=nope`, 400, 'params'],
    ];
    for (const [url, status, field] of cases) {
      const res = await app.inject({ method: 'GET', url });
      expect(res.statusCode, `${url}: ${res.body}`).toBe(status);
      if (field)
        expect(
          (res.json() as { error: { details: Array<{ field: string }> } }).error.details.map((d) => d.field),
          url,
        ).toContain(field);
    }
  });

  it('a province overlay tightens the rules for its communes only, and a looser one is refused', async () => {
    const looser = await app.inject({
      method: 'PUT',
      url: '/api/criteria/overlays',
      payload: {
        id: 'bk-loose',
        province: PROVINCE,
        set: 'NTM-2021',
        validFrom: '2022-03-08',
        name: { vi: 'x', en: 'x' },
        decision: 'QĐ thử',
        parameters: { 'radio.minVillageShare': 0.5 },
      },
      headers: OWNER_HEADERS,
    });
    expect(looser.statusCode).toBe(400);
    expect((looser.json() as { error: { details: Array<{ code: string }> } }).error.details[0]?.code).toBe('not_stricter');
    const stricter = await app.inject({
      method: 'PUT',
      url: '/api/criteria/overlays',
      payload: {
        id: 'bk-2024',
        province: PROVINCE,
        set: 'NTM-2021',
        validFrom: '2022-03-08',
        name: { vi: 'Bộ tiêu chí xã NTM tỉnh Bắc Kạn', en: 'Bắc Kạn NTM commune criteria' },
        decision: 'QĐ thử nghiệm/QĐ-UBND',
        addConditions: [
          {
            subCriterion: '8.2',
            condition: {
              kind: 'villages',
              id: 'fibre_everywhere',
              need: { vi: 'mọi thôn có cáp quang', en: 'fibre in every village' },
              lack: { vi: 'chưa có cáp quang', en: 'no fibre' },
              each: {
                kind: 'fact',
                id: 'fibre',
                fact: 'village.fibre',
                need: { vi: 'có cáp quang', en: 'fibre' },
                lack: { vi: 'chưa có cáp quang', en: 'no fibre' },
              },
            },
          },
        ],
      },
      headers: OWNER_HEADERS,
    });
    expect(stricter.statusCode, stricter.body).toBe(200);
    const local = await get<CriteriaSummary>(`/api/criteria/summary?province=${PROVINCE}&date=${DATE}`);
    expect(local.overlayIds).toEqual(['bk-2024']);
    expect(local.counts.passed).toBeLessThanOrEqual(board.counts.passed);
    for (const line of local.communes) if (line.outcome === 'pass') expect(board.communes.find((b) => b.code === line.code)?.outcome).toBe('pass');
    const other = await get<CriteriaSummary>(`/api/criteria/summary?province=14&date=${DATE}`);
    expect(other.overlayIds).toEqual([]);
    await db.query(`delete from criteria_overlay`);
  });

  it('`ictmon criteria summary` prints the same figure as the board', async () => {
    await close();
    try {
      const json = await ictmon('criteria', 'summary', '--province', PROVINCE, '--date', DATE, '--format', 'json');
      expect(json.code, json.err).toBe(0);
      const cli = JSON.parse(json.out) as CriteriaSummary;
      expect(cli.counts).toEqual(board.counts);
      expect(cli.communes.map((c) => [c.code, c.outcome])).toEqual(board.communes.map((c) => [c.code, c.outcome]));
      const text = await ictmon('criteria', 'summary', '--province', PROVINCE, '--date', DATE);
      expect(text.out).toContain(board.text.vi);
      const one = board.communes.find((c) => c.outcome === 'fail');
      const e = await ictmon('criteria', 'evaluate', '--unit', one?.code ?? '', '--date', DATE);
      expect(e.code, e.err).toBe(0);
      expect(e.out).toContain('không đạt');
      expect(e.out).toContain(one?.reasons[0]?.vi ?? '—');
    } finally {
      await open();
    }
  });
});
