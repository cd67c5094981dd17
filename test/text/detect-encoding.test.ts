import { describe, expect, it } from 'vitest';
import { detectVietnameseEncoding, toUnicodeNfc, type VietnameseEncoding } from '../../src/domain/text/legacy/detect-encoding.ts';
import { decomposeTonesLikeWindows1258, encodeTcvn3, encodeVni } from './legacy-encoders.ts';
import { NOT_VIETNAMESE_SAMPLES, VIETNAMESE_SAMPLES } from './vietnamese-samples.ts';

/** Each form the samples come in, the encoding detection must find (or 'unknown'), and the cells it leaves 'unknown' alone (measured). */
const FORMS: ReadonlyArray<{ form: string; encode: (s: string) => string; truth: VietnameseEncoding; unknownAlone: readonly string[] }> = [
  // "TÊN THÔN" also reads as TCVN3 "TẤN THỄN"; "Kon Plông", "GHI CHÚ" have one word only Latin-1 letters.
  { form: 'Unicode NFC', encode: (s) => s, truth: 'unicode', unknownAlone: ["Ea H'Leo", 'Kon Plông', 'TÊN THÔN', 'GHI CHÚ'] },
  { form: 'Unicode NFD', encode: (s) => s.normalize('NFD'), truth: 'unicode', unknownAlone: ["Ea H'Leo"] },
  { form: 'Windows-1258', encode: decomposeTonesLikeWindows1258, truth: 'unicode', unknownAlone: ["Ea H'Leo", 'Kon Plông', 'TÊN THÔN'] },
  // A legacy cell needs two words that convert: one ("Tr­êng Sa") is left to the column's detection.
  { form: 'TCVN3', encode: encodeTcvn3, truth: 'tcvn3', unknownAlone: ['Trường Sa', "Ea H'Leo", 'Kon Plông', 'GHI CHÚ'] },
  { form: 'VNI', encode: encodeVni, truth: 'vni', unknownAlone: ['Trường Sa', "Ea H'Leo", 'Kon Plông', 'GHI CHÚ'] },
];

describe('detectVietnameseEncoding', () => {
  it.each(FORMS)('never mistakes a $form cell, and leaves only the measured few undecided', ({ encode, truth, unknownAlone }) => {
    const results = VIETNAMESE_SAMPLES.map((s) => ({ sample: s, encoding: detectVietnameseEncoding(encode(s)) }));
    const wrong = results.filter((r) => r.encoding !== truth && r.encoding !== 'unknown');
    expect(wrong).toEqual([]);
    expect(results.filter((r) => r.encoding === 'unknown').map((r) => r.sample)).toEqual(unknownAlone);
  });

  it.each(FORMS)('detects a whole $form column (all samples joined by new lines)', ({ encode, truth }) => {
    expect(detectVietnameseEncoding(VIETNAMESE_SAMPLES.map(encode).join('\n'))).toBe(truth);
  });

  it.each([
    ['Th«n Nµ P¸i', 'tcvn3'],
    ['X· B»ng Thµnh', 'tcvn3'],
    ['TØnh B¾c K¹n', 'tcvn3'],
    ['T£N TH¤N', 'tcvn3'],
    ['Tænh Baéc Kaïn', 'vni'],
    ['Thoân Naø Paùi', 'vni'],
    ['MAÕ XAÕ', 'vni'],
    ['Thôn Nà Pái', 'unicode'],
    ['Tỉnh Bắc Kạn', 'unicode'],
    ['Ti\u0309nh Ba\u0306\u0301c Ka\u0323n', 'unicode'],
    ['Cafe\u0301', 'unicode'], // decomposed: Unicode whatever the language, NFC is all it needs
    ['Th«n', 'unknown'], // one legacy word is too little to act on
    ['Thoân', 'unknown'],
    ['Xã Tân Hòa', 'unknown'], // also reads as TCVN3 "Xó Tõn Hũa": left as it is either way
    ['Höng Trí', 'unknown'], // VNI "Hưng Trí" or TCVN3 "Hửng Trớ"
    ['', 'unknown'],
  ] as const)('reads "%s" as %s', (text, encoding) => {
    expect(detectVietnameseEncoding(text)).toBe(encoding);
  });

  it.each(NOT_VIETNAMESE_SAMPLES)('answers unknown for "%s"', (text) => {
    expect(detectVietnameseEncoding(text)).toBe('unknown');
  });

  it('answers unknown for all the non-Vietnamese samples joined as one column', () => {
    expect(detectVietnameseEncoding(NOT_VIETNAMESE_SAMPLES.join('\n'))).toBe('unknown');
  });

  it('detects a TCVN3 column that also holds English, codes and a few cells retyped in Unicode', () => {
    const column = [...VIETNAMESE_SAMPLES.slice(0, 30).map(encodeTcvn3), 'Internet', 'N/A', '1.463,5', 'Hello world', 'Xã Bằng Thành', 'Đắk Lắk', 'Café'];
    expect(detectVietnameseEncoding(column.join('\n'))).toBe('tcvn3');
  });

  it('counts a word once: a column repeating one legacy-looking word ("5 µm") is no evidence', () => {
    expect(detectVietnameseEncoding(Array.from({ length: 200 }, (_, i) => `${i} µm`).join('\n'))).toBe('unknown');
  });
});

