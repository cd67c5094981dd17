/**
 * Reads the cell of an attribute the way provincial spreadsheets write it, then checks it against the
 * attribute catalogue: Vietnamese numbers ("1.463,5", "12 345") and plain ones ("1463.5"), yes/no words
 * (Có/Không, x, 1/0, Yes/No, TRUE/FALSE), options by label or abbreviation. Empty means "no change".
 */
import { foldVietnamese } from '../text/fold.ts';
import { matchAttributeOption, validateAttributeValue, type AttributeValue, type UnitAttributeDef } from '../units/unit-attributes.ts';
import { controlIssue, hasControlCharacter, type CellResult, type Place } from './cell-values.ts';
import { fileIssue } from './file-issue.ts';

// "x" is how a ticked column is written by hand; TRUE/FALSE is what an XLSX boolean cell reads as.
const TRUE_WORDS = new Set(['co', 'x', '1', 'yes', 'y', 'true', 'dung', '✓', '✔']);
const FALSE_WORDS = new Set(['khong', 'k', '0', 'no', 'n', 'false', 'sai']);

type ParsedNumber = number | 'ambiguous' | undefined;

/**
 * Whole numbers: "." and "," both group thousands ("1.234" = "1,234" = 1234, as village lists always
 * had it); a spreadsheet's "12.0" is 12.
 */
function parseWhole(text: string): ParsedNumber {
  if (/^-?\d+$/.test(text)) return Number(text);
  // A group never starts with 0: "0.125" is not 125.
  if (/^-?[1-9]\d{0,2}([.,])\d{3}(\1\d{3})*$/.test(text)) return Number(text.replace(/[.,]/g, ''));
  if (/^-?\d+[.,]0+$/.test(text)) return Number(text.replace(/[.,]0+$/, ''));
  return undefined;
}

/**
 * Decimals: Vietnamese "1.463,5" (dot groups, comma decimal) and English/spreadsheet "1,463.5" or
 * "1463.5". A lone separator before exactly three digits ("1.463") reads as 1463 in Vietnamese and as
 * 1.463 from a spreadsheet cell, a thousandfold difference: refused rather than guessed.
 */
function parseDecimal(text: string): ParsedNumber {
  const sign = text.startsWith('-') ? -1 : 1;
  const body = text.replace(/^-/, '');
  let plain: string | undefined;
  if (/^\d+$/.test(body)) plain = body;
  else if (/^[1-9]\d{0,2}[.,]\d{3}$/.test(body)) return 'ambiguous';
  else if (/^[1-9]\d{0,2}(\.\d{3})+(,\d+)?$/.test(body)) plain = body.replace(/\./g, '').replace(',', '.');
  else if (/^[1-9]\d{0,2}(,\d{3})+(\.\d+)?$/.test(body)) plain = body.replace(/,/g, '');
  else if (/^\d+[.,]\d+$/.test(body)) plain = body.replace(',', '.');
  return plain === undefined ? undefined : sign * Number(plain);
}

function readNumber(def: UnitAttributeDef, raw: string, place: Place): CellResult<AttributeValue> {
  const spec = def.spec;
  const isWhole = spec.type === 'integer';
  let text = raw.trim().replace(/[\s\u00a0\u202f]/g, '');
  // A group number may be written "Nhóm 2", as QĐ 51/2025/QĐ-TTg names the groups.
  if (spec.type === 'integer' && spec.max <= 10) text = foldVietnamese(text).replace(/^nhom/, '');
  const parsed = isWhole ? parseWhole(text) : parseDecimal(text);
  if (parsed === 'ambiguous') {
    const digits = text.replace(/[.,]/g, '');
    const decimal = text.replace('.', ',');
    return bad(
      'bad_number',
      raw,
      place,
      `can be read as ${digits} or as ${text.replace(',', '.')}; write ${digits} without a thousands separator, or round to ${spec.type === 'decimal' ? spec.maxDecimals : 0} decimals`,
      `có thể hiểu là ${digits} hoặc ${decimal}; hãy ghi ${digits} không có dấu phân cách hàng nghìn, hoặc làm tròn còn ${spec.type === 'decimal' ? spec.maxDecimals : 0} chữ số thập phân`,
    );
  }
  if (parsed === undefined) {
    return isWhole
      ? bad('bad_number', raw, place, 'is not a whole number', 'không phải số nguyên')
      : bad('bad_number', raw, place, 'is not a number', 'không phải số');
  }
  return check(def, parsed, raw, place, 'bad_number');
}

function check(def: UnitAttributeDef, value: unknown, raw: string, place: Place, code: string): CellResult<AttributeValue> {
  const result = validateAttributeValue(def, value);
  if (result.ok) return result;
  return bad(code, raw, place, `${def.en} ${result.en}`, `${def.vi} ${result.vi}`);
}

function bad(code: string, raw: string, place: Place, en: string, vi: string): { ok: false; issue: ReturnType<typeof fileIssue> } {
  const value = raw.trim();
  return { ok: false, issue: fileIssue(code, { ...place, value }, `"${value}": ${en}`, `"${value}": ${vi}`) };
}

/** Reads an attribute cell into a value the catalogue accepts; undefined when the cell is empty (no change). */
export function readAttributeCell(def: UnitAttributeDef, raw: string, place: Place): CellResult<AttributeValue | undefined> {
  if (hasControlCharacter(raw)) return { ok: false, issue: controlIssue(raw, place) };
  const text = raw.trim();
  if (!text) return { ok: true, value: undefined };
  switch (def.spec.type) {
    case 'integer':
    case 'decimal':
      return readNumber(def, text, place);
    case 'boolean': {
      const word = foldVietnamese(text).replace(/[.!]$/, '');
      if (TRUE_WORDS.has(word)) return { ok: true, value: true };
      if (FALSE_WORDS.has(word)) return { ok: true, value: false };
      return bad('bad_value', text, place, `${def.en} must be yes or no (Có/Không, x, 1/0, Yes/No)`, `${def.vi} phải là Có hoặc Không (hoặc x, 1/0)`);
    }
    case 'enum': {
      const value = matchAttributeOption(def, text);
      return value === undefined ? check(def, text, text, place, 'bad_value') : { ok: true, value };
    }
  }
}
