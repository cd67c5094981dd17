/**
 * The report's sentences, built from fragments that carry the numbers they print (so every number can be
 * traced to a figure of the analytics). Wording of comparisons comes from compare-with-plan.ts (R-AGG-3);
 * numbers are Vietnamese (1.463,5; 58,2%); a figure that is not known is said to be so ("chưa có số
 * liệu"), never filled in.
 */
import { compareWithPlan, countChangeText, pointChangeText } from '../analytics/compare-with-plan.ts';
import { formatFigureVi, formatNumberVi } from '../format/vi-format.ts';
import type { CitedFigure, FigureRef, ReportParagraph, ReportSentence } from './report-types.ts';

/** A piece of a sentence and the numbers it prints. */
export interface Fragment {
  text: string;
  figures: CitedFigure[];
}

/** Words without numbers to trace (a name, a connective). */
export function words(text: string): Fragment {
  return { text, figures: [] };
}

/** A number printed as `shown`, traced to `ref`. */
export function cite(ref: FigureRef, value: number, shown: string, suffix = ''): Fragment {
  return { text: `${shown}${suffix}`, figures: [{ ref, value, shown }] };
}

/** Fragments joined by `separator`, skipping the missing ones. */
export function join(parts: ReadonlyArray<Fragment | string | null | undefined>, separator = ' '): Fragment {
  const frags = parts
    .filter((p): p is Fragment | string => p !== null && p !== undefined)
    .map((p) => (typeof p === 'string' ? words(p) : p))
    .filter((f) => f.text !== '');
  return { text: frags.map((f) => f.text).join(separator), figures: frags.flatMap((f) => f.figures) };
}

/** A sentence from fragments: first letter upper case, one full stop at the end. */
export function sentence(...parts: ReadonlyArray<Fragment | string | null | undefined>): ReportSentence {
  const f = join(parts);
  let text = f.text
    .trim()
    .replace(/\s+([,;.)])/g, '$1')
    .replace(/\(\s+/g, '(');
  if (text !== '') text = text[0]!.toLocaleUpperCase('vi-VN') + text.slice(1);
  if (!/[.:]$/.test(text)) text += '.';
  return { text, figures: f.figures };
}

/** A paragraph of sentences (an item of a list when `item`). */
export function paragraph(sentences: ReadonlyArray<ReportSentence | null>, item = false): ReportParagraph {
  return { type: 'paragraph', sentences: sentences.filter((s): s is ReportSentence => s !== null), ...(item ? { item: true } : {}) };
}

/** What kind of number a figure is: how it is printed and how its change is phrased. */
export type FigureKind = 'percent' | 'money' | 'count' | 'number';

/** The first letter in lower case ("Năm 2025" → "năm 2025") for use inside a sentence. */
export function lowerFirst(text: string): string {
  return text === '' ? text : text[0]!.toLocaleLowerCase('vi-VN') + text.slice(1);
}

/** How a figure is printed: "58,2" (a share, one decimal), "1.463,5" (tỷ đồng, at most one decimal), "1.372" (a count). */
export function showFigure(value: number, kind: FigureKind, decimals = 1): string {
  if (kind === 'percent') return formatFigureVi(Math.round(value * 10) / 10, 1);
  if (kind === 'money') return formatFigureVi(value, 1);
  if (kind === 'count') return formatNumberVi(Math.round(value));
  return formatFigureVi(value, decimals);
}

/** A figure with the unit it is counted in: "58,2%", "1.463,5 tỷ đồng", "1.372 thôn". */
export function amount(ref: FigureRef, value: number, kind: FigureKind, unitWord: string, decimals = 1): Fragment {
  const shown = showFigure(value, kind, decimals);
  return kind === 'percent' ? cite(ref, value, shown, '%') : join([cite(ref, value, shown), unitWord]);
}

/** What a figure sentence is made of. */
export interface FigureFact {
  ref: FigureRef;
  value: number | null;
  kind: FigureKind;
  unitWord: string;
  decimals: number;
  /** The plan target and where it comes from (null: none set); `ofYear`: the year's plan for a part of the year. */
  plan: { value: number | null; ref: FigureRef; ofYear?: boolean } | null;
  /** The same period a year earlier and where it comes from (null: not known). */
  previous: { value: number | null; ref: FigureRef } | null;
  /** What is said when the value is not known (default "chưa có số liệu"). */
  missing?: string;
  /** What the figure covers when not the whole period ("10 tháng đầu năm 2026"), said after its name. */
  span?: string | null;
}

const derived = (formula: Extract<FigureRef, { kind: 'derived' }>['formula'], ...of: FigureRef[]): FigureRef => ({ kind: 'derived', formula, of });

