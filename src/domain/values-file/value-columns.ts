/**
 * Finds the header of a values file and what each column means: the unit, its name, the period, the
 * series, an as-of date, a breakdown for the whole row, and the indicator columns (wide layout: one
 * column per indicator or part) or the indicator / breakdown / value columns (long layout). Headers are
 * matched folded ("Mã đơn vị" = "ma don vi" = "MA DON VI"), below any title rows, over one or two rows.
 */
import type { CompiledCatalogue, IndicatorDef } from '../indicators/indicator-types.ts';
import { foldVietnamese } from '../text/fold.ts';
import type { Series } from '../values/value-types.ts';
import { EXTRA_INDICATOR_HEADERS } from './indicator-headers.ts';
import { cellDisplay, type Cell } from './read-cells.ts';

export type ColumnRole =
  | { kind: 'unitCode' }
  | { kind: 'unitName' }
  | { kind: 'period' }
  | { kind: 'series' }
  | { kind: 'reportedOn' }
  | { kind: 'rowDimension'; dimension: string }
  | { kind: 'indicator'; indicator: string; breakdown: Readonly<Record<string, string>>; series?: Series }
  | { kind: 'indicatorName' }
  | { kind: 'breakdown' }
  | { kind: 'value' }
  | { kind: 'ignored' };

export interface LayoutColumn {
  index: number;
  /** The header as written (both rows of a two-row header, joined). */
  label: string;
  role: ColumnRole;
}

export interface ValueLayout {
  layout: 'wide' | 'long';
  /** 1-based row of the (last) header row in the file. */
  headerRow: number;
  /** Position in the rows given of the first row after the header. */
  dataStart: number;
  /** 1, or 2 for a header over two rows. */
  headerRowCount: 1 | 2;
  columns: LayoutColumn[];
  /** Headers not recognised, for warnings. */
  unknown: Array<{ index: number; label: string }>;
  /** Headers that two columns share. */
  repeated: Array<{ index: number; label: string; first: string }>;
}

/** Folds a header for matching: "Mã đơn vị (*)" → "madonvi". */
export function foldHeader(text: string): string {
  return foldVietnamese(text.replace(/\ufeff/g, '').replace(/\(\s*\*\s*\)|\*/g, '')).replace(/[^a-z0-9]/g, '');
}

const FIXED: Array<[ColumnRole, string[]]> = [
  [
    { kind: 'unitCode' },
    [
      'madonvi',
      'madvhc',
      'madv',
      'madonvihanhchinh',
      'matinh',
      'matp',
      'matinhtp',
      'matinhthanhpho',
      'maxa',
      'maphuongxa',
      'maxaphuong',
      'mapx',
      'mathon',
      'mathonban',
      'mathonto',
      'mathontodanpho',
      'unitcode',
    ],
  ],
  [
    { kind: 'unitName' },
    [
      'tendonvi',
      'tendvhc',
      'donvi',
      'tentinh',
      'tentp',
      'tentinhthanhpho',
      'tinhthanhpho',
      'tenxa',
      'tenphuongxa',
      'tenxaphuong',
      'xaphuong',
      'phuongxa',
      'xa',
      'tenthon',
      'tenthonban',
      'thonban',
      'thon',
      'tenthontodanpho',
      'thontodanpho',
      'unitname',
    ],
  ],
  [{ kind: 'period' }, ['kybaocao', 'ky', 'kysolieu', 'kybc', 'thoiky', 'nam', 'period']],
  [{ kind: 'series' }, ['loaisolieu', 'series']],
  [{ kind: 'reportedOn' }, ['ngaysolieu', 'ngaybaocao', 'ngaycapnhat', 'solieudenngay', 'asof', 'asofdate']],
  [{ kind: 'rowDimension', dimension: 'operator' }, ['doanhnghiep', 'nhamang', 'doanhnghiepvienthong', 'operator']],
  [{ kind: 'rowDimension', dimension: 'technology' }, ['congnghe', 'technology']],
  [{ kind: 'rowDimension', dimension: 'transmission' }, ['phuongthuctruyendan', 'transmission']],
  [{ kind: 'rowDimension', dimension: 'online_service_level' }, ['mucdodvctt', 'mucdodichvucongtructuyen']],
  [{ kind: 'indicatorName' }, ['chitieu', 'machitieu', 'tenchitieu', 'indicator']],
  [{ kind: 'breakdown' }, ['phanto', 'chitiet', 'breakdown']],
  [{ kind: 'value' }, ['giatri', 'solieu', 'value']],
  [
    { kind: 'ignored' },
    ['stt', 'tt', 'sott', 'ghichu', 'note', 'notes', 'huyen', 'tenhuyen', 'quanhuyen', 'mahuyen', 'maqh', 'tinh', 'cap', 'loai', 'loaidonvi'],
  ],
];
const FIXED_INDEX = new Map<string, ColumnRole>(FIXED.flatMap(([role, words]) => words.map((w) => [w, role] as const)));

