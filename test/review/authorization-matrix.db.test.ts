/**
 * The authorisation matrix of issue #6: every role × every state-changing endpoint × a target inside and
 * outside the role's scope, over HTTP with real sign-ins (session cookie + CSRF token). Outside its rights
 * every request is refused (401 for the public, 403 — or 404 for another account's private resource — for
 * an account) and nothing in the database changes; inside them it succeeds. The list of endpoints is
 * checked against the OpenAPI document, so a new state-changing route without a row here fails the test.
 *
 * Register: provinces 97 (communes 97001, 97002) and 98 (commune 98001). Accounts: a commune officer of
 * 91001, an operator (Viettel), a reviewer, an administrator and an inspector of province 97, and a national
 * administrator. "Outside" is the sibling commune 91002 for the officer, province 98 for the others.
 */
import type { FastifyInstance, LightMyRequestResponse } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '../../src/db/database.ts';
import { buildApp } from '../../src/http/server.ts';
import type { Principal } from '../../src/services/access/principal.ts';
import { rebuildAnalytics } from '../../src/services/analytics/rollups.ts';
import { createAccount } from '../../src/services/auth/accounts.ts';
import { createApiToken } from '../../src/services/auth/api-tokens.ts';
import type { ServiceContext } from '../../src/services/context.ts';
import { closePeriod } from '../../src/services/review/period-closing.ts';
import { moveSubmissions } from '../../src/services/review/submissions.ts';
import { storeValueRecords } from '../../src/services/values/store-values.ts';
import { PASSWORD, signIn, type Browser } from '../auth/auth-support.ts';
import { openTestDatabase, testEngine, type TestDatabase } from '../support/test-db.ts';

const ROLES = ['public', 'officer', 'operator', 'reviewer', 'admin', 'inspector', 'national'] as const;
type Who = (typeof ROLES)[number];
type Where = 'in' | 'out';

/** What a case targets: a commune (or a province, for an operator's figures). */
interface Target {
  commune: string;
  province: string;
}
const TARGETS: Record<Who, Record<Where, Target | null>> = {
  public: { in: { commune: '97001', province: '97' }, out: null },
  officer: { in: { commune: '97001', province: '97' }, out: { commune: '97002', province: '97' } },
  operator: { in: { commune: '97001', province: '97' }, out: { commune: '98001', province: '98' } },
  reviewer: { in: { commune: '97001', province: '97' }, out: { commune: '98001', province: '98' } },
  admin: { in: { commune: '97001', province: '97' }, out: { commune: '98001', province: '98' } },
  inspector: { in: { commune: '97001', province: '97' }, out: { commune: '98001', province: '98' } },
  national: { in: { commune: '98001', province: '98' }, out: null },
};

interface Case {
  who: Who;
  where: Where;
  target: Target;
  /** A number unique to the case (fresh periods, usernames). */
  n: number;
}

interface Endpoint {
  method: 'POST' | 'PUT' | 'PATCH' | 'DELETE';
  /** As in the OpenAPI document. */
  path: string;
  /** Who may call it inside their scope; 'everyone' for endpoints that change nothing (computations). */
  allowed: readonly Who[] | 'everyone';
  /** Whether the target's place matters (false: the account's own things, national settings). */
  scoped: boolean;
  /** Runs the request (and whatever set-up it needs, as the installation) for a case. */
  run(c: Case, as: Requester): Promise<LightMyRequestResponse>;
  /** Refusal outside the scope may be 404 (another account's private resource is not shown to exist). */
  hiddenOutside?: boolean;
  /** Success statuses other than 2xx the endpoint answers an allowed caller (a payload the test keeps minimal). */
  authorizedStatus?: (status: number) => boolean;
}

type Method = 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';
type Requester = (opts: { method: Method; url: string; payload?: unknown; headers?: Record<string, string> }) => Promise<LightMyRequestResponse>;

/** A requester for a signed-in browser (cookie and CSRF token) or, without one, the public. */
function requesterOf(browser: Browser | undefined, app: FastifyInstance): Requester {
  return (o) => {
    const opts = { method: o.method, url: o.url, headers: o.headers ?? {}, ...(o.payload !== undefined ? { payload: o.payload as string | object } : {}) };
    return browser ? browser.request(opts) : app.inject({ ...opts, remoteAddress: '10.9.1.1' });
  };
}

