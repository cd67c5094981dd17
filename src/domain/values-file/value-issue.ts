import type { FileIssue } from '../units-file/units-file-types.ts';

/**
 * A problem in a values file: the row, the column as headed in the file (or the canonical name of a
 * missing column), the cell (cut to 80 characters), a stable code ("unknown_unit", "duplicate"…) and
 * why, in English and Vietnamese — a units file's issue, plus a suggestion for unknown units.
 */
export interface ValueIssue extends FileIssue {
  /** For unknown units: the closest unit in the register ("01843 Xã Đức Xuân"). */
  suggestion?: string;
}

/** Makes an issue; the value is cut to 80 characters so a hostile cell cannot flood a report. */
export function valueIssue(
  code: string,
  place: { row?: number | undefined; field?: string | undefined; value?: string | undefined },
  message: string,
  messageVi: string,
  suggestion?: string,
): ValueIssue {
  const issue: ValueIssue = { code, message, messageVi };
  if (place.row !== undefined) issue.row = place.row;
  if (place.field !== undefined) issue.field = place.field;
  if (place.value !== undefined) issue.value = place.value.length > 80 ? `${place.value.slice(0, 80)}…` : place.value;
  if (suggestion !== undefined) issue.suggestion = suggestion;
  return issue;
}
