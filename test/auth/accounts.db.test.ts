/** Accounts (issue #6): who may make which account, scopes by unit code and date, and the audit trail of every change. */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { testEngine } from '../support/test-db.ts';
import { addAccount, openAuthEnv, PASSWORD, signIn, type AuthTestEnv, type Browser } from './auth-support.ts';

describe(`accounts on ${testEngine}`, () => {
  let env: AuthTestEnv;
  let national: Browser;
  let provincial: Browser;
  beforeAll(async () => {
    env = await openAuthEnv();
    await addAccount(env, { username: 'national', role: 'admin' });
    await addAccount(env, { username: 'tn.admin', role: 'admin', scope: { code: '19' } });
    national = await signIn(env.app, 'national', PASSWORD, '10.3.0.1');
    provincial = await signIn(env.app, 'tn.admin', PASSWORD, '10.3.0.2');
  });
  afterAll(() => env.close());

  const create = (b: Browser, payload: Record<string, unknown>) =>
    b.request({ method: 'POST', url: '/api/users', payload: { displayName: 'Người dùng', password: PASSWORD, ...payload } });

  it.each([
    ['an officer on a commune', { username: 'xa.ducxuan', role: 'officer', scope: '01840' }, 201, ''],
    ['an officer on a province', { username: 'bad.officer', role: 'officer', scope: '19' }, 400, 'scope.level'],
    ['an officer without scope', { username: 'bad.officer2', role: 'officer' }, 400, 'scope.level'],
    ['a reviewer on a province', { username: 'tn.reviewer', role: 'reviewer', scope: '19' }, 201, ''],
    ['a reviewer on a commune', { username: 'bad.reviewer', role: 'reviewer', scope: '01840' }, 400, 'scope.level'],
    ['a national inspector', { username: 'thanh.tra', role: 'inspector' }, 201, ''],
    ['an operator with its network', { username: 'viettel.tn', role: 'operator', scope: '19', operatorCode: 'viettel' }, 201, ''],
    ['an operator of an unknown network', { username: 'bad.operator', role: 'operator', scope: '19', operatorCode: 'acme' }, 400, 'operator.unknown'],
    ['an operator without network', { username: 'bad.operator2', role: 'operator', scope: '19' }, 400, 'operator.unknown'],
    ['a province ended on 30/06/2025, given today', { username: 'bad.scope', role: 'reviewer', scope: '06' }, 400, 'scope.not_in_force'],
    ['a province ended on 30/06/2025, given its date', { username: 'bk.reviewer', role: 'reviewer', scope: '06', scopeAt: '01/01/2024' }, 201, ''],
    ['an unknown unit', { username: 'bad.unit', role: 'reviewer', scope: '99' }, 404, ''],
    ['an upper-case username', { username: 'Bad Name', role: 'inspector' }, 400, 'username.shape'],
    ['a weak password', { username: 'weak.pw', role: 'inspector', password: 'weak.pw-1234567' }, 400, 'password.contains_username'],
  ])('a national administrator creates %s → %i', async (_what, payload, status, code) => {
    const res = await create(national, payload);
    expect(res.statusCode, res.body).toBe(status);
    if (code) expect(res.json().error.details.map((d: { code?: string }) => d.code)).toContain(code);
    if (status === 201) expect(JSON.stringify(res.json())).not.toMatch(/scrypt|password_hash|passwordHash/);
  });

  it('refuses a taken username (409)', async () => {
    const res = await create(national, { username: 'tn.reviewer', role: 'inspector' });
    expect(res.statusCode).toBe(409);
  });

  it('lets a provincial administrator make accounts in its province only, never national ones', async () => {
    expect((await create(provincial, { username: 'tn.officer', role: 'officer', scope: '01840' })).statusCode).toBe(201);
    // Bắc Kạn (06) was merged into Thái Nguyên (19): its history is in the province's scope.
    expect((await create(provincial, { username: 'bk.officer', role: 'officer', scope: '01840', scopeAt: '2024-01-01' })).statusCode).toBe(201);
    const outside = await create(provincial, { username: 'cb.officer', role: 'officer', scope: '01273' });
    expect(outside.statusCode).toBe(403);
    expect(outside.json().error.code).toBe('outside_scope');
    const nationalOne = await create(provincial, { username: 'nat.inspector', role: 'inspector' });
    expect(nationalOne.statusCode).toBe(403);
    expect(nationalOne.json().error.code).toBe('outside_scope');
    expect((await env.t.db.query(`select 1 from app_user where username in ('cb.officer', 'nat.inspector')`)).length).toBe(0);
  });

  it('lists the accounts in the administrator’s scope', async () => {
    const mine = (await provincial.request({ method: 'GET', url: '/api/users' })).json().accounts.map((a: { username: string }) => a.username);
    expect(mine).toEqual(expect.arrayContaining(['tn.admin', 'tn.officer', 'tn.reviewer', 'viettel.tn', 'xa.ducxuan', 'bk.reviewer']));
    expect(mine).not.toContain('national');
    expect(mine).not.toContain('thanh.tra');
    const all = (await national.request({ method: 'GET', url: '/api/users' })).json().accounts;
    expect(all.map((a: { username: string }) => a.username)).toContain('thanh.tra');
    expect(JSON.stringify(all)).not.toContain('scrypt');
  });

  it('refuses account management to other roles and to the public', async () => {
    const officer = await signIn(env.app, 'tn.officer', PASSWORD, '10.3.0.3');
    expect((await officer.request({ method: 'GET', url: '/api/users' })).statusCode).toBe(403);
    expect((await create(officer, { username: 'x.by.officer', role: 'officer', scope: '01840' })).statusCode).toBe(403);
    expect((await env.app.inject({ method: 'GET', url: '/api/users' })).statusCode).toBe(401);
  });

  it('changes role, scope, name and active state within scope; not one’s own role', async () => {
    const changed = await provincial.request({
      method: 'PATCH',
      url: '/api/users/tn.reviewer',
      payload: { role: 'inspector', displayName: 'Trần Văn Khoa', reason: 'chuyển công tác' },
    });
    expect(changed.statusCode, changed.body).toBe(200);
    expect(changed.json()).toMatchObject({ role: 'inspector', displayName: 'Trần Văn Khoa', scope: { code: '19' } });
    expect((await provincial.request({ method: 'PATCH', url: '/api/users/tn.reviewer', payload: { scope: null } })).statusCode).toBe(403);
    expect((await provincial.request({ method: 'PATCH', url: '/api/users/thanh.tra', payload: { displayName: 'x' } })).statusCode).toBe(403);
    const own = await provincial.request({ method: 'PATCH', url: '/api/users/tn.admin', payload: { role: 'inspector' } });
    expect(own.statusCode).toBe(403);
    expect(own.json().error.code).toBe('own_account');
    expect((await provincial.request({ method: 'PATCH', url: '/api/users/tn.admin', payload: { active: false } })).json().error.code).toBe('own_account');
    const toOperator = await provincial.request({ method: 'PATCH', url: '/api/users/tn.reviewer', payload: { role: 'operator' } });
    expect(toOperator.statusCode).toBe(400);
  });

  it('sets another account’s password (its sessions end), never one’s own that way', async () => {
    const officer = await signIn(env.app, 'xa.ducxuan', PASSWORD, '10.3.0.4');
    const res = await provincial.request({ method: 'POST', url: '/api/users/xa.ducxuan/password', payload: { password: 'Mật khẩu do quản trị đặt' } });
    expect(res.statusCode, res.body).toBe(200);
    expect((await officer.request({ method: 'GET', url: '/api/auth/session' })).json().user).toBeNull();
    await signIn(env.app, 'xa.ducxuan', 'Mật khẩu do quản trị đặt', '10.3.0.4');
    expect(
      (await provincial.request({ method: 'POST', url: '/api/users/tn.admin/password', payload: { password: 'Mật khẩu do quản trị đặt' } })).json().error.code,
    ).toBe('own_account');
  });

  it('writes an audit event for every change: who, from where, the provinces, before → after, never a secret', async () => {
    const events = await env.t.db.query<{
      action: string;
      entityKey: string;
      actor: string;
      ip: string | null;
      provinceIds: number[] | null;
      before: unknown;
      after: unknown;
      reason: string | null;
    }>(
      `select action, entity_key as "entityKey", actor, ip, province_ids as "provinceIds", before, after, reason
         from audit_event where entity = 'user' and action like 'user.%' order by id`,
    );
    const tn = (await env.t.db.one<{ id: number }>(`select id from admin_unit where code = '19' and valid_from = '2025-07-01'`)).id;
    const byKey = (action: string, key: string) => events.find((e) => e.action === action && e.entityKey === key)!;
    expect(byKey('user.create', 'tn.officer')).toMatchObject({
      actor: 'user:tn.admin',
      ip: '10.3.0.2',
      provinceIds: [tn],
      after: { role: 'officer', scope: '01840' },
    });
    expect(byKey('user.create', 'thanh.tra')).toMatchObject({ actor: 'user:national', provinceIds: null });
    expect(byKey('user.create', 'national')).toMatchObject({ actor: 'test:setup', ip: null });
    const bk = byKey('user.create', 'bk.reviewer');
    expect(bk.provinceIds).toHaveLength(1); // the old province of Bắc Kạn
    expect(byKey('user.update', 'tn.reviewer')).toMatchObject({
      before: { role: 'reviewer', displayName: 'Người dùng' },
      after: { role: 'inspector', displayName: 'Trần Văn Khoa' },
      reason: 'chuyển công tác',
    });
    expect(byKey('user.password', 'xa.ducxuan')).toMatchObject({ actor: 'user:tn.admin', after: { passwordSet: true } });
    const text = JSON.stringify(await env.t.db.query(`select * from audit_event`));
    expect(text).not.toContain('scrypt$');
    expect(text).not.toContain(PASSWORD);
    expect(text).not.toContain('Mật khẩu do quản trị đặt');
  });

  it('documents the routes in the OpenAPI document under the accounts tag', async () => {
    const doc = (await env.app.inject({ method: 'GET', url: '/api/docs/json' })).json() as { paths: Record<string, Record<string, { tags?: string[] }>> };
    for (const [path, method] of [
      ['/api/auth/login', 'post'],
      ['/api/auth/logout', 'post'],
      ['/api/auth/session', 'get'],
      ['/api/auth/setup', 'post'],
      ['/api/users', 'post'],
      ['/api/users/{username}', 'patch'],
      ['/api/users/{username}/password', 'post'],
      ['/api/users/{username}/unlock', 'post'],
      ['/api/me/password', 'post'],
      ['/api/tokens', 'post'],
      ['/api/tokens/{id}', 'delete'],
    ] as const) {
      expect(doc.paths[path]?.[method]?.tags, `${method} ${path}`).toEqual(['accounts']);
    }
  });

  it('refuses a body over 16 kB on these routes', async () => {
    const res = await national.request({
      method: 'POST',
      url: '/api/users',
      payload: { username: 'big.one', displayName: 'x'.repeat(20_000), role: 'inspector' },
    });
    expect(res.statusCode).toBe(413);
  });
});
