/** How the criterion screens write their values: bilingual texts, shares as %, fact values and village names. */
import type { Bilingual } from '../../../src/domain/indicators/indicator-types.ts';
import { findUnitType } from '../../../src/domain/units/unit-types.ts';
import type { ParamValue } from '../api/criteria.ts';
import type { CatalogueIndicator } from '../api/indicators.ts';

/** The text of `b` in the UI language. */
export function pick(b: Bilingual | null | undefined, lang: 'vi' | 'en'): string {
  return b ? b[lang] : '';
}

/** A fraction 0–1 as the number shown in a % field: 0.667 → 66.7. */
export function shareToPercent(value: number): number {
  return Math.round(value * 1000) / 10;
}

/** A % typed by a user ("66,7", "50") as a fraction 0–1; undefined when it is no number in 0–100. */
export function parsePercent(text: string): number | undefined {
  const n = parseLocaleNumber(text);
  if (n === undefined || n < 0 || n > 100) return undefined;
  return Math.round(n * 10) / 1000;
}

/** A number typed the Vietnamese ("1.463,5") or the English way ("1463.5"); undefined when it is none. */
export function parseLocaleNumber(text: string): number | undefined {
  const t = text.trim().replace(/\s/g, '');
  if (!t) return undefined;
  const normalised = t.includes(',') ? t.replace(/\./g, '').replace(',', '.') : t;
  if (!/^-?\d+(\.\d+)?$/.test(normalised)) return undefined;
  return Number(normalised);
}

/** A parameter value as text: "100%", "3", "Bật"/"Tắt", or the off word for null. */
export function paramValueText(
  value: ParamValue | undefined,
  type: 'share' | 'number' | 'switch',
  words: { on: string; off: string; none: string },
  formatNumber: (n: number) => string,
): string {
  if (value === null || value === undefined) return words.none;
  if (typeof value === 'boolean') return value ? words.on : words.off;
  return type === 'share' ? `${formatNumber(shareToPercent(value))}%` : formatNumber(value);
}

/** A unit's name with its type word: "Xã Nghiên Loan", "Thôn 2" (the type word in lower case inside a sentence). */
export function namedUnit(unit: { name: string; typeCode?: string | undefined }, lang: 'vi' | 'en', inSentence = false): string {
  const type = unit.typeCode ? findUnitType(unit.typeCode) : undefined;
  if (!type) return unit.name;
  const word = lang === 'vi' ? type.vi : type.en;
  if (lang === 'en') return type.level === 'village' ? `${word} ${unit.name}` : `${unit.name} ${word.toLowerCase()}`;
  const shown = inSentence ? word.toLowerCase() : word;
  return unit.name.toLowerCase().startsWith(word.toLowerCase()) ? unit.name : `${shown} ${unit.name}`;
}

/** What a fact's value reads as, with the indicator's unit when it has one: "2 điểm", "Có", "96%". */
export function factValueText(
  value: number | boolean | string,
  indicator: CatalogueIndicator | undefined,
  lang: 'vi' | 'en',
  words: { yes: string; no: string },
  formatNumber: (n: number) => string,
): string {
  if (typeof value === 'boolean') return value ? words.yes : words.no;
  if (typeof value === 'string') return indicator?.options?.find((o) => o.value === value)?.[lang] ?? value;
  if (!indicator) return formatNumber(value);
  if (indicator.valueType === 'percent') return `${formatNumber(value)}%`;
  const unit = lang === 'vi' ? indicator.unitVi : indicator.unitEn;
  return unit ? `${formatNumber(value)} ${unit}` : formatNumber(value);
}
