import { describe, expect, it } from 'vitest';
import { convertTcvn3ToUnicode, decodeTcvn3 } from '../../src/domain/text/legacy/tcvn3.ts';
import { encodeTcvn3, vietnameseLowerLetters } from './legacy-encoders.ts';
import { VIETNAMESE_SAMPLES } from './vietnamese-samples.ts';

const LOWER = vietnameseLowerLetters();
const UPPER = LOWER.map((l) => l.toUpperCase());
/** The capitals TCVN 5712:1993 VN3 gives a code of their own. */
const CODED_CAPITALS = ['Ă', 'Â', 'Ê', 'Ô', 'Ơ', 'Ư', 'Đ'];
const TONED_CAPITALS = UPPER.filter((l) => !CODED_CAPITALS.includes(l));

// Written by hand from the TCVN3 table, byte by byte (soft hyphen U+00AD is ư), not produced by any encoder.
const HAND_CHECKED: ReadonlyArray<readonly [tcvn3: string, unicode: string]> = [
  ['Th«n Nµ P¸i', 'Thôn Nà Pái'],
  ['X· B»ng Thµnh', 'Xã Bằng Thành'],
  ['TØnh B¾c K¹n', 'Tỉnh Bắc Kạn'],
  ['HuyÖn Chî §ån', 'Huyện Chợ Đồn'],
  ['Ph\u00adêng §øc Xu©n', 'Phường Đức Xuân'],
  ['B\u00adu ®iÖn v¨n hãa x·', 'Bưu điện văn hóa xã'],
  ['§iÓm phôc vô b\u00adu chÝnh', 'Điểm phục vụ bưu chính'],
  ['§µi truyÒn thanh', 'Đài truyền thanh'],
  ['Tr\u00adêng Sa', 'Trường Sa'],
  ['§¾k L¾k', 'Đắk Lắk'],
  ['Qu¶ng Ng·i', 'Quảng Ngãi'],
  ['Thõa Thiªn HuÕ', 'Thừa Thiên Huế'],
  ['B¶o Th¾ng', 'Bảo Thắng'],
  ['M\u00adêng Kh\u00ad¬ng', 'Mường Khương'],
  ['Uû ban nh©n d©n', 'Uỷ ban nhân dân'],
  ['T£N TH¤N', 'TÊN THÔN'],
  ['M· TH¤N', 'MÃ THÔN'],
  ['TR¦êNG §¹I HäC', 'TRƯỜNG ĐẠI HỌC'],
];

