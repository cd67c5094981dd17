/**
 * `ictmon analytics`: the pivot (indicators × units × periods, to the terminal or as JSON/CSV/XLSX), the
 * dashboard figures of a unit and year, where one figure comes from, and the roll-up rebuild.
 */
import { createWriteStream } from 'node:fs';
import { pipeline } from 'node:stream/promises';
import { Command, Option } from 'commander';
import { PIVOT_LEVEL_NAMES, type PivotLevelName } from '../../domain/analytics/pivot-levels.ts';
import { formatNumberVi } from '../../domain/format/vi-format.ts';
import type { PivotCell, PivotResult } from '../../services/analytics/analytics-types.ts';
import { invalidInput } from '../../services/errors.ts';
import { renderRows } from '../output.ts';
import { resolveLang, withBackend, type GlobalOptions, type Lang } from '../runtime.ts';

const PIVOT_HELP = `
Figures are read from what is stored: a unit's reported value or the sum of the units below it (the
indicator says which wins), ratios recomputed from summed numerators and denominators. Units are those
in force on --at (default today): a period before a unit existed is re-based from the units it was
formed from ("quy đổi", derived) or marked "không so sánh được" where a predecessor was split.

Examples:
  ictmon analytics pivot --indicators village.mobile_broadband --level province --periods 2016..2026
  ictmon analytics pivot --indicators province.telecom_revenue --level province --periods 2024 --series both --compare
  ictmon analytics pivot --indicators commune.share_villages_mobile_broadband,commune.postal_points \\
      --level commune --parent 19 --periods 2025 --format xlsx --out thai-nguyen-2025.xlsx`;

const csvList = (v: string, prev: string[] = []) => [
  ...prev,
  ...v
    .split(',')
    .map((x) => x.trim())
    .filter((x) => x !== ''),
];

/** A number as the terminal shows it (Vietnamese: 1.463,5). */
function shown(c: PivotCell, decimals: number, lang: Lang): string {
  if (c.value === null) return c.comparable ? '' : lang === 'vi' ? 'KSSĐ' : 'n/c';
  if (typeof c.value === 'boolean') return c.value ? (lang === 'vi' ? 'có' : 'yes') : lang === 'vi' ? 'không' : 'no';
  if (typeof c.value === 'string') return c.value;
  const text = lang === 'vi' ? formatNumberVi(c.value, decimals) : c.value.toFixed(decimals);
  return c.derived ? `${text}*` : text;
}

/** The pivot as a terminal table: one row per unit and indicator, one column per period. */
export function formatPivotTable(r: PivotResult, lang: Lang): string {
  const byKey = new Map(r.cells.map((c) => [`${c.unit}|${c.indicator}|${c.period}`, c]));
  const rows = r.units.flatMap((u) => r.indicators.map((ind) => ({ u, ind })));
  const table = renderRows(
    'table',
    [
      { header: lang === 'vi' ? 'Mã' : 'Code', value: (x: (typeof rows)[number]) => x.u.code },
      { header: lang === 'vi' ? 'Đơn vị' : 'Unit', value: (x) => x.u.name },
      { header: lang === 'vi' ? 'Chỉ tiêu' : 'Indicator', value: (x) => (lang === 'vi' ? x.ind.shortVi : x.ind.name.en) },
      ...r.periods.map((p) => ({ header: p, value: (x: (typeof rows)[number]) => shown(byKey.get(`${x.u.code}|${x.ind.code}|${p}`)!, x.ind.decimals, lang) })),
    ],
    rows,
  );
  const notes = [
    lang === 'vi' ? `Đơn vị theo địa giới ngày ${r.at}.` : `Units as in force on ${r.at}.`,
    ...(r.cells.some((c) => c.derived)
      ? [lang === 'vi' ? '* số liệu quy đổi từ các đơn vị cũ hợp thành đơn vị.' : '* derived from the former units the unit was formed from.']
      : []),
    ...(r.cells.some((c) => !c.comparable)
      ? [
          lang === 'vi'
            ? 'KSSĐ: không so sánh được (đơn vị tiền thân bị chia tách, chưa có số liệu thôn).'
            : 'n/c: not comparable (a predecessor was split, no village data).',
        ]
      : []),
  ];
  return `${table}\n\n${notes.join('\n')}`;
}

