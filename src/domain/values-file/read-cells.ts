/**
 * Reads the cells of a values file as Vietnamese spreadsheets write them: numbers "1.463,5", percents
 * "96%" (or a cell formatted as a percentage), yes/no as "Có/Không/x", dates dd/mm/yyyy.
 */
import { foldVietnamese } from '../text/fold.ts';

/** A cell of an XLSX formatted as a percentage: Excel holds 0.96 for 96%. */
export interface PercentCell {
  percent: number;
}

/** A cell as read: text (CSV, XLSX strings), a number, a boolean, a date, a percentage cell, or empty. */
export type Cell = string | number | boolean | Date | PercentCell | null;

/** The text of a cell as the user sees it, for messages and the error report. */
export function cellDisplay(cell: Cell | undefined): string {
  if (cell === null || cell === undefined) return '';
  if (typeof cell === 'string') return cell;
  if (typeof cell === 'number') return String(cell);
  if (typeof cell === 'boolean') return cell ? 'TRUE' : 'FALSE';
  if (cell instanceof Date) return formatDateVi(cell.toISOString().slice(0, 10));
  return `${cell.percent}%`;
}

/** True when a cell holds nothing (empty or spaces). */
export function isEmptyCell(cell: Cell | undefined): boolean {
  return cell === null || cell === undefined || (typeof cell === 'string' && cell.trim() === '');
}

function formatDateVi(iso: string): string {
  return `${iso.slice(8, 10)}/${iso.slice(5, 7)}/${iso.slice(0, 4)}`;
}

export type NumberReading = { ok: true; value: number; percent: boolean } | { ok: false };

const GROUPED = (sep: string) => new RegExp(`^\\d{1,3}(?:\\${sep}\\d{3})+$`);
const PLAIN = /^\d+$/;

/**
 * Reads a number as written in a Vietnamese file. "1.463,5" and "1463,5" (comma decimal), "1,463.5"
 * (both separators: the last one is the decimal), "1 463" and "1.463" (a dot before exactly three
 * digits groups thousands), "96.5" (a dot before other than three digits is a decimal point), "96%",
 * "-3", "1E+06". Cells that are numbers pass through.
 */
export function readNumberCell(cell: Cell): NumberReading {
  if (typeof cell === 'number') return Number.isFinite(cell) ? { ok: true, value: cell, percent: false } : { ok: false };
  if (cell !== null && typeof cell === 'object' && !(cell instanceof Date)) return { ok: true, value: cell.percent, percent: true };
  if (typeof cell !== 'string') return { ok: false };
  let text = cell.replace(/[\s\u00a0\u202f]/g, '');
  let percent = false;
  if (text.endsWith('%')) {
    percent = true;
    text = text.slice(0, -1);
  }
  let sign = 1;
  if (/^[-−–]/.test(text)) {
    sign = -1;
    text = text.slice(1);
  } else if (text.startsWith('+')) text = text.slice(1);
  const value = readUnsigned(text);
  return value === undefined ? { ok: false } : { ok: true, value: sign * value + 0, percent };
}

function readUnsigned(text: string): number | undefined {
  if (!text) return undefined;
  if (/^\d+(?:[.,]\d+)?e[+-]?\d+$/i.test(text)) return Number(text.replace(',', '.'));
  const dots = text.split('.').length - 1;
  const commas = text.split(',').length - 1;
  if (dots === 0 && commas === 0) return PLAIN.test(text) ? Number(text) : undefined;
  if (dots > 0 && commas > 0) {
    const decimalSep = text.lastIndexOf(',') > text.lastIndexOf('.') ? ',' : '.';
    const groupSep = decimalSep === ',' ? '.' : ',';
    const [intPart, frac, ...rest] = text.split(decimalSep);
    if (rest.length > 0 || !frac || !PLAIN.test(frac) || !intPart || !GROUPED(groupSep).test(intPart)) return undefined;
    return Number(`${intPart.split(groupSep).join('')}.${frac}`);
  }
  const sep = dots > 0 ? '.' : ',';
  const count = dots + commas;
  if (count > 1) return GROUPED(sep).test(text) ? Number(text.split(sep).join('')) : undefined;
  const [intPart, frac] = text.split(sep) as [string, string];
  if (!PLAIN.test(intPart || '0') || !PLAIN.test(frac)) return undefined;
  // A comma is the Vietnamese decimal sign; a dot before exactly three digits groups thousands ("1.463").
  if (sep === '.' && frac.length === 3 && intPart.length > 0 && intPart !== '0') return Number(intPart + frac);
  return Number(`${intPart || '0'}.${frac}`);
}

const TRUE_WORDS = new Set(['co', 'c', 'x', 'yes', 'y', 'true', '1', 'dat', 'da co', 'dung', '✓', '✔', '☑', '☒', 'có']);
const FALSE_WORDS = new Set(['khong', 'k', 'ko', 'kg', 'no', 'n', 'false', '0', 'chua', 'chua co', 'chua dat', 'khong dat', 'sai', '☐']);

/** Reads yes/no: Có/Không, x (yes), 1/0, Đạt/Chưa đạt, TRUE/FALSE; undefined when it is neither. */
export function readBooleanCell(cell: Cell): boolean | undefined {
  if (typeof cell === 'boolean') return cell;
  if (typeof cell === 'number') return cell === 1 ? true : cell === 0 ? false : undefined;
  if (typeof cell !== 'string') return undefined;
  const folded = foldVietnamese(cell)
    .replace(/[.!]+$/, '')
    .replace(/\s+/g, ' ')
    .trim();
  if (TRUE_WORDS.has(folded) || ['✓', '✔', '☑', '☒'].includes(cell.trim())) return true;
  if (FALSE_WORDS.has(folded)) return false;
  return undefined;
}

/** Reads a date: a date cell, dd/mm/yyyy (also - or . and one-digit day or month), or yyyy-mm-dd. */
export function readDateCell(cell: Cell): string | undefined {
  if (cell instanceof Date) return Number.isNaN(cell.getTime()) ? undefined : cell.toISOString().slice(0, 10);
  if (typeof cell !== 'string') return undefined;
  const text = cell.trim();
  let y: number, m: number, d: number;
  const vi = /^(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})$/.exec(text);
  const iso = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text);
  if (vi) [d, m, y] = [Number(vi[1]), Number(vi[2]), Number(vi[3])];
  else if (iso) [y, m, d] = [Number(iso[1]), Number(iso[2]), Number(iso[3])];
  else return undefined;
  const date = new Date(Date.UTC(y, m - 1, d));
  if (date.getUTCFullYear() !== y || date.getUTCMonth() !== m - 1 || date.getUTCDate() !== d || y < 1990 || y > 2100) return undefined;
  return date.toISOString().slice(0, 10);
}
