/** Builds the problems reported about a units file, in English and Vietnamese. */
import type { FileIssue } from './units-file-types.ts';

export interface IssuePlace {
  row?: number | undefined;
  field?: string | undefined;
  value?: string | undefined;
}

/** Makes a file issue; `value` is cut to 80 characters so a hostile cell cannot flood a report. */
export function fileIssue(code: string, place: IssuePlace, message: string, messageVi: string): FileIssue {
  const issue: FileIssue = { code, message, messageVi };
  if (place.row !== undefined) issue.row = place.row;
  if (place.field !== undefined) issue.field = place.field;
  if (place.value !== undefined) issue.value = place.value.length > 80 ? `${place.value.slice(0, 80)}…` : place.value;
  return issue;
}

/** Orders issues by row, then field, so a report reads top to bottom. */
export function sortIssues(issues: FileIssue[]): FileIssue[] {
  return [...issues].sort((a, b) => (a.row ?? 0) - (b.row ?? 0) || (a.field ?? '').localeCompare(b.field ?? ''));
}