/** Builds the `analytics` command. */
export function analyticsCommand(globals: () => GlobalOptions): Command {
  const cmd = new Command('analytics').description('figures rolled up, compared with plan and last year, re-based across the 2025 reorganisation');

  cmd
    .command('pivot')
    .description('indicators × units of a level × periods, each figure with its source; table, JSON, CSV or XLSX (no row cap)')
    .requiredOption('--indicators <codes>', 'indicator codes, comma-separated (ictmon values indicators lists them)', csvList)
    .addOption(new Option('--level <level>', 'the level of the units listed').choices([...PIVOT_LEVEL_NAMES]).makeOptionMandatory())
    .requiredOption('--periods <list>', 'periods, comma-separated or ranges: 2016..2026, 2024Q1..2024Q4', csvList)
    .option('--parent <code>', 'only the units under this unit')
    .option('--units <codes>', 'only these units (codes, comma-separated)', csvList)
    .option('--at <YYYY-MM-DD>', 'the units in force on this date (default today); earlier periods are re-based onto them')
    .addOption(new Option('--series <series>', 'actual figures, the plan, or both').choices(['actual', 'plan', 'both']).default('actual'))
    .option('--breakdown <part>', 'one part of a breakdown: operator=viettel, technology=4g')
    .option('--compare', 'add the same period last year (the same span for a year in progress) and the comparisons', false)
    .addOption(new Option('--format <format>', 'table (default), json, csv or xlsx').choices(['table', 'json', 'csv', 'xlsx']).default('table'))
    .option('--out <file>', 'write to this file (required for xlsx)')
    .addHelpText('after', PIVOT_HELP)
    .action(
      async (o: {
        indicators: string[];
        level: PivotLevelName;
        periods: string[];
        parent?: string;
        units?: string[];
        at?: string;
        series: 'actual' | 'plan' | 'both';
        breakdown?: string;
        compare: boolean;
        format: 'table' | 'json' | 'csv' | 'xlsx';
        out?: string;
      }) => {
        const lang = resolveLang(globals());
        if (o.format === 'xlsx' && !o.out) throw invalidInput('--format xlsx needs --out FILE', '--format xlsx cần --out TỆP');
        const request = {
          indicators: o.indicators,
          level: o.level,
          periods: o.periods,
          parent: o.parent,
          units: o.units,
          at: o.at,
          series: o.series,
          breakdown: o.breakdown,
          compare: o.compare,
        };
        await withBackend(globals(), 'ictmon analytics pivot', async (b) => {
          if (o.format === 'table') {
            const stream = await b.pivot(request, 'json', lang);
            const chunks: Buffer[] = [];
            for await (const c of stream) chunks.push(c as Buffer);
            console.log(formatPivotTable(JSON.parse(Buffer.concat(chunks).toString('utf8')) as PivotResult, lang));
            return;
          }
          const stream = await b.pivot(request, o.format, lang);
          await pipeline(stream, o.out ? createWriteStream(o.out) : process.stdout);
          if (o.out) console.error(lang === 'vi' ? `Đã ghi ${o.out}` : `Wrote ${o.out}`);
        });
      },
    );

  cmd
    .command('dashboard')
    .description('the key figures of a province, commune or village for a year: plan, last year, coverage, criterion 8')
    .requiredOption('--unit <code>', 'unit code')
    .requiredOption('--year <year>', 'the year', (v) => Number(v))
    .option('--at <YYYY-MM-DD>', 'which units the code means (default the year’s last day, or today in the current year)')
    .addOption(new Option('--format <format>', 'text or json').choices(['text', 'json']).default('text'))
    .action(async (o: { unit: string; year: number; at?: string; format: 'text' | 'json' }) => {
      const lang = resolveLang(globals());
      const d = await withBackend(globals(), 'ictmon analytics dashboard', (b) => b.dashboard({ unit: o.unit, year: o.year, at: o.at }));
      if (o.format === 'json') {
        console.log(JSON.stringify(d, null, 2));
        return;
      }
      const lines = [`${d.unit.fullName} (${d.unit.code}) — ${lang === 'vi' ? 'năm' : 'year'} ${d.year}`];
      for (const k of d.keyFigures) {
        const flags = [
          k.cell.derived ? (lang === 'vi' ? 'quy đổi' : 'derived') : '',
          k.cell.comparable ? '' : lang === 'vi' ? 'không so sánh được' : 'not comparable',
        ].filter(Boolean);
        lines.push(`  • ${k.periodLabel[lang]}: ${k.text[lang]}${flags.length ? ` [${flags.join(', ')}]` : ''}`);
      }
      if (d.coverage) lines.push(`  • ${d.coverage.text[lang]}`);
      if (d.criteria) lines.push(`  • ${d.criteria.text[lang]} (${d.criteria.setId})`);
      console.log(lines.join('\n'));
    });

  cmd
    .command('explain')
    .description('where one figure comes from: the units, lineage, periods and stored values behind it')
    .requiredOption('--unit <code>', 'unit code (in force on --at)')
    .requiredOption('--indicator <code>', 'indicator code')
    .requiredOption('--period <period>', '2024, 2024Q3, 2024M07…')
    .option('--at <YYYY-MM-DD>', 'which units the code means (default today)')
    .addOption(new Option('--series <series>', 'actual or plan').choices(['actual', 'plan']).default('actual'))
    .addOption(new Option('--format <format>', 'text or json').choices(['text', 'json']).default('text'))
    .action(async (o: { unit: string; indicator: string; period: string; at?: string; series: 'actual' | 'plan'; format: 'text' | 'json' }) => {
      const lang = resolveLang(globals());
      const e = await withBackend(globals(), 'ictmon analytics explain', (b) => b.explainFigure(o));
      if (o.format === 'json') {
        console.log(JSON.stringify(e, null, 2));
        return;
      }
      const vi = lang === 'vi';
      const c = e.cell;
      const lines = [
        `${o.unit} · ${o.indicator} · ${o.period}: ${c.value === null ? (vi ? 'chưa có số liệu' : 'no figure') : String(c.value)} (${c.source}${c.derived ? (vi ? ', quy đổi' : ', derived') : ''})`,
      ];
      if (c.note) lines.push(`  ${c.note[lang]}`);
      for (const p of e.parts) {
        lines.push(
          `  ${p.unit.fullName} (${p.unit.code}, ${vi ? 'quan sát ngày' : 'observed on'} ${p.observedOn})${p.whole ? '' : vi ? ' — một phần' : ' — part'}`,
        );
        for (const v of p.values)
          lines.push(
            `      ${v.indicator} ${v.period}${v.breakdown ? ` ${v.breakdown}` : ''} = ${String(v.value)}  [${v.fileName}, ${vi ? 'lô' : 'batch'} ${v.batchId}${v.decision ? `, ${v.decision}` : ''}]`,
          );
        if (p.below) {
          const known = p.below.cells.filter((x) => x.value !== null).length;
          lines.push(`      ${vi ? 'cấp dưới' : 'units below'}: ${known}/${p.below.cells.length} ${vi ? 'có số liệu' : 'with a figure'}`);
        }
      }
      console.log(lines.join('\n'));
    });

  cmd
    .command('rebuild')
    .description(
      "recompute the flattened hierarchy, every roll-up and the flows' sums over longer periods from stored units and values (they are kept fresh on every write; a repair tool)",
    )
    .action(async () => {
      const lang = resolveLang(globals());
      const r = await withBackend(globals(), 'ictmon analytics rebuild', (b) => b.rebuildAnalytics());
      console.log(
        lang === 'vi'
          ? `Đã tính lại: ${r.ancestorLinks} liên kết cấp trên, ${r.rollupRows} dòng tổng hợp (${r.ms.ancestors + r.ms.rollups} ms)`
          : `Rebuilt: ${r.ancestorLinks} ancestor links, ${r.rollupRows} roll-up rows (${r.ms.ancestors + r.ms.rollups} ms)`,
      );
    });
  return cmd;
}
