/**
 * Checks a village list against the register and gives every row a code: the code in the file, else the
 * code of the village of the same commune with the same name (folded), else the next free
 * `<communeCode>-<3-digit seq>`, so re-importing a list keeps every village's code.
 */
import { formatDateVi } from '../format/vi-format.ts';
import { foldVietnamese } from '../text/fold.ts';
import { fileIssue } from './file-issue.ts';
import type { RegisterSnapshot, RegisterUnit } from './units-diff-types.ts';
import type { FileIssue, FileUnit, VillageFile, VillageRow } from './units-file-types.ts';

const ASSIGNED = /^(\d{5})-(\d+)$/;

function toUnit(v: VillageRow, code: string): FileUnit {
  const fields: FileUnit['fields'] = { code: v.fields.code ?? v.fields.name, name: v.fields.name, parent: v.fields.communeCode };
  if (v.fields.predecessors) fields.predecessors = v.fields.predecessors;
  return {
    code,
    level: 'village',
    typeCode: v.typeCode,
    name: v.name,
    fullName: v.fullName,
    parentCode: v.communeCode,
    row: v.row,
    fields,
    attributes: v.attributes,
    predecessors: v.predecessors,
  };
}

function checkCommune(v: VillageRow, communes: Map<string, RegisterUnit>, effectiveDate: string): FileIssue | undefined {
  const commune = communes.get(v.communeCode);
  if (!commune) {
    return fileIssue(
      'parent_not_in_force',
      { row: v.row, field: v.fields.communeCode, value: v.communeCode },
      `no commune with code ${v.communeCode} is in force on ${effectiveDate}`,
      `không có xã mã ${v.communeCode} còn hiệu lực vào ngày ${formatDateVi(effectiveDate)}`,
    );
  }
  if (v.communeName === undefined) return undefined;
  const given = foldVietnamese(v.communeName);
  if (given === foldVietnamese(commune.name) || given === foldVietnamese(commune.fullName)) return undefined;
  return fileIssue(
    'name_mismatch',
    { row: v.row, field: v.fields.communeName, value: v.communeName },
    `"${v.communeName}" is not the name of commune ${v.communeCode}, which is "${commune.fullName}" on ${effectiveDate}`,
    `"${v.communeName}" không phải tên của xã mã ${v.communeCode}; ngày ${formatDateVi(effectiveDate)} xã này là "${commune.fullName}"`,
  );
}

