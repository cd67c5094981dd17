/**
 * Reads a GSO catalogue export ("Danh mục đơn vị hành chính"): one row per commune with its province and,
 * before 01/07/2025, its district. Provinces and districts repeat on every row; they must agree.
 */
import { formatDateVi } from '../format/vi-format.ts';
import { TWO_TIER_START, type UnitLevel } from '../units/unit-types.ts';
import { MAX_FULL_NAME_LENGTH, missingValue, readCode, readText, splitCodeList, type CellResult } from './cell-values.ts';
import { isBlankRow, type ColumnId, type HeaderMatch } from './file-columns.ts';
import { fileIssue } from './file-issue.ts';
import { buildFullName, listTypeWords, parseTypeWord, splitTypePrefix } from './type-words.ts';
import type { CatalogueFile, FileIssue, FileUnit, ScopeEntry, SheetRow } from './units-file-types.ts';

interface RowReader {
  row: SheetRow;
  issues: FileIssue[];
  header: HeaderMatch;
}

function cell(r: RowReader, id: ColumnId): { raw: string; field: string } | undefined {
  const col = r.header.columns.get(id);
  return col ? { raw: r.row.cells[col.index] ?? '', field: col.label } : undefined;
}

function take<T>(r: RowReader, result: CellResult<T>): T | undefined {
  if (result.ok) return result.value;
  r.issues.push(result.issue);
  return undefined;
}

/** Reads code + name of one level from a row into a unit (parent set by the caller); undefined on a problem. */
function readLevel(r: RowReader, level: UnitLevel, codeId: ColumnId, nameId: ColumnId): FileUnit | undefined {
  const codeCell = cell(r, codeId)!;
  const nameCell = cell(r, nameId)!;
  const at = { row: r.row.row, field: codeCell.field };
  const code = take(r, readCode(codeCell.raw, level, at));
  const written = take(r, readText(nameCell.raw, { row: r.row.row, field: nameCell.field }, MAX_FULL_NAME_LENGTH));
  if (code === undefined && codeCell.raw.trim() === '') r.issues.push(missingValue(at));
  if (written === undefined && nameCell.raw.trim() === '') r.issues.push(missingValue({ row: r.row.row, field: nameCell.field }));
  if (code === undefined || written === undefined) return undefined;
  let typeCode: string | undefined;
  let name = written;
  const split = splitTypePrefix(written, level);
  const typeCell = level === 'commune' ? cell(r, 'communeType') : undefined;
  const typeText = typeCell?.raw.trim() ?? '';
  if (typeCell && typeText) {
    typeCode = parseTypeWord(typeText, 'commune');
    if (!typeCode) {
      r.issues.push(
        fileIssue(
          'unknown_type',
          { row: r.row.row, field: typeCell.field, value: typeText },
          `"${typeText}" is not a commune type (${listTypeWords('commune').join(', ')})`,
          `"${typeText}" không phải loại đơn vị cấp xã (${listTypeWords('commune').join(', ')})`,
        ),
      );
      return undefined;
    }
    if (split && split.typeCode !== typeCode) {
      r.issues.push(
        fileIssue(
          'type_mismatch',
          { row: r.row.row, field: typeCell.field, value: typeText },
          `"${typeText}" contradicts the type in the name "${written}"`,
          `"${typeText}" khác với loại ghi trong tên "${written}"`,
        ),
      );
      return undefined;
    }
    if (split) name = split.name;
  } else if (split) {
    typeCode = split.typeCode;
    name = split.name;
  } else {
    r.issues.push(
      fileIssue(
        'unknown_type',
        { row: r.row.row, field: nameCell.field, value: written },
        `"${written}" does not start with a type word (${listTypeWords(level).join(', ')})`,
        `"${written}" không bắt đầu bằng loại đơn vị (${listTypeWords(level).join(', ')})`,
      ),
    );
    return undefined;
  }
  const fields = { code: codeCell.field, name: nameCell.field };
  return { code, level, typeCode, name, fullName: buildFullName(typeCode, name), parentCode: null, row: r.row.row, fields, attributes: {}, predecessors: [] };
}

function checkEra(r: RowReader, unit: FileUnit, effectiveDate: string): void {
  // Thị trấn ended and đặc khu began with the two-tier government (Luật Tổ chức CQĐP 2025, QĐ 19/2025/QĐ-TTg).
  const gone = unit.typeCode === 'commune_level_town' && effectiveDate >= TWO_TIER_START;
  const notYet = unit.typeCode === 'special_zone' && effectiveDate < TWO_TIER_START;
  if (!gone && !notYet) return;
  r.issues.push(
    fileIssue(
      'type_not_in_force',
      { row: unit.row, field: unit.fields.name, value: unit.fullName },
      `${unit.fullName}: this type of commune does not exist on ${effectiveDate}`,
      `${unit.fullName}: loại đơn vị này không tồn tại vào ngày ${formatDateVi(effectiveDate)}`,
    ),
  );
}

