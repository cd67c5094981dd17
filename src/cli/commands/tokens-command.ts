/** `ictmon tokens …`: API tokens for operators' systems and the CLI against a server (create shows the token once). */
import { Command } from 'commander';
import { createApiToken, listApiTokens, revokeApiToken, type CreatedToken, type CreateTokenInput } from '../../services/auth/api-tokens.ts';
import type { TokenView } from '../../services/auth/account-views.ts';
import { invalidInput } from '../../services/errors.ts';
import { renderRows, parseFormat, type Column } from '../output.ts';
import { callServer, resolveLang, withTarget, type CommandTarget, type GlobalOptions } from '../runtime.ts';

interface TokensClient {
  create(input: CreateTokenInput): Promise<CreatedToken>;
  list(user: string | undefined): Promise<TokenView[]>;
  revoke(id: number): Promise<TokenView>;
}

function tokensClient(t: CommandTarget): TokensClient {
  if (t.kind === 'local') {
    return {
      create: (i) => createApiToken(t.ctx, i),
      list: (user) => listApiTokens(t.ctx, { user }),
      revoke: (id) => revokeApiToken(t.ctx, id),
    };
  }
  return {
    create: ({ scope, ...rest }) =>
      callServer(t.server, 'POST', '/api/tokens', { ...rest, ...(scope ? { scope: scope.code, ...(scope.at ? { scopeAt: scope.at } : {}) } : {}) }),
    list: async (user) => (await callServer<{ tokens: TokenView[] }>(t.server, 'GET', `/api/tokens${user ? `?user=${encodeURIComponent(user)}` : ''}`)).tokens,
    revoke: (id) => callServer(t.server, 'DELETE', `/api/tokens/${id}`),
  };
}

const columns: Column<TokenView>[] = [
  { header: 'id', value: (t) => t.id },
  { header: 'user', value: (t) => t.username },
  { header: 'name', value: (t) => t.name },
  { header: 'prefix', value: (t) => `${t.prefix}…` },
  { header: 'scope', value: (t) => t.scope?.code ?? '' },
  { header: 'state', value: (t) => t.state },
  { header: 'expires', value: (t) => t.expiresAt },
  { header: 'last_used', value: (t) => t.lastUsedAt },
];

function wholeNumber(value: string): number {
  const n = Number(value);
  if (!Number.isInteger(n)) throw invalidInput(`not a whole number: "${value}"`, `không phải số nguyên: "${value}"`);
  return n;
}

/** Builds the `tokens` command group. */
export function tokensCommand(globals: () => GlobalOptions): Command {
  const tokens = new Command('tokens').description('API tokens (mã truy cập): create (shown once), list, revoke');
  const run = <T>(name: string, fn: (c: TokensClient) => Promise<T>) => withTarget(globals(), `ictmon tokens ${name}`, (t) => fn(tokensClient(t)));

  tokens
    .command('create')
    .description('create a token for an account; it is printed once and cannot be shown again')
    .option('--user <username>', 'the account the token acts as (required when acting as the installation)')
    .requiredOption('--name <text>', 'what the token is for, e.g. "viettel-sync"')
    .option('--days <n>', 'days until it expires (1–366)', wholeNumber, 90)
    .option('--scope <code>', 'a unit within the account’s scope (default: the account’s scope)')
    .option('--scope-at <date>', 'date whose version of the unit is meant (default: today)')
    .action(async (o: { user?: string; name: string; days: number; scope?: string; scopeAt?: string }) => {
      const vi = resolveLang(globals()) === 'vi';
      const created = await run('create', (c) =>
        c.create({ name: o.name, expiresInDays: o.days, user: o.user, scope: o.scope ? { code: o.scope, at: o.scopeAt } : null }),
      );
      console.log(created.token);
      console.error(
        vi
          ? `Mã truy cập #${created.info.id} "${created.info.name}" của ${created.info.username}, hết hạn ${created.info.expiresAt}. Hãy lưu ngay: mã này không được hiển thị lại.`
          : `Token #${created.info.id} "${created.info.name}" of ${created.info.username}, expires ${created.info.expiresAt}. Keep it now: it is not shown again.`,
      );
    });

  tokens
    .command('list')
    .description('the tokens (never the tokens themselves: their first 12 characters)')
    .option('--user <username>', 'only this account’s tokens')
    .option('--format <format>', 'output: table, json or csv', parseFormat, 'table')
    .action(async (o: { user?: string; format: 'table' | 'json' | 'csv' }) => {
      const list = await run('list', (c) => c.list(o.user));
      console.log(renderRows(o.format, columns, list));
    });

  tokens
    .command('revoke')
    .description('revoke a token: it stops working at once and stays listed as revoked')
    .argument('<id>', 'the token number (see tokens list)', wholeNumber)
    .action(async (id: number) => {
      const t = await run('revoke', (c) => c.revoke(id));
      console.log(`#${t.id} ${t.username}/${t.name}: ${t.state}${t.revokedAt ? ` ${t.revokedAt}` : ''}`);
    });

  return tokens;
}
