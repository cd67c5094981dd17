import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import iconv from 'iconv-lite';
import { describe, expect, it } from 'vitest';
import { detectVietnameseEncoding, toUnicodeNfc } from '../../src/domain/text/legacy/detect-encoding.ts';

const dir = fileURLToPath(new URL('../fixtures/encodings/', import.meta.url));
const cells = (text: string) =>
  text
    .trim()
    .split(/\r?\n/)
    .map((line) => line.split(';'));
const truth = cells(readFileSync(join(dir, 'villages-bac-kan.csv'), 'utf8'));

// How the services hand the text over: legacy font files are single-byte, read as Latin-1; Windows-1258 through iconv-lite.
const FILES = [
  { file: 'villages-bac-kan-tcvn3.csv', text: (b: Buffer) => b.toString('latin1'), encoding: 'tcvn3' },
  { file: 'villages-bac-kan-vni.csv', text: (b: Buffer) => b.toString('latin1'), encoding: 'vni' },
  { file: 'villages-bac-kan-windows-1258.csv', text: (b: Buffer) => iconv.decode(b, 'windows1258'), encoding: 'unicode' },
] as const;

describe('legacy-encoded village lists of Bắc Kạn', () => {
  it.each(FILES)('detects $file as $encoding from the whole file, then converts every cell back', ({ file, text, encoding }) => {
    const content = text(readFileSync(join(dir, file)));
    expect(detectVietnameseEncoding(content)).toBe(encoding);
    const converted = cells(content).map((row) => row.map((cell) => toUnicodeNfc(cell, encoding).text));
    expect(converted).toEqual(truth);
  });

  it.each(FILES)('converts $file cell by cell without the hint either rightly or not at all', ({ file, text }) => {
    const rows = cells(text(readFileSync(join(dir, file))));
    rows.forEach((row, r) =>
      row.forEach((cell, c) => {
        const result = toUnicodeNfc(cell);
        expect([truth[r]![c], cell], cell).toContain(result.text);
      }),
    );
  });

  it('converts the header row of the TCVN3 file to capitals when given whole', () => {
    const header = readFileSync(join(dir, 'villages-bac-kan-tcvn3.csv')).toString('latin1').split('\n')[0]!;
    expect(toUnicodeNfc(header).text).toBe('MÃ THÔN;TÊN THÔN;TÊN XÃ;HUYỆN;GHI CHÚ');
  });
});
