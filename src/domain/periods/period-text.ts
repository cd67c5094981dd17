/** Periods in words, as Vietnamese reports write them, and the forms people type in spreadsheets. */
import { foldVietnamese } from '../text/fold.ts';
import { MAX_YEAR, MIN_YEAR, PeriodError, tryParsePeriod, type Period } from './period.ts';

const ROMAN = ['I', 'II', 'III', 'IV'];
const EN_MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

/** "Năm 2024", "6 tháng đầu năm 2024", "Quý III/2024", "Tháng 7/2024" — or the English equivalents. */
export function periodLabel(p: Period, lang: 'vi' | 'en'): string {
  if (lang === 'en') {
    if (p.type === 'year') return String(p.year);
    if (p.type === 'half') return `H${p.index} ${p.year}`;
    if (p.type === 'quarter') return `Q${p.index} ${p.year}`;
    return `${EN_MONTHS[p.index - 1]} ${p.year}`;
  }
  if (p.type === 'year') return `Năm ${p.year}`;
  if (p.type === 'half') return `6 tháng ${p.index === 1 ? 'đầu' : 'cuối'} năm ${p.year}`;
  if (p.type === 'quarter') return `Quý ${ROMAN[p.index - 1]}/${p.year}`;
  return `Tháng ${p.index}/${p.year}`;
}

const YEAR = '((?:19|20|21)\\d{2})';
const SEP = '\\s*(?:/|-|\\.|nam)?\\s*';

/** Lenient forms on folded text (no diacritics, lower case), each giving a period. */
const FORMS: Array<[RegExp, (m: RegExpExecArray) => Period]> = [
  [new RegExp(`^(?:nam\\s*)?${YEAR}$`), (m) => ({ type: 'year', year: Number(m[1]), index: 1 })],
  [new RegExp(`^${YEAR}\\s*([sqm])\\s*(\\d{1,2})$`), (m) => ({ type: typeOfLetter(m[2]!), year: Number(m[1]), index: Number(m[3]) })],
  [new RegExp(`^(?:6|sau)\\s*thang\\s*(dau|cuoi)${SEP}${YEAR}$`), (m) => ({ type: 'half', year: Number(m[2]), index: m[1] === 'dau' ? 1 : 2 })],
  [new RegExp(`^h\\s*([12])${SEP}${YEAR}$`), (m) => ({ type: 'half', year: Number(m[2]), index: Number(m[1]) })],
  [new RegExp(`^(?:quy|q)\\s*(\\d|i{1,3}|iv)${SEP}${YEAR}$`), (m) => ({ type: 'quarter', year: Number(m[2]), index: quarterIndex(m[1]!) })],
  [new RegExp(`^(?:thang\\s*)?(\\d{1,2})\\s*(?:/|-|\\.|\\s+nam\\s+)\\s*${YEAR}$`), (m) => ({ type: 'month', year: Number(m[2]), index: Number(m[1]) })],
  [new RegExp(`^${YEAR}-(\\d{2})$`), (m) => ({ type: 'month', year: Number(m[1]), index: Number(m[2]) })],
];

function typeOfLetter(letter: string): Period['type'] {
  return letter === 's' ? 'half' : letter === 'q' ? 'quarter' : 'month';
}

function quarterIndex(token: string): number {
  const roman = ROMAN.indexOf(token.toUpperCase());
  return roman >= 0 ? roman + 1 : Number(token);
}

function isValid(p: Period): boolean {
  const max = { year: 1, half: 2, quarter: 4, month: 12 }[p.type];
  return Number.isInteger(p.index) && p.index >= 1 && p.index <= max && p.year >= MIN_YEAR && p.year <= MAX_YEAR;
}

/**
 * Reads a period as people type it: the canonical forms, and "năm 2024", "6 tháng đầu năm 2024",
 * "Quý III/2024", "quý 3 năm 2024", "Q3/2024", "H1 2024", "Tháng 7/2024", "07/2024", "2024-07", "2024m7".
 * Throws PeriodError (with the canonical forms) for anything else.
 */
export function parseUserPeriod(text: string): Period {
  const canonical = tryParsePeriod(text.trim());
  if (canonical) return canonical;
  const folded = foldVietnamese(text);
  for (const [re, make] of FORMS) {
    const m = re.exec(folded);
    if (!m) continue;
    const p = make(m);
    if (isValid(p)) return p;
    break;
  }
  throw new PeriodError(text);
}

/**
 * What a figure of `period` actually covers, from the stored periods behind it (`from`: first and last):
 * "Năm 2025"; a flow known for part of the year: "10 tháng đầu năm 2026"; a stock from its last quarter:
 * "Quý III/2026".
 */
export function figureSpanLabel(period: string, from: readonly string[] | null | undefined, lang: 'vi' | 'en'): string {
  const whole = tryParsePeriod(period);
  if (!whole) throw new PeriodError(period);
  const last = from?.[from.length - 1];
  const lastP = last ? tryParsePeriod(last) : undefined;
  if (!lastP) return periodLabel(whole, lang);
  if (from!.length === 1) return periodLabel(lastP, lang);
  if (lastP.type === 'month' && lastP.index < 12) return lang === 'vi' ? `${lastP.index} tháng đầu năm ${lastP.year}` : `January–${periodLabel(lastP, 'en')}`;
  if (lastP.type === 'quarter' && lastP.index < 4) return lang === 'vi' ? `${lastP.index} quý đầu năm ${lastP.year}` : `Q1–Q${lastP.index} ${lastP.year}`;
  return periodLabel(whole, lang);
}
