/** File sizes for people: "850 B", "12,4 kB", "1,2 MB" (decimal units, the number formatted for the language). */

const UNITS = ['B', 'kB', 'MB', 'GB'];

/** Formats a byte count with the given number formatter. */
export function formatBytes(bytes: number, formatNumber: (n: number) => string): string {
  let value = bytes;
  let unit = 0;
  while (value >= 1000 && unit < UNITS.length - 1) {
    value /= 1000;
    unit += 1;
  }
  const rounded = unit === 0 ? value : Math.round(value * 10) / 10;
  return `${formatNumber(rounded)} ${UNITS[unit]}`;
}