/** Keeps the first statement of a repeated province/district and reports rows that disagree with it. */
function remember(r: RowReader, seen: Map<string, FileUnit>, unit: FileUnit): void {
  const first = seen.get(unit.code);
  if (!first) {
    seen.set(unit.code, unit);
    return;
  }
  if (first.fullName !== unit.fullName || first.parentCode !== unit.parentCode) {
    r.issues.push(
      fileIssue(
        'inconsistent',
        { row: unit.row, field: unit.fields.name, value: unit.fullName },
        `${unit.code} is "${unit.fullName}" (under ${unit.parentCode ?? '-'}) here but "${first.fullName}" (under ${first.parentCode ?? '-'}) on row ${first.row}`,
        `${unit.code} ghi là "${unit.fullName}" (thuộc ${unit.parentCode ?? '-'}) ở đây nhưng là "${first.fullName}" (thuộc ${first.parentCode ?? '-'}) ở dòng ${first.row}`,
      ),
    );
  }
}

function readPredecessors(r: RowReader): string[] {
  const c = cell(r, 'predecessors');
  if (!c || !c.raw.trim()) return [];
  const codes: string[] = [];
  for (const raw of splitCodeList(c.raw)) {
    // A 3-digit code is a district (island districts became đặc khu in 2025); others are communes.
    const level = /^\d{3}$/.test(raw) ? 'district' : 'commune';
    const code = take(r, readCode(raw, level, { row: r.row.row, field: c.field }));
    if (code !== undefined) codes.push(code);
  }
  return codes;
}

function checkTiers(header: HeaderMatch, effectiveDate: string, hasDistricts: boolean): FileIssue[] {
  const field = header.columns.get(hasDistricts ? 'districtCode' : 'communeCode')!.label;
  if (hasDistricts && effectiveDate >= TWO_TIER_START) {
    return [
      fileIssue(
        'districts_after_reform',
        { row: header.headerRow, field },
        `districts ceased on 30/06/2025; a file in force from ${effectiveDate} must not have district columns`,
        `cấp huyện đã kết thúc ngày 30/06/2025; tệp có hiệu lực từ ${formatDateVi(effectiveDate)} không được có cột quận/huyện`,
      ),
    ];
  }
  if (!hasDistricts && effectiveDate < TWO_TIER_START) {
    return [
      fileIssue(
        'districts_missing',
        { row: header.headerRow, field },
        `before 01/07/2025 communes belong to districts; the file has no "Mã QH" / "Quận Huyện" columns`,
        `trước ngày 01/07/2025 xã thuộc huyện; tệp thiếu cột "Mã QH" / "Quận Huyện"`,
      ),
    ];
  }
  return [];
}

/** Reads the data rows below the header into provinces, districts and communes, with every problem found. */
export function parseCatalogue(rows: SheetRow[], header: HeaderMatch, effectiveDate: string): { file: CatalogueFile; issues: FileIssue[] } {
  const hasDistricts = header.columns.has('districtCode');
  const issues = checkTiers(header, effectiveDate, hasDistricts);
  const provinces = new Map<string, FileUnit>();
  const districts = new Map<string, FileUnit>();
  const communes = new Map<string, FileUnit>();
  const scope: ScopeEntry[] = [];
  for (const row of rows.slice(header.headerIndex + 1)) {
    if (isBlankRow(row)) continue;
    const r: RowReader = { row, issues, header };
    const province = readLevel(r, 'province', 'provinceCode', 'provinceName');
    const district = hasDistricts ? readLevel(r, 'district', 'districtCode', 'districtName') : undefined;
    const commune = readLevel(r, 'commune', 'communeCode', 'communeName');
    const preds = readPredecessors(r);
    if (province) {
      if (!provinces.has(province.code)) scope.push({ code: province.code, row: row.row, field: province.fields.code });
      remember(r, provinces, province);
    }
    if (district && province) {
      district.parentCode = province.code;
      district.fields.parent = province.fields.code;
      remember(r, districts, district);
    }
    if (!commune || !province || (hasDistricts && !district)) continue;
    commune.parentCode = hasDistricts ? district!.code : province.code;
    commune.fields.parent = hasDistricts ? district!.fields.code : province.fields.code;
    commune.predecessors = preds;
    const predField = cell(r, 'predecessors')?.field;
    if (predField) commune.fields.predecessors = predField;
    checkEra(r, commune, effectiveDate);
    const first = communes.get(commune.code);
    if (first) {
      issues.push(
        fileIssue(
          'duplicate_code',
          { row: row.row, field: commune.fields.code, value: commune.code },
          `commune code ${commune.code} is also on row ${first.row}`,
          `mã xã ${commune.code} trùng với dòng ${first.row}`,
        ),
      );
    } else communes.set(commune.code, commune);
  }
  // "Thành phố" under a centrally-run city is a municipal city (only Thủ Đức, 2021–2025).
  for (const d of districts.values()) {
    if (d.typeCode === 'provincial_city' && provinces.get(d.parentCode!)?.typeCode === 'municipality') d.typeCode = 'municipal_city';
  }
  const units = [...provinces.values(), ...districts.values(), ...communes.values()];
  return { file: { kind: 'catalogue', hasDistricts, units, scope }, issues };
}
