/** Reads the cells of a units file: codes with their leading zeros, names, counts; rejects hostile text. */
import { normalizeName } from '../text/fold.ts';
import { CODE_PATTERNS, type UnitLevel } from '../units/unit-types.ts';
import { fileIssue } from './file-issue.ts';
import type { FileIssue } from './units-file-types.ts';

/** GSO code widths: a spreadsheet that stored 1840 as a number lost the zero of 01840. */
const CODE_WIDTHS: Partial<Record<UnitLevel, number>> = { province: 2, district: 3, commune: 5 };

/** Longest names admin_unit accepts (name 200, full name 250 characters). */
export const MAX_NAME_LENGTH = 200;
export const MAX_FULL_NAME_LENGTH = 250;

/**
 * C0/C1 controls, zero-width and bidirectional-override characters: never part of a unit's name, and the
 * bidi ones can make a name display as something else ("Trojan Source", CVE-2021-42574).
 */
const HOSTILE = /[\u0000-\u001f\u007f-\u009f\u200b-\u200f\u202a-\u202e\u2060-\u2064\u2066-\u2069\ufeff]/u;

/** True when text holds a control, zero-width or bidi-override character. */
export function hasControlCharacter(text: string): boolean {
  return HOSTILE.test(text);
}

export type CellResult<T> = { ok: true; value: T } | { ok: false; issue: FileIssue };

/** Where a cell is: its 1-based row and its column as headed in the file. */
export interface Place {
  row: number;
  field: string;
}

/** The issue for a cell holding a control or invisible character. */
export function controlIssue(raw: string, place: Place): FileIssue {
  return fileIssue(
    'control_character',
    { ...place, value: JSON.stringify(raw) },
    'contains a control or invisible character',
    'có ký tự điều khiển hoặc ký tự ẩn',
  );
}

/**
 * Reads a GSO code of `level`, padding the leading zeros a spreadsheet dropped ("1840" → "01840",
 * "1840.0" → "01840"); undefined when the cell is empty.
 */
export function readCode(raw: string, level: UnitLevel, place: Place): CellResult<string | undefined> {
  if (hasControlCharacter(raw)) return { ok: false, issue: controlIssue(raw, place) };
  let code = raw.trim();
  if (!code) return { ok: true, value: undefined };
  const width = CODE_WIDTHS[level];
  if (width !== undefined) {
    const numeric = /^(\d+)(?:\.0+)?$/.exec(code);
    if (numeric && numeric[1]!.length < width) code = numeric[1]!.padStart(width, '0');
    else if (numeric) code = numeric[1]!;
  }
  if (!CODE_PATTERNS[level].test(code)) {
    const shape = width === undefined ? 'letters, digits, ".", "_" or "-" (at most 40)' : `${width} digits`;
    const shapeVi = width === undefined ? 'chữ, số, ".", "_" hoặc "-" (tối đa 40 ký tự)' : `${width} chữ số`;
    return {
      ok: false,
      issue: fileIssue('bad_code', { ...place, value: raw }, `"${raw}" is not a code of ${shape}`, `"${raw}" không phải mã gồm ${shapeVi}`),
    };
  }
  return { ok: true, value: code };
}

/**
 * Reads a code from a column that does not say the level ("Mã đơn vị", "Mã ĐVHC"): digits that lost
 * their leading zeros are padded by length (1–2 → a province's 2, 4 → a commune's 5); a 3-digit district
 * code and village codes are taken as written. The register then tells the level. Undefined when empty.
 */
export function readUnitCode(raw: string, place: Place): CellResult<string | undefined> {
  if (hasControlCharacter(raw)) return { ok: false, issue: controlIssue(raw, place) };
  let code = raw.trim();
  if (!code) return { ok: true, value: undefined };
  const numeric = /^(\d+)(?:\.0+)?$/.exec(code);
  if (numeric) {
    const digits = numeric[1]!;
    code = digits.length <= 2 ? digits.padStart(2, '0') : digits.length === 4 ? digits.padStart(5, '0') : digits;
  }
  if (!CODE_PATTERNS.village.test(code)) {
    return {
      ok: false,
      issue: fileIssue('bad_code', { ...place, value: raw }, `"${raw}" is not a unit code`, `"${raw}" không phải mã đơn vị`),
    };
  }
  return { ok: true, value: code };
}

/** Reads a name cell: NFC, single spaces, no control characters, at most 200 characters; undefined when empty. */
export function readText(raw: string, place: Place, maxLength = MAX_NAME_LENGTH): CellResult<string | undefined> {
  if (hasControlCharacter(raw)) return { ok: false, issue: controlIssue(raw, place) };
  const text = normalizeName(raw);
  if (!text) return { ok: true, value: undefined };
  if (text.length > maxLength) {
    return {
      ok: false,
      issue: fileIssue('too_long', { ...place, value: text }, `longer than ${maxLength} characters`, `dài quá ${maxLength} ký tự`),
    };
  }
  return { ok: true, value: text };
}

/** Splits a list of codes ("00004, 00007; 00010") into its distinct codes. */
export function splitCodeList(raw: string): string[] {
  return [...new Set(raw.split(/[,;\s]+/).filter(Boolean))];
}

/** An issue for a required cell left empty. */
export function missingValue(place: Place): FileIssue {
  return fileIssue('required', place, 'empty', 'bị để trống');
}