type IndicatorAlias = { indicator: string; breakdown: Record<string, string> };

/** Every header an indicator (or one part of it) is known by, folded; aliases two indicators share are dropped. */
export function indicatorAliases(catalogue: CompiledCatalogue): Map<string, IndicatorAlias> {
  const found = new Map<string, IndicatorAlias | null>();
  const add = (key: string, alias: IndicatorAlias) => {
    if (!key || FIXED_INDEX.has(key)) return;
    const prior = found.get(key);
    if (prior === undefined) found.set(key, alias);
    else if (prior && (prior.indicator !== alias.indicator || JSON.stringify(prior.breakdown) !== JSON.stringify(alias.breakdown))) found.set(key, null);
  };
  for (const ind of catalogue.indicators) {
    const bases = baseLabels(ind);
    for (const b of bases) add(foldHeader(b), { indicator: ind.code, breakdown: {} });
    for (const d of ind.disaggregations ?? []) {
      const dim = catalogue.dimensionByCode.get(d.dimension);
      for (const v of d.values) {
        const option = dim?.values.find((o) => o.value === v);
        const labels = [v, ...(option ? [option.vi, option.en] : [])];
        for (const b of bases) for (const l of labels) add(foldHeader(`${b} ${l}`), { indicator: ind.code, breakdown: { [d.dimension]: v } });
        add(foldHeader(`${ind.code}[${v}]`), { indicator: ind.code, breakdown: { [d.dimension]: v } });
      }
    }
  }
  const result = new Map<string, IndicatorAlias>();
  for (const [k, v] of found) if (v) result.set(k, v);
  return result;
}

function baseLabels(ind: IndicatorDef): string[] {
  return [
    ind.code,
    ind.name.vi,
    ind.name.en,
    ind.shortVi,
    `${ind.name.vi} (${ind.unit.vi})`,
    `${ind.shortVi} (${ind.unit.vi})`,
    ...(EXTRA_INDICATOR_HEADERS[ind.code] ?? []),
  ];
}

const PLAN_WORDS = ['kehoach', 'kh', 'plan'];
const ACTUAL_WORDS = ['thuchien', 'th', 'actual'];

/** What a header means, trying it whole, without a bracketed unit, and without a series word. */
export function matchHeader(label: string, aliases: ReadonlyMap<string, IndicatorAlias>): ColumnRole | undefined {
  const key = foldHeader(label);
  if (!key) return undefined;
  const fixed = FIXED_INDEX.get(key);
  if (fixed) return fixed;
  const withoutUnit = foldHeader(label.replace(/\([^()]*\)\s*$/, ''));
  for (const k of [key, withoutUnit]) {
    const a = aliases.get(k);
    if (a) return { kind: 'indicator', indicator: a.indicator, breakdown: a.breakdown };
  }
  for (const [words, series] of [
    [PLAN_WORDS, 'plan'],
    [ACTUAL_WORDS, 'actual'],
  ] as const) {
    for (const w of words) {
      for (const k of [key, withoutUnit]) {
        const stripped = k.startsWith(w) ? k.slice(w.length) : k.endsWith(w) ? k.slice(0, -w.length) : undefined;
        const a = stripped ? aliases.get(stripped) : undefined;
        if (a) return { kind: 'indicator', indicator: a.indicator, breakdown: a.breakdown, series };
      }
    }
  }
  return undefined;
}

/** Title rows above the header are skipped; a header further down than this is not looked for. */
export const HEADER_SEARCH_ROWS = 30;

interface Candidate {
  layout: ValueLayout;
  score: number;
}

/** The header labels of one row, or of two rows read as one (a merged group on top, its parts below). */
function headerLabels(top: readonly Cell[], bottom?: readonly Cell[]): string[] {
  const width = Math.max(top.length, bottom?.length ?? 0);
  const labels: string[] = [];
  let carried = '';
  for (let i = 0; i < width; i++) {
    const t = cellDisplay(top[i] ?? null).trim();
    const b = bottom ? cellDisplay(bottom[i] ?? null).trim() : '';
    if (t) carried = t;
    if (!bottom) labels.push(t);
    else if (b && t && b !== t) labels.push(`${t} ${b}`);
    else if (b && !t) labels.push(carried ? `${carried} ${b}` : b);
    else {
      labels.push(t || b);
      if (!t) carried = '';
    }
  }
  return labels;
}

