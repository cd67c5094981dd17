/**
 * The columns of the three kinds of units file and how their headers are found: below any title rows,
 * matched ignoring case, diacritics, spaces and punctuation ("Tỉnh / Thành Phố" = "tinh thanh pho").
 */
import { foldVietnamese } from '../text/fold.ts';
import { UNIT_ATTRIBUTES, findUnitAttribute, type UnitAttributeKey } from '../units/unit-attributes.ts';
import { ATTRIBUTE_HEADER_WORDS, REFUSED_AREA_HEADERS, UNIT_COLUMN_WORDS } from './attribute-columns.ts';
import { fileIssue } from './file-issue.ts';
import type { FileIssue, SheetRow, UnitsFileKind } from './units-file-types.ts';

export type ColumnId =
  | 'unitCode'
  | 'unitName'
  | 'provinceCode'
  | 'provinceName'
  | 'districtCode'
  | 'districtName'
  | 'communeCode'
  | 'communeName'
  | 'communeType'
  | 'englishName'
  | 'villageCode'
  | 'villageName'
  | 'villageType'
  | 'predecessors'
  | UnitAttributeKey;

interface ColumnSpec {
  id: ColumnId;
  /** How the column is named in messages when the file lacks it. */
  label: string;
  /** Folded, compacted header texts that mean this column. */
  aliases: string[];
}

const predecessors: ColumnSpec = { id: 'predecessors', label: 'Mã đơn vị cũ', aliases: ['madonvicu', 'macu', 'madvhccu', 'madonvitruoc'] };

/** GSO export headers: three-tier (Mã TP, Mã QH, Mã PX) and the 2025 two-tier list (Mã tỉnh, Mã xã). */
const CATALOGUE_COLUMNS: ColumnSpec[] = [
  { id: 'provinceCode', label: 'Mã TP', aliases: ['matp', 'matinh', 'matinhtp', 'matinhthanhpho'] },
  { id: 'provinceName', label: 'Tỉnh / Thành Phố', aliases: ['tinhthanhpho', 'tinhtp', 'tentinh', 'tentinhthanhpho', 'tentinhtp', 'tinh'] },
  { id: 'districtCode', label: 'Mã QH', aliases: ['maqh', 'mahuyen', 'maquanhuyen'] },
  { id: 'districtName', label: 'Quận Huyện', aliases: ['quanhuyen', 'tenquanhuyen', 'huyen', 'tenhuyen'] },
  { id: 'communeCode', label: 'Mã PX', aliases: ['mapx', 'maxa', 'maphuongxa', 'maxaphuong'] },
  { id: 'communeName', label: 'Phường Xã', aliases: ['phuongxa', 'tenphuongxa', 'xaphuong', 'tenxaphuong', 'tenxa', 'xa'] },
  { id: 'communeType', label: 'Cấp', aliases: ['cap', 'capdonvi'] },
  { id: 'englishName', label: 'Tên Tiếng Anh', aliases: ['tentienganh'] },
  predecessors,
];

const VILLAGE_COLUMNS: ColumnSpec[] = [
  { id: 'communeCode', label: 'Mã xã', aliases: ['maxa', 'mapx', 'maphuongxa', 'maxaphuong'] },
  { id: 'communeName', label: 'Tên xã', aliases: ['tenxa', 'tenphuongxa', 'phuongxa', 'xaphuong', 'xa'] },
  { id: 'villageCode', label: 'Mã thôn', aliases: ['mathon', 'mathonto', 'mathontodanpho', 'mathonban'] },
  { id: 'villageName', label: 'Tên thôn', aliases: ['tenthon', 'tenthonto', 'tenthontodanpho', 'tenthonban', 'thon', 'thontodanpho'] },
  { id: 'villageType', label: 'Loại', aliases: ['loai', 'loaithon', 'phanloai'] },
  // Population and households of a village list are the catalogue's attributes, read the same way.
  attributeColumn('population'),
  attributeColumn('households'),
  predecessors,
];

