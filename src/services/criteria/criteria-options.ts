/** Reads and checks what every criteria use case is asked with: a date, a set id, parameter overrides. */
import { CRITERIA_SET_IDS, type CriteriaSetId, type ParamValue } from '../../domain/criteria/criteria-types.ts';
import { CriteriaSetError, chooseSet } from '../../domain/criteria/evaluate-commune.ts';
import { findParameter } from '../../domain/criteria/sets/parameters.ts';
import { isIsoDate } from '../../domain/units/dates.ts';
import { AppError, invalidInput, type ErrorDetail } from '../errors.ts';

/** The options of an evaluation as asked. */
export interface CriteriaOptionsInput {
  date: string;
  setId?: string | undefined;
  parameters?: Readonly<Record<string, unknown>> | undefined;
}

/** The options once checked. */
export interface CriteriaOptions {
  date: string;
  setId?: CriteriaSetId;
  parameters: Record<string, ParamValue>;
}

/** Checks the date, the set (known, in force on the date: R-VER) and each parameter's type. */
export function readCriteriaOptions(input: CriteriaOptionsInput): CriteriaOptions {
  if (!isIsoDate(input.date))
    throw invalidInput(`date must be YYYY-MM-DD, not "${input.date}"`, `ngày phải có dạng YYYY-MM-DD, không phải "${input.date}"`, [
      { field: 'date', value: input.date, message: 'must be YYYY-MM-DD', messageVi: 'phải có dạng YYYY-MM-DD' },
    ]);
  if (input.setId !== undefined && !CRITERIA_SET_IDS.includes(input.setId as CriteriaSetId)) {
    throw invalidInput(
      `unknown criteria set "${input.setId}" (one of ${CRITERIA_SET_IDS.join(', ')})`,
      `không có bộ tiêu chí "${input.setId}" (${CRITERIA_SET_IDS.join(', ')})`,
      [{ field: 'set', value: input.setId, message: 'unknown criteria set', messageVi: 'không có bộ tiêu chí này' }],
    );
  }
  const setId = input.setId as CriteriaSetId | undefined;
  try {
    chooseSet({ date: input.date, ...(setId ? { setId } : {}) });
  } catch (error) {
    throw toAppError(error);
  }
  const parameters: Record<string, ParamValue> = {};
  const details: ErrorDetail[] = [];
  for (const [key, value] of Object.entries(input.parameters ?? {})) {
    const def = findParameter(key);
    const field = `parameters.${key}`;
    if (!def) details.push({ field, message: `unknown parameter ${key}`, messageVi: `không có tham số ${key}` });
    else if (value === null) parameters[key] = null;
    else if (def.type === 'switch' && typeof value === 'boolean') parameters[key] = value;
    else if (def.type === 'share' && typeof value === 'number' && value >= 0 && value <= 1) parameters[key] = value;
    else if (def.type === 'number' && typeof value === 'number' && Number.isFinite(value)) parameters[key] = value;
    else {
      const expect = def.type === 'switch' ? 'true, false or null' : def.type === 'share' ? 'a fraction from 0 to 1 (0.8 = 80%) or null' : 'a number or null';
      details.push({
        field,
        value: String(value),
        message: `must be ${expect}`,
        messageVi: `phải là ${def.type === 'switch' ? 'true, false hoặc null' : def.type === 'share' ? 'tỷ lệ từ 0 đến 1 (0.8 = 80%) hoặc null' : 'một số hoặc null'}`,
      });
    }
  }
  if (details.length > 0) throw invalidInput('bad criteria parameters', 'tham số tiêu chí không hợp lệ', details);
  return { date: input.date, ...(setId ? { setId } : {}), parameters };
}

/** Turns the engine's set errors into user errors (400); others pass through. */
export function toAppError(error: unknown): unknown {
  if (error instanceof CriteriaSetError)
    return new AppError(`criteria.${error.code}`, 400, error.message, error.messageVi, [{ field: 'date', message: error.message, messageVi: error.messageVi }]);
  return error;
}
