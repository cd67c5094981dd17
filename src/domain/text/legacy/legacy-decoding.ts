/** What decoding one legacy Vietnamese font encoding (TCVN3, VNI) gives: the Unicode text and how much of the input it could not read. */

export interface LegacyDecoding {
  /** The converted text, Unicode NFC. */
  text: string;
  /**
   * Non-ASCII letters or marks the encoding has no entry for and that were left as they were (an orphan
   * VNI mark, a Latin-1 letter TCVN3 leaves unassigned, a letter beyond Latin-1). Zero means every
   * character was read as the encoding's own; detection counts a word with any as not of this encoding.
   */
  unmappedCount: number;
}

/** True for a character a legacy decoder did not consume that still speaks against the encoding: a non-ASCII letter or combining mark. */
export function isForeignToLegacyText(ch: string): boolean {
  return ch > '\u007f' && /[\p{L}\p{M}]/u.test(ch);
}
