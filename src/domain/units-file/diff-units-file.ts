/** Turns a parsed units file and the register snapshot into the diff shown to users and the plan that applies it. */
import { compareAttributes } from './compare-attributes.ts';
import { compareUnits, type Comparison } from './compare-units.ts';
import { sortIssues } from './file-issue.ts';
import { matchVillages } from './match-villages.ts';
import type { RegisterSnapshot, UnitsDiff, UnitsImportPlan } from './units-diff-types.ts';
import type { FileIssue, ParsedUnitsFile, UnitsFileKind } from './units-file-types.ts';

export type DiffFileInfo = UnitsDiff['file'];

/** A diff of a file that could not be compared (unreadable, no header): no changes, only errors. */
export function buildUnreadDiff(kind: UnitsFileKind, effectiveDate: string, file: DiffFileInfo, errors: FileIssue[]): UnitsDiff {
  return {
    kind,
    effectiveDate,
    file,
    scope: [],
    counts: { added: 0, renamed: 0, retyped: 0, reparented: 0, ended: 0, attributes: 0, unchanged: 0 },
    changes: [],
    lineage: [],
    hasChanges: false,
    errors: sortIssues(errors),
  };
}

/** Compares a parsed file with the register; `parseIssues` (from reading the file) are kept in the errors. */
export function diffParsedUnitsFile(
  parsed: ParsedUnitsFile,
  snapshot: RegisterSnapshot,
  effectiveDate: string,
  file: DiffFileInfo,
  parseIssues: FileIssue[],
): { diff: UnitsDiff; plan: UnitsImportPlan } {
  let comparison: Comparison;
  let matchIssues: FileIssue[] = [];
  if (parsed.kind === 'attributes') comparison = compareAttributes(parsed, snapshot, effectiveDate);
  else {
    const matched = parsed.kind === 'villages' ? matchVillages(parsed, snapshot, effectiveDate) : { units: parsed.units, issues: [] };
    matchIssues = matched.issues;
    const isIncomplete = parseIssues.length > 0 || matched.issues.length > 0;
    comparison = compareUnits({ kind: parsed.kind, effectiveDate, units: matched.units, scope: parsed.scope, snapshot, isIncomplete });
  }
  const errors = sortIssues([...parseIssues, ...matchIssues, ...comparison.issues]);
  const diff: UnitsDiff = {
    kind: parsed.kind,
    effectiveDate,
    file,
    scope: parsed.scope.map((s) => s.code).sort(),
    counts: comparison.counts,
    changes: comparison.changes,
    lineage: comparison.lineage,
    hasChanges: comparison.changes.length > 0 || comparison.lineage.length > 0,
    errors,
  };
  return { diff, plan: comparison.plan };
}
