/**
 * TCVN3 ("ABC", the .VnTime / .VnTimeH fonts) → Unicode.
 *
 * Source: TCVN 5712:1993 "Công nghệ thông tin — Bộ mã chuẩn 8-bit kí tự Việt dùng trong trao đổi thông
 * tin", table VN3 (the subset the ABC fonts carry): every lower-case letter with its tone, and the seven
 * capitals Ă Â Ê Ô Ơ Ư Đ, all in 0xA1–0xFE. The code points below are those bytes read as Latin-1 /
 * Windows-1252 (identical in that range), which is how TCVN3 text reaches us from CSV and XLSX.
 * Cross-checked against the TCVN3 table of open-source converters (khiemdoan/VBKey, Modules/mdlCodeTable.bas);
 * the table below is written afresh as data.
 *
 * TCVN3 has no code for a capital with a tone mark (Ấ, Ở, Ự…): the .VnTimeH font draws the lower-case
 * codes as capitals, so "M· X·" shows as "MÃ XÃ" in .VnTimeH and as "Mã Xã" in .VnTime. The font is not
 * in the text, so the case of those codes is decided from the letters around them (tcvn3-case.ts).
 */
import { isForeignToLegacyText, type LegacyDecoding } from './legacy-decoding.ts';
import { resolveTcvn3Case, type CaseEvidence, type CaseUnit } from './tcvn3-case.ts';

/** TCVN 5712:1993 VN3: [Unicode letter, TCVN3 byte]. Lower-case letters, then the seven capitals. */
// prettier-ignore
const TCVN3_TABLE: ReadonlyArray<readonly [letter: string, byte: number]> = [
  // bảng chữ thường: a ă â e ê i o ô ơ u ư y with huyền, hỏi, ngã, sắc, nặng
  ['ă', 0xa8], ['â', 0xa9], ['ê', 0xaa], ['ô', 0xab], ['ơ', 0xac], ['ư', 0xad], ['đ', 0xae],
  ['à', 0xb5], ['ả', 0xb6], ['ã', 0xb7], ['á', 0xb8], ['ạ', 0xb9],
  ['ằ', 0xbb], ['ẳ', 0xbc], ['ẵ', 0xbd], ['ắ', 0xbe], ['ặ', 0xc6],
  ['ầ', 0xc7], ['ẩ', 0xc8], ['ẫ', 0xc9], ['ấ', 0xca], ['ậ', 0xcb],
  ['è', 0xcc], ['ẻ', 0xce], ['ẽ', 0xcf], ['é', 0xd0], ['ẹ', 0xd1],
  ['ề', 0xd2], ['ể', 0xd3], ['ễ', 0xd4], ['ế', 0xd5], ['ệ', 0xd6],
  ['ì', 0xd7], ['ỉ', 0xd8], ['ĩ', 0xdc], ['í', 0xdd], ['ị', 0xde],
  ['ò', 0xdf], ['ỏ', 0xe1], ['õ', 0xe2], ['ó', 0xe3], ['ọ', 0xe4],
  ['ồ', 0xe5], ['ổ', 0xe6], ['ỗ', 0xe7], ['ố', 0xe8], ['ộ', 0xe9],
  ['ờ', 0xea], ['ở', 0xeb], ['ỡ', 0xec], ['ớ', 0xed], ['ợ', 0xee],
  ['ù', 0xef], ['ủ', 0xf1], ['ũ', 0xf2], ['ú', 0xf3], ['ụ', 0xf4],
  ['ừ', 0xf5], ['ử', 0xf6], ['ữ', 0xf7], ['ứ', 0xf8], ['ự', 0xf9],
  ['ỳ', 0xfa], ['ỷ', 0xfb], ['ỹ', 0xfc], ['ý', 0xfd], ['ỵ', 0xfe],
  // bảng chữ hoa: the only capitals VN3 encodes
  ['Ă', 0xa1], ['Â', 0xa2], ['Ê', 0xa3], ['Ô', 0xa4], ['Ơ', 0xa5], ['Ư', 0xa6], ['Đ', 0xa7],
];

/** The code point (byte read as Latin-1) → Unicode letter. */
const FROM_TCVN3 = new Map(TCVN3_TABLE.map(([letter, byte]) => [String.fromCharCode(byte), letter]));

const isAsciiUpper = (ch: string) => ch >= 'A' && ch <= 'Z';
const isAsciiLower = (ch: string) => ch >= 'a' && ch <= 'z';

/** VN3 0xA1–0xA7 are the capitals, 0xA8–0xAE their lower-case letters; the toned codes after them are lower case, drawn as capitals by .VnTimeH. */
function caseOfCode(byte: number): CaseEvidence {
  if (byte <= 0xa7) return 'upper';
  return byte <= 0xae ? 'lower' : 'ambiguous';
}

/** Reads TCVN3 text (as Latin-1 code points) to Unicode NFC, reporting characters TCVN3 cannot hold. */
export function decodeTcvn3(text: string): LegacyDecoding {
  let unmappedCount = 0;
  const units: CaseUnit[] = [];
  for (const ch of text) {
    const letter = FROM_TCVN3.get(ch);
    if (letter !== undefined) {
      units.push({ out: letter, evidence: caseOfCode(ch.charCodeAt(0)) });
      continue;
    }
    // A byte in 0xA1–0xFF that VN3 leaves unassigned, or any letter beyond Latin-1, is not TCVN3.
    if (isForeignToLegacyText(ch) || (ch >= '\u00a1' && ch <= '\u00ff')) unmappedCount++;
    units.push({ out: ch, evidence: isAsciiUpper(ch) ? 'upper' : isAsciiLower(ch) ? 'lower' : 'none' });
  }
  resolveTcvn3Case(units);
  return {
    text: units
      .map((u) => u.out)
      .join('')
      .normalize('NFC'),
    unmappedCount,
  };
}

/** Converts TCVN3 (ABC, .VnTime) text to Unicode NFC: "Th«n Nµ P¸i" → "Thôn Nà Pái". */
export function convertTcvn3ToUnicode(text: string): string {
  return decodeTcvn3(text).text;
}
