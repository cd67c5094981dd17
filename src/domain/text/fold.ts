/** Vietnamese text folding for search and header matching. */

/** Removes diacritics (đ → d included), lower-cases and collapses white space: "Tỉnh Bắc Kạn" → "tinh bac kan". */
export function foldVietnamese(text: string): string {
  return (
    text
      .normalize('NFD')
      .replace(/[\u0300-\u036f]/g, '')
      .replace(/[đĐ]/g, 'd')
      // typographic apostrophes (Ea H’Leo) fold to the ASCII one users type
      .replace(/[\u2018\u2019\u02bc\u0060\u00b4]/g, "'")
      .toLowerCase()
      .replace(/\s+/g, ' ')
      .trim()
  );
}

/** Normalises user-entered Vietnamese to Unicode NFC with single spaces (names are stored this way). */
export function normalizeName(text: string): string {
  return text.normalize('NFC').replace(/\s+/g, ' ').trim();
}
