/** Printing results as an aligned table, JSON or CSV. */
import { stringify } from 'csv-stringify/sync';

export type OutputFormat = 'table' | 'json' | 'csv';

export interface Column<T> {
  header: string;
  value: (row: T) => string | number | null | undefined;
}

/** Renders rows in the chosen format (JSON prints `json` instead of the columns when given). */
export function renderRows<T>(format: OutputFormat, columns: Column<T>[], rows: T[], json?: unknown): string {
  if (format === 'json') return JSON.stringify(json ?? rows, null, 2);
  const cells = rows.map((r) => columns.map((c) => cellText(c.value(r))));
  if (format === 'csv') return stringify([columns.map((c) => c.header), ...cells], { bom: false }).trimEnd();
  const widths = columns.map((c, i) => Math.max(displayWidth(c.header), ...cells.map((row) => displayWidth(row[i] ?? ''))));
  const line = (values: string[]) =>
    values
      .map((v, i) => v + ' '.repeat(Math.max(0, widths[i]! - displayWidth(v))))
      .join('  ')
      .trimEnd();
  return [line(columns.map((c) => c.header)), line(widths.map((w) => '-'.repeat(w))), ...cells.map(line)].join('\n');
}

function cellText(v: string | number | null | undefined): string {
  return v === null || v === undefined ? '' : String(v);
}

/** Width in terminal columns: Vietnamese in NFC is one column per code point. */
function displayWidth(s: string): number {
  return [...s.normalize('NFC')].length;
}

/** Checks a --format value. */
export function parseFormat(value: string): OutputFormat {
  if (value === 'table' || value === 'json' || value === 'csv') return value;
  throw new Error(`--format must be table, json or csv, got "${value}"`);
}
