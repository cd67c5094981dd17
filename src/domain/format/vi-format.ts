/** Vietnamese number and date conventions: 1.463,5 and 22/11/2026. */

const numberFormats = new Map<string, Intl.NumberFormat>();

/** Formats a number the Vietnamese way ("1.463,5"); `decimals` fixes the fraction digits. */
export function formatNumberVi(value: number, decimals?: number): string {
  const key = String(decimals);
  let f = numberFormats.get(key);
  if (!f) {
    f = new Intl.NumberFormat(
      'vi-VN',
      decimals === undefined ? { maximumFractionDigits: 2 } : { minimumFractionDigits: decimals, maximumFractionDigits: decimals },
    );
    numberFormats.set(key, f);
  }
  return f.format(value);
}

/** Formats a stored figure the Vietnamese way with as many decimals as it has, at most `maxDecimals` ("512,375"; "1.463"). */
export function formatFigureVi(value: number, maxDecimals: number): string {
  const key = `max${maxDecimals}`;
  let f = numberFormats.get(key);
  if (!f) {
    f = new Intl.NumberFormat('vi-VN', { maximumFractionDigits: maxDecimals });
    numberFormats.set(key, f);
  }
  return f.format(value);
}

/** Formats an ISO date as dd/mm/yyyy. */
export function formatDateVi(iso: string): string {
  const [y, m, d] = iso.slice(0, 10).split('-');
  return `${d}/${m}/${y}`;
}