describe('toUnicodeNfc', () => {
  it.each(FORMS)('converts every $form sample back, given the encoding of its column', ({ encode, truth }) => {
    for (const sample of VIETNAMESE_SAMPLES.filter((s) => truth !== 'tcvn3' || s !== 'MÃ XÃ')) {
      expect(toUnicodeNfc(encode(sample), truth).text, sample).toBe(sample);
    }
  });

  it.each([
    ['Th«n Nµ P¸i', { text: 'Thôn Nà Pái', encoding: 'tcvn3' }],
    ['Tænh Baéc Kaïn', { text: 'Tỉnh Bắc Kạn', encoding: 'vni' }],
    ['Ti\u0309nh Ba\u0306\u0301c', { text: 'Tỉnh Bắc', encoding: 'unicode' }],
    ['Th«n', { text: 'Th«n', encoding: 'unknown' }],
    ['Café crème', { text: 'Café crème', encoding: 'unknown' }],
  ] as const)('detects and converts "%s" on its own', (text, expected) => {
    expect(toUnicodeNfc(text)).toEqual(expected);
  });

  it('converts a single legacy word under the column hint', () => {
    expect(toUnicodeNfc('Th«n', 'tcvn3')).toEqual({ text: 'Thôn', encoding: 'tcvn3' });
    expect(toUnicodeNfc('Thoân', 'vni')).toEqual({ text: 'Thôn', encoding: 'vni' });
    expect(toUnicodeNfc('Ba BÓ', 'tcvn3')).toEqual({ text: 'Ba Bể', encoding: 'tcvn3' });
  });

  it('keeps a cell retyped in Unicode as it is under a legacy hint', () => {
    expect(toUnicodeNfc('Đắk Lắk', 'tcvn3')).toEqual({ text: 'Đắk Lắk', encoding: 'unicode' });
    expect(toUnicodeNfc('Thôn Nà Pái', 'tcvn3')).toEqual({ text: 'Thôn Nà Pái', encoding: 'unicode' });
    expect(toUnicodeNfc('Thôn Nà Pái', 'vni')).toEqual({ text: 'Thôn Nà Pái', encoding: 'unicode' });
    expect(toUnicodeNfc('Huyện Chợ Đồn', 'vni')).toEqual({ text: 'Huyện Chợ Đồn', encoding: 'unicode' });
  });

  it("leaves 'unknown' text exactly as it is, and composes under the 'unicode' hint", () => {
    expect(toUnicodeNfc('1.463,5', 'unknown')).toEqual({ text: '1.463,5', encoding: 'unknown' });
    expect(toUnicodeNfc('Ti\u0309nh', 'unicode')).toEqual({ text: 'Tỉnh', encoding: 'unicode' });
  });
});
