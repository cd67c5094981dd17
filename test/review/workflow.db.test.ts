/**
 * The review workflow on a built province (build-analytics-fixture.ts): an officer's figures are drafts,
 * submitted, returned with a reason, corrected, approved (and only then counted by the pivot), locked,
 * reopened; scope, operators' own networks, closed periods with exceptions, nobody reviewing their own
 * submission; the reviewer's queue with what changed and outliers; what is due.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Role } from '../../src/domain/access/roles.ts';
import type { ValueRecord } from '../../src/domain/values/value-types.ts';
import type { Principal } from '../../src/services/access/principal.ts';
import { pivot } from '../../src/services/analytics/pivot.ts';
import type { ServiceContext } from '../../src/services/context.ts';
import { listDue, setDeadline } from '../../src/services/review/due-list.ts';
import { closePeriod, grantException, reopenPeriod } from '../../src/services/review/period-closing.ts';
import { getSubmissionDetail, listReviewQueue } from '../../src/services/review/review-queue.ts';
import { moveSubmissions } from '../../src/services/review/submissions.ts';
import { storeValueRecords } from '../../src/services/values/store-values.ts';
import { getValueHistory } from '../../src/services/values/get-value-history.ts';
import { buildAnalyticsFixture, type Fixture } from '../analytics/build-analytics-fixture.ts';
import { openTestDatabase, testEngine, type TestDatabase } from '../support/test-db.ts';

let t: TestDatabase;
let fx: Fixture;
const accounts: Record<string, ServiceContext> = {};

/** An account row and the context it acts in. */
async function account(username: string, role: Role, scope: string | null, operatorCode: string | null = null): Promise<ServiceContext> {
  const row = await t.db.one<{ id: number }>(
    `insert into app_user (username, display_name, role, scope_unit_id, operator_code, created_by) values ($1, $1, $2, $3, $4, 'test') returning id`,
    [username, role, scope === null ? null : fx.ids[scope]!, operatorCode],
  );
  const principal: Principal = {
    kind: 'user',
    userId: row.id,
    username,
    role,
    scopeUnitId: scope === null ? null : fx.ids[scope]!,
    operatorCode,
    via: 'session',
    tokenId: null,
  };
  return { db: t.db, actor: `user:${username}`, principal, ip: '203.0.113.9' };
}

let n = 0;
function store(
  ctx: ServiceContext,
  records: Array<{ unit: string; indicatorCode: string; period: string; value: number | boolean; breakdown?: string; series?: 'actual' | 'plan' }>,
) {
  n += 1;
  const rows: ValueRecord[] = records.map((r, i) => ({
    unitId: fx.ids[r.unit]!,
    indicatorCode: r.indicatorCode,
    period: r.period,
    breakdown: r.breakdown ?? '',
    series: r.series ?? 'actual',
    value: r.value,
    sourceRow: i + 2,
    field: r.indicatorCode,
  }));
  return storeValueRecords(ctx, [rows], {
    kind: 'file',
    fileName: `wf-${n}.csv`,
    fileSha256: `wf-${n}-${Date.now()}`,
    fileBytes: 1,
    format: 'csv',
    actor: ctx.actor,
    catalogueVersion: 'test',
    rowsRead: rows.length,
    summary: { warnings: n === 1 ? ['rounded'] : [] },
  });
}

const households = (period: string, value: number) => [{ unit: 'XC', indicatorCode: 'village.households', period, value }];

const pivotCell = async (unit: string, indicator: string, period: string) => {
  const r = await pivot({ db: t.db, actor: 'test' }, { level: 'commune', units: [unit], indicators: [indicator], periods: [period], at: '2026-11-22' });
  return r.cells.find((c) => c.unit === unit && c.indicator === indicator && c.period === period)?.value ?? null;
};

const statusInvariant = () =>
  t.db.query(`select v.unit_id from indicator_value v join submission s on s.id = v.submission_id where v.status <> s.state limit 1`);

