/** Lineage from the file's "Mã đơn vị cũ" column: which old units a unit of the file replaces (R-HIST-2). */
import { addDays } from '../units/dates.ts';
import { formatDateVi } from '../format/vi-format.ts';
import type { CompareInput } from './compare-units.ts';
import { fileIssue } from './file-issue.ts';
import { auditOf, stateOf } from './unit-states.ts';
import type { LineageChange, RegisterUnit, UnitChange, UnitRef, UnitsImportPlan } from './units-diff-types.ts';
import type { FileIssue } from './units-file-types.ts';

/** Adds old → new edges for the file's "Mã đơn vị cũ" column: full when the old unit ends, partial when it goes on. */
export function linkPredecessors(
  input: CompareInput,
  current: Map<string, RegisterUnit>,
  ended: Map<string, UnitChange>,
  targetOf: Map<string, UnitRef>,
  plan: UnitsImportPlan,
  changes: UnitChange[],
  issues: FileIssue[],
): LineageChange[] {
  const lineage: LineageChange[] = [];
  const previous = new Map(input.snapshot.predecessors.map((u) => [u.code, u]));
  const existing = new Set(input.snapshot.lineage.map((l) => `${l.fromId}>${l.toId}`));
  const changeOf = new Map(changes.filter((c) => c.change !== 'ended').map((c) => [c.code, c]));
  const auditOfCode = new Map(plan.audit.filter((a) => a.after !== null).map((a) => [a.code, a]));
  for (const u of input.units) {
    const target = targetOf.get(u.code);
    if (!target || u.predecessors.length === 0) continue;
    const change = changeOf.get(u.code);
    const added: string[] = [];
    for (const code of u.predecessors) {
      const pred = previous.get(code);
      const place = { row: u.row, field: u.fields.predecessors, value: code };
      if (!pred || code === u.code || (pred.level === 'village') !== (u.level === 'village')) {
        issues.push(
          fileIssue(
            'unknown_predecessor',
            place,
            `${u.fullName}: ${code} is not a ${u.level === 'village' ? 'village' : 'unit'} in force on ${addDays(input.effectiveDate, -1)} that it could replace`,
            `${u.fullName}: ${code} không phải ${u.level === 'village' ? 'thôn' : 'đơn vị'} còn hiệu lực ngày ${formatDateVi(addDays(input.effectiveDate, -1))} để thay thế`,
          ),
        );
        continue;
      }
      if ('id' in target && existing.has(`${pred.id}>${target.id}`)) continue;
      const goesOn = current.get(code)?.id === pred.id && !ended.has(code);
      const coverage = goesOn ? 'partial' : 'full';
      plan.lineage.push({ fromId: pred.id, to: target, coverage });
      lineage.push({ from: code, to: u.code, coverage });
      added.push(code);
      const endedChange = ended.get(code);
      if (endedChange) endedChange.successors = [...(endedChange.successors ?? []), u.code];
    }
    if (added.length === 0) continue;
    if (change) change.predecessors = added;
    const audit = auditOfCode.get(u.code);
    if (audit?.after) audit.after.predecessors = added;
    else {
      const ex = current.get(u.code)!;
      const state = auditOf(u.code, u.level, stateOf(ex, ex.validFrom, ex.validTo));
      plan.audit.push({ code: u.code, before: state, after: { ...state, predecessors: added } });
    }
  }
  return lineage;
}
