import iconv from 'iconv-lite';
import { describe, expect, it } from 'vitest';
import { toUnicodeNfc } from '../../src/domain/text/legacy/detect-encoding.ts';
import { composeVietnameseNfc, hasCombiningMarks } from '../../src/domain/text/legacy/windows-1258.ts';
import { decomposeTonesLikeWindows1258, vietnameseLowerLetters } from './legacy-encoders.ts';
import { VIETNAMESE_SAMPLES } from './vietnamese-samples.ts';

const LETTERS = vietnameseLowerLetters().flatMap((l) => [l, l.toUpperCase()]);
const decode1258 = (bytes: number[]) => iconv.decode(Buffer.from(bytes), 'windows1258');

describe('composeVietnameseNfc (Windows-1258 and decomposed Unicode)', () => {
  it.each([
    // Written by hand from the Windows-1258 code page: 0xCC huyền, 0xEC sắc, 0xD2 hỏi, 0xDE ngã, 0xF2 nặng; 0xE3 ă, 0xF0 đ, 0xF5 ơ, 0xFD ư.
    [[0x54, 0x69, 0xd2, 0x6e, 0x68, 0x20, 0x42, 0xe3, 0xec, 0x63, 0x20, 0x4b, 0x61, 0xf2, 0x6e], 'Tỉnh Bắc Kạn'],
    [[0x54, 0x68, 0xf4, 0x6e, 0x20, 0x4e, 0xe0, 0x20, 0x50, 0xe1, 0x69], 'Thôn Nà Pái'],
    [[0x43, 0x68, 0xf5, 0xf2, 0x20, 0xd0, 0xf4, 0xcc, 0x6e], 'Chợ Đồn'],
    [[0x50, 0x68, 0xfd, 0xf5, 0xcc, 0x6e, 0x67, 0x20, 0xd0, 0xfd, 0xec, 0x63], 'Phường Đức'],
    [[0x51, 0x75, 0x61, 0xd2, 0x6e, 0x67, 0x20, 0x4e, 0x67, 0x61, 0xde, 0x69], 'Quảng Ngãi'],
  ])('composes the decoded bytes %j into "%s"', (bytes, unicode) => {
    const decoded = decode1258(bytes);
    expect(composeVietnameseNfc(decoded)).toBe(unicode);
  });

  it('composes every one of the 134 letters from Windows-1258 bytes and from NFD', () => {
    expect(LETTERS).toHaveLength(134);
    for (const letter of LETTERS) {
      const bytes = iconv.encode(decomposeTonesLikeWindows1258(letter), 'windows1258');
      expect(bytes.includes(0x3f), `${letter} has no Windows-1258 bytes`).toBe(false);
      expect(composeVietnameseNfc(iconv.decode(bytes, 'windows1258')), letter).toBe(letter);
      expect(composeVietnameseNfc(letter.normalize('NFD')), letter).toBe(letter);
    }
  });

  it('puts a tone typed before the horn or circumflex in its place, and maps the deprecated U+0341', () => {
    expect(composeVietnameseNfc('o\u0301\u031b')).toBe('ớ');
    expect(composeVietnameseNfc('e\u0323\u0302')).toBe('ệ');
    expect(composeVietnameseNfc('Ta\u0341i')).toBe('Tái');
  });

  it.each(VIETNAMESE_SAMPLES)('detects the Windows-1258 form of "%s" as Unicode (or no evidence) and composes it', (text) => {
    const result = toUnicodeNfc(decomposeTonesLikeWindows1258(text));
    expect(['unicode', 'unknown']).toContain(result.encoding);
    if (result.encoding === 'unicode') expect(result.text).toBe(text);
  });

  it('tells decomposed text from precomposed', () => {
    expect(hasCombiningMarks('Ti\u0309nh')).toBe(true);
    expect(hasCombiningMarks('Tỉnh')).toBe(false);
  });
});
