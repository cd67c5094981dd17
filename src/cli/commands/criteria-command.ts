/**
 * `ictmon criteria`: the NTM ICT criterion (tiêu chí số 8) — evaluate a commune from stored values or a
 * facts document, a province's "x/y xã đạt", what-if, villages without coverage, recorded runs,
 * province overlays, the sets and parameters.
 */
import { readFileSync } from 'node:fs';
import { Command } from 'commander';
import type { Bilingual } from '../../domain/indicators/indicator-types.ts';
import type { CriteriaEvaluation, Outcome } from '../../domain/criteria/criteria-types.ts';
import { formatDateVi } from '../../domain/format/vi-format.ts';
import { getCriteriaCatalogue } from '../../services/criteria/criteria-catalogue.ts';
import { evaluateFactsDocument } from '../../services/criteria/evaluate-facts.ts';
import type { CriteriaSummary } from '../../services/criteria/summarize-criteria.ts';
import { invalidInput } from '../../services/errors.ts';
import { parseFormat, renderRows, type OutputFormat } from '../output.ts';
import { resolveLang, withBackend, type GlobalOptions, type Lang } from '../runtime.ts';

const OUTCOME: Record<Outcome | 'not_applicable', [string, string]> = {
  pass: ['đạt', 'met'],
  fail: ['không đạt', 'not met'],
  missing: ['chưa đủ dữ liệu', 'insufficient data'],
  not_applicable: ['không áp dụng', 'not applicable'],
};
const word = (o: string, lang: Lang) => OUTCOME[o as Outcome]?.[lang === 'vi' ? 0 : 1] ?? o;
const say = (b: Bilingual | null | undefined, lang: Lang) => (b ? (lang === 'vi' ? b.vi : b.en) : '');

/** Reads `--param key=value`: numbers (shares as 0–1 or "80%"), true/false, null/off. */
export function parseParam(text: string, previous: Record<string, number | boolean | null> = {}): Record<string, number | boolean | null> {
  const m = /^([A-Za-z0-9_.]+)=(.+)$/.exec(text.trim());
  if (!m) throw invalidInput(`--param must be key=value, not "${text}"`, `--param phải có dạng khóa=giá_trị, không phải "${text}"`);
  const [, key, raw] = m as unknown as [string, string, string];
  const v = raw.trim().toLowerCase();
  let value: number | boolean | null;
  if (v === 'true' || v === 'on' || v === 'có') value = true;
  else if (v === 'false' || v === 'không') value = false;
  else if (v === 'null' || v === 'off') value = null;
  else if (/^-?\d+([.,]\d+)?%$/.test(v)) value = Number(v.slice(0, -1).replace(',', '.')) / 100;
  else if (/^-?\d+([.,]\d+)?$/.test(v)) value = Number(v.replace(',', '.'));
  else throw invalidInput(`--param ${key}: "${raw}" is not a number, true/false or null`, `--param ${key}: "${raw}" không phải số, true/false hay null`);
  return { ...previous, [key]: value };
}

/** A commune's evaluation as text: the set, each sub-criterion with reasons, gaps and missing values. */
export function formatEvaluationText(e: CriteriaEvaluation & { province?: { name: string }; district?: { name: string } | null }, lang: Lang): string {
  const vi = lang === 'vi';
  const lines: string[] = [];
  const where = [e.district?.name, e.province?.name].filter(Boolean).join(', ');
  lines.push(`${e.unit.name} (${vi ? 'mã' : 'code'} ${e.unit.code})${where ? `, ${where}` : ''} — ${vi ? 'ngày' : 'on'} ${vi ? formatDateVi(e.date) : e.date}`);
  lines.push(
    `${vi ? 'Bộ tiêu chí' : 'Criteria set'}: ${e.setId} — ${say(e.setName, lang)}${e.guidanceName ? `; ${vi ? 'hướng dẫn' : 'guidance'} ${say(e.guidanceName, lang)}` : ''}${e.overlayId ? `; ${vi ? 'quy định của tỉnh' : 'province overlay'} ${e.overlayId}` : ''}`,
  );
  if (e.region) lines.push(say(e.region.reason, lang));
  if (e.group) lines.push(say(e.group.reason, lang));
  for (const n of e.notes) lines.push(`${vi ? 'Lưu ý' : 'Note'}: ${say(n, lang)}`);
  lines.push(`${say(e.summary, lang)}`);
  for (const s of e.subCriteria) {
    lines.push(`  ${s.id} ${say(s.name, lang)}: ${word(s.outcome, lang).toUpperCase()} [${s.rule}, ${s.confidence}]`);
    for (const r of s.reasons) lines.push(`      ${say(r, lang)}`);
    for (const g of s.gaps) lines.push(`      ${vi ? 'cần bổ sung' : 'to pass'}: ${say(g, lang)}`);
    for (const m of s.missing.slice(0, 10)) lines.push(`      ${vi ? 'thiếu số liệu' : 'missing'}: ${say(m.factName, lang)} (${m.unitName})`);
    if (s.missing.length > 10) lines.push(`      … ${vi ? 'và' : 'and'} ${s.missing.length - 10} ${vi ? 'giá trị khác' : 'more'}`);
  }
  return lines.join('\n');
}