/** An attributes file: a code column (any level, or one that says its level), an optional name, one column per attribute. */
const ATTRIBUTE_FILE_COLUMNS: ColumnSpec[] = [
  ...UNIT_COLUMN_WORDS.map((c) => ({ id: c.id, label: c.label, aliases: [...new Set(c.words.map(foldHeader))] })),
  ...UNIT_ATTRIBUTES.map((a) => attributeColumn(a.key)),
];
/** The code columns of an attributes file, most specific first: the row's unit is the first one filled in. */
export const ATTRIBUTE_CODE_COLUMNS: readonly ColumnId[] = ['unitCode', 'villageCode', 'communeCode', 'districtCode', 'provinceCode'];
const REFUSED_HEADERS = new Set(REFUSED_AREA_HEADERS.map(foldHeader));

const SPECS: Record<UnitsFileKind, ColumnSpec[]> = { catalogue: CATALOGUE_COLUMNS, villages: VILLAGE_COLUMNS, attributes: ATTRIBUTE_FILE_COLUMNS };
const REQUIRED: Record<UnitsFileKind, ColumnId[]> = {
  catalogue: ['provinceCode', 'provinceName', 'communeCode', 'communeName'],
  villages: ['communeCode', 'villageName'],
  // "One of" requirements, checked in missingColumns.
  attributes: [],
};
/** Which kind a header that fits none is reported against, on a tie: the older kinds first. */
const REPORT_RANK: Record<UnitsFileKind, number> = { villages: 0, catalogue: 1, attributes: 2 };

/** The column of an attribute, labelled as in the catalogue and matched by its labels, key and usual headers. */
function attributeColumn(key: UnitAttributeKey): ColumnSpec {
  const def = findUnitAttribute(key)!;
  const words = [def.vi, def.en, def.key, ...(def.short ? [def.short] : []), ...ATTRIBUTE_HEADER_WORDS[key]];
  return { id: key, label: def.vi, aliases: [...new Set(words.map(foldHeader))] };
}
/** Title rows above the header are skipped; a header further down than this is not looked for. */
const HEADER_SEARCH_ROWS = 30;

export interface Column {
  index: number;
  /** The header as written in the file. */
  label: string;
}

export interface HeaderMatch {
  kind: UnitsFileKind;
  headerRow: number;
  /** Position of the header row in the rows given; data rows follow it. */
  headerIndex: number;
  columns: Map<ColumnId, Column>;
}

/** Folds a header for matching: "Tỉnh / Thành Phố" → "tinhthanhpho". */
export function foldHeader(text: string): string {
  return foldVietnamese(text.replace(/\ufeff/g, '')).replace(/[^a-z0-9]/g, '');
}

function matchRow(row: SheetRow, kind: UnitsFileKind): { columns: Map<ColumnId, Column>; problems: FileIssue[] } {
  const columns = new Map<ColumnId, Column>();
  const problems: FileIssue[] = [];
  row.cells.forEach((cell, index) => {
    const key = foldHeader(cell);
    if (!key) return;
    const label = cell.trim();
    if (kind === 'attributes' && REFUSED_HEADERS.has(key)) {
      problems.push(
        fileIssue(
          'unsupported_column',
          { row: row.row, field: label },
          `column "${label}": give the area in km², headed "Diện tích (km²)"`,
          `cột "${label}": hãy ghi diện tích theo km², tiêu đề "Diện tích (km²)"`,
        ),
      );
      return;
    }
    const spec = SPECS[kind].find((s) => s.aliases.includes(key));
    if (!spec) return;
    const first = columns.get(spec.id);
    if (first) {
      problems.push(
        fileIssue(
          'duplicate_column',
          { row: row.row, field: label },
          `column "${label}" repeats column "${first.label}"`,
          `cột "${label}" trùng với cột "${first.label}"`,
        ),
      );
    } else columns.set(spec.id, { index, label });
  });
  return { columns, problems };
}

const ATTRIBUTE_NEEDS = {
  code: { id: 'unitCode', label: 'Mã đơn vị', aliases: [] },
  value: { id: 'population', label: UNIT_ATTRIBUTES.map((a) => a.vi).join(' / '), aliases: [] },
} satisfies Record<string, ColumnSpec>;

