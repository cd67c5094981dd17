/** Coded problems of boundary files, each naming the feature (1-based) and the field, in English and Vietnamese. */
import type { BoundaryIssue } from './boundary-types.ts';

/** Builds an issue with the "Đối tượng N: …" / "Feature N: …" prefix (none for the file as a whole, feature 0). */
export function featureIssue(feature: number, code: string, en: string, vi: string, extra: { field?: string; value?: string } = {}): BoundaryIssue {
  const issue: BoundaryIssue = {
    feature,
    code,
    message: feature > 0 ? `Feature ${feature}: ${en}` : en,
    messageVi: feature > 0 ? `Đối tượng ${feature}: ${vi}` : vi,
  };
  if (extra.field !== undefined) issue.field = extra.field;
  if (extra.value !== undefined) issue.value = extra.value;
  return issue;
}

/** A file-level issue (feature 0). */
export function fileIssue(code: string, en: string, vi: string, extra: { field?: string; value?: string } = {}): BoundaryIssue {
  return featureIssue(0, code, en, vi, extra);
}
