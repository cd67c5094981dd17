/** Reads the sheets of a units file: finds the header, tells the kind and parses the rows. */
import { findHeader } from './file-columns.ts';
import { sortIssues } from './file-issue.ts';
import { parseAttributes } from './parse-attributes.ts';
import { parseCatalogue } from './parse-catalogue.ts';
import { parseVillages } from './parse-villages.ts';
import type { FileIssue, ParsedUnitsFile, Sheet, UnitsFileKind } from './units-file-types.ts';

export interface ReadSheetsResult {
  /** Absent when no sheet has a recognisable header. */
  parsed?: ParsedUnitsFile;
  /** The sheet read (XLSX workbooks may hold several). */
  sheet?: string;
  issues: FileIssue[];
}

/** Reads the first sheet whose header fits (`kind` forces the kind); problems come back as issues. */
export function readUnitsSheets(sheets: Sheet[], options: { kind?: UnitsFileKind | undefined; effectiveDate: string }): ReadSheetsResult {
  let firstIssues: FileIssue[] | undefined;
  for (const sheet of sheets) {
    const { match, issues } = findHeader(sheet.rows, options.kind);
    if (!match) {
      firstIssues ??= issues;
      continue;
    }
    const result =
      match.kind === 'catalogue'
        ? parseCatalogue(sheet.rows, match, options.effectiveDate)
        : match.kind === 'villages'
          ? parseVillages(sheet.rows, match)
          : parseAttributes(sheet.rows, match);
    return { parsed: result.file, sheet: sheet.name, issues: sortIssues([...issues, ...result.issues]) };
  }
  return { issues: firstIssues ?? [] };
}
