/**
 * Compares the units a file states with the register in force on its effective date (R-HIST-1, R-HIST-2):
 * same code with another name, type or parent → the old version closes the day before and a new one
 * opens, linked old → new; a unit of the scope missing from the file ends. History is never rewritten:
 * a touched code with a version after the effective date is a conflict.
 */
import { addDays } from '../units/dates.ts';
import { formatDateVi } from '../format/vi-format.ts';
import { UNIT_LEVELS, type UnitLevel } from '../units/unit-types.ts';
import { fileIssue } from './file-issue.ts';
import { linkPredecessors } from './link-predecessors.ts';
import { auditOf, buildSearchText, codeListFor, stateOf } from './unit-states.ts';
import type {
  LineageChange,
  RegisterAttribute,
  RegisterSnapshot,
  RegisterUnit,
  UnitChange,
  UnitChangeKind,
  UnitRef,
  UnitsDiffCounts,
  UnitsImportPlan,
} from './units-diff-types.ts';
import type { FileIssue, FileUnit, ScopeEntry, UnitsFileKind, VillageAttribute } from './units-file-types.ts';

export interface CompareInput {
  kind: UnitsFileKind;
  effectiveDate: string;
  units: FileUnit[];
  scope: ScopeEntry[];
  snapshot: RegisterSnapshot;
  /** Rows of the file could not be read: which units are missing from it is unknown, so none is ended. */
  isIncomplete?: boolean;
}

export interface Comparison {
  changes: UnitChange[];
  counts: UnitsDiffCounts;
  lineage: LineageChange[];
  issues: FileIssue[];
  plan: UnitsImportPlan;
}

const levelRank = (l: UnitLevel) => UNIT_LEVELS.indexOf(l);

/** Attribute rows by unit version, so a file of 60,000 villages is not a 60,000 × n scan. */
function indexAttributes(snapshot: RegisterSnapshot): (unitId: number) => RegisterAttribute[] {
  const byUnit = new Map<number, RegisterAttribute[]>();
  for (const a of snapshot.attributes) {
    const list = byUnit.get(a.unitId);
    if (list) list.push(a);
    else byUnit.set(a.unitId, [a]);
  }
  return (unitId) => byUnit.get(unitId) ?? [];
}

