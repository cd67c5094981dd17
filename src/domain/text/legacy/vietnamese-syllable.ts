/**
 * Is this a Vietnamese syllable? A permissive check, used to tell a correct decoding from a wrong one:
 * decoded right, legacy text gives syllables ("Bắc"); decoded wrong, it gives letter salad ("Baộc",
 * "Cafộ", "maõ"). It follows the written syllable (âm tiết): onset + vowel nucleus + final, with one tone
 * mark on the vowel that carries it (either placement of hòa/hoà is accepted), and admits the onsets and
 * the final k of the Central Highlands place names (Krông, Đắk, Plông).
 */

const TONE_MARKS = /[\u0300\u0301\u0303\u0309\u0323]/g;
const TONE_MARK = /[\u0300\u0301\u0303\u0309\u0323]/;

// Phụ âm đầu; the clusters after "x" occur in ethnic-minority place names only.
// prettier-ignore
const ONSETS = ['ngh', 'ng', 'nh', 'ch', 'gh', 'gi', 'kh', 'ph', 'th', 'tr', 'qu', 'b', 'c', 'd', 'đ', 'g', 'h', 'k', 'l', 'm', 'n', 'p', 'r', 's', 't', 'v', 'x',
  'bl', 'br', 'dr', 'đr', 'gl', 'gr', 'hl', 'hr', 'kl', 'kr', 'pl', 'pr'];
const FINALS = ['ch', 'ng', 'nh', 'c', 'k', 'm', 'n', 'p', 't'];

/**
 * Âm chính: each nucleus with the positions its tone may take (index into the nucleus). `final`: may be
 * followed by a final consonant. The tone goes on the first vowel of a falling diphthong (ai, ia, ưa),
 * on the second of a rising one (iê, uô, ươ), on the middle of a triphthong; oa, oe, uy take it on
 * either vowel when open (old and new spelling) and on the second when closed (hoàng).
 */
interface Nucleus {
  tone: readonly number[];
  final: boolean;
  /** Tone positions when a final consonant follows, if they differ. */
  toneWithFinal?: readonly number[];
}

const NUCLEI: ReadonlyMap<string, Nucleus> = new Map<string, Nucleus>([
  ...['a', 'ă', 'â', 'e', 'ê', 'i', 'o', 'ô', 'ơ', 'u', 'ư', 'y'].map((v) => [v, { tone: [0], final: true }] as const),
  ...['iê', 'yê', 'uô', 'ươ', 'oă', 'uâ', 'uê'].map((v) => [v, { tone: [1], final: true }] as const),
  ...['oa', 'oe', 'uy', 'oo'].map((v) => [v, { tone: [0, 1], final: true, toneWithFinal: [1] }] as const),
  ['uyê', { tone: [2], final: true }],
  ...['ai', 'ao', 'au', 'ay', 'âu', 'ây', 'eo', 'êu', 'ia', 'iu', 'oi', 'ôi', 'ơi', 'ua', 'ui', 'ưa', 'ưi', 'ưu'].map(
    (v) => [v, { tone: [0], final: false }] as const,
  ),
  ['uơ', { tone: [1], final: false }],
  ...['iêu', 'yêu', 'uôi', 'ươi', 'ươu', 'oai', 'oao', 'oay', 'oeo', 'uây', 'uya', 'uyu'].map((v) => [v, { tone: [1], final: false }] as const),
]);

const SHAPE_OF: Partial<Record<string, string>> = { a: '\u0302\u0306', e: '\u0302', o: '\u0302\u031b', u: '\u031b' };

/** True for one of the 134 precomposed Vietnamese letters with marks (a–y with shape and/or tone marks, đ/Đ), upper or lower case. */
export function isVietnameseMarkedLetter(ch: string): boolean {
  if (ch === 'đ' || ch === 'Đ') return true;
  const parts = ch.normalize('NFD').toLowerCase();
  const base = parts[0];
  if (base === undefined || parts.length < 2 || parts.length > 3 || !/[aeiouy]/.test(base)) return false;
  const marks = parts.slice(1);
  const tones = marks.match(TONE_MARKS)?.length ?? 0;
  const shape = marks.replace(TONE_MARKS, '');
  if (tones > 1 || shape.length > 1) return false;
  if (shape === '') return tones === 1;
  return SHAPE_OF[base]?.includes(shape) === true;
}

/** True for a letter of Vietnamese text: ASCII a–z (f j w z occur in loanwords and names) or a marked Vietnamese letter; not ç ñ ö ß ø. */
export function isVietnameseLetter(ch: string): boolean {
  return /^[a-zA-Z]$/.test(ch) || isVietnameseMarkedLetter(ch);
}

/** True when the text (any case) is one well-formed Vietnamese syllable: "Bắc", "nghiêng", "Đắk", "hòa"; not "Baộc", "Cafộ", "maõ". */
export function isVietnameseSyllable(text: string): boolean {
  const letters = [...text.normalize('NFC').toLowerCase()];
  if (letters.length === 0 || !letters.every(isVietnameseLetter)) return false;
  // Strip the tone letter by letter (NFC letters are one code point each), remembering where it was.
  let toneAt = -1;
  let bare = '';
  for (const [i, letter] of letters.entries()) {
    const nfd = letter.normalize('NFD');
    if (TONE_MARK.test(nfd)) {
      if (toneAt >= 0) return false;
      toneAt = i;
    }
    bare += nfd.replace(TONE_MARKS, '').normalize('NFC');
  }
  // Try every onset the syllable starts with: "giếng" reads as gi + ê + ng, "gìn" as g + i + n.
  for (const onset of ['', ...ONSETS]) {
    if (!bare.startsWith(onset)) continue;
    if (isRhyme(bare.slice(onset.length), toneAt < 0 ? -1 : toneAt - onset.length)) return true;
  }
  return false;
}

// Nuclei that never end a syllable (ăn, ân, hoặc, tuần) and those the palatal finals nh, ch follow (anh, ênh, inh, oanh, huynh, huênh).
const NEEDS_FINAL = new Set(['ă', 'â', 'oă', 'uâ']);
const TAKES_PALATAL_FINAL = new Set(['a', 'ê', 'i', 'y', 'oa', 'uê', 'uy']);

/** True for nucleus + optional final (vần) with the tone, if any, at `toneAt` within it. */
function isRhyme(rhyme: string, toneAt: number): boolean {
  for (const final of ['', ...FINALS]) {
    if (!rhyme.endsWith(final)) continue;
    const key = rhyme.slice(0, rhyme.length - final.length);
    const nucleus = NUCLEI.get(key);
    if (nucleus === undefined || (final !== '' && !nucleus.final)) continue;
    if (final === '' ? NEEDS_FINAL.has(key) : (final === 'nh' || final === 'ch') && !TAKES_PALATAL_FINAL.has(key)) continue;
    const positions = final !== '' && nucleus.toneWithFinal !== undefined ? nucleus.toneWithFinal : nucleus.tone;
    if (toneAt < 0 || positions.includes(toneAt)) return true;
  }
  return false;
}
