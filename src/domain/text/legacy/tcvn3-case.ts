/**
 * The case of TCVN3 letters that have no capital code. TCVN 5712:1993 VN3 codes the capitals Ă Â Ê Ô Ơ Ư
 * Đ but no capital with a tone: typed with Shift, "MÃ" is "M·" (· being ã), and the .VnTimeH font draws
 * it as a capital. The font is not in the text, so the case of those codes is read from the letters
 * around them.
 */

/** What a character says about case: a capital (ASCII or a VN3 capital code), lower case (ASCII or a lower-case shape code ă â ê ô ơ ư đ, which have capital codes of their own), a toned code that may be either, or nothing. */
export type CaseEvidence = 'upper' | 'lower' | 'ambiguous' | 'none';

export interface CaseUnit {
  /** The Unicode text for the character, lower case when ambiguous. */
  out: string;
  evidence: CaseEvidence;
}

interface Word {
  start: number;
  end: number;
  upper: number;
  lower: number;
  ambiguous: number;
}

/**
 * Decides, line by line, the case of ambiguous (toned) codes:
 * - capitals in a word with no lower-case letter and two or more capitals ("TØNH" → "TỈNH"), or in any
 *   word with no lower-case letter on a line with no lower-case letter that holds such a word ("M· TH¤N"
 *   → "MÃ THÔN");
 * - lower case otherwise ("X· B»ng" → "Xã Bằng"; "Tø Kú" → "Tứ Kỳ", a name, not a header; "M· X·"
 *   alone → "Mã Xã": nothing tells it from a name);
 * - except that a word opening with a toned code takes a capital when every other word of the line opens
 *   with a capital: a name whose syllable starts with a toned vowel ("M­êng ¶ng" → "Mường Ảng"), which
 *   typists wrote with that one letter in .VnTimeH.
 */
export function resolveTcvn3Case(units: CaseUnit[]): void {
  let lineStart = 0;
  for (let i = 0; i <= units.length; i++) {
    const unit = units[i];
    if (unit !== undefined && unit.out !== '\n' && unit.out !== '\r') continue;
    resolveLine(units, lineStart, i);
    lineStart = i + 1;
  }
}

function resolveLine(units: CaseUnit[], start: number, end: number): void {
  const words = findWords(units, start, end);
  const isCapsWord = (w: Word) => w.lower === 0 && w.upper >= 2;
  const isCapsLine = words.every((w) => w.lower === 0) && words.some(isCapsWord);
  for (const word of words) {
    if (word.ambiguous === 0) continue;
    if (word.lower === 0 && (isCapsWord(word) || isCapsLine)) {
      for (let i = word.start; i < word.end; i++) if (units[i]!.evidence === 'ambiguous') units[i]!.out = units[i]!.out.toUpperCase();
      continue;
    }
    const first = units[word.start]!;
    if (first.evidence === 'ambiguous' && isTitleCaseAround(units, words, word)) first.out = first.out.toUpperCase();
  }
}

/** True when the line has other words opening with a letter of known case, and all of them open with a capital. */
function isTitleCaseAround(units: readonly CaseUnit[], words: readonly Word[], word: Word): boolean {
  const others = words.filter((w) => w !== word && units[w.start]!.evidence !== 'ambiguous');
  return others.length > 0 && others.every((w) => units[w.start]!.evidence === 'upper');
}

/** Words: runs of characters with case evidence (letters and codes), with their counts. */
function findWords(units: readonly CaseUnit[], start: number, end: number): Word[] {
  const words: Word[] = [];
  let current: Word | undefined;
  for (let i = start; i < end; i++) {
    const evidence = units[i]!.evidence;
    if (evidence === 'none') {
      current = undefined;
      continue;
    }
    if (current === undefined) {
      current = { start: i, end: i, upper: 0, lower: 0, ambiguous: 0 };
      words.push(current);
    }
    current.end = i + 1;
    current[evidence]++;
  }
  return words;
}
