/** Accounts and API tokens (issue #6): administrators manage accounts in their scope; everyone their own password and tokens. */
import { Type, type FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { createApiToken, listApiTokens, revokeApiToken, type CreatedToken } from '../../services/auth/api-tokens.ts';
import { createAccount, listAccounts, updateAccount } from '../../services/auth/accounts.ts';
import { changeOwnPassword, setAccountPassword, unlockAccount } from '../../services/auth/passwords.ts';
import {
  AccountSchema,
  CreateAccountBody,
  CreatedTokenSchema,
  CreateTokenBody,
  OwnPasswordBody,
  SetPasswordBody,
  SMALL_BODY,
  TokenSchema,
  UpdateAccountBody,
  UsernameParams,
} from '../auth/account-schemas.ts';
import { sessionSecretOf } from '../auth/session-cookie.ts';
import type { RouteDeps } from './unit-routes.ts';

const errorRef = { $ref: 'Error#' } as unknown as ReturnType<typeof Type.Unknown>;
const refusals = { 400: errorRef, 401: errorRef, 403: errorRef, 404: errorRef, 409: errorRef };

/** The one answer that carries a token: its creation. */
function presentCreatedToken(t: CreatedToken) {
  return { token: t.token, info: t.info };
}

const scopeOf = (code: string | null | undefined, at: string | undefined) => (code === undefined ? undefined : code === null ? null : { code, at });

/** Registers /api/users, /api/me/password and /api/tokens. */
export const accountRoutes: FastifyPluginAsyncTypebox<RouteDeps> = async (app, deps) => {
  app.get(
    '/api/users',
    {
      schema: {
        tags: ['accounts'],
        summary: 'Accounts within your scope (administrators)',
        response: { 200: Type.Object({ accounts: Type.Array(AccountSchema) }), ...refusals },
      },
    },
    async (req) => ({ accounts: await listAccounts(deps.context(req)) }),
  );

  app.post(
    '/api/users',
    {
      bodyLimit: SMALL_BODY,
      schema: {
        tags: ['accounts'],
        summary: 'Create an account within your scope (administrators)',
        description:
          'officer: scope = a commune; reviewer, admin, inspector, operator: a province or none (the whole country, national administrators only). operator needs operatorCode (vnpt, viettel, mobifone, …). Without password the account cannot sign in until one is set.',
        body: CreateAccountBody,
        response: { 201: AccountSchema, ...refusals },
      },
    },
    async (req, reply) => {
      const { scope, scopeAt, ...rest } = req.body;
      const account = await createAccount(deps.context(req), { ...rest, scope: scopeOf(scope, scopeAt) });
      return reply.status(201).send(account);
    },
  );

  app.patch(
    '/api/users/:username',
    {
      bodyLimit: SMALL_BODY,
      schema: {
        tags: ['accounts'],
        summary: "Change an account's name, role, scope, operator, or disable/enable it (administrators, within scope)",
        params: UsernameParams,
        body: UpdateAccountBody,
        response: { 200: AccountSchema, ...refusals },
      },
    },
    (req) => {
      const { scope, scopeAt, ...rest } = req.body;
      return updateAccount(deps.context(req), req.params.username, { ...rest, scope: scopeOf(scope, scopeAt) });
    },
  );

  app.post(
    '/api/users/:username/password',
    {
      bodyLimit: SMALL_BODY,
      schema: {
        tags: ['accounts'],
        summary: "Set another account's password (administrators, within scope); its sessions end",
        params: UsernameParams,
        body: SetPasswordBody,
        response: { 200: AccountSchema, ...refusals },
      },
    },
    (req) => setAccountPassword(deps.context(req), req.params.username, req.body.password),
  );

  app.post(
    '/api/users/:username/unlock',
    {
      bodyLimit: SMALL_BODY,
      schema: {
        tags: ['accounts'],
        summary: 'Lift a lock-out after failed sign-ins (administrators, within scope)',
        params: UsernameParams,
        response: { 200: AccountSchema, ...refusals },
      },
    },
    (req) => unlockAccount(deps.context(req), req.params.username),
  );

  app.post(
    '/api/me/password',
    {
      bodyLimit: SMALL_BODY,
      schema: {
        tags: ['accounts'],
        summary: 'Change your own password, giving the current one; your other sessions end',
        body: OwnPasswordBody,
        response: { 200: AccountSchema, ...refusals },
      },
    },
    (req) => changeOwnPassword(deps.context(req), { ...req.body, sessionSecret: sessionSecretOf(req) }),
  );

  app.post(
    '/api/tokens',
    {
      bodyLimit: SMALL_BODY,
      schema: {
        tags: ['accounts'],
        summary: 'Create an API token (shown once in this answer, never again)',
        description:
          'Use it as `Authorization: Bearer ictm_…`. It acts as its account, within `scope` (a unit code inside the account’s scope) or the account’s scope, until it expires or is revoked.',
        body: CreateTokenBody,
        response: { 201: CreatedTokenSchema, ...refusals },
      },
    },
    async (req, reply) => {
      const { scope, scopeAt, ...rest } = req.body;
      const created = await createApiToken(deps.context(req), { ...rest, scope: scopeOf(scope, scopeAt) });
      return reply.status(201).header('cache-control', 'no-store').send(presentCreatedToken(created));
    },
  );

  app.get(
    '/api/tokens',
    {
      schema: {
        tags: ['accounts'],
        summary: 'Your API tokens (administrators: ?user= an account in scope)',
        querystring: Type.Object({ user: Type.Optional(Type.String({ maxLength: 200 })) }),
        response: { 200: Type.Object({ tokens: Type.Array(TokenSchema) }), ...refusals },
      },
    },
    async (req) => ({ tokens: await listApiTokens(deps.context(req), { user: req.query.user }) }),
  );

  app.delete(
    '/api/tokens/:id',
    {
      schema: {
        tags: ['accounts'],
        summary: 'Revoke an API token (its owner, or an administrator in scope); it is kept, marked revoked',
        params: Type.Object({ id: Type.Integer({ minimum: 1 }) }),
        response: { 200: TokenSchema, ...refusals },
      },
    },
    (req) => revokeApiToken(deps.context(req), req.params.id),
  );
};
