/**
 * Finds the sheet of a values file that holds values and reads it row by row: the first rows are
 * sampled to decide each column's legacy font and to find the header, the rest stream through.
 */
import { SECTOR_CATALOGUE } from '../../domain/indicators/sector-catalogue.ts';
import type { CompiledCatalogue } from '../../domain/indicators/indicator-types.ts';
import { parseUserPeriod } from '../../domain/periods/period-text.ts';
import type { Period } from '../../domain/periods/period.ts';
import { foldVietnamese } from '../../domain/text/fold.ts';
import { cellDisplay } from '../../domain/values-file/read-cells.ts';
import { findValueLayout, indicatorAliases, HEADER_SEARCH_ROWS, type ValueLayout } from '../../domain/values-file/value-columns.ts';
import { ColumnFonts, SAMPLE_ROWS, openRowSource, type RowSource, type SourceRow } from './row-source.ts';

export interface ValueSheet {
  source: RowSource;
  name: string;
  layout: ValueLayout;
  fonts: ColumnFonts;
  /** The header rows and the title rows above them (converted), for the error report. */
  headRows: SourceRow[];
  /** A period stated in the title rows ("Kỳ báo cáo: Quý IV/2024"). */
  titlePeriod?: Period | undefined;
  /** The data rows, converted to Unicode, in order. */
  rows: AsyncIterable<SourceRow>;
  /** Sheets read before this one that hold no values. */
  skippedSheets: string[];
}

export type FoundSheet = { ok: true; sheet: ValueSheet } | { ok: false; source: RowSource; sheets: string[]; headerGuess: string[] };

/** Opens the file and finds the first sheet with a header of values. */
export async function openValueSheet(path: string, catalogue: CompiledCatalogue = SECTOR_CATALOGUE, maxRows?: number): Promise<FoundSheet> {
  const source = await openRowSource(path, maxRows);
  const aliases = indicatorAliases(catalogue);
  const skipped: string[] = [];
  let headerGuess: string[] = [];
  for await (const sheet of source.sheets()) {
    const iterator = sheet.rows[Symbol.asyncIterator]();
    const sample: SourceRow[] = [];
    let done = false;
    while (sample.length < SAMPLE_ROWS) {
      const next = await iterator.next();
      if (next.done) {
        done = true;
        break;
      }
      sample.push(next.value);
    }
    const fonts = new ColumnFonts(sample, source.textEncoding);
    const converted = sample.map((r) => fonts.convert(r));
    const layout = findValueLayout(converted, catalogue, aliases);
    if (!layout) {
      skipped.push(sheet.name);
      if (headerGuess.length === 0) headerGuess = bestHeaderGuess(converted);
      // Drain nothing more of a sheet without values: the next sheet follows in the stream.
      if (!done) for (let n = await iterator.next(); !n.done; n = await iterator.next());
      continue;
    }
    const headRows = converted.slice(0, layout.dataStart);
    const rest = converted.slice(layout.dataStart);
    async function* rows(): AsyncGenerator<SourceRow> {
      yield* rest;
      if (done) return;
      for (let n = await iterator.next(); !n.done; n = await iterator.next()) yield fonts.convert(n.value);
    }
    return {
      ok: true,
      sheet: { source, name: sheet.name, layout, fonts, headRows, titlePeriod: findTitlePeriod(headRows, layout), rows: rows(), skippedSheets: skipped },
    };
  }
  return { ok: false, source, sheets: skipped, headerGuess };
}

/** The labels of the first row with several text cells: what the user probably meant as the header. */
function bestHeaderGuess(rows: readonly SourceRow[]): string[] {
  const row = rows.slice(0, HEADER_SEARCH_ROWS).find((r) => r.cells.filter((c) => typeof c === 'string' && c.trim()).length >= 2);
  return row ? row.cells.map((c) => cellDisplay(c).trim()).filter(Boolean) : [];
}

/** A period named in the title rows: "Kỳ báo cáo: Quý IV/2024", "Năm 2024", "Số liệu 6 tháng đầu năm 2025". */
function findTitlePeriod(headRows: readonly SourceRow[], layout: ValueLayout): Period | undefined {
  const found = new Map<string, Period>();
  for (const r of headRows.slice(0, layout.dataStart - layout.headerRowCount)) {
    for (const c of r.cells) {
      const text = cellDisplay(c).trim();
      if (!text) continue;
      for (const candidate of periodCandidates(text)) {
        try {
          const p = parseUserPeriod(candidate);
          found.set(JSON.stringify(p), p);
          break;
        } catch {
          // not a period
        }
      }
    }
  }
  return found.size === 1 ? [...found.values()][0] : undefined;
}

function periodCandidates(text: string): string[] {
  const folded = foldVietnamese(text);
  const candidates: string[] = [];
  const afterColon = /k[yỳ]\s*(?:b[aá]o\s*c[aá]o|s[oố]\s*li[eệ]u)?\s*:\s*(.+)$/i.exec(text);
  if (afterColon) candidates.push(afterColon[1]!.trim());
  const phrases = [/(quý\s*[ivx\d]+\s*(?:\/|năm)\s*\d{4})/i, /(6 tháng (?:đầu|cuối) năm \d{4})/i, /(tháng\s*\d{1,2}\s*(?:\/|năm)\s*\d{4})/i, /(năm \d{4})/i];
  for (const re of phrases) {
    const m = re.exec(text);
    if (m) candidates.push(m[1]!);
  }
  if (/^(nam )?\d{4}$/.test(folded)) candidates.push(text);
  return candidates;
}
