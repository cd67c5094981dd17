/**
 * `ictmon users …`: accounts, as the installation itself (locally, or through the server that owns the
 * data directory with its owner key) or as the account of ICTMON_TOKEN on ICTMON_SERVER. Passwords are
 * read from standard input (--password-stdin) or typed without echo, never from an argument.
 */
import { Command, Option } from 'commander';
import { createAccount, listAccounts, updateAccount, type AccountChanges, type CreateAccountInput } from '../../services/auth/accounts.ts';
import type { AccountView } from '../../services/auth/account-views.ts';
import { setAccountPassword, unlockAccount } from '../../services/auth/passwords.ts';
import { ROLES } from '../../domain/access/roles.ts';
import { invalidInput } from '../../services/errors.ts';
import { renderRows, parseFormat, type Column } from '../output.ts';
import { callServer, resolveLang, withTarget, type CommandTarget, type GlobalOptions, type Lang } from '../runtime.ts';

/** The account operations, on the services in this process or through a server's API. */
interface AccountsClient {
  create(input: CreateAccountInput): Promise<AccountView>;
  list(): Promise<AccountView[]>;
  update(username: string, changes: AccountChanges): Promise<AccountView>;
  setPassword(username: string, password: string): Promise<AccountView>;
  unlock(username: string): Promise<AccountView>;
}

const scopeBody = (s: AccountChanges['scope']) => (s === undefined ? {} : s === null ? { scope: null } : { scope: s.code, ...(s.at ? { scopeAt: s.at } : {}) });

function accountsClient(t: CommandTarget): AccountsClient {
  if (t.kind === 'local') {
    return {
      create: (i) => createAccount(t.ctx, i),
      list: () => listAccounts(t.ctx),
      update: (u, c) => updateAccount(t.ctx, u, c),
      setPassword: (u, p) => setAccountPassword(t.ctx, u, p),
      unlock: (u) => unlockAccount(t.ctx, u),
    };
  }
  const user = (u: string) => `/api/users/${encodeURIComponent(u)}`;
  return {
    create: ({ scope, ...rest }) => callServer(t.server, 'POST', '/api/users', { ...rest, ...scopeBody(scope) }),
    list: async () => (await callServer<{ accounts: AccountView[] }>(t.server, 'GET', '/api/users')).accounts,
    update: (u, { scope, ...rest }) => callServer(t.server, 'PATCH', user(u), { ...rest, ...scopeBody(scope) }),
    setPassword: (u, password) => callServer(t.server, 'POST', `${user(u)}/password`, { password }),
    unlock: (u) => callServer(t.server, 'POST', `${user(u)}/unlock`, {}),
  };
}

async function readStdin(): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of process.stdin) chunks.push(Buffer.isBuffer(chunk) ? chunk : Buffer.from(String(chunk)));
  return Buffer.concat(chunks).toString('utf8');
}

/** Reads one line from the terminal without echoing it. */
function promptHidden(question: string): Promise<string> {
  const stdin = process.stdin;
  process.stderr.write(question);
  stdin.setRawMode(true);
  stdin.resume();
  stdin.setEncoding('utf8');
  return new Promise((resolve, reject) => {
    let value = '';
    const finish = () => {
      stdin.off('data', onData);
      stdin.setRawMode(false);
      stdin.pause();
      process.stderr.write('\n');
    };
    const onData = (chunk: string) => {
      for (const ch of chunk) {
        if (ch === '\r' || ch === '\n') return (finish(), resolve(value));
        if (ch === '\u0003' || ch === '\u0004') return (finish(), reject(invalidInput('cancelled', 'đã huỷ')));
        if (ch === '\u007f' || ch === '\b') value = [...value].slice(0, -1).join('');
        else value += ch;
      }
    };
    stdin.on('data', onData);
  });
}

/** A new password: all of standard input (one final newline dropped) with --password-stdin, else typed twice on a terminal. */
export async function readNewPassword(fromStdin: boolean, lang: Lang): Promise<string> {
  const vi = lang === 'vi';
  if (fromStdin) return (await readStdin()).replace(/\r?\n$/, '');
  if (!process.stdin.isTTY) {
    throw invalidInput(
      'give the password on standard input with --password-stdin (never as an argument)',
      'hãy đưa mật khẩu qua đầu vào chuẩn với --password-stdin (không bao giờ qua tham số)',
    );
  }
  const first = await promptHidden(vi ? 'Mật khẩu mới (ít nhất 12 ký tự): ' : 'New password (at least 12 characters): ');
  const again = await promptHidden(vi ? 'Nhập lại mật khẩu: ' : 'Repeat the password: ');
  if (first !== again) throw invalidInput('the two passwords differ', 'hai lần nhập mật khẩu không giống nhau');
  return first;
}

const columns: Column<AccountView>[] = [
  { header: 'username', value: (a) => a.username },
  { header: 'name', value: (a) => a.displayName },
  { header: 'role', value: (a) => a.role },
  { header: 'scope', value: (a) => (a.scope ? `${a.scope.code} ${a.scope.name}` : 'toàn quốc') },
  { header: 'operator', value: (a) => a.operatorCode },
  { header: 'active', value: (a) => (a.active ? 'yes' : 'no') },
  { header: 'locked_until', value: (a) => a.lockedUntil },
];

