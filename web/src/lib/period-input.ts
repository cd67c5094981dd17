/** A period typed by a person ("Quý IV/2024", "2024Q4", "6 tháng đầu năm 2024") read into its canonical form. */
import { formatPeriod, tryParsePeriod, type Period } from '../../../src/domain/periods/period.ts';
import { parseUserPeriod, periodLabel } from '../../../src/domain/periods/period-text.ts';

export interface PeriodInput {
  /** The canonical period ("2024Q4"), undefined when the text is empty or not a period. */
  canonical: string | undefined;
  period: Period | undefined;
  /** True when the text is not empty and not a period. */
  isInvalid: boolean;
}

/** Reads a typed period; empty text is neither a period nor invalid. */
export function readPeriodInput(text: string): PeriodInput {
  const trimmed = text.trim();
  if (!trimmed) return { canonical: undefined, period: undefined, isInvalid: false };
  try {
    const period = parseUserPeriod(trimmed);
    return { canonical: formatPeriod(period), period, isInvalid: false };
  } catch {
    return { canonical: undefined, period: undefined, isInvalid: true };
  }
}

/** "2024Q4" → "Quý IV/2024" (vi) or "Q4 2024" (en); anything else as given. */
export function periodName(canonical: string, lang: 'vi' | 'en'): string {
  const period = tryParsePeriod(canonical);
  return period ? periodLabel(period, lang) : canonical;
}