/** Matches each row to a register village (or a new code) and returns the villages as units. */
export function matchVillages(file: VillageFile, snapshot: RegisterSnapshot, effectiveDate: string): { units: FileUnit[]; issues: FileIssue[] } {
  const issues: FileIssue[] = [];
  const communes = new Map(snapshot.byCode.filter((u) => u.level === 'commune').map((u) => [u.code, u]));
  const byCode = new Map(snapshot.byCode.map((u) => [u.code, u]));
  const rows = file.rows.filter((v) => {
    const issue = checkCommune(v, communes, effectiveDate);
    if (issue) issues.push(issue);
    return !issue;
  });
  const codeOf = new Map<VillageRow, string>();
  const claimedBy = new Map<string, VillageRow>();
  for (const v of rows) {
    if (v.code === undefined) continue;
    const existing = byCode.get(v.code);
    if (existing && existing.level !== 'village') {
      issues.push(
        fileIssue(
          'level_mismatch',
          { row: v.row, field: v.fields.code, value: v.code },
          `${v.code} is the code of ${existing.fullName}, not of a village`,
          `${v.code} là mã của ${existing.fullName}, không phải mã thôn`,
        ),
      );
      continue;
    }
    codeOf.set(v, v.code);
    claimedBy.set(v.code, v);
  }
  const villagesOf = new Map<string, RegisterUnit[]>();
  for (const u of snapshot.inScope) {
    if (u.level !== 'village' || u.parentCode === null) continue;
    const list = villagesOf.get(u.parentCode);
    if (list) list.push(u);
    else villagesOf.set(u.parentCode, [u]);
  }
  const laterOf = new Map<string, RegisterUnit>();
  for (const u of snapshot.laterInScope) {
    const key = `${u.parentCode}|${foldVietnamese(u.name)}`;
    if (!laterOf.has(key)) laterOf.set(key, u);
  }
  const pending: VillageRow[] = [];
  for (const v of rows) {
    if (v.code !== undefined) continue;
    const folded = foldVietnamese(v.name);
    // A village claimed by its code on another row is not matched again by name.
    const isClaimedByCode = (code: string) => claimedBy.get(code)?.code !== undefined;
    const named = (villagesOf.get(v.communeCode) ?? []).filter((u) => foldVietnamese(u.name) === folded && !isClaimedByCode(u.code));
    // Several villages of that name ("Thôn 1", "Tổ dân phố 1"): the type decides, or the file must give the code.
    const candidates = named.length > 1 ? named.filter((u) => u.typeCode === v.typeCode) : named;
    if (named.length > 1 && candidates.length !== 1) {
      issues.push(
        fileIssue(
          'ambiguous_name',
          { row: v.row, field: v.fields.name, value: v.fullName },
          `"${v.fullName}" matches several villages of commune ${v.communeCode} (${named.map((c) => c.code).join(', ')}); give its code`,
          `"${v.fullName}" trùng tên với nhiều thôn của xã ${v.communeCode} (${named.map((c) => c.code).join(', ')}); hãy ghi mã thôn`,
        ),
      );
      continue;
    }
    // No village of that name in force: one that starts later keeps its code, and the diff refuses the earlier date.
    const match = candidates[0] ?? laterOf.get(`${v.communeCode}|${folded}`);
    if (!match) {
      pending.push(v);
      continue;
    }
    const other = claimedBy.get(match.code);
    if (other) {
      issues.push(
        fileIssue(
          'duplicate_name',
          { row: v.row, field: v.fields.name, value: v.fullName },
          `"${v.fullName}" is the same village (${match.code}) as row ${other.row}`,
          `"${v.fullName}" là cùng một thôn (${match.code}) với dòng ${other.row}`,
        ),
      );
      continue;
    }
    codeOf.set(v, match.code);
    claimedBy.set(match.code, v);
  }
  assignNewCodes(pending, snapshot, [...codeOf.values()], codeOf, issues);
  const units = rows.filter((v) => codeOf.has(v)).map((v) => toUnit(v, codeOf.get(v)!));
  return { units, issues };
}

/** Gives new villages the next free sequence of their commune, in file order; never reuses a code of any date. */
function assignNewCodes(pending: VillageRow[], snapshot: RegisterSnapshot, usedCodes: string[], codeOf: Map<VillageRow, string>, issues: FileIssue[]): void {
  const next = new Map(snapshot.maxVillageSeq);
  for (const code of [...usedCodes, ...snapshot.inScope.map((u) => u.code)]) {
    const m = ASSIGNED.exec(code);
    if (m) next.set(m[1]!, Math.max(next.get(m[1]!) ?? 0, Number(m[2])));
  }
  const seen = new Map<string, VillageRow>();
  for (const v of pending) {
    const key = `${v.communeCode}|${v.typeCode}|${foldVietnamese(v.name)}`;
    const first = seen.get(key);
    if (first) {
      issues.push(
        fileIssue(
          'duplicate_name',
          { row: v.row, field: v.fields.name, value: v.fullName },
          `"${v.fullName}" of commune ${v.communeCode} is also on row ${first.row}`,
          `"${v.fullName}" của xã ${v.communeCode} trùng với dòng ${first.row}`,
        ),
      );
      continue;
    }
    seen.set(key, v);
    const seq = (next.get(v.communeCode) ?? 0) + 1;
    next.set(v.communeCode, seq);
    codeOf.set(v, `${v.communeCode}-${String(seq).padStart(3, '0')}`);
  }
}