function describe(a: AccountView, lang: Lang): string {
  const scope = a.scope ? `${a.scope.code} ${a.scope.fullName}` : lang === 'vi' ? 'toàn quốc' : 'the whole country';
  const role = lang === 'vi' ? a.roleVi : a.roleEn;
  const state = a.active
    ? a.locked
      ? lang === 'vi'
        ? `bị khoá đến ${a.lockedUntil}`
        : `locked until ${a.lockedUntil}`
      : ''
    : lang === 'vi'
      ? 'đã vô hiệu hoá'
      : 'disabled';
  return `${a.username} (${a.displayName}): ${role}, ${scope}${a.operatorCode ? `, ${a.operatorCode}` : ''}${state ? `, ${state}` : ''}`;
}

/** Builds the `users` command group. */
export function usersCommand(globals: () => GlobalOptions): Command {
  const users = new Command('users').description('accounts (tài khoản): add, list, change, disable, unlock, set passwords');
  const run = <T>(name: string, fn: (c: AccountsClient) => Promise<T>) => withTarget(globals(), `ictmon users ${name}`, (t) => fn(accountsClient(t)));
  const lang = () => resolveLang(globals());
  const print = (a: AccountView) => console.log(describe(a, lang()));

  users
    .command('add')
    .description('create an account; the password comes from standard input (--password-stdin) or is typed without echo')
    .requiredOption('--username <name>', 'login name: 3–64 of a–z 0–9 . _ -')
    .requiredOption('--name <text>', 'display name (họ tên)')
    .addOption(new Option('--role <role>', 'role').choices([...ROLES]).makeOptionMandatory())
    .option('--scope <code>', 'unit code of the scope: a province, or a commune for officers (default: the whole country)')
    .option('--scope-at <date>', 'date whose version of the unit is meant (default: today)')
    .option('--operator <code>', 'operators: vnpt, viettel, mobifone, vietnamobile, fpt, vietnam_post, viettel_post, other')
    .option('--password-stdin', 'read the password from standard input', false)
    .option('--without-password', 'no password: the account cannot sign in until one is set (API tokens only)', false)
    .action(
      async (o: {
        username: string;
        name: string;
        role: string;
        scope?: string;
        scopeAt?: string;
        operator?: string;
        passwordStdin: boolean;
        withoutPassword: boolean;
      }) => {
        const password = o.withoutPassword ? null : await readNewPassword(o.passwordStdin, lang());
        const scope = o.scope ? { code: o.scope, at: o.scopeAt } : null;
        print(
          await run('add', (c) => c.create({ username: o.username, displayName: o.name, role: o.role, scope, operatorCode: o.operator ?? null, password })),
        );
      },
    );

  users
    .command('list')
    .description('the accounts, by username')
    .option('--format <format>', 'output: table, json or csv', parseFormat, 'table')
    .action(async (o: { format: 'table' | 'json' | 'csv' }) => {
      const list = await run('list', (c) => c.list());
      console.log(renderRows(o.format, columns, list));
    });

  users
    .command('set')
    .description("change an account's display name, role, scope or operator")
    .argument('<username>')
    .option('--name <text>', 'display name')
    .addOption(new Option('--role <role>', 'role').choices([...ROLES]))
    .option('--scope <code>', 'unit code of the new scope')
    .option('--scope-at <date>', 'date whose version of the unit is meant (default: today)')
    .option('--national', 'the whole country as scope', false)
    .option('--operator <code>', 'operator code (operators)')
    .option('--reason <text>', 'why (recorded in the audit log)')
    .action(
      async (
        username: string,
        o: { name?: string; role?: string; scope?: string; scopeAt?: string; national: boolean; operator?: string; reason?: string },
      ) => {
        if (o.national && o.scope) throw invalidInput('give --scope or --national, not both', 'chỉ dùng một trong --scope và --national');
        const scope = o.national ? null : o.scope ? { code: o.scope, at: o.scopeAt } : undefined;
        print(await run('set', (c) => c.update(username, { displayName: o.name, role: o.role, scope, operatorCode: o.operator, reason: o.reason })));
      },
    );

  for (const [name, active, help] of [
    ['disable', false, 'disable an account: it can no longer sign in, its sessions end and its tokens stop working'],
    ['enable', true, 'enable a disabled account again'],
  ] as const) {
    users
      .command(name)
      .description(help)
      .argument('<username>')
      .option('--reason <text>', 'why (recorded in the audit log)')
      .action(async (username: string, o: { reason?: string }) => print(await run(name, (c) => c.update(username, { active, reason: o.reason }))));
  }

  users
    .command('unlock')
    .description('lift the lock-out after repeated failed sign-ins')
    .argument('<username>')
    .action(async (username: string) => print(await run('unlock', (c) => c.unlock(username))));

  users
    .command('password')
    .description("set an account's password (from standard input with --password-stdin, or typed without echo); its sessions end")
    .argument('<username>')
    .option('--password-stdin', 'read the password from standard input', false)
    .action(async (username: string, o: { passwordStdin: boolean }) => {
      const password = await readNewPassword(o.passwordStdin, lang());
      print(await run('password', (c) => c.setPassword(username, password)));
    });

  return users;
}
