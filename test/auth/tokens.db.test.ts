/** API tokens (issue #6): shown once, stored hashed, scoped within the account, expiring, revocable, audited. */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { testEngine } from '../support/test-db.ts';
import { addAccount, openAuthEnv, PASSWORD, signIn, type AuthTestEnv, type Browser } from './auth-support.ts';

describe(`API tokens on ${testEngine}`, () => {
  let env: AuthTestEnv;
  let operator: Browser;
  let admin: Browser;
  beforeAll(async () => {
    env = await openAuthEnv();
    await addAccount(env, { username: 'tn.admin', role: 'admin', scope: { code: '19' } });
    await addAccount(env, { username: 'viettel.tn', role: 'operator', scope: { code: '19' }, operatorCode: 'viettel' });
    await addAccount(env, { username: 'cb.reviewer', role: 'reviewer', scope: { code: '04' } });
    operator = await signIn(env.app, 'viettel.tn', PASSWORD, '10.4.0.1');
    admin = await signIn(env.app, 'tn.admin', PASSWORD, '10.4.0.2');
  });
  afterAll(() => env.close());

  const bearer = (token: string, url = '/api/auth/session') => env.app.inject({ method: 'GET', url, headers: { authorization: `Bearer ${token}` } });
  const createToken = (b: Browser, payload: Record<string, unknown>) => b.request({ method: 'POST', url: '/api/tokens', payload });

  let token = '';
  let tokenId = 0;

  it('creates a token, shown once; the database keeps only its SHA-256 and a 12-character prefix', async () => {
    const res = await createToken(operator, { name: 'viettel-sync', expiresInDays: 30 });
    expect(res.statusCode, res.body).toBe(201);
    expect(res.headers['cache-control']).toBe('no-store');
    const body = res.json();
    token = body.token;
    tokenId = body.info.id;
    expect(token).toMatch(/^ictm_[\w-]{43}$/);
    expect(body.info).toMatchObject({
      username: 'viettel.tn',
      name: 'viettel-sync',
      prefix: token.slice(0, 12),
      state: 'active',
      scope: null,
      createdBy: 'user:viettel.tn',
    });
    const days = (new Date(body.info.expiresAt).getTime() - Date.now()) / 86_400_000;
    expect(days).toBeGreaterThan(29.9);
    // Nowhere in the database: not in the token table, not in the audit log.
    const dump = JSON.stringify(await env.t.db.query(`select * from api_token`)) + JSON.stringify(await env.t.db.query(`select * from audit_event`));
    expect(dump).not.toContain(token);
    expect(dump).not.toContain(token.slice(12));
    const { createHash } = await import('node:crypto');
    const stored = await env.t.db.one<{ tokenHash: string }>(`select token_hash as "tokenHash" from api_token where id = $1`, [tokenId]);
    expect(stored.tokenHash).toBe(createHash('sha256').update(token).digest('hex'));
    // Never shown again.
    const list = await operator.request({ method: 'GET', url: '/api/tokens' });
    expect(JSON.stringify(list.json())).not.toContain(token);
    expect(list.json().tokens).toHaveLength(1);
  });

  it('acts as its account (role, operator, scope) and is recorded as token:<user>/<name>', async () => {
    const res = await bearer(token);
    expect(res.json()).toMatchObject({
      via: 'token',
      csrfToken: null,
      user: { username: 'viettel.tn', role: 'operator', operatorCode: 'viettel', scope: { code: '19' } },
    });
    const used = await env.t.db.one<{ lastUsedAt: Date | null }>(`select last_used_at as "lastUsedAt" from api_token where id = $1`, [tokenId]);
    expect(used.lastUsedAt).not.toBeNull();
    // A bearer request needs no CSRF token: revoke one's own second token with it.
    const second = (await createToken(operator, { name: 'second', expiresInDays: 1 })).json();
    const revoked = await env.app.inject({ method: 'DELETE', url: `/api/tokens/${second.info.id}`, headers: { authorization: `Bearer ${token}` } });
    expect(revoked.statusCode, revoked.body).toBe(200);
    expect(
      (await env.t.db.one<{ actor: string }>(`select actor from audit_event where action = 'token.revoke' and entity_key = $1`, [String(second.info.id)]))
        .actor,
    ).toBe('token:viettel.tn/viettel-sync');
  });

  it('refuses an unknown, a malformed, a revoked and an expired token (401 token_invalid, saying which)', async () => {
    const unknown = await bearer(`ictm_${'A'.repeat(43)}`);
    expect(unknown.statusCode).toBe(401);
    expect(unknown.json().error).toMatchObject({ code: 'token_invalid', message: 'unknown API token' });
    expect((await bearer('ictm_short')).json().error.code).toBe('token_invalid');

    const doomed = (await createToken(operator, { name: 'doomed', expiresInDays: 5 })).json();
    expect((await bearer(doomed.token)).statusCode).toBe(200);
    const rev = await operator.request({ method: 'DELETE', url: `/api/tokens/${doomed.info.id}` });
    expect(rev.json()).toMatchObject({ state: 'revoked', revokedBy: 'user:viettel.tn' });
    const refused = await bearer(doomed.token);
    expect(refused.statusCode).toBe(401);
    expect(refused.json().error).toMatchObject({
      code: 'token_invalid',
      message: 'the API token has been revoked',
      messageVi: 'mã truy cập API đã bị thu hồi',
    });
    // Kept, marked revoked.
    expect((await operator.request({ method: 'GET', url: '/api/tokens' })).json().tokens.find((t: { id: number }) => t.id === doomed.info.id).state).toBe(
      'revoked',
    );

    const old = (await createToken(operator, { name: 'old', expiresInDays: 1 })).json();
    await env.t.db.query(`update api_token set expires_at = now() - interval '1 second' where id = $1`, [old.info.id]);
    const expired = await bearer(old.token);
    expect(expired.statusCode).toBe(401);
    expect(expired.json().error.message).toBe('the API token has expired');
  });

  it('refuses the token of a disabled account', async () => {
    await addAccount(env, { username: 'vnpt.tn', role: 'operator', scope: { code: '19' }, operatorCode: 'vnpt' });
    const vnpt = await signIn(env.app, 'vnpt.tn', PASSWORD, '10.4.0.3');
    const t = (await createToken(vnpt, { name: 'vnpt', expiresInDays: 10 })).json();
    expect((await admin.request({ method: 'PATCH', url: '/api/users/vnpt.tn', payload: { active: false } })).statusCode).toBe(200);
    expect((await bearer(t.token)).json().error.message).toBe('the account of this API token is disabled');
  });

  it('limits a token’s scope to its account’s scope', async () => {
    const narrow = await createToken(operator, { name: 'one-commune', expiresInDays: 10, scope: '01840' });
    expect(narrow.statusCode, narrow.body).toBe(201);
    expect((await bearer(narrow.json().token)).json().user.username).toBe('viettel.tn');
    const hook = await env.app.inject({ method: 'GET', url: '/api/auth/session', headers: { authorization: `Bearer ${narrow.json().token}` } });
    expect(hook.statusCode).toBe(200);
    const outside = await createToken(operator, { name: 'cao-bang', expiresInDays: 10, scope: '04' });
    expect(outside.statusCode).toBe(403);
    expect(outside.json().error.code).toBe('outside_scope');
    expect((await createToken(operator, { name: 'too-long', expiresInDays: 367 })).statusCode).toBe(400);
    expect((await createToken(operator, { name: 'zero', expiresInDays: 0 })).statusCode).toBe(400);
  });

  it('lets a token not make tokens, and other accounts not revoke or list tokens they do not manage', async () => {
    const byToken = await env.app.inject({
      method: 'POST',
      url: '/api/tokens',
      headers: { authorization: `Bearer ${token}` },
      payload: { name: 'child', expiresInDays: 366 },
    });
    expect(byToken.statusCode).toBe(403);
    const reviewer = await signIn(env.app, 'cb.reviewer', PASSWORD, '10.4.0.4');
    expect((await reviewer.request({ method: 'DELETE', url: `/api/tokens/${tokenId}` })).statusCode).toBe(403);
    expect((await reviewer.request({ method: 'GET', url: '/api/tokens?user=viettel.tn' })).statusCode).toBe(403);
    expect((await bearer(token)).statusCode).toBe(200);
  });

  it('lets an administrator in scope list and revoke an account’s tokens (recorded, kept)', async () => {
    const listed = await admin.request({ method: 'GET', url: '/api/tokens?user=viettel.tn' });
    expect(listed.statusCode).toBe(200);
    expect(listed.json().tokens.map((t: { name: string }) => t.name)).toContain('viettel-sync');
    const res = await admin.request({ method: 'DELETE', url: `/api/tokens/${tokenId}` });
    expect(res.json()).toMatchObject({ state: 'revoked', revokedBy: 'user:tn.admin' });
    expect((await bearer(token)).statusCode).toBe(401);
    const ev = await env.t.db.one<{ actor: string; before: { name: string }; after: { revokedAt: string }; provinceIds: number[] }>(
      `select actor, before, after, province_ids as "provinceIds" from audit_event where action = 'token.revoke' and entity_key = $1`,
      [String(tokenId)],
    );
    expect(ev).toMatchObject({ actor: 'user:tn.admin', before: { name: 'viettel-sync' } });
    expect(ev.after.revokedAt).toBeTruthy();
    expect(ev.provinceIds).toHaveLength(1);
    expect((await env.t.db.one<{ n: number }>(`select count(*)::int as n from api_token where id = $1`, [tokenId])).n).toBe(1);
  });

  it('records token creation in the audit log without the token', async () => {
    const created = await env.t.db.query<{ after: Record<string, unknown>; actor: string }>(
      `select after, actor from audit_event where action = 'token.create' order by id`,
    );
    expect(created.length).toBeGreaterThanOrEqual(5);
    for (const e of created) {
      expect(Object.keys(e.after).sort()).toEqual(['expiresAt', 'id', 'name', 'prefix', 'scope', 'user']);
      expect(JSON.stringify(e.after)).not.toMatch(/ictm_[\w-]{20,}/);
    }
  });
});