/** A province's board as text: the headline, the previous year, sub-criteria, districts, then communes not met. */
export function formatSummaryText(s: CriteriaSummary, lang: Lang): string {
  const vi = lang === 'vi';
  const lines: string[] = [];
  lines.push(
    `${s.area?.name ?? (vi ? 'Cả nước' : 'Whole country')} — ${vi ? 'ngày' : 'on'} ${vi ? formatDateVi(s.date) : s.date} — ${s.setId}${s.guidanceId ? ` (${s.guidanceId})` : ''}`,
  );
  lines.push(say(s.text, lang));
  if (s.counts.wards + s.counts.towns > 0) {
    lines.push(
      vi
        ? `  (không tính ${s.counts.wards} phường, ${s.counts.towns} thị trấn; chưa đủ dữ liệu: ${s.counts.missing} xã)`
        : `  (${s.counts.wards} wards and ${s.counts.towns} towns excluded; insufficient data: ${s.counts.missing})`,
    );
  } else if (s.counts.missing > 0) lines.push(vi ? `  (chưa đủ dữ liệu: ${s.counts.missing} xã)` : `  (insufficient data: ${s.counts.missing})`);
  if (s.previousYear)
    lines.push(
      `${vi ? 'Cùng kỳ năm trước' : 'A year earlier'} (${vi ? formatDateVi(s.previousYear.date) : s.previousYear.date}): ${say(s.previousYear.text, lang)}${s.previousYear.note ? ` — ${say(s.previousYear.note, lang)}` : ''}`,
    );
  for (const n of s.notes) lines.push(`${vi ? 'Lưu ý' : 'Note'}: ${say(n, lang)}`);
  for (const t of s.subCriteria) {
    lines.push(
      `  ${t.id} ${say(t.name, lang)}: ${vi ? 'đạt' : 'met'} ${t.passed}, ${vi ? 'không đạt' : 'not met'} ${t.failed}, ${vi ? 'chưa đủ dữ liệu' : 'no data'} ${t.missing}`,
    );
  }
  for (const d of s.byDistrict) lines.push(`  ${d.name}: ${say(d.text, lang)}`);
  const notMet = s.communes.filter((c) => c.outcome === 'fail' || c.outcome === 'missing');
  if (notMet.length > 0) lines.push(vi ? 'Xã chưa đạt hoặc thiếu số liệu:' : 'Communes not met or lacking data:');
  for (const c of notMet) {
    lines.push(`  ${c.code} ${c.name}: ${word(c.outcome, lang)}`);
    for (const r of c.reasons.slice(0, 4)) lines.push(`      ${say(r, lang)}`);
  }
  return lines.join('\n');
}

function print(format: OutputFormat, text: string, json: unknown): void {
  console.log(format === 'json' ? JSON.stringify(json, null, 2) : text);
}

const collectParam = (v: string, prev: Record<string, number | boolean | null>) => parseParam(v, prev);
const formatOption = (cmd: Command, formats = 'table or json') => cmd.option('--format <format>', `output: ${formats}`, parseFormat, 'table' as OutputFormat);