let t: TestDatabase;
let app: FastifyInstance;
let system: ServiceContext;
/** An account of the whole country that only prepares data (its figures are drafts, like any account's). */
let preparer: ServiceContext;
const browsers = new Map<Who, Browser>();
const tokenIds = new Map<string, number>();

async function buildRegister(db: Database): Promise<void> {
  const unit = (code: string, level: string, name: string, parent: string | null) =>
    db.query(
      `insert into admin_unit (code, level, type_code, name, full_name, search_text, parent_code, code_list_id, valid_from, valid_to, source)
       values ($1, $2, $3, $4, $4, lower($4), $5, 'LOCAL', null, null, 'test')`,
      [code, level, level === 'province' ? 'province' : 'commune', name, parent],
    );
  for (const [code, name] of Object.entries(NAMES))
    await unit(code, code.length === 2 ? 'province' : 'commune', name, code.length === 2 ? null : code.slice(0, 2));
  await rebuildAnalytics(db, 'test');
}

const NAMES: Record<string, string> = { '97': 'Tỉnh Chín Bảy', '97001': 'Xã Một', '97002': 'Xã Hai', '98': 'Tỉnh Chín Tám', '98001': 'Xã Ba' };
const quarter = (n: number) => `${2030 + Math.floor(n / 4)}Q${(n % 4) + 1}`;
const month = (n: number) => `${2030 + Math.floor(n / 12)}M${String((n % 12) + 1).padStart(2, '0')}`;

/** Periods already over, for files (an import refuses future periods): counted back from 2025. */
let pastPeriods = 0;

/**
 * The figures a case works on: an operator's network revenue for its province, else a commune's dossiers;
 * in a period of its own (a past one for a file).
 */
function figuresOf(c: Case, past = false): { unit: string; period: string; party: string; csv: string } {
  const k = past ? pastPeriods++ : -1;
  if (c.who === 'operator') {
    const period = past ? `${2025 - Math.floor(k / 12)}M${String(12 - (k % 12)).padStart(2, '0')}` : month(c.n);
    return {
      unit: c.target.province,
      period,
      party: 'viettel',
      csv: `${c.target.province},${NAMES[c.target.province]},province.telecom_revenue,${period},Viettel,"41,5",,\n`,
    };
  }
  const period = past ? `${2025 - Math.floor(k / 4)}Q${4 - (k % 4)}` : quarter(c.n);
  return { unit: c.target.commune, period, party: '', csv: `${c.target.commune},${NAMES[c.target.commune]},commune.dossiers_total,${period},,120,,\n` };
}
const CSV_HEADER = '\uFEFFMã đơn vị,Tên đơn vị,Chỉ tiêu,Kỳ báo cáo,Phân tổ,Giá trị,Loại số liệu,Ghi chú\n';

/** Stores the case's figures as an account's draft, then moves them (as the installation) to `state`. */
async function prepareSubmission(c: Case, state: 'draft' | 'submitted' | 'approved'): Promise<{ unit: string; period: string; party: string }> {
  const f = figuresOf(c);
  const ids = await t.db.query<{ id: number; code: string }>(`select id, code from admin_unit where code = any($1::text[])`, [[f.unit]]);
  const operator = f.party !== '';
  await storeValueRecords(
    preparer,
    [
      [
        {
          unitId: ids[0]!.id,
          indicatorCode: operator ? 'province.telecom_revenue' : 'commune.dossiers_total',
          period: f.period,
          breakdown: operator ? 'operator=viettel' : '',
          series: 'actual',
          value: operator ? 41.5 : 120,
          sourceRow: 2,
        },
      ],
    ],
    {
      kind: 'file',
      fileName: `prepare-${c.n}.csv`,
      fileSha256: `prepare-${c.n}`,
      fileBytes: 1,
      format: 'csv',
      actor: preparer.actor,
      catalogueVersion: 'test',
      rowsRead: 1,
      summary: {},
    },
  );
  const ref = { unit: f.unit, period: f.period, party: f.party };
  if (state !== 'draft') await moveSubmissions(system, 'submit', [ref]);
  if (state === 'approved') await moveSubmissions(system, 'approve', [ref]);
  return ref;
}