/** Compares a file's units with the register and plans the writes; problems are returned, never thrown. */
export function compareUnits(input: CompareInput): Comparison {
  const { effectiveDate: eff, snapshot } = input;
  const dayBefore = addDays(eff, -1);
  const issues: FileIssue[] = [];
  const current = new Map<string, RegisterUnit>();
  for (const u of [...snapshot.byCode, ...snapshot.inScope]) {
    const seen = current.get(u.code);
    if (!seen || (seen.validFrom ?? '') < (u.validFrom ?? '')) current.set(u.code, u);
  }
  const inFile = new Map(input.units.map((u) => [u.code, u]));
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
  const targetOf = new Map<string, UnitRef>();
  const touched = new Map<string, { row: number; field: string }>();
  const attributesOf = indexAttributes(snapshot);
  const attrsInForce = (unitId: number, attribute: string) =>
    attributesOf(unitId).find((a) => a.attribute === attribute && a.validFrom <= eff && (a.validTo === null || a.validTo >= eff));
  const conflict = (row: number, field: string, code: string, en: string, vi: string) =>
    issues.push(fileIssue('history_conflict', { row, field, value: code }, en, vi));

  for (const u of input.units) {
    if (u.parentCode !== null && !inFile.has(u.parentCode) && !current.has(u.parentCode)) {
      issues.push(
        fileIssue(
          'parent_not_in_force',
          { row: u.row, field: u.fields.parent, value: u.parentCode },
          `${u.fullName} (${u.code}): its parent ${u.parentCode} is not in force on ${eff} and not in the file`,
          `${u.fullName} (${u.code}): đơn vị cấp trên ${u.parentCode} không còn hiệu lực vào ngày ${formatDateVi(eff)} và không có trong tệp`,
        ),
      );
    }
    const ex = current.get(u.code);
    const newState = stateOf(u, eff, null);
    const newVersion = {
      code: u.code,
      level: u.level,
      typeCode: u.typeCode,
      name: u.name,
      fullName: u.fullName,
      parentCode: u.parentCode,
      searchText: buildSearchText(u.name, u.fullName, u.code),
      codeListId: codeListFor(u.level, eff),
    };
    const given = Object.entries(u.attributes) as Array<[VillageAttribute, number]>;
    if (!ex) {
      counts.added++;
      if (given.length) newState.attributes = Object.fromEntries(given);
      changes.push({ change: 'added', kinds: ['added'], code: u.code, level: u.level, after: newState, row: u.row });
      plan.newVersions.push(newVersion);
      for (const [attribute, value] of given) plan.attributes.push({ unit: { newCode: u.code }, attribute, value });
      plan.audit.push({ code: u.code, before: null, after: auditOf(u.code, u.level, newState) });
      targetOf.set(u.code, { newCode: u.code });
      touched.set(u.code, { row: u.row, field: u.fields.code });
      continue;
    }
    if (ex.level !== u.level) {
      issues.push(
        fileIssue(
          'level_mismatch',
          { row: u.row, field: u.fields.code, value: u.code },
          `${u.code} is ${ex.fullName} (${ex.level}) in the register, not a ${u.level}`,
          `${u.code} trong cơ sở dữ liệu là ${ex.fullName} (${ex.level}), không phải ${u.level}`,
        ),
      );
      continue;
    }
    const kinds: UnitChangeKind[] = [];
    if (ex.parentCode !== u.parentCode) kinds.push('reparented');
    if (ex.typeCode !== u.typeCode) kinds.push('retyped');
    if (ex.name !== u.name) kinds.push('renamed');
    const attrBefore: Partial<Record<VillageAttribute, number | null>> = {};
    const attrAfter: Partial<Record<VillageAttribute, number | null>> = {};
    for (const [attribute, value] of given) {
      const later = attributesOf(ex.id).find((a) => a.attribute === attribute && a.validFrom > eff);
      if (later) {
        conflict(
          u.row,
          u.fields.name,
          u.code,
          `${u.fullName}: ${attribute} already has a value from ${later.validFrom}, after ${eff}`,
          `${u.fullName}: ${attribute} đã có giá trị từ ngày ${formatDateVi(later.validFrom)}, sau ngày ${formatDateVi(eff)}`,
        );
      }
      const old = attrsInForce(ex.id, attribute)?.value;
      if (old !== value) {
        attrBefore[attribute] = typeof old === 'number' ? old : null;
        attrAfter[attribute] = value;
      }
    }
    const attrChanged = Object.keys(attrAfter).length > 0;
    if (kinds.length === 0 && !attrChanged) {
      counts.unchanged++;
      targetOf.set(u.code, { id: ex.id });
      continue;
    }
    if (attrChanged) kinds.push('attributes');
    for (const k of kinds) if (k !== 'attributes') counts[k]++;
    if (kinds.length === 1 && attrChanged) counts.attributes++;
    const before = stateOf(ex, ex.validFrom, ex.validTo);
    const after = kinds[0] === 'attributes' ? { ...before } : newState;
    if (attrChanged) {
      before.attributes = attrBefore;
      after.attributes = attrAfter;
    }
    changes.push({ change: kinds[0]!, kinds, code: u.code, level: u.level, before, after, row: u.row });
    plan.audit.push({ code: u.code, before: auditOf(u.code, u.level, before), after: auditOf(u.code, u.level, after) });
    let target: UnitRef = { id: ex.id };
    if (kinds[0] !== 'attributes') {
      touched.set(u.code, { row: u.row, field: u.fields.code });
      if (ex.validTo !== null) {
        conflict(
          u.row,
          u.fields.code,
          u.code,
          `${ex.fullName} (${u.code}) is already recorded as ending on ${ex.validTo}; it cannot change from ${eff}`,
          `${ex.fullName} (${u.code}) đã được ghi là kết thúc ngày ${formatDateVi(ex.validTo)}; không thể thay đổi từ ngày ${formatDateVi(eff)}`,
        );
      }
      if (ex.validFrom === eff) {
        // A version that starts on this very date is corrected, not closed (a second file for the same date).
        plan.inPlace.push({ id: ex.id, typeCode: u.typeCode, name: u.name, fullName: u.fullName, parentCode: u.parentCode, searchText: newVersion.searchText });
      } else {
        plan.closeVersionIds.push(ex.id);
        plan.newVersions.push(newVersion);
        plan.carryAttributes.push({ fromId: ex.id, toCode: u.code });
        plan.lineage.push({ fromId: ex.id, to: { newCode: u.code }, coverage: 'full' });
        target = { newCode: u.code };
      }
    }
    for (const [attribute, value] of given) if (attribute in attrAfter || 'newCode' in target) plan.attributes.push({ unit: target, attribute, value });
    targetOf.set(u.code, target);
  }

  const ended = input.isIncomplete
    ? new Map<string, UnitChange>()
    : endMissing(input, current, inFile, plan, changes, issues, touched, dayBefore, attributesOf);
  counts.ended = ended.size;
  const lineage = linkPredecessors(input, current, ended, targetOf, plan, changes, issues);
  // One conflict per code is enough: a version that ends later usually has a later successor too.
  const conflicted = new Set(issues.filter((i) => i.code === 'history_conflict').map((i) => i.value));
  for (const v of snapshot.laterVersions) {
    const at = touched.get(v.code);
    if (!at || v.validFrom <= eff || conflicted.has(v.code)) continue;
    conflicted.add(v.code);
    conflict(
      at.row,
      at.field,
      v.code,
      `${v.code} already has a version from ${v.validFrom}, after ${eff}; history before it cannot be rewritten`,
      `${v.code} đã có phiên bản từ ngày ${formatDateVi(v.validFrom)}, sau ngày ${formatDateVi(eff)}; không thể sửa lịch sử trước đó`,
    );
  }
  changes.sort((a, b) => levelRank(a.level) - levelRank(b.level) || a.code.localeCompare(b.code));
  return { changes, counts, lineage, issues, plan };
}

