/**
 * Compares an attributes file with the register on its effective date. A value different from the one
 * in force replaces it from that date (the old row ends the day before); the same value changes nothing,
 * so a re-import is a no-op; a value of the same unit version starting after the date is history, and
 * the file is refused rather than rewriting it (R-HIST: "history is never rewritten").
 */
import { formatDateVi } from '../format/vi-format.ts';
import { attributeAppliesTo, findUnitAttribute, type AttributeValue, type UnitAttributeKey } from '../units/unit-attributes.ts';
import { LEVEL_NAMES, UNIT_LEVELS, type UnitLevel } from '../units/unit-types.ts';
import { foldVietnamese } from '../text/fold.ts';
import type { Comparison } from './compare-units.ts';
import { fileIssue } from './file-issue.ts';
import { auditOf, stateOf } from './unit-states.ts';
import type { RegisterAttribute, RegisterSnapshot, RegisterUnit, UnitChange, UnitsDiffCounts, UnitsImportPlan } from './units-diff-types.ts';
import type { AttributeFile, AttributeRow, FileIssue } from './units-file-types.ts';

type Values = Partial<Record<UnitAttributeKey, AttributeValue | null>>;

/** The unit and its parents in force, nearest first, as far as the snapshot holds them. */
function chainOf(unit: RegisterUnit, units: Map<string, RegisterUnit>): RegisterUnit[] {
  const chain = [unit];
  for (let p = unit.parentCode; p !== null && chain.length < UNIT_LEVELS.length;) {
    const parent = units.get(p);
    if (!parent) break;
    chain.push(parent);
    p = parent.parentCode;
  }
  return chain;
}

/** Checks the row's other codes and names against the register (as village lists check "Tên xã"). */
function checkRow(row: AttributeRow, unit: RegisterUnit, units: Map<string, RegisterUnit>, issues: FileIssue[]): void {
  const chain = chainOf(unit, units);
  for (const other of row.otherCodes) {
    if (chain.some((u) => u.code === other.code && u.level === other.level)) continue;
    const actual = chain.find((u) => u.level === other.level);
    issues.push(
      fileIssue(
        'parent_mismatch',
        { row: row.row, field: other.field, value: other.code },
        `${unit.fullName} (${unit.code}) is ${actual ? `under ${actual.fullName} (${actual.code})` : `not under a unit of level ${other.level}`}, not under ${other.code}`,
        `${unit.fullName} (${unit.code}) ${actual ? `thuộc ${actual.fullName} (${actual.code})` : `không thuộc đơn vị ${LEVEL_NAMES[other.level].vi.toLowerCase()} nào`}, không thuộc ${other.code}`,
      ),
    );
  }
  for (const name of row.names) {
    const target = name.level ? chain.find((u) => u.level === name.level) : unit;
    const given = foldVietnamese(name.text);
    if (target && (given === foldVietnamese(target.name) || given === foldVietnamese(target.fullName))) continue;
    issues.push(
      fileIssue(
        'name_mismatch',
        { row: row.row, field: name.field, value: name.text },
        `"${name.text}" is not the name of ${target ? `${target.code}, which is "${target.fullName}"` : `a unit of ${unit.code}`}`,
        `"${name.text}" không phải tên của ${target ? `đơn vị mã ${target.code}; đơn vị này là "${target.fullName}"` : `đơn vị nào của mã ${unit.code}`}`,
      ),
    );
  }
}

function notApplicable(row: AttributeRow, unit: RegisterUnit, key: UnitAttributeKey, raw: string, field: string): FileIssue {
  const def = findUnitAttribute(key)!;
  const levelsEn = def.levels.map((l) => LEVEL_NAMES[l].en.toLowerCase()).join(' / ');
  const levelsVi = def.levels.map((l) => LEVEL_NAMES[l].vi.toLowerCase()).join(' / ');
  // NTM groups are for xã and đặc khu only: wards and towns are not NTM units (regulations.md R-AGG-1).
  const onlyRural = def.isRuralCommuneOnly && def.levels.includes(unit.level);
  return fileIssue(
    'attribute_not_applicable',
    { row: row.row, field, value: raw },
    `${def.en} does not apply to ${unit.fullName} (${unit.code}): ${onlyRural ? 'it is set on xã and đặc khu only' : `it is set on ${levelsEn} units only`}`,
    `${def.vi} không áp dụng cho ${unit.fullName} (${unit.code}): ${onlyRural ? 'chỉ ghi cho xã và đặc khu' : `chỉ ghi cho đơn vị ${levelsVi}`}`,
  );
}

