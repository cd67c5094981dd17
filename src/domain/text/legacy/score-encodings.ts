/**
 * The evidence for each reading of a text: as Unicode, as TCVN3, as VNI. Only words holding a non-ASCII
 * character tell the encodings apart; each reading is scored by how many of those words it turns into
 * Vietnamese syllables. Words are counted once each (a column repeating "Xã" or "µm" is one word of
 * evidence, not a thousand). A legacy reading only scores a word its table changes and that has an ASCII
 * letter: "Sí" or "ý" read the same either way, and a lone symbol ("·" is ã in TCVN3, "«" is ô) is
 * punctuation far more often than a word.
 */
import type { LegacyDecoding } from './legacy-decoding.ts';
import { decodeTcvn3 } from './tcvn3.ts';
import { isVietnameseLetter, isVietnameseSyllable } from './vietnamese-syllable.ts';
import { decodeVni } from './vni.ts';

export interface EncodingScores {
  /** Distinct words holding a non-ASCII character (the others read the same in every encoding). */
  informativeWords: number;
  /** Of those, words that are Vietnamese as they stand (after NFC); the others are the Unicode reading's failures. */
  unicodeWords: number;
  /** Of the Unicode words, those with a Vietnamese letter past Latin-1 (ă đ ơ ư ạ…), which no legacy text read as Latin-1 holds. */
  unicodeOnlyWords: number;
  /** Words the TCVN3 table changes and that are Vietnamese afterwards. */
  tcvn3Words: number;
  /** Of those, words holding a character Vietnamese Unicode text never has ("Th«n", "TØnh"): the telling ones. */
  tcvn3TellingWords: number;
  /** Words that are not Vietnamese read as TCVN3 (changed or not). */
  tcvn3Failures: number;
  /** Words the VNI table changes and that are Vietnamese afterwards. */
  vniWords: number;
  /** Of those, words holding a character Vietnamese Unicode text never has ("Tænh", "Kaïn"). */
  vniTellingWords: number;
  /** Words that are not Vietnamese read as VNI (changed or not). */
  vniFailures: number;
}

type LegacyReading = 'changed' | 'unchanged' | 'failure';

/** Distinct words looked at, at most: a column sample of this size decides, and a whole file need not be read twice. */
export const MAX_SCORED_WORDS = 20_000;

// Words end at white space, digits and punctuation; ' and ’ (Ea H'Leo) and - (ăng-ten) stay inside and split syllables.
const WORD_BREAK = /[\s\d!"#$%&()*+,./:;<=>?@[\\\]^_`{|}~\u2000-\u2018\u201a-\u206f]+/u;
const SYLLABLE_BREAK = /['’-]/;
const SYLLABLE_BREAKS = /['’-]/g;
// Vietnamese letters past Latin-1 (in NFC): only Unicode (or Windows-1258) text holds them, never TCVN3/VNI read as Latin-1.
const UNICODE_ONLY = /[ăĂđĐĩĨũŨơƠưƯ\u1ea0-\u1ef9]/;
const ASCII_LETTER = /[A-Za-z]/;

/** Scores a text (one cell, or many cells joined by new lines) under the three readings. */
export function scoreVietnameseEncodings(text: string): EncodingScores {
  const scores: EncodingScores = {
    informativeWords: 0,
    unicodeWords: 0,
    unicodeOnlyWords: 0,
    tcvn3Words: 0,
    tcvn3TellingWords: 0,
    tcvn3Failures: 0,
    vniWords: 0,
    vniTellingWords: 0,
    vniFailures: 0,
  };
  const seen = new Set<string>();
  for (const word of text.split(WORD_BREAK)) {
    if (seen.has(word) || !hasNonAscii(word.replace(SYLLABLE_BREAKS, ''))) continue;
    if (seen.size >= MAX_SCORED_WORDS) break;
    seen.add(word);
    scores.informativeWords++;
    const nfc = word.normalize('NFC');
    if (isVietnameseWord(nfc)) {
      scores.unicodeWords++;
      if (UNICODE_ONLY.test(nfc)) scores.unicodeOnlyWords++;
    }
    const isEvidence = ASCII_LETTER.test(word);
    const isTelling = isEvidence && hasNonVietnameseCharacter(nfc);
    const tcvn3 = readAs(nfc, decodeTcvn3(word));
    if (tcvn3 === 'failure') scores.tcvn3Failures++;
    if (tcvn3 === 'changed' && isEvidence) scores.tcvn3Words++;
    if (tcvn3 === 'changed' && isTelling) scores.tcvn3TellingWords++;
    const vni = readAs(nfc, decodeVni(word));
    if (vni === 'failure') scores.vniFailures++;
    if (vni === 'changed' && isEvidence) scores.vniWords++;
    if (vni === 'changed' && isTelling) scores.vniTellingWords++;
  }
  return scores;
}

/** How a word reads in a legacy encoding: changed into Vietnamese, Vietnamese but unchanged ("Chí", "ý"), or not Vietnamese. */
function readAs(nfc: string, decoded: LegacyDecoding): LegacyReading {
  if (decoded.unmappedCount > 0 || !isVietnameseWord(decoded.text)) return 'failure';
  return decoded.text === nfc ? 'unchanged' : 'changed';
}

/** True when the word has a character no Vietnamese word in Unicode has (« µ Ø æ ï ñ…), apostrophes and hyphens aside. */
function hasNonVietnameseCharacter(word: string): boolean {
  for (const ch of word) if (ch > '\u007f' && !SYLLABLE_BREAK.test(ch) && !isVietnameseLetter(ch)) return true;
  return false;
}

/** A word is Vietnamese when each of its syllables that is not plain ASCII is a Vietnamese syllable ("H'Leo", "Pái", "Đắk"). */
function isVietnameseWord(word: string): boolean {
  return word.split(SYLLABLE_BREAK).every((syllable) => !hasNonAscii(syllable) || isVietnameseSyllable(syllable));
}

function hasNonAscii(text: string): boolean {
  for (let i = 0; i < text.length; i++) if (text.charCodeAt(i) > 0x7f) return true;
  return false;
}
