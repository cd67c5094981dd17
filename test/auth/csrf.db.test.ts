/**
 * Cross-site request forgery (issue #6, "a forged cross-site request is refused"): a browser sends the
 * session cookie by itself, so a change made with it must carry the session's CSRF token and must not
 * come from another site. Refused requests change nothing.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { testEngine } from '../support/test-db.ts';
import { addAccount, openAuthEnv, PASSWORD, signIn, type AuthTestEnv, type Browser } from './auth-support.ts';

describe(`CSRF protection on ${testEngine}`, () => {
  let env: AuthTestEnv;
  let admin: Browser;
  const self = 'http://localhost:80';
  const count = async () => (await env.t.db.one<{ n: number }>(`select count(*)::int as n from app_user`)).n;
  const newAccount = (username: string) => ({ username, displayName: username, role: 'inspector', scope: '19', password: PASSWORD });

  beforeAll(async () => {
    env = await openAuthEnv('owner-key-for-csrf-tests-0123456789');
    await addAccount(env, { username: 'admin', role: 'admin' });
    admin = await signIn(env.app, 'admin', PASSWORD, '10.2.0.1');
  });
  afterAll(() => env.close());

  it('refuses a cookie-authenticated POST without the token (403 csrf_refused) and changes nothing', async () => {
    const before = await count();
    const res = await admin.request({ method: 'POST', url: '/api/users', payload: newAccount('no.token'), withCsrf: false });
    expect(res.statusCode).toBe(403);
    expect(res.json().error).toMatchObject({ code: 'csrf_refused' });
    expect(res.json().error.messageVi).toContain('x-csrf-token');
    expect(await count()).toBe(before);
  });

  it('refuses a wrong token, and another session’s token', async () => {
    await addAccount(env, { username: 'admin2', role: 'admin' });
    const other = await signIn(env.app, 'admin2', PASSWORD, '10.2.0.2');
    for (const token of ['x'.repeat(43), other.csrfToken, '']) {
      const res = await admin.request({
        method: 'POST',
        url: '/api/users',
        payload: newAccount('wrong.token'),
        withCsrf: false,
        headers: { 'x-csrf-token': token },
      });
      expect(res.statusCode).toBe(403);
    }
    expect((await env.t.db.query(`select 1 from app_user where username = 'wrong.token'`)).length).toBe(0);
  });

  it.each(['PATCH', 'DELETE'] as const)('refuses %s without the token too', async (method) => {
    const url = method === 'PATCH' ? '/api/users/admin2' : '/api/tokens/1';
    const res = await admin.request({ method, url, payload: method === 'PATCH' ? { displayName: 'changed' } : undefined, withCsrf: false });
    expect(res.statusCode).toBe(403);
    expect(res.json().error.code).toBe('csrf_refused');
  });

  it('accepts the token, from the same origin', async () => {
    const res = await admin.request({ method: 'POST', url: '/api/users', payload: newAccount('with.token'), headers: { origin: self } });
    expect(res.statusCode, res.body).toBe(201);
    expect(res.json()).toMatchObject({ username: 'with.token', role: 'inspector', scope: { code: '19' } });
  });

  it('refuses a foreign Origin even with the right token', async () => {
    const before = await count();
    const res = await admin.request({ method: 'POST', url: '/api/users', payload: newAccount('foreign.origin'), headers: { origin: 'https://evil.example' } });
    expect(res.statusCode).toBe(403);
    expect(res.json().error.code).toBe('csrf_refused');
    expect(await count()).toBe(before);
  });

  it('refuses a forged cross-site request as a browser on another site would send it', async () => {
    const before = await count();
    const events = (await env.t.db.one<{ n: number }>(`select count(*)::int as n from audit_event`)).n;
    // A form on https://evil.example posting to ictmon: the browser attaches the cookie, the page cannot read or send the token.
    const forged = await env.app.inject({
      method: 'POST',
      url: '/api/users',
      remoteAddress: '10.2.0.1',
      cookies: { ictmon_session: admin.cookie },
      headers: { origin: 'https://evil.example', 'sec-fetch-site': 'cross-site', 'sec-fetch-mode': 'navigate', 'content-type': 'application/json' },
      payload: JSON.stringify(newAccount('forged')),
    });
    expect(forged.statusCode).toBe(403);
    expect(forged.json().error.code).toBe('csrf_refused');
    // The same with a form's content type and no Origin at all (an old browser): still no token, still refused.
    const noOrigin = await env.app.inject({
      method: 'POST',
      url: '/api/users/admin2/unlock',
      cookies: { ictmon_session: admin.cookie },
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      payload: 'x=1',
    });
    expect(noOrigin.statusCode).toBe(403);
    expect(await count()).toBe(before);
    expect((await env.t.db.one<{ n: number }>(`select count(*)::int as n from audit_event`)).n).toBe(events);
  });

  it('guards sign-in, which has no session yet, against login CSRF by the Origin', async () => {
    const res = await env.app.inject({
      method: 'POST',
      url: '/api/auth/login',
      remoteAddress: '10.2.0.9',
      headers: { origin: 'https://evil.example' },
      payload: { username: 'admin', password: PASSWORD },
    });
    expect(res.statusCode).toBe(403);
    expect(res.cookies).toHaveLength(0);
    const crossSite = await env.app.inject({
      method: 'POST',
      url: '/api/auth/login',
      remoteAddress: '10.2.0.9',
      headers: { 'sec-fetch-site': 'cross-site' },
      payload: { username: 'admin', password: PASSWORD },
    });
    expect(crossSite.statusCode).toBe(403);
    const same = await env.app.inject({
      method: 'POST',
      url: '/api/auth/login',
      remoteAddress: '10.2.0.9',
      headers: { origin: self, 'sec-fetch-site': 'same-origin' },
      payload: { username: 'admin', password: PASSWORD },
    });
    expect(same.statusCode).toBe(200);
  });

  it('lets GET through without a token (reads change nothing)', async () => {
    const res = await admin.request({ method: 'GET', url: '/api/users', withCsrf: false, headers: { origin: 'https://evil.example' } });
    expect(res.statusCode).toBe(200);
  });

  it('exempts bearer requests (the owner key, API tokens): browsers never attach them by themselves', async () => {
    const res = await env.app.inject({
      method: 'POST',
      url: '/api/users',
      headers: { authorization: 'Bearer owner-key-for-csrf-tests-0123456789', 'x-ictmon-actor': 'cli:tester@host' },
      payload: newAccount('by.owner'),
    });
    expect(res.statusCode, res.body).toBe(201);
    expect((await env.t.db.one<{ actor: string }>(`select actor from audit_event where action = 'user.create' and entity_key = 'by.owner'`)).actor).toBe(
      'cli:tester@host',
    );
    const wrongKey = await env.app.inject({
      method: 'POST',
      url: '/api/users',
      headers: { authorization: 'Bearer not-the-owner-key' },
      payload: newAccount('by.nobody'),
    });
    expect(wrongKey.statusCode).toBe(401);
    expect(wrongKey.json().error.code).toBe('token_invalid');
  });

  it('answers the public’s changes with 401 from the services', async () => {
    const res = await env.app.inject({ method: 'POST', url: '/api/users', payload: newAccount('by.public') });
    expect(res.statusCode).toBe(401);
    expect(res.json().error.code).toBe('not_signed_in');
  });
});
