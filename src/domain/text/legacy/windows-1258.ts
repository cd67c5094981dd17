/**
 * Windows-1258 and decomposed Unicode → NFC.
 *
 * Windows-1258 (Microsoft code page 1258, the Vietnamese ANSI code page) holds the base letters with
 * their shape marks (ă â ê ô ơ ư đ and a few Latin-1 toned letters) and the five tone marks as separate
 * combining characters (0xCC U+0300 huyền, 0xEC U+0301 sắc, 0xD2 U+0309 hỏi, 0xDE U+0303 ngã, 0xF2 U+0323
 * nặng), so a decoder such as iconv-lite gives "Vie" + "\u0323\u0302"… ; some tools also write fully
 * decomposed Unicode (NFD). The services decode the bytes; this takes the decoded text.
 */

/** Tone and shape marks that follow a base letter in decomposed Vietnamese (including the deprecated U+0340/U+0341 tone marks). */
const COMBINING_MARK = /[\u0300-\u036f]/;

/** True when the text carries combining marks, i.e. is decomposed (Windows-1258 or NFD) rather than precomposed. */
export function hasCombiningMarks(text: string): boolean {
  return COMBINING_MARK.test(text);
}

/**
 * Composes decoded Windows-1258 or NFD Vietnamese into NFC: "Ti\u0309nh" → "Tỉnh". Canonical reordering
 * puts a tone typed before the horn or breve in its place ("o\u0301\u031b" → "ớ"), and NFC maps the
 * deprecated U+0340/U+0341 to U+0300/U+0301.
 */
export function composeVietnameseNfc(text: string): string {
  return text.normalize('NFC');
}