/**
 * "đạt 97,5% kế hoạch", "đạt 108,0% kế hoạch, vượt 8,0% so với kế hoạch", "chưa có số liệu kế hoạch".
 * Null when the figure is not planned (`planned` false) or not known.
 */
export function planClause(fact: FigureFact, planned: boolean): Fragment | null {
  if (fact.value === null || !planned) return null;
  if (!fact.plan || fact.plan.value === null) return words('chưa có số liệu kế hoạch');
  const c = compareWithPlan(fact.value, fact.plan.value, null);
  if (c.percentOfPlan === null || !c.text.ofPlan) return words('chưa có số liệu kế hoạch');
  if (fact.plan.ofYear) {
    // Part of the year against the year's plan: how far it has come, not whether it is above or below.
    return numberedText(`${c.text.ofPlan.vi} năm`, derived('percentOfPlan', fact.ref, fact.plan.ref), c.percentOfPlan);
  }
  const ofPlan = numberedText(c.text.ofPlan.vi, derived('percentOfPlan', fact.ref, fact.plan.ref), c.percentOfPlan);
  if (c.planStatus === 'met' || c.overPlan === null || !c.text.overPlan) return ofPlan;
  return join([ofPlan, numberedText(c.text.overPlan.vi, derived('overPlan', fact.ref, fact.plan.ref), Math.abs(c.overPlan))], ', ');
}

/**
 * The change on the same period last year: a share in percentage points, anything else in per cent
 * (R-AGG-3); null when last year is not known.
 */
export function changeClause(fact: FigureFact, since = 'cùng kỳ'): Fragment | null {
  if (fact.value === null || !fact.previous || fact.previous.value === null) return null;
  const prev = fact.previous;
  if (fact.kind === 'percent') {
    const t = pointChangeText(fact.value, prev.value, since);
    if (!t) return null;
    return t.points === 0 ? words(t.vi) : numberedText(t.vi, derived('pointChange', fact.ref, prev.ref), Math.abs(t.points));
  }
  const c = compareWithPlan(fact.value, null, prev.value);
  if (!c.text.yearOnYear) return null;
  const text = since === 'cùng kỳ' ? c.text.yearOnYear.vi : c.text.yearOnYear.vi.replace('so với cùng kỳ', `so với ${since}`);
  return c.yearOnYear === null || c.yearOnYear === 0 ? words(text) : numberedText(text, derived('yearOnYear', fact.ref, prev.ref), Math.abs(c.yearOnYear));
}

/** A count's change in units ("tăng 21 xã so với năm 2018"); null when the earlier count is not known. */
export function countChangeClause(
  current: { value: number; ref: FigureRef },
  earlier: { value: number; ref: FigureRef } | null,
  unitWord: string,
  since: string,
): Fragment | null {
  if (!earlier) return null;
  const t = countChangeText(current.value, earlier.value, unitWord, since);
  if (!t) return null;
  return t.difference === 0
    ? words(t.vi)
    : numberedText(t.vi, derived('difference', current.ref, earlier.ref), Math.abs(t.difference), formatNumberVi(Math.abs(t.difference)));
}

/**
 * A figure in a sentence: "{name} đạt 1.559,5 tỷ đồng, đạt 97,5% kế hoạch, tăng 4,3% so với cùng kỳ";
 * "{name}: chưa có số liệu" when it is not known.
 */
export function figureClause(name: string, fact: FigureFact, options: { planned?: boolean; verb?: string } = {}): Fragment {
  if (fact.value === null) return words(`${name}: ${fact.missing ?? 'chưa có số liệu'}`);
  const head = join([name, fact.span ? `(${fact.span})` : null, options.verb ?? 'đạt', amount(fact.ref, fact.value, fact.kind, fact.unitWord, fact.decimals)]);
  return join([head, comparisonClauses(fact, options.planned ?? false)], ', ');
}

/** The plan and last-year clauses of a known figure ("đạt 97,5% kế hoạch, tăng 4,3% so với cùng kỳ"); null when there are none. */
export function comparisonClauses(fact: FigureFact, planned: boolean): Fragment | null {
  const f = join([planClause(fact, planned), changeClause(fact)], ', ');
  return f.text === '' ? null : f;
}

/** Text from compare-with-plan that prints `value` with one decimal: the number inside it is cited. */
function numberedText(text: string, ref: FigureRef, value: number, shown = formatNumberVi(value, 1)): Fragment {
  const at = text.indexOf(shown);
  if (at < 0) throw new Error(`"${shown}" is not in "${text}"`);
  return join([words(text.slice(0, at)), cite(ref, value, shown), words(text.slice(at + shown.length))], '');
}
