/** A problem in a values file: the row, the column as headed in the file, the cell, and why. */
export interface ValueIssue {
  /** 1-based row in the file (absent for a problem of the whole file). */
  row?: number;
  /** The column as headed in the file, or the canonical name of a missing column. */
  field?: string;
  /** The cell as written (cut to 80 characters). */
  value?: string;
  /** Stable code: "unknown_unit", "unit_not_in_force", "wrong_type", "duplicate", "cross_check"… */
  code: string;
  message: string;
  messageVi: string;
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
