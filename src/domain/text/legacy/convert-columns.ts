/**
 * Converts the cells of a table to Unicode NFC column by column: a column typed in a legacy font
 * (TCVN3, VNI) is recognised from all its cells together, which is far more reliable than one cell.
 */
import { detectVietnameseEncoding, toUnicodeNfc, type VietnameseEncoding } from './detect-encoding.ts';
import { composeVietnameseNfc } from './windows-1258.ts';

export interface ConvertedColumns {
  rows: string[][];
  /** The columns (0-based) that were converted from a legacy encoding, with that encoding. */
  converted: Array<{ column: number; encoding: 'tcvn3' | 'vni' }>;
}

/**
 * Returns the rows with every cell in Unicode NFC. `fileEncoding` is what the file's bytes were
 * recognised as (a CSV saved in TCVN3 or VNI); without it each column is recognised on its own.
 */
export function convertColumnsToUnicode(rows: readonly (readonly string[])[], fileEncoding?: VietnameseEncoding): ConvertedColumns {
  const width = Math.max(0, ...rows.map((r) => r.length));
  const encodings: VietnameseEncoding[] = [];
  for (let c = 0; c < width; c++) {
    const sample = rows.map((r) => r[c] ?? '').join('\n');
    encodings.push(fileEncoding === 'tcvn3' || fileEncoding === 'vni' ? fileEncoding : detectVietnameseEncoding(sample));
  }
  const converted = encodings.flatMap((e, column) => (e === 'tcvn3' || e === 'vni' ? [{ column, encoding: e }] : []));
  return {
    rows: rows.map((r) =>
      r.map((cell, c) => {
        const e = encodings[c];
        if (e === 'tcvn3' || e === 'vni') return toUnicodeNfc(cell, e).text;
        return composeVietnameseNfc(cell);
      }),
    ),
    converted,
  };
}
