/**
 * What an import of a values file is asked and what it answers, shared by the CLI, the HTTP API and
 * the web import screen.
 */
import type { Series } from '../../domain/values/value-types.ts';

export type { ValueIssue } from '../../domain/values-file/value-issue.ts';
import type { ValueIssue } from '../../domain/values-file/value-issue.ts';

export interface ValueImportOptions {
  /** Check and report only; store nothing. */
  dryRun?: boolean;
  /** The period of every row, when the file has no period column (a period column wins). */
  period?: string;
  /** Whether the file holds actual figures (default) or the plan. */
  series?: Series;
  /** The decision that set the file's plan targets ("Quyết định số 25/QĐ-UBND ngày 15/01/2024"); shown beside every plan figure. */
  decision?: string;
  /** Submit the file's figures for review as soon as they are stored (accounts; the installation's own figures are approved). */
  submit?: boolean;
  /** Most data rows accepted (default MAX_DATA_ROWS, 2,000,000); more refuses the file. */
  maxRows?: number;
  /** Called as the file is read and stored. */
  onProgress?: (progress: ImportProgress) => void;
}

export type ImportPhase = 'reading' | 'checking' | 'writing' | 'done';

export interface ImportProgress {
  phase: ImportPhase;
  bytesRead: number;
  totalBytes: number;
  rowsRead: number;
}

/** The answer of an import or a dry run. */
export interface ValueImportResult {
  /** accepted: stored (or would be, on a dry run); unchanged: every value already stored; rejected: nothing stored. */
  outcome: 'accepted' | 'unchanged' | 'rejected';
  dryRun: boolean;
  fileName: string;
  fileSha256: string;
  fileBytes: number;
  format: 'csv' | 'xlsx';
  /** How a CSV's text was encoded (utf-8, windows-1258, tcvn3, vni); columns converted from legacy fonts. */
  textEncoding?: string;
  convertedColumns: Array<{ sheet: string; column: string; encoding: string }>;
  sheet: string;
  layout: 'wide' | 'long';
  headerRow: number;
  /** Columns recognised: the header as written and what it was read as. */
  columns: Array<{ label: string; meaning: string }>;
  rowsRead: number;
  /** Values found in the file. */
  values: number;
  /** What storing did (or would do): new, changed and already-stored values. */
  inserted: number;
  updated: number;
  unchanged: number;
  /** The batch that stored the file (absent on a dry run, a rejection, or when nothing changed). */
  batchId?: number;
  /** The submissions (unit, period, party) the file's figures went into, in their state after the import. */
  submissions?: Array<{ id: number; unit: { code: string; name: string; level: string }; period: string; party: string; state: string; reason: string | null }>;
  /** Periods and indicators the file covers. */
  periods: string[];
  indicators: string[];
  /** Problems that refuse the file (at most MAX_LISTED_ISSUES listed; errorCount counts them all). */
  errors: ValueIssue[];
  errorCount: number;
  /** Things the user should know that do not refuse the file (ignored columns, converted text…). */
  warnings: ValueIssue[];
  /** Error counts by code. */
  errorsByCode: Record<string, number>;
  /** 5 sample values as read, for the preview. */
  sample: Array<{ row: number; unitCode: string; unitName: string; indicator: string; period: string; breakdown: string; value: string }>;
}

/** Errors listed in a result; the rest are counted. */
export const MAX_LISTED_ISSUES = 1000;