/** An officer account inside the case's target commune (to be managed by an administrator). */
async function prepareAccount(c: Case): Promise<string> {
  const username = `managed.${c.n}`;
  // No password: an account to be managed need not sign in (and hashing one costs a third of a second).
  await createAccount(system, { username, displayName: username, role: 'officer', scope: { code: c.target.commune } });
  return username;
}

let uploads = 0;
/** Uploads a values file and follows the check; commits when it passed. The answer that decided. */
async function importFlow(as: Requester, csv: string): Promise<LightMyRequestResponse> {
  uploads += 1;
  const up = await as({
    method: 'POST',
    url: `/api/imports?fileName=matrix-${uploads}.csv`,
    payload: CSV_HEADER + csv,
    headers: { 'content-type': 'application/octet-stream' },
  });
  if (up.statusCode !== 202) return up;
  const id = (up.json() as { id: string }).id;
  for (;;) {
    const job = await as({ method: 'GET', url: `/api/imports/${id}` });
    const state = (job.json() as { state: string }).state;
    if (state !== 'checking' && state !== 'committing') break;
    await new Promise((r) => setTimeout(r, 20));
  }
  const checked = (await as({ method: 'GET', url: `/api/imports/${id}` })).json() as {
    result?: { outcome: string; errors: Array<{ code: string }> };
  };
  if (checked.result?.outcome !== 'accepted') {
    // The file was refused by its check: the commit is refused too, and that is the answer that counts.
    const commit = await as({ method: 'POST', url: `/api/imports/${id}/commit` });
    expect(commit.statusCode).toBe(409);
    expect(checked.result?.errors.map((e) => e.code)).toEqual(expect.arrayContaining([expect.stringMatching(/^(outside_scope|other_operator)$/)]));
    return { ...commit, statusCode: 403 } as LightMyRequestResponse;
  }
  const commit = await as({ method: 'POST', url: `/api/imports/${id}/commit` });
  expect(commit.statusCode).toBe(202);
  for (;;) {
    const job = (await as({ method: 'GET', url: `/api/imports/${id}` })).json() as { state: string };
    if (job.state === 'committed') return commit;
    if (job.state !== 'committing') throw new Error(`import ended ${job.state}`);
    await new Promise((r) => setTimeout(r, 20));
  }
}

const OVERLAY = (id: string, province: string) => ({
  id,
  province,
  set: 'NTM-2021',
  validFrom: '2022-03-08',
  name: { vi: 'Bộ tiêu chí thử', en: 'Test criteria' },
  decision: 'QĐ thử/QĐ-UBND',
  addConditions: [
    {
      subCriterion: '8.2',
      condition: {
        kind: 'villages',
        id: 'fibre_everywhere',
        need: { vi: 'mọi thôn có cáp quang', en: 'fibre in every village' },
        lack: { vi: 'chưa có cáp quang', en: 'no fibre' },
        each: { kind: 'fact', id: 'fibre', fact: 'village.fibre', need: { vi: 'có cáp quang', en: 'fibre' }, lack: { vi: 'chưa có', en: 'none' } },
      },
    },
  ],
});

const GEOJSON = (code: string) =>
  JSON.stringify({
    type: 'FeatureCollection',
    features: [
      {
        type: 'Feature',
        properties: { code },
        geometry: {
          type: 'Polygon',
          coordinates: [
            [
              [105.8, 22.1],
              [105.82, 22.1],
              [105.82, 22.12],
              [105.8, 22.12],
              [105.8, 22.1],
            ],
          ],
        },
      },
    ],
  });

const REVIEWERS: readonly Who[] = ['reviewer', 'admin', 'national'];
const ADMINS: readonly Who[] = ['admin', 'national'];
const ENTERERS: readonly Who[] = ['officer', 'operator', 'admin', 'national'];
const SIGNED_IN: readonly Who[] = ['officer', 'operator', 'reviewer', 'admin', 'inspector', 'national'];

const move =
  (transition: string, state: 'draft' | 'submitted' | 'approved', reason?: string): Endpoint['run'] =>
  async (c, as) => {
    const ref = await prepareSubmission(c, state);
    return as({ method: 'POST', url: `/api/submissions/${transition}`, payload: { submissions: [ref], ...(reason ? { reason } : {}) } });
  };

const ENDPOINTS: Endpoint[] = [
  // Values and the review workflow.
  { method: 'POST', path: '/api/imports', allowed: ENTERERS, scoped: true, run: (c, as) => importFlow(as, figuresOf(c, true).csv) },
  { method: 'POST', path: '/api/imports/{id}/commit', allowed: ENTERERS, scoped: true, run: (c, as) => importFlow(as, figuresOf(c, true).csv) },
  {
    method: 'DELETE',
    path: '/api/imports/{id}',
    allowed: ENTERERS,
    scoped: true,
    hiddenOutside: true,
    // Another account's upload: refused as if it did not exist, and kept.
    run: async (c, as) => {
      const owner = c.where === 'out' || c.who === 'public' || !ENTERERS.includes(c.who) ? browsers.get('national')! : null;
      const uploader: Requester = owner ? requesterOf(owner, app) : as;
      const up = await uploader({
        method: 'POST',
        url: `/api/imports?fileName=discard-${c.n}.csv`,
        payload: CSV_HEADER + figuresOf(c).csv,
        headers: { 'content-type': 'application/octet-stream' },
      });
      const id = (up.json() as { id: string }).id;
      const res = await as({ method: 'DELETE', url: `/api/imports/${id}` });
      if (owner) expect((await owner.request({ method: 'GET', url: `/api/imports/${id}` })).statusCode).toBe(200);
      return res;
    },
  },
  { method: 'POST', path: '/api/submissions/submit', allowed: ENTERERS, scoped: true, run: move('submit', 'draft') },
  { method: 'POST', path: '/api/submissions/approve', allowed: REVIEWERS, scoped: true, run: move('approve', 'submitted') },
  { method: 'POST', path: '/api/submissions/return', allowed: REVIEWERS, scoped: true, run: move('return', 'submitted', 'Số liệu chưa khớp') },
  { method: 'POST', path: '/api/submissions/reopen', allowed: REVIEWERS, scoped: true, run: move('reopen', 'approved', 'Cần sửa theo kết luận thanh tra') },
  {
    method: 'POST',
    path: '/api/periods/close',
    allowed: ADMINS,
    scoped: true,
    run: (c, as) => as({ method: 'POST', url: '/api/periods/close', payload: { period: quarter(c.n), province: c.target.province, reason: 'Chốt số liệu' } }),
  },
  {
    method: 'POST',
    path: '/api/periods/reopen',
    allowed: ADMINS,
    scoped: true,
    run: async (c, as) => {
      await closePeriod(system, { period: quarter(c.n), province: c.target.province });
      return as({ method: 'POST', url: '/api/periods/reopen', payload: { period: quarter(c.n), province: c.target.province, reason: 'Bổ sung' } });
    },
  },
  {
    method: 'POST',
    path: '/api/periods/exceptions',
    allowed: ADMINS,
    scoped: true,
    run: async (c, as) => {
      await closePeriod(system, { period: quarter(c.n), province: c.target.province });
      return as({
        method: 'POST',
        url: '/api/periods/exceptions',
        payload: { period: quarter(c.n), province: c.target.province, unit: c.target.commune, reason: 'Nộp muộn có lý do' },
      });
    },
  },
  {
    method: 'PUT',
    path: '/api/deadlines',
    allowed: ['national'],
    scoped: false,
    run: (c, as) => as({ method: 'PUT', url: '/api/deadlines', payload: { periodType: 'quarter', days: 10 + (c.n % 20) } }),
  },
  // Criteria, analytics, register, boundaries.
  {
    method: 'PUT',
    path: '/api/criteria/overlays',
    allowed: ADMINS,
    scoped: true,
    run: (c, as) => as({ method: 'PUT', url: '/api/criteria/overlays', payload: OVERLAY(`matrix-${c.n}`, c.target.province) }),
  },
  {
    method: 'POST',
    path: '/api/criteria/records',
    allowed: REVIEWERS,
    scoped: true,
    run: (c, as) => as({ method: 'POST', url: '/api/criteria/records', payload: { province: c.target.province, date: '2026-06-30', reason: 'QĐ thử' } }),
  },
  {
    method: 'POST',
    path: '/api/criteria/evaluate',
    allowed: 'everyone',
    scoped: false,
    run: (_c, as) => as({ method: 'POST', url: '/api/criteria/evaluate', payload: { facts: { commune: { code: '97001' } }, date: '2026-06-30' } }),
    authorizedStatus: (s) => s === 400,
  },
  {
    method: 'POST',
    path: '/api/criteria/what-if',
    allowed: 'everyone',
    scoped: false,
    run: (c, as) =>
      as({
        method: 'POST',
        url: '/api/criteria/what-if',
        payload: { province: c.target.province, date: '2026-06-30', parameters: { 'radio.minVillageShare': 0.5 } },
      }),
  },
  {
    method: 'POST',
    path: '/api/reports/annual',
    allowed: SIGNED_IN,
    scoped: false,
    run: (c, as) => as({ method: 'POST', url: '/api/reports/annual', payload: { province: c.target.province, period: '2025', sections: ['revenue'], format: 'xlsx' } }),
  },
  {
    method: 'POST',
    path: '/api/reports/annual/jobs',
    allowed: SIGNED_IN,
    scoped: false,
    run: (c, as) => as({ method: 'POST', url: '/api/reports/annual/jobs', payload: { province: c.target.province, period: '2025', sections: ['revenue'], format: 'preview' } }),
  },
  {
    method: 'POST',
    path: '/api/analytics/rebuild',
    allowed: ['national'],
    scoped: false,
    run: (_c, as) => as({ method: 'POST', url: '/api/analytics/rebuild' }),
  },
  {
    method: 'POST',
    path: '/api/units/diff',
    allowed: ['national'],
    scoped: false,
    // A file the register refuses (no such sheet): reaching the check is what the matrix asks of an allowed caller.
    run: (_c, as) =>
      as({
        method: 'POST',
        url: '/api/units/diff?fileName=x.csv&effectiveDate=2026-01-01',
        payload: 'a,b\n1,2\n',
        headers: { 'content-type': 'application/octet-stream' },
      }),
    authorizedStatus: (s) => s === 400 || s === 415,
  },
  {
    method: 'POST',
    path: '/api/units/import',
    allowed: ['national'],
    scoped: false,
    run: (_c, as) =>
      as({
        method: 'POST',
        url: '/api/units/import?fileName=x.csv&effectiveDate=2026-01-01',
        payload: 'a,b\n1,2\n',
        headers: { 'content-type': 'application/octet-stream' },
      }),
    authorizedStatus: (s) => s === 400 || s === 415,
  },
  {
    method: 'POST',
    path: '/api/boundaries',
    allowed: ADMINS,
    scoped: true,
    run: (c, as) =>
      as({
        method: 'POST',
        url: `/api/boundaries?fileName=b-${c.n}.geojson&at=2026-01-01&level=commune`,
        payload: GEOJSON(c.target.commune),
        headers: { 'content-type': 'application/octet-stream' },
      }),
  },
  // Accounts and tokens.
  {
    method: 'POST',
    path: '/api/users',
    allowed: ADMINS,
    scoped: true,
    run: (c, as) =>
      as({
        method: 'POST',
        url: '/api/users',
        payload: { username: `new.${c.n}`, displayName: 'Cán bộ mới', role: 'officer', scope: c.target.commune, password: PASSWORD },
      }),
  },
  {
    method: 'PATCH',
    path: '/api/users/{username}',
    allowed: ADMINS,
    scoped: true,
    run: async (c, as) => as({ method: 'PATCH', url: `/api/users/${await prepareAccount(c)}`, payload: { displayName: 'Tên đã sửa', reason: 'đổi tên' } }),
  },
  {
    method: 'POST',
    path: '/api/users/{username}/password',
    allowed: ADMINS,
    scoped: true,
    run: async (c, as) => as({ method: 'POST', url: `/api/users/${await prepareAccount(c)}/password`, payload: { password: 'Một mật khẩu mới đủ dài 2026' } }),
  },
  {
    method: 'POST',
    path: '/api/users/{username}/unlock',
    allowed: ADMINS,
    scoped: true,
    run: async (c, as) => as({ method: 'POST', url: `/api/users/${await prepareAccount(c)}/unlock` }),
  },
  {
    method: 'POST',
    path: '/api/tokens',
    allowed: SIGNED_IN,
    scoped: true,
    // Inside: a token for the account's own scope; outside: one asking for a scope beyond it.
    run: (c, as) =>
      as({
        method: 'POST',
        url: '/api/tokens',
        payload: { name: `matrix ${c.n}`, expiresInDays: 30, ...(c.where === 'out' ? { scope: c.target.commune } : {}) },
      }),
  },
  {
    method: 'DELETE',
    path: '/api/tokens/{id}',
    allowed: SIGNED_IN,
    scoped: true,
    hiddenOutside: true,
    // Inside: the account's own token; outside: a token of an account in the other place.
    run: async (c, as) => {
      const owner = c.where === 'in' && c.who !== 'public' ? usernameOf(c.who) : await prepareAccount(c);
      const made = await createApiToken(system, { user: owner, name: `to revoke ${c.n}`, expiresInDays: 30 });
      tokenIds.set(`${c.who}/${c.where}`, made.info.id);
      return as({ method: 'DELETE', url: `/api/tokens/${made.info.id}` });
    },
  },
  {
    method: 'POST',
    path: '/api/me/password',
    allowed: SIGNED_IN,
    scoped: false,
    // The account's own password (kept the same, so that the other cases can go on signing in).
    run: (_c, as) => as({ method: 'POST', url: '/api/me/password', payload: { currentPassword: PASSWORD, newPassword: PASSWORD } }),
    authorizedStatus: (s) => s === 400,
  },
];

/** Entry points open to anyone by design; their own tests are in test/auth. */
const ENTRY_POINTS = new Set(['POST /api/auth/login', 'POST /api/auth/logout', 'POST /api/auth/setup']);

const USERNAMES: Record<Exclude<Who, 'public'>, string> = {
  officer: 'officer.97001',
  operator: 'viettel.97',
  reviewer: 'reviewer.97',
  admin: 'admin.97',
  inspector: 'inspector.97',
  national: 'admin.national',
};
const usernameOf = (who: Who) => USERNAMES[who as Exclude<Who, 'public'>];

/** Everything a refused request must leave as it was. */
async function snapshot(db: Database): Promise<Record<string, unknown>> {
  return db.one(
    `select (select count(*) from audit_event)::int as audit_events,
            (select md5(coalesce(string_agg(x::text, '|' order by x::text), '')) from (select unit_id, indicator_code, period, breakdown, series, value_num, status, submission_id from indicator_value) x) as values,
            (select md5(coalesce(string_agg(x::text, '|' order by x::text), '')) from (select id, state, reason from submission) x) as submissions,
            (select md5(coalesce(string_agg(x::text, '|' order by x::text), '')) from (select id, username, display_name, role, scope_unit_id, active, password_hash, locked_until from app_user) x) as users,
            (select md5(coalesce(string_agg(x::text, '|' order by x::text), '')) from (select id, user_id, revoked_at, scope_unit_id from api_token) x) as tokens,
            (select md5(coalesce(string_agg(x::text, '|' order by x::text), '')) from (select period, province_id from period_closure) x) as closures,
            (select count(*) from period_exception)::int as exceptions,
            (select md5(coalesce(string_agg(x::text, '|' order by x::text), '')) from report_deadline x) as deadlines,
            (select count(*) from criteria_overlay)::int as overlays,
            (select count(*) from unit_boundary)::int as boundaries,
            (select count(*) from admin_unit)::int as units`,
  );
}