function missingColumns(kind: UnitsFileKind, columns: Map<ColumnId, Column>): ColumnSpec[] {
  if (kind === 'attributes') {
    // Units are named by code only (names are checked, never matched: two xã may share a name); no value, nothing to set.
    const missing: ColumnSpec[] = [];
    if (!ATTRIBUTE_CODE_COLUMNS.some((id) => columns.has(id))) missing.push(ATTRIBUTE_NEEDS.code);
    if (!UNIT_ATTRIBUTES.some((a) => columns.has(a.key))) missing.push(ATTRIBUTE_NEEDS.value);
    return missing;
  }
  const missing = REQUIRED[kind].filter((id) => !columns.has(id));
  if (kind === 'catalogue') {
    if (columns.has('districtCode') && !columns.has('districtName')) missing.push('districtName');
    if (columns.has('districtName') && !columns.has('districtCode')) missing.push('districtCode');
  }
  return missing.map((id) => SPECS[kind].find((s) => s.id === id)!);
}

const KIND_NAMES: Record<UnitsFileKind, { en: string; vi: string }> = {
  catalogue: { en: 'a catalogue file', vi: 'tệp danh mục' },
  villages: { en: 'a village list', vi: 'danh sách thôn' },
  attributes: { en: 'an attributes file', vi: 'tệp số liệu đơn vị' },
};

function needs(kind: UnitsFileKind): string {
  if (kind !== 'attributes') return REQUIRED[kind].map((id) => labelOf(kind, id)).join(', ');
  return `${ATTRIBUTE_CODE_COLUMNS.map((id) => labelOf(kind, id)).join(' / ')}; ${ATTRIBUTE_NEEDS.value.label}`;
}

/**
 * Finds the header row and the kind of file; `forced` skips detection. A village-name column makes a
 * village list; else a unit-code column with an attribute column makes an attributes file; else the
 * catalogue. Returns issues naming the missing columns when no row fits.
 */
export function findHeader(rows: SheetRow[], forced?: UnitsFileKind): { match?: HeaderMatch; issues: FileIssue[] } {
  const kinds: UnitsFileKind[] = forced ? [forced] : ['villages', 'attributes', 'catalogue'];
  let best: { kind: UnitsFileKind; row: SheetRow; columns: Map<ColumnId, Column> } | undefined;
  const searched = rows.slice(0, HEADER_SEARCH_ROWS);
  for (const [headerIndex, row] of searched.entries()) {
    // A header with a village name is a village list, even when forced to attributes: "Tên thôn" makes villages.
    const hasVillageName = matchRow(row, 'villages').columns.has('villageName');
    for (const kind of kinds) {
      const { columns, problems } = matchRow(row, kind);
      const fits = missingColumns(kind, columns).length === 0 && !(kind === 'attributes' && hasVillageName);
      if (fits) return { match: { kind, headerRow: row.row, headerIndex, columns }, issues: problems };
      const isTieWon = best?.row === row && columns.size === best.columns.size && REPORT_RANK[kind] < REPORT_RANK[best.kind];
      if (!best || columns.size > best.columns.size || isTieWon) best = { kind, row, columns };
    }
  }
  const kind = best && best.columns.size >= 2 ? best.kind : (forced ?? 'catalogue');
  const at = best && best.columns.size >= 2 ? best.row.row : (rows[0]?.row ?? 1);
  const columns = best && best.kind === kind ? best.columns : new Map<ColumnId, Column>();
  const missing = missingColumns(kind, columns);
  const { en, vi } = KIND_NAMES[kind];
  const issues = missing.map((spec) =>
    fileIssue(
      'missing_column',
      { row: at, field: spec.label },
      `no header row with the column "${spec.label}" was found (${en} needs ${needs(kind)})`,
      `không tìm thấy dòng tiêu đề có cột "${spec.label}" (${vi} cần các cột ${needs(kind)})`,
    ),
  );
  if (kind === 'attributes' && missing.length === 0) {
    issues.push(
      fileIssue(
        'unexpected_column',
        { row: at, field: labelOf('villages', 'villageName') },
        'a village-name column makes the file a village list, not an attributes file; name villages by "Mã thôn"',
        'cột tên thôn làm tệp thành danh sách thôn, không phải tệp số liệu; hãy ghi thôn bằng "Mã thôn"',
      ),
    );
  }
  return { issues };
}

/** The canonical label of a column, for messages. */
export function labelOf(kind: UnitsFileKind, id: ColumnId): string {
  return SPECS[kind].find((s) => s.id === id)?.label ?? id;
}

/** True when a row has no text in any cell. */
export function isBlankRow(row: SheetRow): boolean {
  return row.cells.every((c) => c.trim() === '');
}
