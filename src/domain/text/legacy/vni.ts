/**
 * VNI (VNI-Windows, the VNI-Times / VNI-Helve fonts) → Unicode.
 *
 * Source: the VNI-Windows code table (bảng mã VNI Windows, VNI Software Company), cross-checked against
 * the VNI_WINDOWS table of open-source converters (khiemdoan/VBKey, Modules/mdlCodeTable.bas); the table
 * below is written afresh as data. VNI writes a vowel as its ASCII base letter followed by one Latin-1
 * character that the font draws as the marks: "a" + "ù" → á, "a" + "á" → ấ (circumflex and acute in
 * one), "a" + "é" → ắ. A few letters are one Latin-1 character of their own: ơ = ô, ư = ö, đ = ñ,
 * ỵ = î, and i with a tone (ì í æ ó ò). Capitals use the upper-case base and mark ("AÙ" → Á). Sequences
 * are matched longest first ("ôù" is ớ, not ơ followed by a mark).
 */
import { isForeignToLegacyText, type LegacyDecoding } from './legacy-decoding.ts';

/** VNI-Windows: [Unicode letter, VNI text] for the 67 lower-case letters; the capitals are these upper-cased. */
// prettier-ignore
const VNI_TABLE: ReadonlyArray<readonly [letter: string, vni: string]> = [
  ['á', 'aù'], ['à', 'aø'], ['ả', 'aû'], ['ã', 'aõ'], ['ạ', 'aï'],
  ['ă', 'aê'], ['ắ', 'aé'], ['ằ', 'aè'], ['ẳ', 'aú'], ['ẵ', 'aü'], ['ặ', 'aë'],
  ['â', 'aâ'], ['ấ', 'aá'], ['ầ', 'aà'], ['ẩ', 'aå'], ['ẫ', 'aã'], ['ậ', 'aä'],
  ['é', 'eù'], ['è', 'eø'], ['ẻ', 'eû'], ['ẽ', 'eõ'], ['ẹ', 'eï'],
  ['ê', 'eâ'], ['ế', 'eá'], ['ề', 'eà'], ['ể', 'eå'], ['ễ', 'eã'], ['ệ', 'eä'],
  ['í', 'í'], ['ì', 'ì'], ['ỉ', 'æ'], ['ĩ', 'ó'], ['ị', 'ò'],
  ['ó', 'où'], ['ò', 'oø'], ['ỏ', 'oû'], ['õ', 'oõ'], ['ọ', 'oï'],
  ['ô', 'oâ'], ['ố', 'oá'], ['ồ', 'oà'], ['ổ', 'oå'], ['ỗ', 'oã'], ['ộ', 'oä'],
  ['ơ', 'ô'], ['ớ', 'ôù'], ['ờ', 'ôø'], ['ở', 'ôû'], ['ỡ', 'ôõ'], ['ợ', 'ôï'],
  ['ú', 'uù'], ['ù', 'uø'], ['ủ', 'uû'], ['ũ', 'uõ'], ['ụ', 'uï'],
  ['ư', 'ö'], ['ứ', 'öù'], ['ừ', 'öø'], ['ử', 'öû'], ['ữ', 'öõ'], ['ự', 'öï'],
  ['ý', 'yù'], ['ỳ', 'yø'], ['ỷ', 'yû'], ['ỹ', 'yõ'], ['ỵ', 'î'],
  ['đ', 'ñ'],
];

/**
 * VNI text → letter. Two-character sequences are also read with the mark in the other case than the
 * base ("Aù", "aÙ": typed with Caps Lock or Shift on one key only); the base letter decides the case.
 */
const FROM_VNI: ReadonlyMap<string, string> = buildDecodingMap();

function buildDecodingMap(): Map<string, string> {
  const map = new Map<string, string>();
  for (const [letter, vni] of VNI_TABLE) {
    const upper = letter.toUpperCase();
    map.set(vni, letter);
    map.set(vni.toUpperCase(), upper);
    if (vni.length === 2) {
      const [base, mark] = [vni[0]!, vni[1]!];
      map.set(base.toUpperCase() + mark, upper);
      map.set(base + mark.toUpperCase(), letter);
    }
  }
  return map;
}

/** Reads VNI text to Unicode NFC, reporting characters left unread (orphan marks, foreign letters). */
export function decodeVni(text: string): LegacyDecoding {
  let out = '';
  let unmappedCount = 0;
  let i = 0;
  while (i < text.length) {
    const pair = FROM_VNI.get(text.slice(i, i + 2));
    if (pair !== undefined) {
      out += pair;
      i += 2;
      continue;
    }
    const ch = text[i]!;
    const single = FROM_VNI.get(ch);
    if (single !== undefined) {
      out += single;
    } else {
      if (isForeignToLegacyText(ch)) unmappedCount++;
      out += ch;
    }
    i++;
  }
  return { text: out.normalize('NFC'), unmappedCount };
}

/** Converts VNI (VNI-Windows) text to Unicode NFC: "Tænh Baéc Kaïn" → "Tỉnh Bắc Kạn". */
export function convertVniToUnicode(text: string): string {
  return decodeVni(text).text;
}
