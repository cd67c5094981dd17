/**
 * Reads a village list: one row per thôn / bản / ấp / tổ dân phố with its commune code, optional code,
 * name, type ("Loại", else the name's type word, else thôn) and optional population and households.
 */
import { findUnitAttribute } from '../units/unit-attributes.ts';
import { readAttributeCell } from './attribute-cells.ts';
import { MAX_FULL_NAME_LENGTH, missingValue, readCode, readText, splitCodeList, type CellResult } from './cell-values.ts';
import { isBlankRow, type ColumnId, type HeaderMatch } from './file-columns.ts';
import { fileIssue } from './file-issue.ts';
import { buildFullName, listTypeWords, parseTypeWord, splitTypePrefix } from './type-words.ts';
import type { FileIssue, ScopeEntry, SheetRow, VillageAttribute, VillageFile, VillageRow } from './units-file-types.ts';

/** The attributes a village list carries, read and checked by the catalogue (src/domain/units/unit-attributes.ts). */
const VILLAGE_ATTRIBUTES: readonly VillageAttribute[] = ['population', 'households'];

/** Bare numbers of up to 5 digits are GSO-shaped and repeat across communes ("1", "01"): not valid village codes. */
const GSO_SHAPED = /^\d{1,5}$/;

function readVillageRow(row: SheetRow, header: HeaderMatch, issues: FileIssue[], scope: Map<string, ScopeEntry>): VillageRow | undefined {
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
  const communeCell = cell('communeCode')!;
  const nameCell = cell('villageName')!;
  const communeCode = take(readCode(communeCell.raw, 'commune', { row: row.row, field: communeCell.field }));
  if (communeCode === undefined && !communeCell.raw.trim()) issues.push(missingValue({ row: row.row, field: communeCell.field }));
  if (communeCode !== undefined && !scope.has(communeCode)) scope.set(communeCode, { code: communeCode, row: row.row, field: communeCell.field });
  const communeNameCell = cell('communeName');
  const communeName = communeNameCell ? take(readText(communeNameCell.raw, { row: row.row, field: communeNameCell.field }, MAX_FULL_NAME_LENGTH)) : undefined;
  const codeCell = cell('villageCode');
  let code = codeCell ? take(readCode(codeCell.raw, 'village', { row: row.row, field: codeCell.field })) : undefined;
  if (codeCell && code !== undefined && GSO_SHAPED.test(code)) {
    issues.push(
      fileIssue(
        'bad_code',
        { row: row.row, field: codeCell.field, value: code },
        `"${code}" looks like a GSO code and repeats across communes; use a code such as ${communeCode ?? '01840'}-001 or leave it empty to have one assigned`,
        `"${code}" giống mã của Cục Thống kê và trùng giữa các xã; dùng mã dạng ${communeCode ?? '01840'}-001 hoặc để trống để hệ thống tự cấp`,
      ),
    );
    code = undefined;
  }
  const written = take(readText(nameCell.raw, { row: row.row, field: nameCell.field }));
  if (written === undefined && !nameCell.raw.trim()) issues.push(missingValue({ row: row.row, field: nameCell.field }));
  const typeCell = cell('villageType');
  let typeCode: string | undefined;
  if (typeCell && typeCell.raw.trim()) {
    typeCode = parseTypeWord(typeCell.raw, 'village');
    if (!typeCode) {
      issues.push(
        fileIssue(
          'unknown_type',
          { row: row.row, field: typeCell.field, value: typeCell.raw.trim() },
          `"${typeCell.raw.trim()}" is not a village type (${listTypeWords('village').join(', ')})`,
          `"${typeCell.raw.trim()}" không phải loại thôn, tổ dân phố (${listTypeWords('village').join(', ')})`,
        ),
      );
    }
  }
  const attributes: Partial<Record<VillageAttribute, number>> = {};
  for (const attribute of VILLAGE_ATTRIBUTES) {
    const c = cell(attribute);
    const value = c ? take(readAttributeCell(findUnitAttribute(attribute)!, c.raw, { row: row.row, field: c.field })) : undefined;
    if (typeof value === 'number') attributes[attribute] = value;
  }
  const predCell = cell('predecessors');
  const predecessors: string[] = [];
  for (const raw of predCell ? splitCodeList(predCell.raw) : []) {
    const pred = take(readCode(raw, 'village', { row: row.row, field: predCell!.field }));
    if (pred !== undefined) predecessors.push(pred);
  }
  if (issues.length > before || communeCode === undefined || written === undefined) return undefined;
  // "Loại" wins; a type word at the start of the name is dropped only when it says the same (else it is part of the name).
  const split = splitTypePrefix(written, 'village');
  let name = written;
  if (typeCode === undefined) {
    typeCode = split?.typeCode ?? 'thon';
    name = split?.name ?? written;
  } else if (split && split.typeCode === typeCode) name = split.name;
  const fields: VillageRow['fields'] = { communeCode: communeCell.field, name: nameCell.field };
  if (communeNameCell) fields.communeName = communeNameCell.field;
  if (codeCell) fields.code = codeCell.field;
  if (predCell) fields.predecessors = predCell.field;
  const result: VillageRow = { row: row.row, communeCode, typeCode, name, fullName: buildFullName(typeCode, name), attributes, predecessors, fields };
  if (communeName !== undefined) result.communeName = communeName;
  if (code !== undefined) result.code = code;
  return result;
}

/** Reads the data rows below the header into village rows, with every problem found. */
export function parseVillages(rows: SheetRow[], header: HeaderMatch): { file: VillageFile; issues: FileIssue[] } {
  const issues: FileIssue[] = [];
  const villages: VillageRow[] = [];
  const scope = new Map<string, ScopeEntry>();
  const byCode = new Map<string, VillageRow>();
  for (const row of rows.slice(header.headerIndex + 1)) {
    if (isBlankRow(row)) continue;
    const v = readVillageRow(row, header, issues, scope);
    if (!v) continue;
    if (v.code !== undefined) {
      const first = byCode.get(v.code);
      if (first) {
        issues.push(
          fileIssue(
            'duplicate_code',
            { row: v.row, field: v.fields.code, value: v.code },
            `village code ${v.code} is also on row ${first.row}`,
            `mã thôn ${v.code} trùng với dòng ${first.row}`,
          ),
        );
        continue;
      }
      byCode.set(v.code, v);
    }
    villages.push(v);
  }
  return { file: { kind: 'villages', rows: villages, scope: [...scope.values()] }, issues };
}