describe('convertTcvn3ToUnicode', () => {
  it.each(HAND_CHECKED)('reads the hand-checked "%s" as "%s"', (tcvn3, unicode) => {
    expect(convertTcvn3ToUnicode(tcvn3)).toBe(unicode);
  });

  it.each(VIETNAMESE_SAMPLES.filter((s) => s !== 'MÃ XÃ'))('round-trips "%s" through the test encoder', (text) => {
    expect(convertTcvn3ToUnicode(encodeTcvn3(text))).toBe(text);
  });

  it('reads "MÃ XÃ" alone as "Mã Xã" (nothing in "M· X·" tells a header from a name such as "Tø Kú"), and in its header row as "MÃ XÃ"', () => {
    expect(encodeTcvn3('MÃ XÃ')).toBe('M· X·');
    expect(convertTcvn3ToUnicode('M· X·')).toBe('Mã Xã');
    expect(convertTcvn3ToUnicode('Tø Kú')).toBe('Tứ Kỳ');
    expect(convertTcvn3ToUnicode(encodeTcvn3('MÃ XÃ;TÊN THÔN;HUYỆN'))).toBe('MÃ XÃ;TÊN THÔN;HUYỆN');
  });

  it('has all 67 lower-case letters (66 marked vowels and đ) and reads each back', () => {
    expect(new Set(LOWER).size).toBe(67);
    for (const letter of LOWER) expect(convertTcvn3ToUnicode(encodeTcvn3(letter)), letter).toBe(letter);
    for (const letter of LOWER) expect(convertTcvn3ToUnicode(encodeTcvn3(`th${letter}n`)), letter).toBe(`th${letter}n`);
  });

  it('reads the seven coded capitals Ă Â Ê Ô Ơ Ư Đ from their own codes, in any context', () => {
    expect(encodeTcvn3(CODED_CAPITALS.join(''))).toBe('\u00a1\u00a2\u00a3\u00a4\u00a5\u00a6\u00a7');
    for (const letter of CODED_CAPITALS) {
      expect(convertTcvn3ToUnicode(encodeTcvn3(letter))).toBe(letter);
      expect(convertTcvn3ToUnicode(encodeTcvn3(`${letter}n`))).toBe(`${letter}n`);
    }
  });

  it('reads the 60 capitals with a tone (no code of their own) as capitals inside an all-caps word or cell', () => {
    expect(TONED_CAPITALS).toHaveLength(60);
    for (const letter of TONED_CAPITALS) {
      expect(convertTcvn3ToUnicode(encodeTcvn3(`TH${letter}N`)), letter).toBe(`TH${letter}N`);
      expect(convertTcvn3ToUnicode(encodeTcvn3(`UBND ${letter}`)), letter).toBe(`UBND ${letter}`);
    }
  });

  it('reads a lone toned capital, or one opening a word, as lower case: the code is the lower-case one (.VnTime draws it so)', () => {
    for (const letter of TONED_CAPITALS) {
      expect(convertTcvn3ToUnicode(encodeTcvn3(letter)), letter).toBe(letter.toLowerCase());
      expect(convertTcvn3ToUnicode(encodeTcvn3(`${letter}n`)), letter).toBe(`${letter.toLowerCase()}n`);
      expect(convertTcvn3ToUnicode(encodeTcvn3(`xã ${letter}n`)), letter).toBe(`xã ${letter.toLowerCase()}n`);
    }
  });

  it('capitalises a word opening with a toned code when every other word of the line is capitalised (a name)', () => {
    for (const letter of TONED_CAPITALS) expect(convertTcvn3ToUnicode(encodeTcvn3(`Mường ${letter}ng`)), letter).toBe(`Mường ${letter}ng`);
    expect(convertTcvn3ToUnicode('M\u00adêng ¶ng')).toBe('Mường Ảng');
    expect(convertTcvn3ToUnicode('Cã ®iÓm ¸p dông')).toBe('Có điểm áp dụng');
  });

  it.each([
    ['X·', 'Xã'],
    ['X· B»ng Thµnh', 'Xã Bằng Thành'],
    ['UBND x· B»ng Thµnh', 'UBND xã Bằng Thành'],
    ['§IÖN', 'ĐIỆN'],
    ['®iÖn', 'điện'],
    ['TØNH B¾C K¹N', 'TỈNH BẮC KẠN'],
    ['C« T«', 'Cô Tô'],
    ['M· TH¤N\nTø Kú', 'MÃ THÔN\nTứ Kỳ'],
    ['ñY BAN NH¢N D¢N', 'ỦY BAN NHÂN DÂN'],
  ])('decides the case of toned codes from the word and its line: "%s" → "%s"', (tcvn3, unicode) => {
    expect(convertTcvn3ToUnicode(tcvn3)).toBe(unicode);
  });

  it('returns NFC and leaves ASCII, digits and punctuation alone', () => {
    expect(convertTcvn3ToUnicode("Ea H'Leo, 1.463,5 (16/16)")).toBe("Ea H'Leo, 1.463,5 (16/16)");
    const out = convertTcvn3ToUnicode('HuyÖn Chî §ån');
    expect(out).toBe(out.normalize('NFC'));
  });
});

describe('decodeTcvn3', () => {
  it.each([
    ['Th«n Nµ P¸i', 0],
    ['Nà', 1], // 0xE0 is unassigned in VN3
    ['Tỉnh', 1], // ỉ is beyond Latin-1: not TCVN3 text
    ['Café', 0], // é is 0xE9 = ộ: readable, just not Vietnamese (detection judges that)
    ['25 °C ±1', 2], // 0xB0 and 0xB1 are unassigned in VN3
  ])('counts what TCVN3 cannot hold in "%s": %i', (text, unmapped) => {
    expect(decodeTcvn3(text).unmappedCount).toBe(unmapped);
  });
});
