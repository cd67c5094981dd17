/** `ictmon audit export`: the append-only log of every recorded change, for inspectors. */
import { createWriteStream } from 'node:fs';
import { pipeline } from 'node:stream/promises';
import { Command, Option } from 'commander';
import { invalidInput } from '../../services/errors.ts';
import { resolveLang, withBackend, type GlobalOptions } from '../runtime.ts';

export function auditCommand(globals: () => GlobalOptions): Command {
  const audit = new Command('audit').description('the audit log (nhật ký): every recorded change — who, when, from where, before → after, why');
  audit
    .command('export')
    .description('write the log, oldest first, filtered by days, entity, action or actor (no row cap)')
    .option('--from <YYYY-MM-DD>', 'first day (Vietnam time, inclusive)')
    .option('--to <YYYY-MM-DD>', 'last day (inclusive)')
    .option('--entity <name>', 'only this entity (value_batch, admin_unit, criteria_overlay, boundary…)')
    .option('--action <name>', 'only this action (values.import, units.import…)')
    .option('--actor <name>', 'only this actor as recorded (http:127.0.0.1, cli…)')
    .addOption(new Option('--format <format>', 'csv (UTF-8 with BOM), xlsx or json').choices(['csv', 'xlsx', 'json']).default('csv'))
    .option('--out <file>', 'write to this file (required for xlsx; default standard output)')
    .action(async (o: { from?: string; to?: string; entity?: string; action?: string; actor?: string; format: 'csv' | 'xlsx' | 'json'; out?: string }) => {
      const lang = resolveLang(globals());
      if (o.format === 'xlsx' && !o.out) throw invalidInput('--format xlsx needs --out FILE', '--format xlsx cần --out TỆP');
      await withBackend(globals(), 'ictmon audit export', async (b) => {
        const stream = await b.auditLog({ from: o.from, to: o.to, entity: o.entity, action: o.action, actor: o.actor }, o.format, lang);
        await pipeline(stream, o.out ? createWriteStream(o.out) : process.stdout);
        if (o.out) console.error(lang === 'vi' ? `Đã ghi ${o.out}` : `Wrote ${o.out}`);
      });
    });
  return audit;
}
