/**
 * `ictmon review …`: the review workflow from the command line (issue #6) — the queue, one submission,
 * submit / approve / return / reopen (one or many, all or nothing), what is due, closing periods and the
 * deadlines. Locally it acts as the installation; through a server (ICTMON_SERVER + ICTMON_TOKEN) as the
 * token's account, with its role and scope.
 */
import { Command } from 'commander';
import type { SubmissionState } from '../../services/review/present-submission.ts';
import type { SubmissionRef } from '../../services/review/resolve-submissions.ts';
import type { Transition } from '../../services/review/submissions.ts';
import { invalidInput } from '../../services/errors.ts';
import { parseFormat, renderRows, type Column, type OutputFormat } from '../output.ts';
import { resolveLang, withBackend, type GlobalOptions } from '../runtime.ts';
import type { QueueItem } from '../../services/review/review-queue.ts';
import type { DueRow } from '../../services/review/due-list.ts';

const STATE_VI: Record<string, string> = { draft: 'đang nhập', submitted: 'chờ duyệt', approved: 'đã duyệt', returned: 'bị trả lại', missing: 'chưa nộp' };

const queueColumns = (lang: 'vi' | 'en'): Column<QueueItem>[] => [
  { header: 'id', value: (r) => r.id },
  { header: lang === 'vi' ? 'Đơn vị' : 'Unit', value: (r) => `${r.unit.code} ${r.unit.name}` },
  { header: lang === 'vi' ? 'Kỳ' : 'Period', value: (r) => r.period },
  { header: lang === 'vi' ? 'Nguồn' : 'Party', value: (r) => r.party },
  { header: lang === 'vi' ? 'Trạng thái' : 'State', value: (r) => (lang === 'vi' ? STATE_VI[r.state] : r.state) },
  { header: lang === 'vi' ? 'Số liệu' : 'Values', value: (r) => r.values },
  { header: lang === 'vi' ? 'Mới' : 'New', value: (r) => r.newValues },
  { header: lang === 'vi' ? 'Sửa' : 'Changed', value: (r) => r.changedValues },
  { header: lang === 'vi' ? 'Bất thường' : 'Outliers', value: (r) => r.outliers },
  { header: lang === 'vi' ? 'Lý do' : 'Reason', value: (r) => r.reason ?? '' },
];

const dueColumns = (lang: 'vi' | 'en'): Column<DueRow>[] => [
  { header: lang === 'vi' ? 'Đơn vị' : 'Unit', value: (r) => `${r.unit.code} ${r.unit.name}` },
  { header: lang === 'vi' ? 'Kỳ' : 'Period', value: (r) => r.period },
  { header: lang === 'vi' ? 'Hạn nộp' : 'Deadline', value: (r) => r.deadline },
  { header: lang === 'vi' ? 'Trạng thái' : 'State', value: (r) => (lang === 'vi' ? STATE_VI[r.state] : r.state) },
  { header: lang === 'vi' ? 'Trễ hạn' : 'Late', value: (r) => (r.late ? (lang === 'vi' ? 'trễ' : 'late') : '') },
];

/** The submissions a move names: ids as arguments, or --unit with --period (and --party). */
function readRefs(ids: string[], o: { unit?: string; period?: string; party?: string }): SubmissionRef[] {
  const refs: SubmissionRef[] = [];
  for (const id of ids) {
    if (!/^\d+$/.test(id))
      throw invalidInput(`not a submission id: ${id}`, `không phải mã bộ số liệu: ${id}`, [{ field: 'id', value: id, message: 'a number' }]);
    refs.push({ id: Number(id) });
  }
  if (o.unit || o.period) {
    if (!o.unit || !o.period)
      throw invalidInput('--unit and --period go together', '--unit và --period phải đi cùng nhau', [
        { field: o.unit ? 'period' : 'unit', message: 'required' },
      ]);
    refs.push({ unit: o.unit, period: o.period, ...(o.party ? { party: o.party } : {}) });
  }
  if (refs.length === 0)
    throw invalidInput('name submissions: ids, or --unit CODE --period P', 'cần chỉ rõ bộ số liệu: mã, hoặc --unit MÃ --period KỲ', [
      { field: 'id', message: 'required' },
    ]);
  return refs;
}

