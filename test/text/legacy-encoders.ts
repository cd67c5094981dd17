/**
 * Independent encoders, Unicode → TCVN3 / VNI / Windows-1258 form, written from the standards' own
 * layout (TCVN3 by vowel × tone; VNI by its composition rule), not from src's tables, so a test that
 * encodes here and decodes there checks one against the other.
 */

/** The five tones, in the order TCVN 5712:1993 lays them out: huyền, hỏi, ngã, sắc, nặng (index 0 is no tone). */
export const TONE_MARKS = ['', '\u0300', '\u0309', '\u0303', '\u0301', '\u0323'] as const;
export type Tone = 0 | 1 | 2 | 3 | 4 | 5;

/** The twelve vowels as Vietnamese writes them (with their shape marks). */
export const VOWELS = ['a', 'ă', 'â', 'e', 'ê', 'i', 'o', 'ô', 'ơ', 'u', 'ư', 'y'] as const;

/** Splits a letter into its (lower-case) vowel with shape marks and its tone: "Ấ" → ["â", 4]. */
export function splitLetter(letter: string): { vowel: string; tone: Tone } | undefined {
  const nfd = letter.toLowerCase().normalize('NFD');
  const tone = TONE_MARKS.findIndex((mark, i) => i > 0 && nfd.includes(mark));
  const vowel = nfd.replace(/[\u0300\u0309\u0303\u0301\u0323]/g, '').normalize('NFC');
  if (!(VOWELS as readonly string[]).includes(vowel)) return undefined;
  return { vowel, tone: (tone < 0 ? 0 : tone) as Tone };
}

/** The 67 lower-case letters with marks (66 marked vowels and đ), composed from vowel + tone, in NFC. */
export function vietnameseLowerLetters(): string[] {
  const letters: string[] = [];
  for (const vowel of VOWELS) {
    for (const mark of TONE_MARKS) {
      const letter = (vowel + mark).normalize('NFC');
      if (!/^[a-z]$/.test(letter)) letters.push(letter);
    }
  }
  letters.push('đ');
  return letters;
}

// TCVN 5712:1993 VN3, row per vowel, columns: no tone, huyền, hỏi, ngã, sắc, nặng (the bytes, hex).
const TCVN3_GRID: Record<string, readonly number[]> = {
  a: [0x61, 0xb5, 0xb6, 0xb7, 0xb8, 0xb9],
  ă: [0xa8, 0xbb, 0xbc, 0xbd, 0xbe, 0xc6],
  â: [0xa9, 0xc7, 0xc8, 0xc9, 0xca, 0xcb],
  e: [0x65, 0xcc, 0xce, 0xcf, 0xd0, 0xd1],
  ê: [0xaa, 0xd2, 0xd3, 0xd4, 0xd5, 0xd6],
  i: [0x69, 0xd7, 0xd8, 0xdc, 0xdd, 0xde],
  o: [0x6f, 0xdf, 0xe1, 0xe2, 0xe3, 0xe4],
  ô: [0xab, 0xe5, 0xe6, 0xe7, 0xe8, 0xe9],
  ơ: [0xac, 0xea, 0xeb, 0xec, 0xed, 0xee],
  u: [0x75, 0xef, 0xf1, 0xf2, 0xf3, 0xf4],
  ư: [0xad, 0xf5, 0xf6, 0xf7, 0xf8, 0xf9],
  y: [0x79, 0xfa, 0xfb, 0xfc, 0xfd, 0xfe],
};
const TCVN3_CAPITALS: Record<string, number> = { Ă: 0xa1, Â: 0xa2, Ê: 0xa3, Ô: 0xa4, Ơ: 0xa5, Ư: 0xa6, Đ: 0xa7, đ: 0xae };

/**
 * Unicode → TCVN3 as Latin-1 code points, the way the ABC keyboard types: a capital with a tone has no
 * code, so it gets the lower-case code (drawn as a capital by .VnTimeH).
 */
export function encodeTcvn3(text: string): string {
  let out = '';
  for (const ch of text.normalize('NFC')) {
    const capital = TCVN3_CAPITALS[ch];
    const parts = splitLetter(ch);
    if (capital !== undefined) out += String.fromCharCode(capital);
    else if (parts !== undefined && (parts.tone > 0 || !/^[a-z]$/.test(parts.vowel))) out += String.fromCharCode(TCVN3_GRID[parts.vowel]![parts.tone]!);
    else out += ch;
  }
  return out;
}

// VNI-Windows marks by tone (none, huyền, hỏi, ngã, sắc, nặng): after a plain vowel, after a/e/o for the circumflex, after a for the breve.
const VNI_TONE = ['', 'ø', 'û', 'õ', 'ù', 'ï'];
const VNI_CIRCUMFLEX = ['â', 'à', 'å', 'ã', 'á', 'ä'];
const VNI_BREVE = ['ê', 'è', 'ú', 'ü', 'é', 'ë'];
const VNI_I = ['i', 'ì', 'æ', 'ó', 'í', 'ò'];

/** Unicode → VNI-Windows as Latin-1 code points: base letter + mark character; capitals are the lower-case form upper-cased. */
export function encodeVni(text: string): string {
  let out = '';
  for (const ch of text.normalize('NFC')) {
    const lower = ch.toLowerCase();
    const vni = encodeVniLower(lower);
    out += ch === lower ? vni : vni.toUpperCase();
  }
  return out;
}

function encodeVniLower(ch: string): string {
  if (ch === 'đ') return 'ñ';
  const parts = splitLetter(ch);
  if (parts === undefined) return ch;
  const { vowel, tone } = parts;
  switch (vowel) {
    case 'i':
      return VNI_I[tone]!;
    case 'y':
      return tone === 5 ? 'î' : 'y' + VNI_TONE[tone]!;
    case 'â':
    case 'ê':
    case 'ô':
      return vowel.normalize('NFD')[0]! + VNI_CIRCUMFLEX[tone]!;
    case 'ă':
      return 'a' + VNI_BREVE[tone]!;
    case 'ơ':
      return 'ô' + VNI_TONE[tone]!;
    case 'ư':
      return 'ö' + VNI_TONE[tone]!;
    default:
      return vowel + VNI_TONE[tone]!;
  }
}

/**
 * Unicode → the form Windows-1258 stores: letters with their shape marks precomposed (ă â ê ô ơ ư đ),
 * tone marks as separate combining characters, as a Windows-1258 decoder hands them back.
 */
export function decomposeTonesLikeWindows1258(text: string): string {
  let out = '';
  for (const ch of text.normalize('NFC')) {
    const parts = splitLetter(ch);
    if (parts === undefined || parts.tone === 0) {
      out += ch;
      continue;
    }
    const vowel = ch === ch.toLowerCase() ? parts.vowel : parts.vowel.toUpperCase();
    out += vowel + TONE_MARKS[parts.tone]!;
  }
  return out;
}