/** The `criteria` command group. */
export function criteriaCommand(globals: () => GlobalOptions): Command {
  const cmd = new Command('criteria').description('the NTM ICT criterion (tiêu chí số 8 về thông tin và truyền thông) by legal version');

  formatOption(
    cmd
      .command('evaluate')
      .description(
        'evaluate one commune on a date: from stored values (--unit) or a facts document (--input, docs/criteria-facts.schema.json); the set in force on the date applies',
      )
      .option('--unit <code>', 'commune code (the version in force on --date)')
      .option('--input <facts.json>', 'a facts document: the commune’s values and its villages’ values (no database needed)')
      .requiredOption('--date <YYYY-MM-DD>', 'evaluation date: it chooses the criteria set and guidance (R-VER)')
      .option('--set <id>', 'NTM-2021-NC (nâng cao) or NTM-2021-KM (kiểu mẫu) when in force on the date; default the base set in force')
      .option('--param <key=value>', 'override a parameter (repeatable): radio.minVillageShare=67%, telecom.smartphoneCondition=true', collectParam, {}),
  ).action(async (o: { unit?: string; input?: string; date: string; set?: string; param: Record<string, number | boolean | null>; format: OutputFormat }) => {
    const lang = resolveLang(globals());
    if ((o.unit === undefined) === (o.input === undefined)) throw invalidInput('give either --unit or --input', 'cần --unit hoặc --input (một trong hai)');
    if (o.input !== undefined) {
      let doc: unknown;
      try {
        doc = JSON.parse(readFileSync(o.input, 'utf8'));
      } catch (error) {
        throw invalidInput(
          `${o.input}: not a readable JSON file (${(error as Error).message})`,
          `${o.input}: không đọc được tệp JSON (${(error as Error).message})`,
        );
      }
      const e = evaluateFactsDocument(doc, { date: o.date, setId: o.set, parameters: o.param });
      return print(o.format, formatEvaluationText(e, lang), e);
    }
    const unit = o.unit as string;
    const e = await withBackend(globals(), 'ictmon criteria evaluate', (b) => b.evaluateCriteria({ unit, date: o.date, setId: o.set, parameters: o.param }));
    print(o.format, formatEvaluationText(e, lang), e);
  });

  formatOption(
    cmd
      .command('summary')
      .description(
        '"x/y xã đạt tiêu chí số 8" for a province on a date (wards and towns excluded, R-AGG-1), the year before, each sub-criterion, each district (before 01/07/2025) and the communes not met',
      )
      .requiredOption('--province <code>', 'province code (in force on --date)')
      .requiredOption('--date <YYYY-MM-DD>', 'reporting date')
      .option('--set <id>', 'NTM-2021-NC or NTM-2021-KM when in force; default the base set'),
    'table, json or csv (csv: one line per commune)',
  ).action(async (o: { province: string; date: string; set?: string; format: OutputFormat }) => {
    const lang = resolveLang(globals());
    const s = await withBackend(globals(), 'ictmon criteria summary', (b) => b.summarizeCriteria({ province: o.province, date: o.date, setId: o.set }));
    if (o.format === 'csv') {
      const ids = s.subCriteria.map((t) => t.id);
      console.log(
        renderRows(
          'csv',
          [
            { header: 'code', value: (c: CriteriaSummary['communes'][number]) => c.code },
            { header: 'name', value: (c) => c.name },
            { header: 'type', value: (c) => c.typeCode },
            { header: 'district', value: (c) => c.districtName },
            { header: 'outcome', value: (c) => c.outcome },
            ...ids.map((id) => ({ header: id, value: (c: CriteriaSummary['communes'][number]) => c.sub[id] })),
            { header: 'reasons', value: (c) => c.reasons.map((r) => say(r, lang)).join(' | ') },
          ],
          s.communes,
        ),
      );
      return;
    }
    print(o.format, formatSummaryText(s, lang), s);
  });

  formatOption(
    cmd
      .command('what-if')
      .description('recount a province under changed parameters beside the national count; stores nothing (tính thử)')
      .requiredOption('--province <code>', 'province code')
      .requiredOption('--date <YYYY-MM-DD>', 'reporting date')
      .option('--set <id>', 'criteria set (default: the base set in force)')
      .requiredOption('--param <key=value>', 'a parameter to change (repeatable), e.g. radio.minVillageShare=67%', collectParam, {}),
  ).action(async (o: { province: string; date: string; set?: string; param: Record<string, number | boolean | null>; format: OutputFormat }) => {
    const lang = resolveLang(globals());
    const vi = lang === 'vi';
    const r = await withBackend(globals(), 'ictmon criteria what-if', (b) =>
      b.whatIf({ province: o.province, date: o.date, setId: o.set, parameters: o.param }),
    );
    const lines = [
      `${vi ? 'Theo tham số quốc gia' : 'National parameters'}: ${say(r.base.text, lang)}`,
      `${vi ? 'Tính thử (không lưu)' : 'What-if (not stored)'} ${JSON.stringify(o.param)}: ${say(r.whatIf.text, lang)}`,
      ...r.changed.map((c) => `  ${c.code} ${c.name}: ${word(c.from, lang)} → ${word(c.to, lang)}`),
    ];
    print(o.format, lines.join('\n'), r);
  });

  formatOption(
    cmd
      .command('villages')
      .description(
        'villages without mobile broadband or signal in a province on a date (trắng sóng, lõm sóng; fund area × electricity, regulations.md §5.1) and "a/b thôn được phủ sóng"',
      )
      .requiredOption('--province <code>', 'province code')
      .requiredOption('--date <YYYY-MM-DD>', 'date'),
    'table, json or csv',
  ).action(async (o: { province: string; date: string; format: OutputFormat }) => {
    const lang = resolveLang(globals());
    const vi = lang === 'vi';
    const r = await withBackend(globals(), 'ictmon criteria villages', (b) => b.coverage({ province: o.province, date: o.date }));
    const signal = (s: string | null) =>
      s === 'trang_song'
        ? vi
          ? 'trắng sóng'
          : 'no signal'
        : s === 'lom_song'
          ? vi
            ? 'lõm sóng'
            : 'signal gaps'
          : s === 'covered'
            ? vi
              ? 'có sóng'
              : 'signal'
            : '';
    const yn = (b: boolean | null) => (b === null ? '' : b ? (vi ? 'có' : 'yes') : vi ? 'không' : 'no');
    const table = renderRows(
      o.format,
      [
        { header: vi ? 'Xã' : 'Commune', value: (v: (typeof r.villages)[number]) => v.communeName },
        { header: vi ? 'Thôn' : 'Village', value: (v) => v.name },
        { header: vi ? 'BRDĐ' : 'Mobile BB', value: (v) => (v.broadband === null ? (vi ? 'chưa báo cáo' : 'not reported') : yn(v.broadband)) },
        { header: vi ? 'Sóng' : 'Signal', value: (v) => signal(v.signal) },
        { header: vi ? 'Vùng Quỹ' : 'Fund area', value: (v) => yn(v.usoArea) },
        { header: vi ? 'Điện lưới' : 'Grid', value: (v) => yn(v.grid) },
        { header: vi ? 'Kỳ' : 'Period', value: (v) => v.period },
      ],
      r.villages,
      r,
    );
    console.log(
      o.format === 'table'
        ? `${say(r.text, lang)}\n${vi ? 'trắng sóng' : 'no signal'}: ${r.counts.trangSong}, ${vi ? 'lõm sóng' : 'signal gaps'}: ${r.counts.lomSong}\n${table}`
        : table,
    );
  });

  cmd
    .command('record')
    .description(
      'record the evaluations of a province on a date under the set in force, as the official record (kept with its set and guidance, never re-evaluated)',
    )
    .requiredOption('--province <code>', 'province code')
    .requiredOption('--date <YYYY-MM-DD>', 'evaluation date')
    .option('--set <id>', 'criteria set (default: the base set in force)')
    .option('--reason <text>', 'why (kept in the audit trail), e.g. the decision number')
    .action(async (o: { province: string; date: string; set?: string; reason?: string }) => {
      const vi = resolveLang(globals()) === 'vi';
      const r = await withBackend(globals(), 'ictmon criteria record', (b) =>
        b.recordCriteria({ province: o.province, date: o.date, setId: o.set, reason: o.reason }),
      );
      console.log(
        vi
          ? `Đã lưu lượt đánh giá #${r.runId} (${r.setId}${r.guidanceId ? `, ${r.guidanceId}` : ''}): ${r.passed}/${r.communes} xã đạt, ${r.failed} không đạt, ${r.missing} chưa đủ dữ liệu`
          : `Recorded run #${r.runId} (${r.setId}${r.guidanceId ? `, ${r.guidanceId}` : ''}): ${r.passed}/${r.communes} met, ${r.failed} not met, ${r.missing} insufficient data`,
      );
    });

  formatOption(
    cmd
      .command('history')
      .description('a commune’s evaluation at each year end under the set in force then, and its recorded evaluations')
      .requiredOption('--unit <code>', 'commune code'),
  ).action(async (o: { unit: string; format: OutputFormat }) => {
    const lang = resolveLang(globals());
    const h = await withBackend(globals(), 'ictmon criteria history', (b) => b.criteriaHistory({ unit: o.unit }));
    const table = renderRows(
      o.format,
      [
        { header: lang === 'vi' ? 'Ngày' : 'Date', value: (l: (typeof h.lines)[number]) => (lang === 'vi' ? formatDateVi(l.date) : l.date) },
        { header: lang === 'vi' ? 'Bộ tiêu chí' : 'Set', value: (l) => l.setId },
        { header: lang === 'vi' ? 'Hướng dẫn' : 'Guidance', value: (l) => l.guidanceId },
        { header: lang === 'vi' ? 'Kết quả' : 'Outcome', value: (l) => word(l.outcome, lang) },
        {
          header: lang === 'vi' ? 'Chỉ tiêu' : 'Sub-criteria',
          value: (l) =>
            Object.entries(l.sub)
              .map(([k, v]) => `${k}:${v === 'pass' ? 'đ' : v === 'fail' ? 'kđ' : '?'}`)
              .join(' '),
        },
        {
          header: lang === 'vi' ? 'Nguồn' : 'Source',
          value: (l) => (l.source === 'recorded' ? `${lang === 'vi' ? 'đã lưu' : 'recorded'} #${l.runId}` : lang === 'vi' ? 'tính từ số liệu' : 'computed'),
        },
      ],
      h.lines,
      h,
    );
    console.log(o.format === 'table' ? `${h.unit.name} (${h.unit.code})\n${table}` : table);
  });

  formatOption(
    cmd.command('sets').description('the criteria sets by legal version, their guidance and sub-criteria, and the parameters with their defaults'),
  ).action((o: { format: OutputFormat }) => {
    const lang = resolveLang(globals());
    const c = getCriteriaCatalogue();
    if (o.format === 'json') return console.log(JSON.stringify(c, null, 2));
    const lines: string[] = [];
    for (const s of c.sets) {
      lines.push(`${s.id} (${s.validFrom} – ${s.validTo ?? '…'}) ${say(s.name, lang)} — ${s.decision}`);
      for (const g of s.guidance) {
        lines.push(`  ${g.id} ${g.from} – ${g.to ?? '…'}`);
        for (const sub of g.subCriteria) lines.push(`    ${sub.id} ${say(sub.name, lang)} [${sub.rule}, ${sub.confidence}]: ${say(sub.requirement, lang)}`);
      }
      if (s.note) lines.push(`  ${say(s.note, lang)}`);
    }
    lines.push(lang === 'vi' ? 'Tham số:' : 'Parameters:');
    for (const p of c.parameters)
      lines.push(
        `  ${p.key} = ${String(p.default)}${p.byContext ? ` (${p.byContext.map((b) => `${b.when}: ${String(b.value)}`).join(', ')})` : ''} [${p.confidence}] ${say(p.name, lang)}`,
      );
    console.log(lines.join('\n'));
  });

  const overlay = cmd.command('overlay').description('a province’s stricter local rules over a national set, without copying it');
  overlay
    .command('set <file.json>')
    .description(
      'check and store an overlay (JSON: id, province, set, validFrom, name, decision, parameters, addConditions, addSubCriteria); see docs/criteria.md',
    )
    .action(async (file: string) => {
      let doc: unknown;
      try {
        doc = JSON.parse(readFileSync(file, 'utf8'));
      } catch (error) {
        throw invalidInput(`${file}: not a readable JSON file (${(error as Error).message})`, `${file}: không đọc được tệp JSON`);
      }
      const saved = await withBackend(globals(), 'ictmon criteria overlay set', (b) => b.saveOverlay(doc));
      console.log(
        resolveLang(globals()) === 'vi'
          ? `Đã lưu quy định của tỉnh ${saved.province}: ${saved.id} (${saved.set}, từ ${saved.validFrom})`
          : `Stored overlay ${saved.id} for province ${saved.province} (${saved.set}, from ${saved.validFrom})`,
      );
    });
  formatOption(overlay.command('list').description('the stored overlays')).action(async (o: { format: OutputFormat }) => {
    const list = await withBackend(globals(), 'ictmon criteria overlay list', (b) => b.listOverlays());
    console.log(
      renderRows(
        o.format,
        [
          { header: 'id', value: (x: (typeof list)[number]) => x.id },
          { header: 'province', value: (x) => x.province },
          { header: 'set', value: (x) => x.set },
          { header: 'from', value: (x) => x.validFrom },
          { header: 'to', value: (x) => x.validTo },
          { header: 'decision', value: (x) => x.decision },
        ],
        list,
      ),
    );
  });
  return cmd;
}