function readLayout(
  labels: string[],
  headerRow: number,
  dataStart: number,
  headerRowCount: 1 | 2,
  aliases: ReadonlyMap<string, IndicatorAlias>,
): Candidate | undefined {
  const columns: LayoutColumn[] = [];
  const unknown: ValueLayout['unknown'] = [];
  const repeated: ValueLayout['repeated'] = [];
  const seen = new Map<string, string>();
  labels.forEach((label, index) => {
    if (!label) return;
    const role = matchHeader(label, aliases);
    if (!role) {
      unknown.push({ index, label });
      return;
    }
    if (role.kind === 'ignored') return;
    const key = JSON.stringify(role);
    const first = seen.get(key);
    if (first !== undefined) {
      repeated.push({ index, label, first });
      return;
    }
    seen.set(key, label);
    columns.push({ index, label, role });
  });
  const has = (kind: ColumnRole['kind']) => columns.some((c) => c.role.kind === kind);
  if (!has('unitCode')) return undefined;
  const indicators = columns.filter((c) => c.role.kind === 'indicator').length;
  const long = has('indicatorName') && has('value');
  if (!long && indicators === 0) return undefined;
  return {
    layout: { layout: long ? 'long' : 'wide', headerRow, dataStart, headerRowCount, columns, unknown, repeated },
    score: columns.length * 2 - unknown.length,
  };
}

/**
 * Finds the header among the first rows: a row (or two rows read as one) with a unit-code column and
 * either indicator columns (wide) or indicator and value columns (long). Undefined when none fits.
 */
export function findValueLayout(
  rows: ReadonlyArray<{ row: number; cells: readonly Cell[] }>,
  catalogue: CompiledCatalogue,
  aliases = indicatorAliases(catalogue),
): ValueLayout | undefined {
  let best: Candidate | undefined;
  const limit = Math.min(rows.length, HEADER_SEARCH_ROWS);
  for (let i = 0; i < limit; i++) {
    const single = readLayout(headerLabels(rows[i]!.cells), rows[i]!.row, i + 1, 1, aliases);
    if (single && (!best || single.score > best.score)) best = single;
    if (i + 1 < rows.length) {
      const double = readLayout(headerLabels(rows[i]!.cells, rows[i + 1]!.cells), rows[i + 1]!.row, i + 2, 2, aliases);
      if (double && (!best || double.score > best.score)) best = double;
    }
  }
  return best?.layout;
}

/** What the header rows say, for diagnosis when no header fits: the best partial match's labels. */
export function describeRole(role: ColumnRole, catalogue: CompiledCatalogue, lang: 'vi' | 'en'): string {
  const vi = lang === 'vi';
  switch (role.kind) {
    case 'unitCode':
      return vi ? 'Mã đơn vị' : 'Unit code';
    case 'unitName':
      return vi ? 'Tên đơn vị' : 'Unit name';
    case 'period':
      return vi ? 'Kỳ báo cáo' : 'Period';
    case 'series':
      return vi ? 'Loại số liệu (thực hiện/kế hoạch)' : 'Series (actual/plan)';
    case 'reportedOn':
      return vi ? 'Ngày số liệu' : 'As-of date';
    case 'rowDimension': {
      const d = catalogue.dimensionByCode.get(role.dimension);
      return `${vi ? 'Phân tổ theo' : 'Breakdown by'} ${d ? (vi ? d.vi : d.en).toLowerCase() : role.dimension}`;
    }
    case 'indicator': {
      const ind = catalogue.byCode.get(role.indicator);
      const parts = Object.entries(role.breakdown).map(([d, v]) => {
        const option = catalogue.dimensionByCode.get(d)?.values.find((o) => o.value === v);
        return option ? (vi ? option.vi : option.en) : v;
      });
      const name = ind ? (vi ? ind.name.vi : ind.name.en) : role.indicator;
      const series = role.series === 'plan' ? (vi ? ' (kế hoạch)' : ' (plan)') : '';
      return `${role.indicator}: ${name}${parts.length ? ` – ${parts.join(', ')}` : ''}${series}`;
    }
    case 'indicatorName':
      return vi ? 'Chỉ tiêu' : 'Indicator';
    case 'breakdown':
      return vi ? 'Phân tổ' : 'Breakdown';
    case 'value':
      return vi ? 'Giá trị' : 'Value';
    case 'ignored':
      return vi ? 'bỏ qua' : 'ignored';
  }
}
