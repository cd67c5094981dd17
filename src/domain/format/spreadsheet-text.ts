/**
 * Text written into a CSV that spreadsheet programs open: a cell starting with =, +, -, @, a tab or a
 * carriage return would be read as a formula (CSV injection, OWASP), so such text gets a leading
 * apostrophe, which spreadsheets show as text and do not evaluate. Numbers are written as numbers.
 */
export function spreadsheetText(text: string): string {
  return /^[=+\-@\t\r]/.test(text) ? `'${text}` : text;
}
