import { describe, expect, it } from 'vitest';
import { isVietnameseLetter, isVietnameseMarkedLetter, isVietnameseSyllable } from '../../src/domain/text/legacy/vietnamese-syllable.ts';
import { vietnameseLowerLetters } from './legacy-encoders.ts';

describe('isVietnameseSyllable', () => {
  it.each([
    'Bắc',
    'Kạn',
    'nghiêng',
    'Người',
    'trường',
    'Đắk',
    'Lắk',
    'Krông',
    'Plông',
    'Búk',
    'hòa',
    'hoà',
    'hoàng',
    'thuở',
    'khuya',
    'nguyễn',
    'quyết',
    'giếng',
    'gìn',
    'Huế',
    'ỦY',
    'của',
    'mưa',
    'ngoài',
    'khuấy',
    'yếu',
    'Pái',
    'ăng',
    'TRƯỜNG',
    'xoong',
  ])('accepts "%s"', (syllable) => {
    expect(isVietnameseSyllable(syllable)).toBe(true);
  });

  it.each([
    ['Baộc', 'two vowel groups'],
    ['Cafộ', 'f is no final'],
    ['crống', 'cr is no onset'],
    ['maõ', 'the tone of ao sits on a'],
    ['hoàng̀', 'two tones'],
    ['Tổnh', 'ônh is no rhyme'],
    ['Thoân', 'oâ is no nucleus'],
    ['schưn', 'sch is no onset'],
    ['Ñandú', 'ñ is no Vietnamese letter'],
    ['façade', 'ç is no Vietnamese letter'],
    ['hoàngg', 'ngg is no final'],
    ['', 'empty'],
  ])('rejects "%s" (%s)', (syllable) => {
    expect(isVietnameseSyllable(syllable)).toBe(false);
  });
});

describe('isVietnameseMarkedLetter', () => {
  it('knows the 134 letters and nothing else', () => {
    const letters = vietnameseLowerLetters().flatMap((l) => [l, l.toUpperCase()]);
    for (const l of letters) expect(isVietnameseMarkedLetter(l), l).toBe(true);
    for (const l of ['a', 'Z', 'ñ', 'ö', 'ç', 'ø', 'ß', 'æ', 'ÿ', 'ǎ', 'ŭ', 'µ', '«']) expect(isVietnameseMarkedLetter(l), l).toBe(false);
    expect(isVietnameseLetter('f')).toBe(true);
  });
});
