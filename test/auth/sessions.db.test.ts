/** Sign-in (issue #6): sessions in HttpOnly SameSite=Strict cookies, failures, lock-out and unlock, sign-out. */
import fastifyCookie from '@fastify/cookie';
import Fastify from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { setSessionCookie } from '../../src/http/auth/session-cookie.ts';
import { testEngine } from '../support/test-db.ts';
import { addAccount, cookieValue, openAuthEnv, PASSWORD, signIn, type AuthTestEnv } from './auth-support.ts';

describe(`sign-in and sessions on ${testEngine}`, () => {
  let env: AuthTestEnv;
  beforeAll(async () => {
    env = await openAuthEnv();
    await addAccount(env, { username: 'admin', role: 'admin' });
    await addAccount(env, { username: 'lan.nguyen', role: 'officer', displayName: 'Nguyễn Thị Lan', scope: { code: '01840' } });
    await addAccount(env, { username: 'khoa', role: 'reviewer', scope: { code: '19' } });
  });
  afterAll(() => env.close());

  const login = (username: string, password: string, remoteAddress = '10.1.0.1', headers: Record<string, string> = {}) =>
    env.app.inject({ method: 'POST', url: '/api/auth/login', payload: { username, password }, remoteAddress, headers });

  it('signs in: a random session id in an HttpOnly, SameSite=Strict cookie, its SHA-256 in the table, the account and a CSRF token', async () => {
    const res = await login('Lan.Nguyen ', PASSWORD);
    expect(res.statusCode, res.body).toBe(200);
    const cookie = res.cookies.find((c) => c.name === 'ictmon_session')!;
    expect(cookie.value).toMatch(/^[\w-]{43}$/);
    expect(cookie).toMatchObject({ httpOnly: true, sameSite: 'Strict', path: '/' });
    expect(cookie.secure).toBeFalsy(); // plain http here; https gets Secure (next test)
    const body = res.json();
    expect(body.user).toMatchObject({ username: 'lan.nguyen', displayName: 'Nguyễn Thị Lan', role: 'officer', scope: { code: '01840', level: 'commune' } });
    expect(body.csrfToken).toMatch(/^[\w-]{43}$/);
    expect(JSON.stringify(body)).not.toContain(cookie.value);
    expect(JSON.stringify(body)).not.toContain('scrypt');
    const rows = await env.t.db.query<{ idHash: string; expiresAt: Date; ip: string }>(
      `select s.id_hash as "idHash", s.expires_at as "expiresAt", s.ip from user_session s join app_user u on u.id = s.user_id where u.username = 'lan.nguyen'`,
    );
    expect(rows).toHaveLength(1);
    expect(rows[0]!.idHash).toMatch(/^[0-9a-f]{64}$/);
    expect(rows[0]!.idHash).not.toContain(cookie.value);
    const hours = (rows[0]!.expiresAt.getTime() - Date.now()) / 3600_000;
    expect(hours).toBeGreaterThan(11.9);
    expect(hours).toBeLessThanOrEqual(12);

    const session = await env.app.inject({ method: 'GET', url: '/api/auth/session', cookies: { ictmon_session: cookie.value } });
    expect(session.json()).toMatchObject({ user: { username: 'lan.nguyen' }, via: 'session', csrfToken: body.csrfToken });
  });

  it('marks the cookie Secure when the request came over https', async () => {
    // Fastify trusts no proxy by default: x-forwarded-proto alone does not make a request https.
    const viaHeader = await login('khoa', PASSWORD, '10.1.0.2', { 'x-forwarded-proto': 'https' });
    expect(viaHeader.statusCode).toBe(200);
    expect(viaHeader.cookies.find((c) => c.name === 'ictmon_session')!.secure).toBeFalsy();
    // A server that knows its requests are https (behind a trusted proxy here) sets Secure.
    const tls = Fastify({ trustProxy: true });
    await tls.register(fastifyCookie);
    tls.get('/', async (req, reply) => (setSessionCookie(req, reply, 'v'.repeat(43)), { protocol: req.protocol }));
    const res = await tls.inject({ method: 'GET', url: '/', headers: { 'x-forwarded-proto': 'https' } });
    expect(res.json()).toEqual({ protocol: 'https' });
    expect(res.cookies[0]).toMatchObject({ name: 'ictmon_session', secure: true, httpOnly: true, sameSite: 'Strict', path: '/' });
    await tls.close();
  });

  it('answers the public with no account and no CSRF token', async () => {
    const res = await env.app.inject({ method: 'GET', url: '/api/auth/session' });
    expect(res.json()).toEqual({ user: null, via: 'none', csrfToken: null });
    const bogus = await env.app.inject({ method: 'GET', url: '/api/auth/session', cookies: { ictmon_session: 'x'.repeat(43) } });
    expect(bogus.json().user).toBeNull();
    expect(bogus.headers['set-cookie']).toContain('ictmon_session=;'); // an unknown session's cookie is cleared
  });

  it('gives the same answer for an unknown username, a wrong password and a disabled account', async () => {
    await addAccount(env, { username: 'gone', role: 'inspector' });
    const { updateAccount } = await import('../../src/services/auth/accounts.ts');
    await updateAccount(env.system, 'gone', { active: false });
    const answers = await Promise.all([
      login('nobody.here', PASSWORD, '10.1.0.3'),
      login('khoa', 'wrong password 123', '10.1.0.3'),
      login('gone', PASSWORD, '10.1.0.3'),
    ]);
    for (const a of answers) {
      expect(a.statusCode).toBe(401);
      expect(a.json().error).toMatchObject({
        code: 'invalid_credentials',
        message: 'wrong username or password',
        messageVi: 'sai tên đăng nhập hoặc mật khẩu',
      });
      expect(a.cookies).toHaveLength(0);
    }
    const events = await env.t.db.query<{ entityKey: string | null; after: { reason: string }; ip: string; actor: string }>(
      `select entity_key as "entityKey", after, ip, actor from audit_event where action = 'auth.login_failed' order by id`,
    );
    expect(events.map((e) => [e.entityKey, e.after.reason]).sort()).toEqual(
      [
        ['gone', 'inactive'],
        ['khoa', 'wrong_password'],
        [null, 'unknown_user'],
      ].sort(),
    );
    expect(events.every((e) => e.ip === '10.1.0.3' && e.actor === 'http:10.1.0.3')).toBe(true);
    const all = JSON.stringify(await env.t.db.query(`select * from audit_event where entity = 'user'`));
    expect(all).not.toContain('wrong password 123');
    expect(all).not.toContain('nobody.here'); // may be a password typed into the wrong field
    expect(all).not.toContain('scrypt$');
  });

  it('locks an account after 5 failures in a row, refuses even the right password, lets an administrator unlock it', async () => {
    await addAccount(env, { username: 'target', role: 'inspector', scope: { code: '19' } });
    const codes: number[] = [];
    for (let i = 0; i < 5; i++) codes.push((await login('target', `wrong password ${i}xx`, '10.1.1.1')).statusCode);
    expect(codes).toEqual([401, 401, 401, 401, 423]);
    const locked = await login('target', PASSWORD, '10.1.1.2');
    expect(locked.statusCode).toBe(423);
    expect(locked.json().error.code).toBe('account_locked');
    expect(locked.json().error.messageVi).toMatch(/bị khoá đến \d\d\/\d\d\/\d{4} \d\d:\d\d/);
    const until = new Date(locked.json().error.details[0].value).getTime();
    expect((until - Date.now()) / 60_000).toBeGreaterThan(14);
    expect((until - Date.now()) / 60_000).toBeLessThanOrEqual(15);

    const admin = await signIn(env.app, 'admin', PASSWORD, '10.1.1.3');
    const list = await admin.request({ method: 'GET', url: '/api/users' });
    expect(list.json().accounts.find((a: { username: string }) => a.username === 'target')).toMatchObject({ locked: true, failedLogins: 5 });
    const unlocked = await admin.request({ method: 'POST', url: '/api/users/target/unlock' });
    expect(unlocked.statusCode, unlocked.body).toBe(200);
    expect(unlocked.json()).toMatchObject({ locked: false, lockedUntil: null, failedLogins: 0 });
    expect((await login('target', PASSWORD, '10.1.1.2')).statusCode).toBe(200);
    const unlock = await env.t.db.one<{ actor: string; ip: string }>(
      `select actor, ip from audit_event where action = 'user.unlock' and entity_key = 'target'`,
    );
    expect(unlock).toEqual({ actor: 'user:admin', ip: '10.1.1.3' });
  });

  it('resets the failure count on success', async () => {
    await addAccount(env, { username: 'careless', role: 'inspector' });
    for (let i = 0; i < 4; i++) expect((await login('careless', 'not the password', '10.1.2.1')).statusCode).toBe(401);
    expect((await login('careless', PASSWORD, '10.1.2.1')).statusCode).toBe(200);
    for (let i = 0; i < 4; i++) expect((await login('careless', 'not the password', '10.1.2.2')).statusCode).toBe(401);
    expect((await login('careless', PASSWORD, '10.1.2.2')).statusCode).toBe(200);
  });

  it('signs out: the session row is gone, the cookie cleared, the old cookie is the public', async () => {
    const b = await signIn(env.app, 'khoa', PASSWORD, '10.1.3.1');
    const out = await b.request({ method: 'POST', url: '/api/auth/logout' });
    expect(out.statusCode, out.body).toBe(200);
    expect(cookieValue(out, 'ictmon_session')).toBe('');
    const after = await b.request({ method: 'GET', url: '/api/auth/session' });
    expect(after.json().user).toBeNull();
    expect((await env.t.db.one<{ n: number }>(`select count(*)::int as n from audit_event where action = 'auth.logout' and entity_key = 'khoa'`)).n).toBe(1);
  });

  it('ends a disabled account’s sessions at once', async () => {
    await addAccount(env, { username: 'leaving', role: 'inspector' });
    const b = await signIn(env.app, 'leaving', PASSWORD, '10.1.4.1');
    expect((await b.request({ method: 'GET', url: '/api/auth/session' })).json().user.username).toBe('leaving');
    const admin = await signIn(env.app, 'admin', PASSWORD, '10.1.4.2');
    expect((await admin.request({ method: 'PATCH', url: '/api/users/leaving', payload: { active: false, reason: 'nghỉ việc' } })).statusCode).toBe(200);
    expect((await b.request({ method: 'GET', url: '/api/auth/session' })).json().user).toBeNull();
  });

  it('changes one’s own password with the current one; other sessions end, this one stays', async () => {
    await addAccount(env, { username: 'mai', role: 'inspector' });
    const here = await signIn(env.app, 'mai', PASSWORD, '10.1.5.1');
    const elsewhere = await signIn(env.app, 'mai', PASSWORD, '10.1.5.2');
    const wrong = await here.request({
      method: 'POST',
      url: '/api/me/password',
      payload: { currentPassword: 'not it at all', newPassword: 'Một mật khẩu mới 2027' },
    });
    expect(wrong.statusCode).toBe(403);
    expect(wrong.json().error.code).toBe('wrong_password');
    const weak = await here.request({ method: 'POST', url: '/api/me/password', payload: { currentPassword: PASSWORD, newPassword: 'short' } });
    expect(weak.statusCode).toBe(400);
    expect(weak.json().error.details.map((d: { code: string }) => d.code)).toContain('password.too_short');
    const ok = await here.request({ method: 'POST', url: '/api/me/password', payload: { currentPassword: PASSWORD, newPassword: 'Một mật khẩu mới 2027' } });
    expect(ok.statusCode, ok.body).toBe(200);
    expect((await here.request({ method: 'GET', url: '/api/auth/session' })).json().user?.username).toBe('mai');
    expect((await elsewhere.request({ method: 'GET', url: '/api/auth/session' })).json().user).toBeNull();
    expect((await login('mai', PASSWORD, '10.1.5.3')).statusCode).toBe(401);
    expect((await login('mai', 'Một mật khẩu mới 2027', '10.1.5.3')).statusCode).toBe(200);
  });

  it('slides a session 12 hours from its last use, never past 7 days from sign-in', async () => {
    const b = await signIn(env.app, 'khoa', PASSWORD, '10.1.6.1');
    const { createHash } = await import('node:crypto');
    const idHash = createHash('sha256').update(b.cookie).digest('hex');
    const row = () =>
      env.t.db.one<{ expiresAt: Date; createdAt: Date }>(`select expires_at as "expiresAt", created_at as "createdAt" from user_session where id_hash = $1`, [
        idHash,
      ]);
    // Used again after 2 hours: extended to 12 hours from now.
    await env.t.db.query(`update user_session set last_seen_at = now() - interval '2 hours', expires_at = now() + interval '10 hours' where id_hash = $1`, [
      idHash,
    ]);
    await b.request({ method: 'GET', url: '/api/auth/session' });
    expect(((await row()).expiresAt.getTime() - Date.now()) / 3600_000).toBeGreaterThan(11.9);
    // Six days and a half after sign-in: extended only up to the seventh day.
    await env.t.db.query(
      `update user_session set created_at = now() - interval '6 days 20 hours', last_seen_at = now() - interval '2 hours' where id_hash = $1`,
      [idHash],
    );
    await b.request({ method: 'GET', url: '/api/auth/session' });
    const r = await row();
    expect(r.expiresAt.getTime() - r.createdAt.getTime()).toBe(7 * 86_400_000);
    // Past its end, the cookie is the public's.
    await env.t.db.query(`update user_session set expires_at = now() - interval '1 second' where id_hash = $1`, [idHash]);
    expect((await b.request({ method: 'GET', url: '/api/auth/session' })).json().user).toBeNull();
  });
});
