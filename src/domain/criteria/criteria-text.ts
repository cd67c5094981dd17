/** How criteria results are phrased: thresholds, values and village names in Vietnamese and English. */
import { formatNumberVi } from '../format/vi-format.ts';
import type { Bilingual, IndicatorDef, IndicatorValue } from '../indicators/indicator-types.ts';
import { findUnitType } from '../units/unit-types.ts';
import type { NamedUnit } from './criteria-types.ts';

/** A count or figure the Vietnamese way: "1.463", "3,5". */
export function formatCount(value: number, decimals?: number): string {
  return decimals === undefined ? formatNumberVi(value) : formatNumberVi(value, decimals);
}

function formatThreshold(target: number | string | boolean | null, isShare: boolean): Bilingual {
  if (typeof target === 'number') {
    if (isShare) {
      const pct = Math.round(target * 1000) / 10;
      return { vi: `${formatNumberVi(pct)}%`, en: `${pct}%` };
    }
    return { vi: formatNumberVi(target), en: String(target) };
  }
  return { vi: String(target), en: String(target) };
}

// The same texts are filled with the same few thresholds for every commune: fill each once.
const filled = new WeakMap<Bilingual, Map<string, Bilingual>>();

/** Puts the threshold into a text's `{t}`; a share (0–1) shows as a percentage. */
export function fillThreshold(text: Bilingual, target: number | string | boolean | null, isShare: boolean): Bilingual {
  if (!text.vi.includes('{t}') && !text.en.includes('{t}')) return text;
  let byTarget = filled.get(text);
  if (!byTarget) {
    byTarget = new Map();
    filled.set(text, byTarget);
  }
  const key = `${String(target)}|${isShare}`;
  const hit = byTarget.get(key);
  if (hit) return hit;
  const t = formatThreshold(target, isShare);
  const result = { vi: text.vi.replaceAll('{t}', t.vi), en: text.en.replaceAll('{t}', t.en) };
  byTarget.set(key, result);
  return result;
}

/** A reported value with its unit: "3,5 giờ/ngày", "Có", "96%". */
export function describeValue(indicator: IndicatorDef | undefined, value: IndicatorValue): Bilingual {
  if (typeof value === 'boolean') return value ? { vi: 'có', en: 'yes' } : { vi: 'không', en: 'no' };
  if (typeof value === 'string') {
    const option = indicator?.options?.find((o) => o.value === value);
    return option ? { vi: option.vi, en: option.en } : { vi: value, en: value };
  }
  if (!indicator) return { vi: formatNumberVi(value), en: String(value) };
  if (indicator.valueType === 'percent') return { vi: `${formatNumberVi(value)}%`, en: `${value}%` };
  return { vi: `${formatNumberVi(value)} ${indicator.unit.vi}`, en: `${value} ${indicator.unit.en}` };
}

/** A village as named in a sentence: "bản Nà Tu", "thôn 3" (the type word added unless the name has it). */
export function unitLabel(unit: NamedUnit): string {
  const type = unit.typeCode ? findUnitType(unit.typeCode) : undefined;
  if (!type || type.level !== 'village') return unit.name;
  const word = type.vi.toLowerCase();
  return unit.name.toLowerCase().startsWith(word) ? unit.name : `${word} ${unit.name}`;
}

/** Names up to `max` units, then "và k thôn khác". */
export function listUnits(units: readonly NamedUnit[], max = 5): Bilingual {
  const shown = units.slice(0, max).map(unitLabel);
  const more = units.length - shown.length;
  return {
    vi: more > 0 ? `${shown.join(', ')} và ${formatCount(more)} thôn khác` : shown.join(', '),
    en: more > 0 ? `${shown.join(', ')} and ${more} more villages` : shown.join(', '),
  };
}

const OUTCOME_WORDS = {
  pass: { vi: 'đạt', en: 'met' },
  fail: { vi: 'không đạt', en: 'not met' },
  missing: { vi: 'chưa đủ dữ liệu', en: 'insufficient data' },
  not_applicable: { vi: 'không áp dụng', en: 'not applicable' },
} as const;

/** "đạt" / "không đạt" / "chưa đủ dữ liệu" / "không áp dụng". */
export function outcomeWord(outcome: keyof typeof OUTCOME_WORDS): Bilingual {
  return OUTCOME_WORDS[outcome];
}