/** Ends the units of the scope that the file leaves out; returns their changes by code. */
function endMissing(
  input: CompareInput,
  current: Map<string, RegisterUnit>,
  inFile: Map<string, FileUnit>,
  plan: UnitsImportPlan,
  changes: UnitChange[],
  issues: FileIssue[],
  touched: Map<string, { row: number; field: string }>,
  dayBefore: string,
  attributesOf: (unitId: number) => RegisterAttribute[],
): Map<string, UnitChange> {
  const eff = input.effectiveDate;
  const scopeRows = new Map(input.scope.map((s) => [s.code, s]));
  const scopeOf = (u: RegisterUnit): ScopeEntry | undefined => {
    for (let c: string | null = u.code, i = 0; c !== null && i < 5; i++) {
      const s = scopeRows.get(c);
      if (s) return s;
      c = current.get(c)?.parentCode ?? null;
    }
    return input.scope[0];
  };
  const ended = new Map<string, UnitChange>();
  // A village list ends the villages it leaves out. A catalogue (which lists no villages) ends the
  // districts and communes it leaves out, and with an ended commune its villages, parents first.
  const endable =
    input.kind === 'villages' ? (u: RegisterUnit) => u.level === 'village' : (u: RegisterUnit) => u.level !== 'village' || ended.has(u.parentCode ?? '');
  const byParentsFirst = [...input.snapshot.inScope].sort((a, b) => levelRank(a.level) - levelRank(b.level));
  for (const u of byParentsFirst) {
    if (!endable(u) || inFile.has(u.code) || ended.has(u.code)) continue;
    const at = scopeOf(u);
    const place = { row: at?.row ?? 1, field: at?.field ?? 'code' };
    touched.set(u.code, place);
    const conflict = (en: string, vi: string) => issues.push(fileIssue('history_conflict', { ...place, value: u.code }, en, vi));
    if (u.validTo !== null) {
      conflict(
        `${u.fullName} (${u.code}) is missing from the file but is already recorded as ending on ${u.validTo}`,
        `${u.fullName} (${u.code}) không có trong tệp nhưng đã được ghi là kết thúc ngày ${formatDateVi(u.validTo)}`,
      );
    }
    if (u.validFrom === eff) {
      conflict(
        `${u.fullName} (${u.code}) is missing from the file but starts on ${eff}; it cannot end before it starts`,
        `${u.fullName} (${u.code}) không có trong tệp nhưng bắt đầu từ ngày ${formatDateVi(eff)}; không thể kết thúc trước khi bắt đầu`,
      );
    }
    const later = attributesOf(u.id).find((a) => a.validFrom >= eff);
    if (later) {
      conflict(
        `${u.fullName} (${u.code}) is missing from the file but has ${later.attribute} from ${later.validFrom}`,
        `${u.fullName} (${u.code}) không có trong tệp nhưng có ${later.attribute} từ ngày ${formatDateVi(later.validFrom)}`,
      );
    }
    const before = stateOf(u, u.validFrom, u.validTo);
    const after = { ...before, validTo: dayBefore };
    const change: UnitChange = { change: 'ended', kinds: ['ended'], code: u.code, level: u.level, before, after, row: place.row };
    ended.set(u.code, change);
    changes.push(change);
    plan.closeVersionIds.push(u.id);
    plan.endedIds.push(u.id);
    plan.audit.push({ code: u.code, before: auditOf(u.code, u.level, before), after: auditOf(u.code, u.level, after) });
  }
  return ended;
}
