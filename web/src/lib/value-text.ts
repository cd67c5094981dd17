/** A stored value as text in the UI language: the server's Vietnamese text, or the English equivalent. */
import type { CatalogueIndicator } from '../api/indicators.ts';
import type { ValueRow } from '../api/values.ts';

// The server formats numbers with at most 2 decimals (formatNumberVi); English follows suit.
const enNumber = new Intl.NumberFormat('en-GB', { maximumFractionDigits: 2 });

/** "1.463,5" / "Có" in Vietnamese (as the server formats it); "1,463.5" / "Yes" in English. */
export function valueText(row: Pick<ValueRow, 'value' | 'valueText'>, indicator: CatalogueIndicator | undefined, lang: 'vi' | 'en'): string {
  if (lang === 'vi') return row.valueText;
  const { value } = row;
  if (typeof value === 'boolean') return value ? 'Yes' : 'No';
  if (typeof value === 'number') return enNumber.format(value);
  return indicator?.options?.find((o) => o.value === value)?.en ?? row.valueText;
}

/** The unit to show after a number ("%", "thôn"), or '' when the text already carries it or the value is not a number. */
export function valueUnit(row: Pick<ValueRow, 'value'>, text: string, indicator: CatalogueIndicator | undefined, lang: 'vi' | 'en'): string {
  if (typeof row.value !== 'number' || !indicator) return '';
  const unit = lang === 'vi' ? indicator.unitVi : indicator.unitEn;
  return unit && !text.endsWith(unit) ? unit : '';
}