beforeAll(async () => {
  t = await openTestDatabase();
  await buildRegister(t.db);
  app = await buildApp({ db: t.db, webDir: '/nonexistent' });
  system = { db: t.db, actor: 'test:setup' };
  const nationalPrep = await createAccount(system, { username: 'preparer', displayName: 'Chuẩn bị dữ liệu', role: 'admin', password: PASSWORD });
  const prepId = (await t.db.one<{ id: number }>(`select id from app_user where username = $1`, [nationalPrep.username])).id;
  const principal: Principal = {
    kind: 'user',
    userId: prepId,
    username: 'preparer',
    role: 'admin',
    scopeUnitId: null,
    operatorCode: null,
    via: 'session',
    tokenId: null,
  };
  preparer = { db: t.db, actor: 'user:preparer', principal };
  const make = (username: string, role: string, scope: string | null, operatorCode?: string) =>
    createAccount(system, {
      username,
      displayName: username,
      role,
      scope: scope ? { code: scope } : null,
      password: PASSWORD,
      ...(operatorCode ? { operatorCode } : {}),
    });
  await make(USERNAMES.officer, 'officer', '97001');
  await make(USERNAMES.operator, 'operator', '97', 'viettel');
  await make(USERNAMES.reviewer, 'reviewer', '97');
  await make(USERNAMES.admin, 'admin', '97');
  await make(USERNAMES.inspector, 'inspector', '97');
  await make(USERNAMES.national, 'admin', null);
  let address = 10;
  for (const who of ROLES) if (who !== 'public') browsers.set(who, await signIn(app, usernameOf(who), PASSWORD, `10.9.0.${address++}`));
}, 180_000);
afterAll(async () => {
  await app.close();
  await t.dispose();
});

