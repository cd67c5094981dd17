/**
 * An estimate of how wide a line of Times New Roman is, for the DOCX layout, which (unlike a browser)
 * cannot measure text: the rules under the agency's name and the motto are as long as a share of the
 * line (NĐ 30/2020/NĐ-CP, Phụ lục I, mục II.1–2: 1/3 to 1/2 of the line for the agency, the whole line for
 * the motto), and a heading too long for its column is broken into two lines of about equal length rather
 * than leaving one word on the second line. Widths are Times' advance widths in ems, rounded by class;
 * the estimate is within a few per cent for Vietnamese text (checked against Liberation Serif, which has
 * Times' metrics).
 */

const NARROW_UPPER = new Set(['I', 'J']);
const WIDE_UPPER = new Set(['M', 'W']);
const NARROW_LOWER = new Set(['i', 'j', 'l', 't', 'f', 'r']);
const WIDE_LOWER = new Set(['m', 'w']);

const MM_PER_PT = 25.4 / 72;

/** The estimated width of `text` set in Times New Roman at `pt` points, in millimetres. */
export function estimateTextWidthMm(text: string, pt: number, bold: boolean): number {
  let ems = 0;
  // Đ/đ have no decomposition; everything else loses its diacritics to find the base letter.
  for (const ch of text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/Đ/g, 'D')
    .replace(/đ/g, 'd')) {
    ems += charWidthEm(ch, bold);
  }
  return ems * pt * MM_PER_PT;
}

function charWidthEm(ch: string, bold: boolean): number {
  if (ch === ' ') return 0.25;
  if (/[A-Z]/.test(ch)) return NARROW_UPPER.has(ch) ? 0.42 : WIDE_UPPER.has(ch) ? 0.92 : bold ? 0.74 : 0.7;
  if (/[a-z]/.test(ch)) return NARROW_LOWER.has(ch) ? 0.31 : WIDE_LOWER.has(ch) ? 0.76 : bold ? 0.53 : 0.48;
  if (/[0-9]/.test(ch)) return 0.5;
  return 0.33;
}

/**
 * `text` as lines that fit `maxWidthMm`: one line when it fits, else words spread over as few lines as
 * needed (at most four) with the longest line as short as possible (a balanced break, as CSS
 * `text-wrap: balance`); text that needs more lines is returned whole.
 */
export function splitBalanced(text: string, maxWidthMm: number, pt: number, bold: boolean): string[] {
  const words = text.split(/\s+/).filter((w) => w !== '');
  if (words.length <= 1 || estimateTextWidthMm(text, pt, bold) <= maxWidthMm) return [text];
  // Beyond four lines the text is a paragraph, not a heading: the word processor wraps it.
  for (let lines = 2; lines <= Math.min(4, words.length); lines++) {
    const best = bestSplit(words, lines, pt, bold);
    if (best.widest <= maxWidthMm) return best.lines;
  }
  return [text];
}

/** The split of `words` into `count` lines whose widest line is the narrowest (few words: exhaustive is cheap). */
function bestSplit(words: string[], count: number, pt: number, bold: boolean): { lines: string[]; widest: number } {
  let best: { lines: string[]; widest: number } = { lines: [words.join(' ')], widest: Infinity };
  const visit = (start: number, left: number, acc: string[]) => {
    if (left === 1) {
      const lines = [...acc, words.slice(start).join(' ')];
      const widest = Math.max(...lines.map((l) => estimateTextWidthMm(l, pt, bold)));
      if (widest < best.widest) best = { lines, widest };
      return;
    }
    for (let end = start + 1; end <= words.length - left + 1; end++) visit(end, left - 1, [...acc, words.slice(start, end).join(' ')]);
  };
  visit(0, count, []);
  return best;
}
