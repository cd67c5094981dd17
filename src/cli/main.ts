/** The `ictmon` command line: parse arguments → call a service (locally or through the server) → print. */
import { Command, CommanderError } from 'commander';
import { DataDirLockedError } from '../db/data-dir-lock.ts';
import { MigrationHistoryError } from '../db/migrate.ts';
import { AppError } from '../services/errors.ts';
import { ICTMON_VERSION } from '../services/setup/get-meta.ts';
import { boundariesCommand } from './commands/boundaries-command.ts';
import { analyticsCommand } from './commands/analytics-command.ts';
import { auditCommand } from './commands/audit-command.ts';
import { reportCommand } from './commands/report-command.ts';
import { reviewCommand } from './commands/review-command.ts';
import { criteriaCommand } from './commands/criteria-command.ts';
import { demoCommand } from './commands/demo-command.ts';
import { serveCommand } from './commands/serve-command.ts';
import { tokensCommand } from './commands/tokens-command.ts';
import { usersCommand } from './commands/users-command.ts';
import { doctorCommand, setupCommand } from './commands/system-commands.ts';
import { unitsCommand } from './commands/units-command.ts';
import { importCommand, templateCommand, valuesCommand } from './commands/values-command.ts';
import { resolveLang, type GlobalOptions } from './runtime.ts';

/** Builds the program (exported for tests of the help texts). */
export function buildProgram(): Command {
  const program = new Command('ictmon')
    .description(
      'ictmon: số liệu bưu chính, viễn thông, CNTT và chuyển đổi số của tỉnh, xã, thôn\n' +
        'Provincial ICT monitoring for Vietnam: units with history, indicators, criteria, reports.\n\n' +
        'Data: embedded database in --data-dir (env ICTMON_DATA_DIR, default ./ictmon-data), or a PostgreSQL\n' +
        'server when DATABASE_URL=postgres://… is set. While `ictmon serve` runs on a data directory, other\n' +
        'commands on that directory go through its API.\n' +
        'ICTMON_SERVER=https://… with ICTMON_TOKEN=ictm_… (an API token) sends every command to that server as the token’s account.',
    )
    .version(ICTMON_VERSION)
    .option('--data-dir <dir>', 'embedded database directory (env ICTMON_DATA_DIR; default ./ictmon-data)')
    .option('--lang <lang>', 'language of messages: vi or en (env ICTMON_LANG; default vi)')
    .showHelpAfterError()
    .exitOverride();
  const globals = () => program.opts<GlobalOptions>();
  for (const cmd of [
    serveCommand(globals),
    unitsCommand(globals),
    boundariesCommand(globals),
    importCommand(globals),
    templateCommand(globals),
    valuesCommand(globals),
    criteriaCommand(globals),
    analyticsCommand(globals),
    auditCommand(globals),
    reviewCommand(globals),
    reportCommand(globals),
    setupCommand(globals),
    doctorCommand(globals),
    demoCommand(globals),
    usersCommand(globals),
    tokensCommand(globals),
  ]) {
    program.addCommand(cmd);
  }
  // Every level throws instead of exiting, so runCli returns the exit code (criteria overlay set is three deep).
  const override = (cmd: Command): void => {
    cmd.exitOverride();
    cmd.commands.forEach(override);
  };
  program.commands.forEach(override);
  return program;
}

/** Runs the CLI; returns the exit code. Errors are one clear line on stderr. */
export async function runCli(argv: string[]): Promise<number> {
  const program = buildProgram();
  try {
    await program.parseAsync(argv);
    return typeof process.exitCode === 'number' ? process.exitCode : 0;
  } catch (err) {
    if (err instanceof CommanderError) return err.exitCode === 0 ? 0 : 2;
    const vi = resolveLang(program.opts<GlobalOptions>()) === 'vi';
    console.error(`ictmon: ${describeError(err, vi)}`);
    return 1;
  }
}

function describeError(err: unknown, vi: boolean): string {
  if (err instanceof AppError) {
    const head = vi ? err.messageVi : err.message;
    const details = err.details
      .slice(0, 20)
      .map(
        (d) =>
          `\n  ${d.row !== undefined ? `${vi ? 'dòng' : 'row'} ${d.row}: ` : ''}${d.field ? `${d.field}: ` : ''}${vi ? (d.messageVi ?? d.message) : d.message}`,
      );
    const more = err.details.length > 20 ? `\n  … ${err.details.length - 20} more` : '';
    return head + details.join('') + more;
  }
  if (err instanceof DataDirLockedError) {
    const h = err.holder;
    return vi
      ? `thư mục dữ liệu ${err.dataDir} đang được dùng bởi "${h.command}" (pid ${h.pid} trên ${h.host}, từ ${h.startedAt}); hãy dừng tiến trình đó, hoặc chạy lệnh khi \`ictmon serve\` đang chạy để lệnh đi qua API của nó`
      : err.message;
  }
  if (err instanceof MigrationHistoryError) return err.message;
  return err instanceof Error ? err.message : String(err);
}