describe(`authorisation matrix (${testEngine})`, () => {
  it('covers every state-changing endpoint of the API', async () => {
    const doc = (await app.inject({ method: 'GET', url: '/api/docs/json' })).json() as { paths: Record<string, Record<string, unknown>> };
    const changing = Object.entries(doc.paths).flatMap(([path, ops]) =>
      Object.keys(ops)
        .filter((m) => ['post', 'put', 'patch', 'delete'].includes(m))
        .map((m) => `${m.toUpperCase()} ${path}`),
    );
    const covered = new Set([...ENDPOINTS.map((e) => `${e.method} ${e.path}`), ...ENTRY_POINTS]);
    expect(changing.filter((k) => !covered.has(k))).toEqual([]);
    expect([...covered].filter((k) => !changing.includes(k))).toEqual([]);
  });

  let n = 0;
  const cases = ENDPOINTS.flatMap((e) =>
    ROLES.flatMap((who) =>
      (['in', 'out'] as const).filter((where) => TARGETS[who][where] !== null && (where === 'in' || e.scoped)).map((where) => ({ e, who, where })),
    ),
  );

  it.each(cases.map((x) => [`${x.e.method} ${x.e.path}`, x.who, x.where, x] as const))('%s as %s, %s its scope', async (_name, who, where, x) => {
    const c: Case = { who, where, target: TARGETS[who][where]!, n: n++ };
    const browser = browsers.get(who);
    const as = requesterOf(browser, app);
    const allowed = x.e.allowed === 'everyone' || (x.e.allowed.includes(who) && (where === 'in' || !x.e.scoped));
    if (allowed) {
      const res = await x.e.run(c, as);
      const ok = (res.statusCode >= 200 && res.statusCode < 300) || (x.e.authorizedStatus?.(res.statusCode) ?? false);
      expect(ok, `${res.statusCode} ${res.body}`).toBe(true);
      return;
    }
    // Refused: set-up first (it may change the database), then the request must change nothing.
    let before: Record<string, unknown> | undefined;
    const watched: Requester = async (o) => {
      // The first request the case makes as the caller is the one judged (import flows make several).
      before ??= await snapshot(t.db);
      return as(o);
    };
    const res = await x.e.run(c, watched);
    const expected = who === 'public' ? [401] : x.e.hiddenOutside ? [403, 404] : [403];
    expect(expected, `${res.statusCode} ${res.body}`).toContain(res.statusCode);
    expect(await snapshot(t.db)).toEqual(before);
  });

  it('recorded, for every change an account made over HTTP, the address it came from', async () => {
    const events = await t.db.one<{ total: number; withoutIp: number; actions: string[] }>(
      `select count(*)::int as total, count(*) filter (where ip is null)::int as "withoutIp",
              coalesce(array_agg(distinct action) filter (where ip is null), '{}') as actions
         from audit_event where actor like 'user:%' and actor <> 'user:preparer'`,
    );
    expect(events.total).toBeGreaterThan(50);
    expect(events.actions).toEqual([]);
  });
});
