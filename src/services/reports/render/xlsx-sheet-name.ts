/**
 * Worksheet names Excel accepts: at most 31 characters, none of [ ] : * ? / \, not starting or ending with
 * an apostrophe, not "History" (reserved), and unique without regard to case.
 */

const MAX_LENGTH = 31;

/** A valid sheet name made from `title`, not among `taken` (lower-cased names; the new one is added). */
export function uniqueSheetName(title: string, taken: Set<string>, fallback = 'Bảng'): string {
  const base = shorten(clean(title) || clean(fallback) || 'Sheet', MAX_LENGTH);
  for (let n = 1; ; n++) {
    const suffix = n === 1 ? '' : ` (${n})`;
    const name = `${shorten(base, MAX_LENGTH - suffix.length)}${suffix}`;
    const key = name.toLowerCase();
    if (!taken.has(key) && key !== 'history') {
      taken.add(key);
      return name;
    }
  }
}

function clean(text: string): string {
  return text
    .normalize('NFC')
    .replace(/[[\]:*?/\\]/g, ' ')
    .replace(/\s+/g, ' ')
    .trim()
    .replace(/^'+|'+$/g, '')
    .trim();
}

/** `text` cut to `max` characters, at a word boundary when one is near, without trailing punctuation. */
function shorten(text: string, max: number): string {
  if (text.length <= max) return text;
  // Excel counts UTF-16 units: never keep half of a surrogate pair.
  let cut = text.slice(0, max).replace(/[\uD800-\uDBFF]$/, '');
  const space = cut.lastIndexOf(' ');
  if (text[max] !== ' ' && space >= max / 2) cut = cut.slice(0, space);
  return cut.replace(/[\s.,;:\-–—'(]+$/, '') || text.slice(0, max);
}