export function reviewCommand(globals: () => GlobalOptions): Command {
  const review = new Command('review').description(
    'review workflow (thẩm định): queue, submit, approve, return with a reason, reopen, what is due, closing periods',
  );

  review
    .command('queue')
    .description('submissions waiting for review in your scope, with what changed and outliers against previous periods')
    .option('--state <states>', 'comma-separated: draft, submitted, approved, returned (default submitted)')
    .option('--period <period>', 'only this period (2026Q3, 2026…)')
    .option('--unit <code>', 'only this unit and the units under it')
    .option('--limit <n>', 'at most this many (≤ 200)', (v) => Number(v), 50)
    .option('--format <format>', 'output: table, json or csv', parseFormat, 'table')
    .action(async (o: { state?: string; period?: string; unit?: string; limit: number; format: OutputFormat }) => {
      const lang = resolveLang(globals());
      await withBackend(globals(), 'ictmon review queue', async (b) => {
        const page = await b.reviewQueue({
          states: o.state?.split(',').map((s) => s.trim() as SubmissionState),
          period: o.period,
          unit: o.unit,
          limit: o.limit,
        });
        console.log(renderRows(o.format, queueColumns(lang), page.items, page));
        if (o.format === 'table')
          console.log(lang === 'vi' ? `${page.items.length}/${page.total} bộ số liệu` : `${page.items.length} of ${page.total} submissions`);
      });
    });

  review
    .command('show')
    .description('one submission: its values (with the value each replaced and outliers) and the moves it went through')
    .argument('<id>', 'submission id')
    .option('--format <format>', 'output: table or json', parseFormat, 'table')
    .action(async (id: string, o: { format: OutputFormat }) => {
      const lang = resolveLang(globals());
      await withBackend(globals(), 'ictmon review show', async (b) => {
        const d = await b.submissionDetail(Number(id));
        if (o.format === 'json') return console.log(JSON.stringify(d, null, 2));
        console.log(
          `${d.submission.unit.code} ${d.submission.unit.name} — ${d.submission.period} — ${lang === 'vi' ? STATE_VI[d.submission.state] : d.submission.state}`,
        );
        console.log(
          renderRows(
            o.format,
            [
              { header: lang === 'vi' ? 'Đơn vị' : 'Unit', value: (v: (typeof d.values)[number]) => v.unit.code },
              { header: lang === 'vi' ? 'Chỉ tiêu' : 'Indicator', value: (v) => v.indicator.code },
              { header: lang === 'vi' ? 'Phân tổ' : 'Breakdown', value: (v) => v.breakdown },
              { header: lang === 'vi' ? 'Giá trị' : 'Value', value: (v) => String(v.value) },
              { header: lang === 'vi' ? 'Trước đó' : 'Replaced', value: (v) => (v.replaced ? String(v.previous) : '') },
              { header: lang === 'vi' ? 'Bất thường' : 'Outlier', value: (v) => (v.outlier ? `${v.outlier.method} ${v.outlier.score}` : '') },
            ],
            d.values,
          ),
        );
        for (const e of d.events) console.log(`${e.at}  ${e.actor}  ${e.from ?? ''} → ${e.to ?? ''}${e.reason ? `  «${e.reason}»` : ''}`);
      });
    });

  const moves: Array<{ name: Transition; description: string; reason: 'required' | 'optional' }> = [
    { name: 'submit', description: 'submit entered figures for review (draft or returned → submitted)', reason: 'optional' },
    { name: 'approve', description: 'approve submitted figures: they are counted and locked (several at once: all or nothing)', reason: 'optional' },
    { name: 'return', description: 'return submitted figures to the commune, with a reason', reason: 'required' },
    { name: 'reopen', description: 'reopen approved figures for a correction, with a reason (the province)', reason: 'required' },
  ];
  for (const m of moves) {
    review
      .command(m.name)
      .description(m.description)
      .argument('[ids...]', 'submission ids (from `ictmon review queue`)')
      .option('--unit <code>', 'or: the unit…')
      .option('--period <period>', '…and the period')
      .option('--party <operator>', '…of an operator’s figures (vnpt, viettel…)')
      .option('--reason <text>', m.reason === 'required' ? 'why (required)' : 'a note')
      .action(async (ids: string[], o: { unit?: string; period?: string; party?: string; reason?: string }) => {
        const lang = resolveLang(globals());
        const refs = readRefs(ids, o);
        await withBackend(globals(), `ictmon review ${m.name}`, async (b) => {
          const r = await b.moveSubmissions(m.name, refs, o.reason);
          for (const s of r.moved)
            console.log(`${s.id}  ${s.unit.code} ${s.unit.name}  ${s.period}${s.party ? ` ${s.party}` : ''}  → ${lang === 'vi' ? STATE_VI[s.state] : s.state}`);
        });
      });
  }

  review
    .command('due')
    .description('what is due: the reports each commune owes for ended periods, missing or late (deadlines: `ictmon review deadlines`)')
    .option('--unit <code>', 'a commune, or a province (its communes); default your scope')
    .option('--as-of <date>', 'YYYY-MM-DD (default today)')
    .option('--all', 'also list what is submitted and approved')
    .option('--format <format>', 'output: table, json or csv', parseFormat, 'table')
    .action(async (o: { unit?: string; asOf?: string; all?: boolean; format: OutputFormat }) => {
      const lang = resolveLang(globals());
      await withBackend(globals(), 'ictmon review due', async (b) => {
        const due = await b.due({ unit: o.unit, asOf: o.asOf, all: o.all });
        console.log(renderRows(o.format, dueColumns(lang), due.rows, due));
        if (o.format === 'table') {
          console.log(
            lang === 'vi'
              ? `${due.counts.outstanding} kỳ còn phải nộp, ${due.counts.late} trễ hạn (${due.communes} xã)`
              : `${due.counts.outstanding} outstanding, ${due.counts.late} late (${due.communes} communes)`,
          );
        }
      });
    });

  review
    .command('closures')
    .description('closed periods and their exceptions')
    .option('--period <period>', 'only this period')
    .action(async (o: { period?: string }) => {
      await withBackend(globals(), 'ictmon review closures', async (b) => console.log(JSON.stringify(await b.closures(o.period), null, 2)));
    });
  review
    .command('close-period')
    .description('close a period: nothing of it is entered or submitted any more, except by units given an exception')
    .argument('<period>', '2026Q3, 2026…')
    .option('--province <code>', 'the province (default: your own; every province for a national administrator)')
    .option('--reason <text>', 'a note')
    .action(async (period: string, o: { province?: string; reason?: string }) => {
      await withBackend(globals(), 'ictmon review close-period', async (b) => console.log(JSON.stringify(await b.closePeriod({ period, ...o }), null, 2)));
    });
  review
    .command('reopen-period')
    .description('open a closed period again')
    .argument('<period>')
    .option('--province <code>', 'the province')
    .option('--reason <text>', 'why')
    .action(async (period: string, o: { province?: string; reason?: string }) => {
      await withBackend(globals(), 'ictmon review reopen-period', async (b) => console.log(JSON.stringify(await b.reopenPeriod({ period, ...o }), null, 2)));
    });
  review
    .command('except')
    .description('let one unit enter and submit in a closed period')
    .argument('<period>')
    .requiredOption('--unit <code>', 'the commune (or province)')
    .requiredOption('--reason <text>', 'why')
    .option('--province <code>', 'the province the period is closed for')
    .action(async (period: string, o: { unit: string; reason: string; province?: string }) => {
      await withBackend(globals(), 'ictmon review except', async (b) => console.log(JSON.stringify(await b.grantException({ period, ...o }), null, 2)));
    });
  review
    .command('deadlines')
    .description('report deadlines: days after the end of each kind of period (set by the province; not in the regulations)')
    .option('--set <type=days>', 'change one: month=10, quarter=15, half=20, year=30')
    .action(async (o: { set?: string }) => {
      await withBackend(globals(), 'ictmon review deadlines', async (b) => {
        let rows;
        if (o.set) {
          const m = /^(year|half|quarter|month)=(\d{1,3})$/.exec(o.set.trim());
          if (!m)
            throw invalidInput('--set TYPE=DAYS, e.g. quarter=15', '--set LOẠI=SỐNGÀY, ví dụ quarter=15', [
              { field: 'set', value: o.set, message: 'TYPE=DAYS' },
            ]);
          rows = await b.setDeadline(m[1]!, Number(m[2]));
        } else rows = await b.deadlines();
        console.log(
          renderRows(
            'table',
            [
              { header: 'period', value: (r: (typeof rows)[number]) => r.periodType },
              { header: 'days', value: (r) => r.daysAfterEnd },
              { header: 'changed', value: (r) => `${r.changedAt} ${r.changedBy}` },
            ],
            rows,
          ),
        );
      });
    });
  return review;
}
