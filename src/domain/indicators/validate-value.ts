/**
 * Checks one typed value against its indicator: type, whole numbers for counts, decimals, range
 * (percentages within 0–100, counts from 0), enum options, breakdown keys. Refusals carry a stable code
 * and a message in English and Vietnamese, like validateAttributeValue for unit attributes.
 */
import { formatNumberVi } from '../format/vi-format.ts';
import type { IndicatorDef, IndicatorValue, ValueRange } from './indicator-types.ts';

/** Every code a refused value can carry. */
export const VALUE_ERROR_CODES = [
  'wrong_type',
  'not_finite',
  'not_integer',
  'too_many_decimals',
  'below_min',
  'above_max',
  'unknown_option',
  'unknown_dimension',
  'unknown_dimension_value',
  'too_many_dimensions',
] as const;
export type ValueErrorCode = (typeof VALUE_ERROR_CODES)[number];

/** Why a value is refused. */
export interface ValueError {
  code: ValueErrorCode;
  message: string;
  messageVi: string;
}

/** The outcome of validateValue: the value, or why it is refused. */
export type ValueCheck = { ok: true; value: IndicatorValue } | { ok: false; error: ValueError };

const refuse = (code: ValueErrorCode, message: string, messageVi: string): ValueCheck => ({ ok: false, error: { code, message, messageVi } });
const EN_NUMBER = new Intl.NumberFormat('en-GB', { maximumFractionDigits: 6 });

/** The bounds a value must keep: the indicator's range, within 0–100 for a percentage and from 0 for a count. */
export function valueBounds(indicator: IndicatorDef): ValueRange {
  const implied: ValueRange = indicator.valueType === 'percent' ? { min: 0, max: 100 } : indicator.valueType === 'count' ? { min: 0 } : {};
  const r = indicator.range ?? {};
  const min = r.min === undefined ? implied.min : implied.min === undefined ? r.min : Math.max(r.min, implied.min);
  const max = r.max === undefined ? implied.max : implied.max === undefined ? r.max : Math.min(r.max, implied.max);
  return { ...(min === undefined ? {} : { min }), ...(max === undefined ? {} : { max }) };
}

/** Checks a typed value (number, boolean or option key) against the indicator. */
export function validateValue(indicator: IndicatorDef, raw: unknown): ValueCheck {
  switch (indicator.valueType) {
    case 'boolean':
      return typeof raw === 'boolean' ? { ok: true, value: raw } : refuse('wrong_type', 'must be yes or no', 'phải là Có hoặc Không');
    case 'enum': {
      const options = indicator.options ?? [];
      if (typeof raw === 'string' && options.some((o) => o.value === raw)) return { ok: true, value: raw };
      const en = `must be one of: ${options.map((o) => o.en).join(', ')}`;
      const vi = `phải là một trong: ${options.map((o) => o.vi).join(', ')}`;
      return typeof raw === 'string' ? refuse('unknown_option', en, vi) : refuse('wrong_type', en, vi);
    }
    default:
      return validateNumber(indicator, raw);
  }
}

function validateNumber(indicator: IndicatorDef, raw: unknown): ValueCheck {
  if (typeof raw !== 'number') return refuse('wrong_type', 'must be a number', 'phải là một số');
  if (!Number.isFinite(raw)) return refuse('not_finite', 'must be a finite number', 'phải là số hữu hạn');
  if (indicator.valueType === 'count' && !Number.isSafeInteger(raw)) return refuse('not_integer', 'must be a whole number', 'phải là số nguyên');
  const d = indicator.decimals;
  if (Number(raw.toFixed(d)) !== raw) {
    return d === 0
      ? refuse('too_many_decimals', 'must be a whole number', 'phải là số nguyên')
      : refuse('too_many_decimals', `must have at most ${d} decimals`, `tối đa ${d} chữ số thập phân`);
  }
  const { min, max } = valueBounds(indicator);
  const unit = indicator.unit;
  if (min !== undefined && raw < min)
    return refuse('below_min', `must be at least ${EN_NUMBER.format(min)} ${unit.en}`, `không được nhỏ hơn ${formatNumberVi(min)} ${unit.vi}`);
  if (max !== undefined && raw > max)
    return refuse('above_max', `must be at most ${EN_NUMBER.format(max)} ${unit.en}`, `không được lớn hơn ${formatNumberVi(max)} ${unit.vi}`);
  return { ok: true, value: raw === 0 ? 0 : raw };
}

/** Checks the breakdown key of a value ({ technology: '4g' }); an empty key is the total. */
export function validateBreakdown(indicator: IndicatorDef, breakdown: Readonly<Record<string, string>>): ValueError[] {
  const errors: ValueError[] = [];
  // Breakdowns are independent (by technology, or by operator), not cross-classified.
  if (Object.keys(breakdown).length > 1) {
    errors.push({
      code: 'too_many_dimensions',
      message: 'a value is broken down by one dimension at a time',
      messageVi: 'mỗi giá trị chỉ phân tổ theo một chiều',
    });
  }
  for (const [dimension, value] of Object.entries(breakdown)) {
    const d = indicator.disaggregations?.find((x) => x.dimension === dimension);
    if (!d) {
      errors.push({
        code: 'unknown_dimension',
        message: `${indicator.code} has no breakdown by ${dimension}`,
        messageVi: `${indicator.code} không phân tổ theo ${dimension}`,
      });
    } else if (!d.values.includes(value)) {
      errors.push({
        code: 'unknown_dimension_value',
        message: `${dimension} must be one of: ${d.values.join(', ')}`,
        messageVi: `${dimension} phải là một trong: ${d.values.join(', ')}`,
      });
    }
  }
  return errors;
}
