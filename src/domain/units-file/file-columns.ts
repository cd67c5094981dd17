/**
 * The columns of the two kinds of units file and how their headers are found: below any title rows,
 * matched ignoring case, diacritics, spaces and punctuation ("Tỉnh / Thành Phố" = "tinh thanh pho").
 */
import { foldVietnamese } from '../text/fold.ts';
import { fileIssue } from './file-issue.ts';
import type { FileIssue, SheetRow, UnitsFileKind } from './units-file-types.ts';

export type ColumnId =
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
  | 'population'
  | 'households'
  | 'predecessors';

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
  { id: 'population', label: 'Dân số', aliases: ['danso', 'sodan', 'sonhankhau', 'songuoi'] },
  { id: 'households', label: 'Số hộ', aliases: ['soho', 'sohodan', 'sohogiadinh'] },
  predecessors,
];

const SPECS: Record<UnitsFileKind, ColumnSpec[]> = { catalogue: CATALOGUE_COLUMNS, villages: VILLAGE_COLUMNS };
const REQUIRED: Record<UnitsFileKind, ColumnId[]> = {
  catalogue: ['provinceCode', 'provinceName', 'communeCode', 'communeName'],
  villages: ['communeCode', 'villageName'],
};
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

function matchRow(row: SheetRow, kind: UnitsFileKind): { columns: Map<ColumnId, Column>; duplicates: FileIssue[] } {
  const columns = new Map<ColumnId, Column>();
  const duplicates: FileIssue[] = [];
  row.cells.forEach((cell, index) => {
    const key = foldHeader(cell);
    if (!key) return;
    const spec = SPECS[kind].find((s) => s.aliases.includes(key));
    if (!spec) return;
    const label = cell.trim();
    const first = columns.get(spec.id);
    if (first) {
      duplicates.push(
        fileIssue(
          'duplicate_column',
          { row: row.row, field: label },
          `column "${label}" repeats column "${first.label}"`,
          `cột "${label}" trùng với cột "${first.label}"`,
        ),
      );
    } else columns.set(spec.id, { index, label });
  });
  return { columns, duplicates };
}

function missingColumns(kind: UnitsFileKind, columns: Map<ColumnId, Column>): ColumnSpec[] {
  const missing = REQUIRED[kind].filter((id) => !columns.has(id));
  if (kind === 'catalogue') {
    if (columns.has('districtCode') && !columns.has('districtName')) missing.push('districtName');
    if (columns.has('districtName') && !columns.has('districtCode')) missing.push('districtCode');
  }
  return missing.map((id) => SPECS[kind].find((s) => s.id === id)!);
}

/**
 * Finds the header row and the kind of file (village list when it has a village-name column, else the
 * catalogue); `forced` skips detection. Returns issues naming the missing columns when no row fits.
 */
export function findHeader(rows: SheetRow[], forced?: UnitsFileKind): { match?: HeaderMatch; issues: FileIssue[] } {
  const kinds: UnitsFileKind[] = forced ? [forced] : ['villages', 'catalogue'];
  let best: { kind: UnitsFileKind; row: SheetRow; columns: Map<ColumnId, Column> } | undefined;
  const searched = rows.slice(0, HEADER_SEARCH_ROWS);
  for (const [headerIndex, row] of searched.entries()) {
    for (const kind of kinds) {
      const { columns, duplicates } = matchRow(row, kind);
      if (missingColumns(kind, columns).length === 0) {
        return { match: { kind, headerRow: row.row, headerIndex, columns }, issues: duplicates };
      }
      if (!best || columns.size > best.columns.size) best = { kind, row, columns };
    }
  }
  const kind = best && best.columns.size >= 2 ? best.kind : (forced ?? 'catalogue');
  const at = best && best.columns.size >= 2 ? best.row.row : (rows[0]?.row ?? 1);
  const missing = missingColumns(kind, best && best.kind === kind ? best.columns : new Map());
  const issues = missing.map((spec) =>
    fileIssue(
      'missing_column',
      { row: at, field: spec.label },
      `no header row with the column "${spec.label}" was found (a ${kind === 'villages' ? 'village list' : 'catalogue file'} needs ${REQUIRED[kind].map((id) => labelOf(kind, id)).join(', ')})`,
      `không tìm thấy dòng tiêu đề có cột "${spec.label}" (${kind === 'villages' ? 'danh sách thôn' : 'tệp danh mục'} cần các cột ${REQUIRED[kind].map((id) => labelOf(kind, id)).join(', ')})`,
    ),
  );
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
