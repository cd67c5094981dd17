/**
 * Which encoding is this Vietnamese text in, and the text in Unicode NFC. Provincial spreadsheets still
 * carry text typed in the TCVN3 (.VnTime) and VNI (VNI-Times) fonts, which reaches us as Latin-1 letter
 * salad ("Th«n Nµ P¸i", "Thoân"), and Windows-1258 or NFD text with combining tone marks.
 */
import { scoreVietnameseEncodings, type EncodingScores } from './score-encodings.ts';
import { convertTcvn3ToUnicode } from './tcvn3.ts';
import { convertVniToUnicode } from './vni.ts';
import { composeVietnameseNfc, hasCombiningMarks } from './windows-1258.ts';

/** 'unicode': text already in Unicode, Vietnamese (NFC or decomposed) or any decomposed text; 'unknown': no evidence either way (ASCII, numbers, other languages, ambiguous short cells). */
export type VietnameseEncoding = 'unicode' | 'tcvn3' | 'vni' | 'unknown';

export interface UnicodeConversion {
  /** The text in Unicode NFC; unchanged when the encoding is 'unknown'. */
  text: string;
  /** The reading applied. */
  encoding: VietnameseEncoding;
}

/** A legacy reading must turn at least this many words into Vietnamese: one converted word is too little to act on. */
const MIN_LEGACY_WORDS = 2;
/** Without a telling character, a legacy reading must fail on this many fewer words than Unicode (the syllable check misses some minority names: "Púch"). */
const MIN_UNTOLD_MARGIN = 2;
/** The chosen reading must make Vietnamese of this share of the informative words (typos and foreign names make the rest). */
const MIN_SHARE = 0.6;

/**
 * Detects the encoding of a text: one cell, or a column/file sample (many cells joined by new lines),
 * which decides more surely. Rule, over the words holding a non-ASCII character (scoreVietnameseEncodings):
 * - TCVN3 or VNI when its table changes ≥ 2 words into Vietnamese syllables; ≥ 60% of the words are
 *   Vietnamese read that way; that reading fails on fewer words than the Unicode reading, by 2 or more
 *   unless a changed word held a character Unicode Vietnamese never has (« µ Ø æ ï…); and the other
 *   legacy reading does not explain the text as well (if both qualify, fewer failures win, then more
 *   changed words; "Höng Trí" reads as VNI "Hưng Trí" and as TCVN3 "Hửng Trớ": 'unknown').
 * - Otherwise 'unicode' when ≥ 60% of the words are Vietnamese as they stand, and at least one has a
 *   Vietnamese letter past Latin-1 (ạ ư đ…), or at least two are and no legacy reading changes a word
 *   into Vietnamese while failing no more often ("Xã Tân Hòa" also reads as TCVN3 "Xó Tõn Hũa").
 * - Otherwise 'unicode' when the text has combining marks (Windows-1258 or NFD: only NFC is needed).
 * - Otherwise 'unknown': ASCII, numbers, "Café crème", a single legacy word such as "Th«n".
 */
export function detectVietnameseEncoding(text: string): VietnameseEncoding {
  const encoding = chooseEncoding(scoreVietnameseEncodings(text));
  // Combining marks never occur in TCVN3 or VNI read as Latin-1: decomposed text is Unicode, whatever its language.
  return encoding === 'unknown' && hasCombiningMarks(text) ? 'unicode' : encoding;
}

interface LegacyReading {
  words: number;
  telling: number;
  failures: number;
}

/** Picks the encoding from the scores, by the rule of detectVietnameseEncoding. */
export function chooseEncoding(scores: EncodingScores): VietnameseEncoding {
  const total = scores.informativeWords;
  if (total === 0) return 'unknown';
  const unicodeFailures = total - scores.unicodeWords;
  const tcvn3: LegacyReading = { words: scores.tcvn3Words, telling: scores.tcvn3TellingWords, failures: scores.tcvn3Failures };
  const vni: LegacyReading = { words: scores.vniWords, telling: scores.vniTellingWords, failures: scores.vniFailures };
  const qualifies = (r: LegacyReading) =>
    r.words >= MIN_LEGACY_WORDS && total - r.failures >= MIN_SHARE * total && unicodeFailures - r.failures >= (r.telling >= 1 ? 1 : MIN_UNTOLD_MARGIN);
  // A reading that changes some word into Vietnamese and fails no more often explains the text as well.
  const isAsGood = (r: LegacyReading, failures: number) => r.words >= 1 && r.failures <= failures;
  const [isTcvn3, isVni] = [qualifies(tcvn3), qualifies(vni)];
  if (isTcvn3 && isVni) return compareLegacy(tcvn3, vni);
  if (isTcvn3) return isAsGood(vni, tcvn3.failures) ? 'unknown' : 'tcvn3';
  if (isVni) return isAsGood(tcvn3, vni.failures) ? 'unknown' : 'vni';
  if (scores.unicodeWords < MIN_SHARE * total) return 'unknown';
  if (scores.unicodeOnlyWords >= 1) return 'unicode';
  const isAmbiguous = isAsGood(tcvn3, unicodeFailures) || isAsGood(vni, unicodeFailures);
  return scores.unicodeWords >= 2 && !isAmbiguous ? 'unicode' : 'unknown';
}

function compareLegacy(tcvn3: LegacyReading, vni: LegacyReading): VietnameseEncoding {
  const lead = vni.failures !== tcvn3.failures ? vni.failures - tcvn3.failures : tcvn3.words - vni.words;
  return lead > 0 ? 'tcvn3' : lead < 0 ? 'vni' : 'unknown';
}

/**
 * Converts a text to Unicode NFC, detecting its encoding, or taking `hint` (the encoding detected on
 * the whole column or file) for a short cell. Under a legacy hint a cell stays as it is (Unicode) when
 * it has fewer non-Vietnamese words as it stands than converted: a cell retyped in Unicode later, such
 * as "Thôn Nà Pái" (converted: "Thụn Nà Pỏi", with "Nà" unreadable) or "Đắk Lắk".
 * 'unknown' leaves the text unchanged.
 */
export function toUnicodeNfc(text: string, hint?: VietnameseEncoding): UnicodeConversion {
  const encoding = hint === undefined || hint === 'unknown' ? detectVietnameseEncoding(text) : checkHint(text, hint);
  return { text: convertFrom(text, encoding), encoding };
}

function checkHint(text: string, hint: Exclude<VietnameseEncoding, 'unknown'>): VietnameseEncoding {
  if (hint === 'unicode') return hint;
  const scores = scoreVietnameseEncodings(text);
  const legacyFailures = hint === 'tcvn3' ? scores.tcvn3Failures : scores.vniFailures;
  return scores.informativeWords - scores.unicodeWords < legacyFailures ? 'unicode' : hint;
}

function convertFrom(text: string, encoding: VietnameseEncoding): string {
  switch (encoding) {
    case 'tcvn3':
      return convertTcvn3ToUnicode(text);
    case 'vni':
      return convertVniToUnicode(text);
    case 'unicode':
      return composeVietnameseNfc(text);
    case 'unknown':
      return text;
  }
}
