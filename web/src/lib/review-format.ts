/** How the review screens write a figure, a submission's name and its source. */
import type { I18n } from '../i18n/i18n.tsx';
import { periodName } from './period-input.ts';

/** A figure as stored (number, yes/no, option text), in the page's language; null as "—". */
export function formatFigure(value: number | boolean | string | null | undefined, i18n: Pick<I18n, 't' | 'formatNumber'>): string {
  if (value === null || value === undefined) return '—';
  if (typeof value === 'number') return i18n.formatNumber(value);
  if (typeof value === 'boolean') return value ? i18n.t.yes : i18n.t.no;
  return value;
}

/** "Xã Bằng Thành (01843) · Năm 2024": a submission as the lists name it. */
export function submissionLabel(s: { unit: { code: string; name: string }; period: string }, lang: 'vi' | 'en'): string {
  return `${s.unit.name} (${s.unit.code}) · ${periodName(s.period, lang)}`;
}
