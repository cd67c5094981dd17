/** `ictmon units …`: list, show, search, diff and import administrative units. */
import { readFileSync, statSync } from 'node:fs';
import { basename } from 'node:path';
import { Command, Option } from 'commander';
import { parseUserDate, todayInVietnam } from '../../domain/units/dates.ts';
import { formatDateVi } from '../../domain/format/vi-format.ts';
import { invalidInput, fileTooLarge } from '../../services/errors.ts';
import type { UnitListItem, UnitSearchHit } from '../../services/units/unit-views.ts';
import { formatUnitsDiffText, type UnitsFileKind } from '../../services/units-import/units-file-service.ts';
import { renderRows, parseFormat, type Column } from '../output.ts';
import { resolveLang, withBackend, type GlobalOptions } from '../runtime.ts';

const MAX_FILE_BYTES = 50 * 1024 * 1024;

function dateOption(value: string): string {
  const iso = parseUserDate(value);
  if (!iso) throw invalidInput(`not a date: "${value}" (use YYYY-MM-DD or dd/mm/yyyy)`, `không phải ngày: "${value}" (dùng YYYY-MM-DD hoặc dd/mm/yyyy)`);
  return iso;
}

const fmtDate = (d: string | null, exact = true) => (d ? `${exact ? '' : '≤'}${formatDateVi(d)}` : '');

const unitColumns: Column<UnitListItem>[] = [
  { header: 'code', value: (u) => u.code },
  { header: 'type', value: (u) => u.typeVi },
  { header: 'name', value: (u) => u.name },
  { header: 'parent', value: (u) => u.parentCode },
  { header: 'valid_from', value: (u) => fmtDate(u.validFrom, u.validFromExact) },
  { header: 'valid_to', value: (u) => fmtDate(u.validTo, u.validToExact) },
  { header: 'children', value: (u) => u.childCount },
];

const searchColumns: Column<UnitSearchHit>[] = [
  { header: 'code', value: (u) => u.code },
  { header: 'in_force', value: (u) => (u.inForce ? 'yes' : 'no') },
  { header: 'valid', value: (u) => `${fmtDate(u.validFrom, u.validFromExact) || '…'} – ${fmtDate(u.validTo, u.validToExact) || '…'}` },
  { header: 'unit', value: (u) => u.path },
];

function readUnitsFile(path: string): { fileName: string; bytes: Uint8Array } {
  const size = statSync(path).size;
  if (size > MAX_FILE_BYTES) throw fileTooLarge(MAX_FILE_BYTES);
  return { fileName: basename(path), bytes: readFileSync(path) };
}

/** Builds the `units` command group. */
export function unitsCommand(globals: () => GlobalOptions): Command {
  const units = new Command('units').description('administrative units with their history (đơn vị hành chính)');
  const format = () => new Option('--format <format>', 'output: table, json or csv').default('table').argParser(parseFormat);

  units
    .command('list')
    .description('list the units in force on a date (default: provinces)')
    .option('--at <date>', 'date the list is valid on (YYYY-MM-DD or dd/mm/yyyy; default: today)', dateOption)
    .addOption(new Option('--level <level>', 'unit level').choices(['province', 'district', 'commune', 'village']))
    .option('--parent <code>', 'only the units directly under this unit')
    .addOption(format())
    .action(async (o: { at?: string; level?: string; parent?: string; format: 'table' | 'json' | 'csv' }) => {
      const list = await withBackend(globals(), 'ictmon units list', (b) => b.listUnits({ at: o.at ?? todayInVietnam(), level: o.level, parent: o.parent }));
      console.log(renderRows(o.format, unitColumns, list.items, list));
    });

  units
    .command('show <code>')
    .description('show one unit on a date: its validity, parents, predecessors, successors and versions')
    .option('--at <date>', 'date (default: today)', dateOption)
    .addOption(new Option('--format <format>', 'output: text or json').choices(['text', 'json']).default('text'))
    .action(async (code: string, o: { at?: string; format: string }) => {
      const { formatUnitDetail } = await import('../unit-text.ts');
      const detail = await withBackend(globals(), 'ictmon units show', (b) => b.getUnit({ code, at: o.at ?? todayInVietnam() }));
      console.log(o.format === 'json' ? JSON.stringify(detail, null, 2) : formatUnitDetail(detail, resolveLang(globals())));
    });

  units
    .command('search <text...>')
    .description('find units by name or code, with or without diacritics ("bac kan")')
    .option('--at <date>', 'units in force on this date come first (default: today)', dateOption)
    .option('--limit <n>', 'at most this many hits', (v) => Number(v), 20)
    .addOption(format())
    .action(async (text: string[], o: { at?: string; limit: number; format: 'table' | 'json' | 'csv' }) => {
      const r = await withBackend(globals(), 'ictmon units search', (b) => b.searchUnits({ q: text.join(' '), at: o.at ?? todayInVietnam(), limit: o.limit }));
      console.log(renderRows(o.format, searchColumns, r.items, r));
    });

  const fileCommand = (name: 'diff' | 'import', description: string) =>
    units
      .command(`${name} <file>`)
      .description(description)
      .requiredOption('--effective-date <date>', "the date from which the file's list or values are in force (ngày hiệu lực)", dateOption)
      .option('--legal-basis <text>', 'the decision or resolution behind the change (căn cứ pháp lý)')
      .addOption(
        new Option(
          '--kind <kind>',
          'file kind: catalogue (đơn vị hành chính), villages (thôn), attributes (dân số, diện tích, ĐBKK, vùng, nhóm xã…); default: detected from the headers',
        ).choices(['catalogue', 'villages', 'attributes']),
      )
      .addOption(new Option('--format <format>', 'output: text or json').choices(['text', 'json']).default('text'));

  fileCommand(
    'diff',
    'show what a units file (CSV/XLSX: GSO catalogue export, village list, or unit attributes) would change, without changing anything',
  ).action(async (file: string, o: { effectiveDate: string; legalBasis?: string; kind?: UnitsFileKind; format: string }) => {
    const input = { ...readUnitsFile(file), effectiveDate: o.effectiveDate, legalBasis: o.legalBasis, kind: o.kind };
    const diff = await withBackend(globals(), 'ictmon units diff', (b) => b.diffUnitsFile(input));
    console.log(o.format === 'json' ? JSON.stringify(diff, null, 2) : formatUnitsDiffText(diff, resolveLang(globals())));
    if (diff.errors.length > 0) process.exitCode = 1;
  });

  fileCommand('import', 'apply a units file (GSO catalogue export, village list, or unit attributes): all of it or, on any error, nothing').action(
    async (file: string, o: { effectiveDate: string; legalBasis?: string; kind?: UnitsFileKind; format: string }) => {
      const input = { ...readUnitsFile(file), effectiveDate: o.effectiveDate, legalBasis: o.legalBasis, kind: o.kind };
      const result = await withBackend(globals(), 'ictmon units import', (b) => b.importUnitsFile(input));
      if (o.format === 'json') return console.log(JSON.stringify(result, null, 2));
      const vi = resolveLang(globals()) === 'vi';
      console.log(formatUnitsDiffText(result.diff, vi ? 'vi' : 'en'));
      console.log(vi ? result.messageVi : result.message);
    },
  );

  return units;
}
