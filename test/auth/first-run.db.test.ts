/** First run without a default password (issue #6): a one-time setup code makes the first national administrator. */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { issueSetupCodeIfNeeded } from '../../src/services/auth/first-run.ts';
import { testEngine } from '../support/test-db.ts';
import { cookieValue, openAuthEnv, PASSWORD, type AuthTestEnv } from './auth-support.ts';

describe(`first-run setup on ${testEngine}`, () => {
  let env: AuthTestEnv;
  beforeAll(async () => {
    env = await openAuthEnv();
  });
  afterAll(() => env.close());

  const setup = (payload: Record<string, unknown>, remoteAddress = '10.5.0.1') =>
    env.app.inject({
      method: 'POST',
      url: '/api/auth/setup',
      remoteAddress,
      payload: { username: 'quan.tri', displayName: 'Quản trị', password: PASSWORD, ...payload },
    });

  it('says setup is needed while no administrator exists, and refuses setup without a code issued', async () => {
    expect((await env.app.inject({ method: 'GET', url: '/api/auth/setup' })).json()).toEqual({ needed: true });
    const res = await setup({ code: 'ABCD-EFGH-JK' });
    expect(res.statusCode).toBe(403);
    expect(res.json().error.code).toBe('setup_code_invalid');
  });

  it('refuses a wrong code and an older code; the latest works once (any case, with or without dashes) and signs in', async () => {
    const older = (await issueSetupCodeIfNeeded(env.system))!;
    const issued = (await issueSetupCodeIfNeeded(env.system))!;
    expect(issued.code).toMatch(/^[A-HJ-NP-Z2-9]{4}-[A-HJ-NP-Z2-9]{4}-[A-HJ-NP-Z2-9]{2}$/);
    expect(issued.validHours).toBe(24);
    const stored = JSON.stringify(await env.t.db.query(`select * from setup_code`)) + JSON.stringify(await env.t.db.query(`select * from audit_event`));
    expect(stored).not.toContain(issued.code);
    expect(stored).not.toContain(issued.code.replace(/-/g, ''));

    expect((await setup({ code: 'AAAA-AAAA-AA' })).json().error.code).toBe('setup_code_invalid');
    expect((await setup({ code: older.code })).json().error.code).toBe('setup_code_invalid');
    expect((await setup({ code: issued.code, password: 'short' })).statusCode).toBe(400);

    const ok = await setup({ code: issued.code.toLowerCase().replace(/-/g, ' ') });
    expect(ok.statusCode, ok.body).toBe(201);
    expect(ok.json().user).toMatchObject({ username: 'quan.tri', role: 'admin', scope: null });
    expect(cookieValue(ok, 'ictmon_session')).toMatch(/^[\w-]{43}$/);
    expect(ok.json().csrfToken).toBeTruthy();
    const session = await env.app.inject({ method: 'GET', url: '/api/auth/session', cookies: { ictmon_session: cookieValue(ok, 'ictmon_session')! } });
    expect(session.json().user.username).toBe('quan.tri');

    // Once: used, and no longer needed.
    const again = await setup({ code: issued.code, username: 'second.admin' });
    expect(again.statusCode).toBe(409);
    expect(again.json().error.code).toBe('setup_not_needed');
    expect((await env.app.inject({ method: 'GET', url: '/api/auth/setup' })).json()).toEqual({ needed: false });
    expect(await issueSetupCodeIfNeeded(env.system)).toBeUndefined();
    expect((await env.t.db.one<{ n: number }>(`select count(*)::int as n from app_user where role = 'admin'`)).n).toBe(1);
    const ev = await env.t.db.one<{ actor: string; reason: string; after: Record<string, unknown> }>(
      `select actor, reason, after from audit_event where action = 'user.create'`,
    );
    expect(ev).toMatchObject({ actor: 'http:10.5.0.1', reason: 'first-run setup code', after: { username: 'quan.tri', role: 'admin', scope: null } });
    expect(JSON.stringify(ev)).not.toContain('scrypt');
  });

  it('refuses a used code even when setup is needed again (the administrator disabled)', async () => {
    await env.t.db.query(`update app_user set active = false where username = 'quan.tri'`);
    const used = await env.t.db.one<{ n: number }>(`select count(*)::int as n from setup_code where used_at is not null`);
    expect(used.n).toBe(1);
    const res = await setup({ code: 'ZZZZ-ZZZZ-ZZ', username: 'other.admin' });
    expect(res.json().error.code).toBe('setup_code_invalid');
  });

  it('rate-limits setup attempts per address (429 in the project’s error shape)', async () => {
    const codes: number[] = [];
    for (let i = 0; i < 25; i++) codes.push((await setup({ code: 'WRNG-CODE-XX' }, '10.5.9.9')).statusCode);
    expect(codes.filter((c) => c === 403).length).toBeLessThanOrEqual(20);
    expect(codes.at(-1)).toBe(429);
    const last = await setup({ code: 'WRNG-CODE-XX' }, '10.5.9.9');
    expect(last.json().error).toMatchObject({ code: 'rate_limited', details: [] });
    expect(last.json().error.messageVi).toMatch(/hãy thử lại sau \d+ giây/);
    expect(last.headers['retry-after']).toBeDefined();
  });
});