/** Compares an attributes file with the register and plans the writes; problems are returned, never thrown. */
export function compareAttributes(file: AttributeFile, snapshot: RegisterSnapshot, effectiveDate: string): Comparison {
  const eff = effectiveDate;
  const issues: FileIssue[] = [];
  const units = new Map(snapshot.byCode.map((u) => [u.code, u]));
  const attributesOf = new Map<number, RegisterAttribute[]>();
  for (const a of snapshot.attributes) {
    const list = attributesOf.get(a.unitId);
    if (list) list.push(a);
    else attributesOf.set(a.unitId, [a]);
  }
  const counts: UnitsDiffCounts = { added: 0, renamed: 0, retyped: 0, reparented: 0, ended: 0, attributes: 0, unchanged: 0 };
  const plan: UnitsImportPlan = {
    closeVersionIds: [],
    newVersions: [],
    inPlace: [],
    carryAttributes: [],
    endedIds: [],
    attributes: [],
    lineage: [],
    audit: [],
  };
  const changes: UnitChange[] = [];

  for (const row of file.rows) {
    const before = issues.length;
    const unit = units.get(row.code);
    if (!unit || (row.level !== undefined && unit.level !== row.level)) {
      const what = row.level ? `${LEVEL_NAMES[row.level].en.toLowerCase()} unit` : 'unit';
      const whatVi = row.level ? `đơn vị ${LEVEL_NAMES[row.level].vi.toLowerCase()}` : 'đơn vị';
      issues.push(
        fileIssue(
          'unit_not_in_force',
          { row: row.row, field: row.codeField, value: row.code },
          `no ${what} with code ${row.code} is in force on ${eff}${unit ? ` (${row.code} is ${unit.fullName})` : ''}`,
          `không có ${whatVi} mã ${row.code} còn hiệu lực vào ngày ${formatDateVi(eff)}${unit ? ` (${row.code} là ${unit.fullName})` : ''}`,
        ),
      );
      continue;
    }
    checkRow(row, unit, units, issues);
    const stored = attributesOf.get(unit.id) ?? [];
    const valuesBefore: Values = {};
    const valuesAfter: Values = {};
    const writes: UnitsImportPlan['attributes'] = [];
    for (const v of row.values) {
      if (!attributeAppliesTo(findUnitAttribute(v.key)!, unit)) {
        issues.push(notApplicable(row, unit, v.key, v.raw, v.field));
        continue;
      }
      const later = stored.find((a) => a.attribute === v.key && a.validFrom > eff);
      if (later) {
        issues.push(
          fileIssue(
            'history_conflict',
            { row: row.row, field: v.field, value: row.code },
            `${unit.fullName} (${unit.code}): ${findUnitAttribute(v.key)!.en} already has a value from ${later.validFrom}, after ${eff}; history cannot be rewritten`,
            `${unit.fullName} (${unit.code}): ${findUnitAttribute(v.key)!.vi} đã có giá trị từ ngày ${formatDateVi(later.validFrom)}, sau ngày ${formatDateVi(eff)}; không thể sửa lịch sử`,
          ),
        );
        continue;
      }
      const inForce = stored.find((a) => a.attribute === v.key && a.validFrom <= eff && (a.validTo === null || a.validTo >= eff));
      // jsonb numbers, booleans and strings come back as the same JS primitives: equal means unchanged.
      if (inForce && inForce.value === v.value) continue;
      valuesBefore[v.key] = inForce ? (inForce.value as AttributeValue) : null;
      valuesAfter[v.key] = v.value;
      // The value belongs to this unit version and ends with it: a later version is another state of the unit.
      writes.push({ unit: { id: unit.id }, attribute: v.key, value: v.value, validTo: unit.validTo });
    }
    if (issues.length > before) continue;
    if (Object.keys(valuesAfter).length === 0) {
      counts.unchanged++;
      continue;
    }
    counts.attributes++;
    plan.attributes.push(...writes);
    const state = stateOf(unit, unit.validFrom, unit.validTo);
    const stateBefore = { ...state, attributes: valuesBefore };
    const stateAfter = { ...state, attributes: valuesAfter };
    changes.push({ change: 'attributes', kinds: ['attributes'], code: unit.code, level: unit.level, before: stateBefore, after: stateAfter, row: row.row });
    plan.audit.push({ code: unit.code, before: auditOf(unit.code, unit.level, stateBefore), after: auditOf(unit.code, unit.level, stateAfter) });
  }
  const rank = (l: UnitLevel) => UNIT_LEVELS.indexOf(l);
  changes.sort((a, b) => rank(a.level) - rank(b.level) || a.code.localeCompare(b.code));
  return { changes, counts, lineage: [], issues, plan };
}