beforeAll(async () => {
  t = await openTestDatabase();
  fx = await buildAnalyticsFixture(t.db);
  accounts.officerC = await account('officer.c', 'officer', 'XC');
  accounts.officerF = await account('officer.f', 'officer', 'XF');
  accounts.reviewer = await account('reviewer.p', 'reviewer', 'XP');
  accounts.reviewer2 = await account('reviewer.q', 'reviewer', 'XP');
  accounts.admin = await account('admin.p', 'admin', 'XP');
  accounts.viettel = await account('viettel.p', 'operator', 'XP', 'viettel');
  accounts.inspector = await account('inspector.p', 'inspector', 'XP');
}, 120_000);
afterAll(() => t.dispose());

describe(`review workflow (${testEngine})`, () => {
  it('takes an officer’s figures from draft to approved through a return, and counts them only once approved', async () => {
    const officer = accounts.officerC!;
    await store(officer, households('2026', 480));
    const sub = await t.db.one<{ id: number; state: string }>(`select id, state from submission where unit_id = $1 and period = '2026'`, [fx.ids.XC!]);
    expect(sub.state).toBe('draft');
    expect(await pivotCell('XC', 'village.households', '2026')).toBeNull();

    const submitted = await moveSubmissions(officer, 'submit', [{ unit: 'XC', period: '2026' }]);
    expect(submitted.moved[0]!.state).toBe('submitted');
    // Submitted figures are locked for the commune until the province decides.
    await expect(store(officer, households('2026', 490))).rejects.toMatchObject({
      code: 'outside_rights',
      details: [expect.objectContaining({ code: 'locked', row: 2 })],
    });

    await expect(moveSubmissions(accounts.reviewer!, 'return', [{ id: sub.id }], '  ')).rejects.toMatchObject({
      status: 400,
      details: [expect.objectContaining({ field: 'reason' })],
    });
    const reason = 'Số hộ <b>tăng bất thường</b>; kiểm tra lại thôn 1';
    const returned = await moveSubmissions(accounts.reviewer!, 'return', [{ id: sub.id }], reason);
    expect(returned.moved[0]).toMatchObject({ state: 'returned', reason });

    await store(officer, households('2026', 452));
    expect((await t.db.one<{ state: string }>(`select state from submission where id = $1`, [sub.id])).state).toBe('returned');
    await moveSubmissions(officer, 'submit', [{ id: sub.id }]);
    expect(await pivotCell('XC', 'village.households', '2026')).toBeNull();
    await moveSubmissions(accounts.reviewer!, 'approve', [{ id: sub.id }]);
    expect(await pivotCell('XC', 'village.households', '2026')).toBe(452);
    await expect(store(officer, households('2026', 453))).rejects.toMatchObject({ details: [expect.objectContaining({ code: 'locked' })] });

    // The figure's history: entered, submitted, returned (with the reason), corrected, submitted, approved.
    const history = await getValueHistory(officer, { unit: 'XC', indicator: 'village.households', period: '2026' });
    const steps = history.steps.map((s) => s.action);
    expect(steps).toEqual(['entered', 'submitted', 'returned', 'entered', 'submitted', 'approved']);
    expect(history.steps.find((s) => s.action === 'returned')!.reason).toBe(reason);

    // Reopened by the province with a reason: out of the analytics until approved again.
    await expect(moveSubmissions(officer, 'reopen', [{ id: sub.id }], 'sai số')).rejects.toMatchObject({ status: 403 });
    await moveSubmissions(accounts.reviewer!, 'reopen', [{ id: sub.id }], 'Thanh tra phát hiện sai số hộ thôn 1');
    expect(await pivotCell('XC', 'village.households', '2026')).toBeNull();
    expect(await statusInvariant()).toEqual([]);
  });

  it('refuses figures and moves outside the account’s scope, naming the row, and changes nothing', async () => {
    const before = await t.db.one<{ n: number }>(`select count(*)::int as n from indicator_value`);
    await expect(
      store(accounts.officerF!, [
        { unit: 'XF', indicatorCode: 'village.households', period: '2026', value: 10 },
        { unit: 'XC', indicatorCode: 'village.households', period: '2026', value: 11 },
      ]),
    ).rejects.toMatchObject({ status: 403, details: [expect.objectContaining({ code: 'outside_scope', row: 3 })] });
    expect((await t.db.one<{ n: number }>(`select count(*)::int as n from indicator_value`)).n).toBe(before.n);
    // A commune's officer reaches the history of the communes its commune was formed from (XC = XA + XB).
    await store(accounts.officerC!, [{ unit: 'XA', indicatorCode: 'village.households', period: '2025Q1', value: 300 }]);
    await expect(store(accounts.officerC!, [{ unit: 'XE', indicatorCode: 'village.households', period: '2025Q1', value: 3 }])).rejects.toMatchObject({
      status: 403,
    });
    await expect(moveSubmissions(accounts.officerF!, 'submit', [{ unit: 'XA', period: '2025Q1' }])).rejects.toMatchObject({
      status: 403,
      code: 'outside_scope',
    });
    await expect(moveSubmissions(accounts.inspector!, 'approve', [{ unit: 'XA', period: '2025Q1' }])).rejects.toMatchObject({ status: 403, code: 'forbidden' });
  });

  it('lets an operator write and submit only its own network’s figures', async () => {
    const op = accounts.viettel!;
    await expect(
      store(op, [{ unit: 'XP', indicatorCode: 'province.telecom_revenue', period: '2026M01', breakdown: 'operator=vnpt', value: 5 }]),
    ).rejects.toMatchObject({ details: [expect.objectContaining({ code: 'other_operator', row: 2 })] });
    await expect(store(op, [{ unit: 'XP', indicatorCode: 'province.telecom_revenue', period: '2026M01', value: 5 }])).rejects.toMatchObject({
      details: [expect.objectContaining({ code: 'other_operator' })],
    });
    await store(op, [{ unit: 'XP', indicatorCode: 'province.telecom_revenue', period: '2026M01', breakdown: 'operator=viettel', value: 41.5 }]);
    const r = await moveSubmissions(op, 'submit', [{ unit: 'XP', period: '2026M01', party: 'viettel' }]);
    expect(r.moved[0]).toMatchObject({ party: 'viettel', state: 'submitted' });
    await expect(moveSubmissions(op, 'approve', [{ unit: 'XP', period: '2026M01', party: 'viettel' }])).rejects.toMatchObject({ status: 403 });
  });

  it('keeps plan targets to administrators', async () => {
    await expect(
      store(accounts.officerC!, [{ unit: 'XC', indicatorCode: 'village.households', period: '2027', value: 1, series: 'plan' }]),
    ).rejects.toMatchObject({
      details: [expect.objectContaining({ code: 'plan_not_allowed' })],
    });
  });

  it('closes a period for a province, with an exception for one commune', async () => {
    await closePeriod(accounts.admin!, { period: '2026Q2', reason: 'Chốt số liệu quý II' });
    await expect(closePeriod(accounts.officerC!, { period: '2026Q3' })).rejects.toMatchObject({ status: 403 });
    await expect(store(accounts.officerC!, households('2026Q2', 470))).rejects.toMatchObject({ details: [expect.objectContaining({ code: 'period_closed' })] });
    await grantException(accounts.admin!, { period: '2026Q2', unit: 'XC', reason: 'Xã nộp muộn có lý do' });
    await store(accounts.officerC!, households('2026Q2', 470));
    await moveSubmissions(accounts.officerC!, 'submit', [{ unit: 'XC', period: '2026Q2' }]);
    await expect(store(accounts.officerF!, [{ unit: 'XF', indicatorCode: 'village.households', period: '2026Q2', value: 1 }])).rejects.toMatchObject({
      details: [expect.objectContaining({ code: 'period_closed' })],
    });
    await reopenPeriod(accounts.admin!, { period: '2026Q2', reason: 'mở lại để bổ sung' });
    await store(accounts.officerF!, [{ unit: 'XF', indicatorCode: 'village.households', period: '2026Q2', value: 1 }]);
    const events = await t.db.query<{ action: string }>(`select action from audit_event where entity = 'period_closure' order by id`);
    expect(events.map((e) => e.action)).toEqual(['period.close', 'period.exception', 'period.reopen']);
  });

  it('does not let a reviewer decide on a submission it made, and approves in bulk all or nothing', async () => {
    const admin = accounts.admin!;
    await store(admin, [
      { unit: 'XC', indicatorCode: 'village.households', period: '2026Q1', value: 450 },
      { unit: 'XF', indicatorCode: 'village.households', period: '2026Q1', value: 120 },
    ]);
    await moveSubmissions(admin, 'submit', [
      { unit: 'XC', period: '2026Q1' },
      { unit: 'XF', period: '2026Q1' },
    ]);
    await expect(moveSubmissions(admin, 'approve', [{ unit: 'XC', period: '2026Q1' }])).rejects.toMatchObject({
      details: [expect.objectContaining({ code: 'own_submission' })],
    });
    // One of three is a draft: nothing is approved.
    await store(accounts.officerF!, [{ unit: 'XF', indicatorCode: 'village.households', period: '2026Q3', value: 125 }]);
    const refs = [
      { unit: 'XC', period: '2026Q1' },
      { unit: 'XF', period: '2026Q1' },
      { unit: 'XF', period: '2026Q3' },
    ];
    await expect(moveSubmissions(accounts.reviewer!, 'approve', refs)).rejects.toMatchObject({
      status: 409,
      details: [expect.objectContaining({ code: 'wrong_state' })],
    });
    const states = await t.db.query<{ state: string }>(
      `select s.state from submission s join admin_unit u on u.id = s.unit_id where s.period = '2026Q1' and u.code in ('XC', 'XF') order by u.code`,
    );
    expect(states.map((s) => s.state)).toEqual(['submitted', 'submitted']);
    const ok = await moveSubmissions(accounts.reviewer!, 'approve', refs.slice(0, 2));
    expect(ok.moved.map((m) => m.state)).toEqual(['approved', 'approved']);
    expect(await statusInvariant()).toEqual([]);
  });

  it('shows the reviewer what changed, the file’s warnings and the figures that stand out', async () => {
    // XF's households: 120 (Q1), 118 (Q2) approved history; Q3's 125 then a typo 1250.
    await store(accounts.officerF!, [{ unit: 'XF', indicatorCode: 'village.households', period: '2026Q3', value: 1250 }]);
    await moveSubmissions(accounts.officerF!, 'submit', [{ unit: 'XF', period: '2026Q3' }]);
    const queue = await listReviewQueue(accounts.reviewer!, {});
    const item = queue.items.find((i) => i.unit.code === 'XF' && i.period === '2026Q3')!;
    expect(item).toMatchObject({ changedValues: 1, newValues: 0, outliers: 1, state: 'submitted' });
    const detail = await getSubmissionDetail(accounts.reviewer!, item.id);
    expect(detail.values[0]).toMatchObject({ value: 1250, previous: 125, replaced: true, outlier: expect.objectContaining({ method: 'minmax' }) });
    expect(detail.events.map((e) => e.to)).toEqual(['submitted']);
    // The officer of another commune sees neither.
    const other = await listReviewQueue(accounts.officerC!, {});
    expect(other.items.some((i) => i.unit.code === 'XF')).toBe(false);
    await expect(getSubmissionDetail(accounts.officerC!, item.id)).rejects.toMatchObject({ status: 403 });
    await expect(
      listReviewQueue({ db: t.db, actor: 'http:x', principal: { ...accounts.officerC!.principal!, kind: 'public', role: null } }, {}),
    ).rejects.toMatchObject({ status: 401 });
  });

  it('lists what each commune owes, late or not, by the deadlines the province set', async () => {
    await setDeadline({ db: t.db, actor: 'test' }, 'quarter', 15);
    const due = await listDue(accounts.reviewer!, { unit: 'XP', asOf: '2026-11-22', all: true });
    const xc = due.rows.filter((r) => r.unit.code === 'XC');
    const q3 = xc.find((r) => r.period === '2026Q3')!;
    expect(q3).toMatchObject({ state: 'missing', deadline: '2026-10-15', late: true, outstanding: true });
    expect(xc.find((r) => r.period === '2026Q2')).toMatchObject({ state: 'submitted' });
    expect(due.rows.some((r) => r.unit.code === 'XA')).toBe(false); // ended communes owe nothing today
    const own = await listDue(accounts.officerC!, { asOf: '2026-11-22' });
    expect(new Set(own.rows.map((r) => r.unit.code))).toEqual(new Set(['XC']));
    await expect(listDue(accounts.officerC!, { unit: 'XF', asOf: '2026-11-22' })).rejects.toMatchObject({ status: 403 });
  });
});
