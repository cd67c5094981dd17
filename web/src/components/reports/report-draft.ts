/**
 * The reports form as data: what the user has typed (a draft), the request body it makes, the problems
 * found before sending, and the server's 400 details sorted onto the fields they name.
 */
import { periodEnd, tryParsePeriod } from '../../../../src/domain/periods/period.ts';
import { parseUserDate } from '../../../../src/domain/units/dates.ts';
import type { ApiError } from '../../api/http.ts';
import type { ReportJobFormat, ReportJobInput, ReportOptions, ReportSectionId } from '../../api/reports.ts';

/** The periods a report covers: the year, its halves (sơ kết 6 tháng) and quarters. */
export const PERIOD_PARTS = ['year', 'S1', 'S2', 'Q1', 'Q2', 'Q3', 'Q4'] as const;
export type PeriodPart = (typeof PERIOD_PARTS)[number];

/** The first year offered (the criteria of NTM 2016–2020 are the oldest the figures follow). */
export const FIRST_REPORT_YEAR = 2016;

export interface ReportDraft {
  /** A province code, or null for the whole country. */
  province: string | null;
  year: number;
  part: PeriodPart;
  sections: ReportSectionId[];
  /** As typed (dd/mm/yyyy); empty: today. */
  date: string;
  number: string;
  agency: { superior: string; name: string; symbol: string };
  signer: { authority: string; position: string; name: string };
  /** One recipient a line. */
  recipients: string;
  /** A year, or '' for none. */
  compareYear: string;
}

/** The fields a problem can be shown beside. */
export const FIELD_KEYS = [
  'province',
  'period',
  'sections',
  'date',
  'number',
  'agency.superior',
  'agency.name',
  'agency.symbol',
  'signer.authority',
  'signer.position',
  'signer.name',
  'recipients',
  'compareYear',
] as const;
export type FieldKey = (typeof FIELD_KEYS)[number];
export type FieldProblems = Partial<Record<FieldKey, string>>;

/** Problems found before sending, as message keys. */
export type DraftProblem = 'reportDateInvalid' | 'reportSectionsEmpty';

/** The year an annual review is usually written for: the current one from October (tổng kết cuối năm), else the last. */
export function defaultReportYear(today: string): number {
  const year = Number(today.slice(0, 4));
  return Number(today.slice(5, 7)) >= 10 ? year : year - 1;
}

/** The years offered, newest first. */
export function reportYears(today: string): number[] {
  const last = Number(today.slice(0, 4));
  return Array.from({ length: last - FIRST_REPORT_YEAR + 1 }, (_, i) => last - i);
}

/** A new draft: every section, the usual year, the account's province (or the whole country). */
export function initialDraft(options: ReportOptions, province: string | null): ReportDraft {
  return {
    province,
    year: defaultReportYear(options.today),
    part: 'year',
    sections: options.sections.map((s) => s.id),
    date: '',
    number: '',
    agency: { superior: '', name: '', symbol: '' },
    signer: { authority: '', position: '', name: '' },
    recipients: '',
    compareYear: '',
  };
}

/** "2025", "2025S1", "2025Q3". */
export function draftPeriod(draft: Pick<ReportDraft, 'year' | 'part'>): string {
  return draft.part === 'year' ? String(draft.year) : `${draft.year}${draft.part}`;
}

/** The date the provinces are listed on: the period's last day, or today for a period not yet over. */
export function provincesDate(draft: Pick<ReportDraft, 'year' | 'part'>, today: string): string {
  const period = tryParsePeriod(draftPeriod(draft));
  const end = period ? periodEnd(period) : today;
  return end > today ? today : end;
}

/** The document's date as ISO ('' when left empty), or undefined when the text is not a date. */
export function draftDate(draft: Pick<ReportDraft, 'date'>): string | undefined {
  const text = draft.date.trim();
  return text === '' ? '' : parseUserDate(text);
}

/** Keeps only the filled-in fields of a group; undefined when none is. */
function filled<T extends Record<string, string>>(group: T): Partial<T> | undefined {
  const entries = Object.entries(group)
    .map(([key, value]) => [key, value.trim()] as const)
    .filter(([, value]) => value !== '');
  return entries.length > 0 ? (Object.fromEntries(entries) as Partial<T>) : undefined;
}

/** The request body for `format`, or the problems that keep it from being sent. */
export function buildJobInput(
  draft: ReportDraft,
  format: ReportJobFormat,
): { input: ReportJobInput; problems?: undefined } | { input?: undefined; problems: Partial<Record<FieldKey, DraftProblem>> } {
  const problems: Partial<Record<FieldKey, DraftProblem>> = {};
  const date = draftDate(draft);
  if (date === undefined) problems.date = 'reportDateInvalid';
  if (draft.sections.length === 0) problems.sections = 'reportSectionsEmpty';
  if (Object.keys(problems).length > 0 || date === undefined) return { problems };

  const agency = filled(draft.agency);
  const signer = filled(draft.signer);
  const recipients = draft.recipients
    .split(/\r?\n/)
    .map((line) => line.replace(/^\s*[-–•]\s*/, '').trim())
    .filter((line) => line !== '');
  const input: ReportJobInput = {
    province: draft.province,
    period: draftPeriod(draft),
    sections: draft.sections,
    format,
    ...(date ? { date } : {}),
    ...(draft.number.trim() ? { number: draft.number.trim() } : {}),
    ...(agency ? { agency } : {}),
    ...(signer ? { signer } : {}),
    ...(recipients.length > 0 ? { recipients } : {}),
    ...(draft.compareYear ? { compareYear: Number(draft.compareYear) } : {}),
  };
  return { input };
}

/**
 * A 400's details sorted onto the fields they name ("signer/name", "/recipients/2", "body.date"), in
 * the page's language; details that name no field of the form are returned apart.
 */
export function sortFieldProblems(error: ApiError | null, lang: 'vi' | 'en'): { byField: FieldProblems; other: string[] } {
  const byField: FieldProblems = {};
  const other: string[] = [];
  if (!error || error.status !== 400) return { byField, other };
  for (const detail of error.details) {
    const text = (lang === 'vi' ? (detail.messageVi ?? detail.message) : detail.message) ?? detail.code ?? '';
    const key = fieldKeyOf(detail.field ?? '');
    if (key) byField[key] = byField[key] ? `${byField[key]} ${text}` : text;
    else if (text) other.push(detail.field ? `${detail.field}: ${text}` : text);
  }
  return { byField, other };
}

/** "signer/name" → 'signer.name'; "recipients/0" → 'recipients'; "agency" → 'agency.name'; anything else → undefined. */
export function fieldKeyOf(field: string): FieldKey | undefined {
  const parts = field
    .replace(/^\/+/, '')
    .split(/[/.]/)
    .filter((p) => p !== '' && p !== 'body' && !/^\d+$/.test(p));
  const joined = parts.slice(0, 2).join('.');
  const first = parts[0] ?? '';
  if ((FIELD_KEYS as readonly string[]).includes(joined)) return joined as FieldKey;
  if (first === 'agency' || first === 'signer') return `${first}.name`;
  if ((FIELD_KEYS as readonly string[]).includes(first)) return first as FieldKey;
  return undefined;
}
