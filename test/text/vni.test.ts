import { describe, expect, it } from 'vitest';
import { convertVniToUnicode, decodeVni } from '../../src/domain/text/legacy/vni.ts';
import { encodeVni, vietnameseLowerLetters } from './legacy-encoders.ts';
import { VIETNAMESE_SAMPLES } from './vietnamese-samples.ts';

const LOWER = vietnameseLowerLetters();
const UPPER = LOWER.map((l) => l.toUpperCase());

// Written by hand from the VNI-Windows table, not produced by any encoder.
const HAND_CHECKED: ReadonlyArray<readonly [vni: string, unicode: string]> = [
  ['Tænh Baéc Kaïn', 'Tỉnh Bắc Kạn'],
  ['Thoân Naø Paùi', 'Thôn Nà Pái'],
  ['Xaõ Baèng Thaønh', 'Xã Bằng Thành'],
  ['Huyeän Chôï Ñoàn', 'Huyện Chợ Đồn'],
  ['Phöôøng Ñöùc Xuaân', 'Phường Đức Xuân'],
  ['Böu ñieän vaên hoùa xaõ', 'Bưu điện văn hóa xã'],
  ['Ñieåm phuïc vuï böu chính', 'Điểm phục vụ bưu chính'],
  ['Ñaøi truyeàn thanh', 'Đài truyền thanh'],
  ['Tröôøng Sa', 'Trường Sa'],
  ['Ñaék Laék', 'Đắk Lắk'],
  ['Quaûng Ngaõi', 'Quảng Ngãi'],
  ['Thöøa Thieân Hueá', 'Thừa Thiên Huế'],
  ['Caàn Thô', 'Cần Thơ'],
  ['Ngöôøi daân toäc thieåu soá', 'Người dân tộc thiểu số'],
  ['Ñoàng', 'Đồng'],
  ['TEÂN THOÂN', 'TÊN THÔN'],
  ['MAÕ XAÕ', 'MÃ XÃ'],
  ['ÑAÉK LAÉK', 'ĐẮK LẮK'],
];

describe('convertVniToUnicode', () => {
  it.each(HAND_CHECKED)('reads the hand-checked "%s" as "%s"', (vni, unicode) => {
    expect(convertVniToUnicode(vni)).toBe(unicode);
  });

  it.each(VIETNAMESE_SAMPLES)('round-trips "%s" through the test encoder', (text) => {
    expect(convertVniToUnicode(encodeVni(text))).toBe(text);
  });

  it('round-trips all 134 letters (67 lower, 67 upper), alone and inside a word', () => {
    expect(new Set([...LOWER, ...UPPER]).size).toBe(134);
    for (const letter of [...LOWER, ...UPPER]) {
      expect(convertVniToUnicode(encodeVni(letter)), letter).toBe(letter);
      expect(convertVniToUnicode(encodeVni(`th${letter}n`)), letter).toBe(`th${letter}n`);
      expect(convertVniToUnicode(encodeVni(`TH${letter}N`)), letter).toBe(`TH${letter}N`);
    }
  });

  it('matches the longest sequence first: ô + mark is ơ with a tone, not ơ and an orphan mark', () => {
    expect(convertVniToUnicode('ôù ôø ôû ôõ ôï')).toBe('ớ ờ ở ỡ ợ');
    expect(convertVniToUnicode('öôù')).toBe('ướ');
    expect(convertVniToUnicode('oâ oá')).toBe('ô ố');
  });

  it('takes the case from the base letter when the mark was typed in the other case', () => {
    expect(convertVniToUnicode('Yù kieán')).toBe('Ý kiến');
    expect(convertVniToUnicode('THOâN')).toBe('THÔN');
    expect(convertVniToUnicode('thoÂn')).toBe('thôn');
  });

  it('returns NFC and leaves ASCII, digits and punctuation alone', () => {
    expect(convertVniToUnicode("Ea H'Leo, 1.463,5 (16/16)")).toBe("Ea H'Leo, 1.463,5 (16/16)");
    const out = convertVniToUnicode('Huyeän Chôï Ñoàn');
    expect(out).toBe(out.normalize('NFC'));
  });
});

describe('decodeVni', () => {
  it.each([
    ['Tænh Baéc Kaïn', 0],
    ['Café', 1], // é only marks a breve after a
    ['Nà Pái', 2],
    ['Müller', 1],
    ['Ñandú', 1], // Ñ is Đ, but ú after d is an orphan
  ])('counts the characters VNI leaves unread in "%s": %i', (text, unmapped) => {
    expect(decodeVni(text).unmappedCount).toBe(unmapped);
  });
});
