/**
 * Text put into HTML or XML as text, never as markup: a unit named `Xã <script>…` prints those characters.
 * Characters XML 1.0 forbids (control characters, lone surrogates) are dropped first, since a single one
 * makes Word refuse the whole DOCX.
 */

/** `text` without the characters XML 1.0 cannot carry (C0 controls other than tab and line ends, U+FFFE/F, lone surrogates). */
export function printableText(text: string): string {
  return text.replace(/[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g, '');
}

/** `text` escaped for an HTML or XML text node or a quoted attribute value. */
export function escapeMarkup(text: string): string {
  return printableText(text).replace(/[&<>"']/g, (c) => ENTITIES[c] ?? c);
}

const ENTITIES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };
