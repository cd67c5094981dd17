/**
 * Reads an attributes file: one row per unit, named by code ("Mã đơn vị", else the most specific of
 * "Mã thôn", "Mã xã", "Mã huyện", "Mã tỉnh" filled in), with optional names and the values it sets from
 * the effective date. An empty value cell changes nothing; every bad cell is an issue naming row and column.
 */
import { UNIT_ATTRIBUTES } from '../units/unit-attributes.ts';
import type { UnitLevel } from '../units/unit-types.ts';
import { readAttributeCell } from './attribute-cells.ts';
import { MAX_FULL_NAME_LENGTH, missingValue, readCode, readText, readUnitCode, type CellResult } from './cell-values.ts';
import { ATTRIBUTE_CODE_COLUMNS, isBlankRow, type ColumnId, type HeaderMatch } from './file-columns.ts';
import { fileIssue } from './file-issue.ts';
import type { AttributeCell, AttributeFile, AttributeRow, AttributeRowName, FileIssue, ScopeEntry, SheetRow } from './units-file-types.ts';

/** The level each typed code column states; "Mã đơn vị" states none (the register tells). */
const CODE_LEVELS: Partial<Record<ColumnId, UnitLevel>> = {
  villageCode: 'village',
  communeCode: 'commune',
  districtCode: 'district',
  provinceCode: 'province',
};
const NAME_COLUMNS: ReadonlyArray<[ColumnId, UnitLevel | undefined]> = [
  ['unitName', undefined],
  ['provinceName', 'province'],
  ['districtName', 'district'],
  ['communeName', 'commune'],
];

interface RowCode {
  code: string;
  level?: UnitLevel;
  field: string;
}

function readRow(row: SheetRow, header: HeaderMatch, issues: FileIssue[]): AttributeRow | undefined {
  const before = issues.length;
  const cell = (id: ColumnId) => {
    const col = header.columns.get(id);
    return col ? { raw: row.cells[col.index] ?? '', field: col.label } : undefined;
  };
  const take = <T>(result: CellResult<T>): T | undefined => {
    if (result.ok) return result.value;
    issues.push(result.issue);
    return undefined;
  };
  const codes: RowCode[] = [];
  let firstCodeField: string | undefined;
  for (const id of ATTRIBUTE_CODE_COLUMNS) {
    const c = cell(id);
    if (!c) continue;
    firstCodeField ??= c.field;
    const level = CODE_LEVELS[id];
    const place = { row: row.row, field: c.field };
    const code = take(level ? readCode(c.raw, level, place) : readUnitCode(c.raw, place));
    if (code !== undefined) codes.push(level ? { code, level, field: c.field } : { code, field: c.field });
  }
  const names: AttributeRowName[] = [];
  for (const [id, level] of NAME_COLUMNS) {
    const c = cell(id);
    const text = c ? take(readText(c.raw, { row: row.row, field: c.field }, MAX_FULL_NAME_LENGTH)) : undefined;
    if (c && text !== undefined) names.push(level ? { text, level, field: c.field } : { text, field: c.field });
  }
  const values: AttributeCell[] = [];
  for (const def of UNIT_ATTRIBUTES) {
    const c = cell(def.key);
    const value = c ? take(readAttributeCell(def, c.raw, { row: row.row, field: c.field })) : undefined;
    if (c && value !== undefined) values.push({ key: def.key, value, raw: c.raw.trim(), field: c.field });
  }
  // Code columns are listed most specific first: the first filled in names the row's unit, the rest its parents.
  const [unit, ...others] = codes;
  if (!unit) {
    if (issues.length === before) issues.push(missingValue({ row: row.row, field: firstCodeField! }));
    return undefined;
  }
  if (issues.length > before) return undefined;
  const result: AttributeRow = {
    row: row.row,
    code: unit.code,
    codeField: unit.field,
    otherCodes: others.map((o) => ({ code: o.code, level: o.level!, field: o.field })),
    names,
    values,
  };
  if (unit.level) result.level = unit.level;
  return result;
}

/** Reads the data rows below the header into unit rows, with every problem found; a unit on two rows is an error. */
export function parseAttributes(rows: SheetRow[], header: HeaderMatch): { file: AttributeFile; issues: FileIssue[] } {
  const issues: FileIssue[] = [];
  const byCode = new Map<string, AttributeRow>();
  const scope: ScopeEntry[] = [];
  const headerCells = rows[header.headerIndex]?.cells ?? [];
  const width = headerCells.findLastIndex((c) => c.trim() !== '') + 1;
  for (const row of rows.slice(header.headerIndex + 1)) {
    if (isBlankRow(row)) continue;
    // "135,1" unquoted in a comma CSV splits into two cells and shifts every value after it: refused, not read.
    const extra = row.cells.findIndex((c, i) => i >= width && c.trim() !== '');
    if (extra >= 0) {
      issues.push(
        fileIssue(
          'extra_cells',
          { row: row.row, field: `#${extra + 1}`, value: row.cells[extra]!.trim() },
          `the row has more cells than the header; a decimal comma in a CSV needs quotes ("135,1")`,
          `dòng có nhiều ô hơn dòng tiêu đề; số thập phân có dấu phẩy trong tệp CSV phải đặt trong ngoặc kép ("135,1")`,
        ),
      );
      continue;
    }
    const r = readRow(row, header, issues);
    if (!r) continue;
    const first = byCode.get(r.code);
    if (first) {
      // Two rows for one unit may disagree; which one holds is not for the import to guess.
      issues.push(
        fileIssue(
          'duplicate_code',
          { row: r.row, field: r.codeField, value: r.code },
          `unit ${r.code} is also on row ${first.row}`,
          `đơn vị mã ${r.code} trùng với dòng ${first.row}`,
        ),
      );
      continue;
    }
    byCode.set(r.code, r);
    scope.push({ code: r.code, row: r.row, field: r.codeField });
  }
  return { file: { kind: 'attributes', rows: [...byCode.values()], scope }, issues };
}
