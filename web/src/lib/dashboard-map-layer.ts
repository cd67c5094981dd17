/**
 * The map's layers as entries and a legend: an indicator's figures (numbers in colour classes, yes/no as
 * two colours) or the criterion-8 outcome of each commune (đạt / không đạt / chưa đủ dữ liệu / không
 * thuộc phạm vi). Pure: the map component only draws what this returns.
 */
import type { AnalyticsIndicator, DashboardResult, PivotCell } from '../api/analytics.ts';
import { buildNumericScale, NO_DATA_COLOUR } from '../components/map/map-scale.ts';
import type { LegendItem, MapEntry, MapLegend } from '../components/map/map-types.ts';
import { formatCellValue, formatIndicatorNumber } from './dashboard-format.ts';
import type { ClassMethod } from './dashboard-params.ts';

/** The words a layer needs, in the UI language. */
export interface LayerWords {
  lang: 'vi' | 'en';
  yes: string;
  no: string;
  noData: string;
  derived: string;
  notComparable: string;
  sourceLabel: string;
  source(source: string): string;
  outcome(outcome: string): string;
}

/** A layer ready to draw. */
export interface MapLayer {
  entries: MapEntry[];
  legend: MapLegend;
}

const OUTCOME_COLOURS: Record<string, { color: string; isHatched?: boolean }> = {
  pass: { color: '#4e9a67' },
  fail: { color: '#d1584a' },
  missing: { color: NO_DATA_COLOUR, isHatched: true },
  out_of_scope: { color: '#f7f8fa' },
};

/** A commune's outcome as the map and panel class it: wards and towns ("không áp dụng") are out of scope. */
export function outcomeClass(outcome: string): string {
  return outcome === 'not_applicable' ? 'out_of_scope' : outcome;
}

/** The criterion layer: each commune coloured by its overall outcome. */
export function buildCriteriaLayer(criteria: NonNullable<DashboardResult['criteria']>, title: string, words: LayerWords): MapLayer {
  const entries: MapEntry[] = criteria.communes.map((c) => {
    const key = outcomeClass(c.outcome);
    return { code: c.code, name: c.name, classKey: key, valueText: words.outcome(key) };
  });
  const items: LegendItem[] = Object.entries(OUTCOME_COLOURS).map(([key, style]) => ({
    key,
    label: words.outcome(key),
    ...style,
    count: entries.filter((e) => e.classKey === key).length,
  }));
  return { entries, legend: { title, items } };
}

/** A unit as the layer needs it. */
export interface LayerUnit {
  code: string;
  name: string;
  fullName: string;
}

/** An indicator layer over `units` from the cells of `period` (other periods are ignored). */
export function buildIndicatorLayer(
  units: readonly LayerUnit[],
  cells: readonly PivotCell[],
  indicator: AnalyticsIndicator,
  period: string,
  method: ClassMethod,
  words: LayerWords,
): MapLayer {
  const byUnit = new Map<string, PivotCell>();
  for (const cell of cells) {
    if (cell.indicator !== indicator.code) continue;
    if (cell.period === period || !byUnit.has(cell.unit)) byUnit.set(cell.unit, cell);
  }
  const title =
    indicator.valueType === 'percent'
      ? `${indicator.name[words.lang]} (%)`
      : indicator.unit[words.lang]
        ? `${indicator.name[words.lang]} (${indicator.unit[words.lang]})`
        : indicator.name[words.lang];
  const numbers = units.map((u) => byUnit.get(u.code)?.value).filter((v): v is number => typeof v === 'number' && Number.isFinite(v));
  const scale = buildNumericScale(numbers, method);
  const entries: MapEntry[] = units.map((unit) => {
    const cell = byUnit.get(unit.code);
    const value = cell?.value ?? null;
    const classKey = typeof value === 'number' ? `c${scale.classOf(value)}` : typeof value === 'boolean' ? (value ? 'yes' : 'no') : null;
    return {
      code: unit.code,
      name: unit.fullName || unit.name,
      classKey,
      valueText: formatCellValue(value, indicator, words.lang, { yes: words.yes, no: words.no, none: words.noData }),
      details: cell ? cellDetails(cell, words) : [],
    };
  });
  const count = (key: string | null) => entries.filter((e) => e.classKey === key).length;
  const format = (v: number) => formatIndicatorNumber(v, indicator, words.lang, false);
  const items: LegendItem[] = [
    ...scale.classes.map((c, i) => ({
      key: `c${i}`,
      label: c.from === c.to ? format(c.from) : `${format(c.from)} – ${format(c.to)}`,
      color: c.color,
      count: count(`c${i}`),
    })),
    ...(count('yes') + count('no') > 0
      ? [
          { key: 'yes', label: words.yes, color: '#3182bd', count: count('yes') },
          { key: 'no', label: words.no, color: '#fdae6b', count: count('no') },
        ]
      : []),
  ];
  const missing = count(null);
  if (missing > 0) items.push({ key: 'none', label: words.noData, color: NO_DATA_COLOUR, isHatched: true, count: missing });
  return { entries: entries.map((e) => (e.classKey === null ? { ...e, classKey: 'none' } : e)), legend: { title, items } };
}

function cellDetails(cell: PivotCell, words: LayerWords): string[] {
  const lines = [`${words.sourceLabel}: ${words.source(cell.source)}`];
  if (cell.derived) lines.push(words.derived);
  if (!cell.comparable) lines.push(words.notComparable);
  if (cell.note) lines.push(cell.note[words.lang]);
  return lines;
}
