/** What the authentication tests share: an app on a private database, accounts made as the installation, signed-in browsers. */
import type { FastifyInstance, InjectOptions, LightMyRequestResponse } from 'fastify';
import { buildApp } from '../../src/http/server.ts';
import { createAccount, type CreateAccountInput } from '../../src/services/auth/accounts.ts';
import type { ServiceContext } from '../../src/services/context.ts';
import { openTestDatabase, type TestDatabase } from '../support/test-db.ts';

export const PASSWORD = 'Mật khẩu thử nghiệm 2026';

export interface AuthTestEnv {
  t: TestDatabase;
  app: FastifyInstance;
  /** The installation itself (no principal), as the local CLI. */
  system: ServiceContext;
  close(): Promise<void>;
}

/** A private database and an app on it (no owner key unless given). */
export async function openAuthEnv(ownerKey?: string): Promise<AuthTestEnv> {
  const t = await openTestDatabase();
  const app = await buildApp({ db: t.db, webDir: '/nonexistent', ...(ownerKey ? { ownerKey } : {}) });
  return {
    t,
    app,
    system: { db: t.db, actor: 'test:setup' },
    async close() {
      await app.close();
      await t.dispose();
    },
  };
}

/** Creates an account as the installation, with PASSWORD unless told otherwise. */
export function addAccount(env: AuthTestEnv, input: Partial<CreateAccountInput> & { username: string; role: string }) {
  return createAccount(env.system, { displayName: input.username, password: PASSWORD, ...input });
}

/** A browser signed in as `username`: sends its cookie, and its CSRF token on changes unless told not to. */
export interface Browser {
  cookie: string;
  csrfToken: string;
  request(opts: InjectOptions & { withCsrf?: boolean }): Promise<LightMyRequestResponse>;
}

/** The value of `name` in a response's Set-Cookie headers. */
export function cookieValue(res: LightMyRequestResponse, name: string): string | undefined {
  return res.cookies.find((c) => c.name === name)?.value;
}

/** Signs in through the API (from its own address, so that rate limits of other tests do not interfere). */
export async function signIn(app: FastifyInstance, username: string, password = PASSWORD, remoteAddress = '10.0.0.1'): Promise<Browser> {
  const res = await app.inject({ method: 'POST', url: '/api/auth/login', payload: { username, password }, remoteAddress });
  if (res.statusCode !== 200) throw new Error(`sign-in of ${username} failed: ${res.statusCode} ${res.body}`);
  const cookie = cookieValue(res, 'ictmon_session')!;
  const csrfToken = (res.json() as { csrfToken: string }).csrfToken;
  return {
    cookie,
    csrfToken,
    request: ({ withCsrf = true, headers, ...opts }) =>
      app.inject({
        remoteAddress,
        ...opts,
        headers: { ...headers, ...(withCsrf ? { 'x-csrf-token': csrfToken } : {}) },
        cookies: { ictmon_session: cookie },
      }),
  };
}
