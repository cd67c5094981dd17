/** A period as a user typed it in an option or a query ("2024", "Quý IV/2024"), or a clear 400 naming the forms. */
import { parseUserPeriod } from '../../domain/periods/period-text.ts';
import type { Period } from '../../domain/periods/period.ts';
import { invalidInput } from '../errors.ts';

/** The period typed, undefined when empty; refuses anything else with the expected forms. */
export function readPeriodInput(text: string | undefined, field = 'period'): Period | undefined {
  if (text === undefined || text.trim() === '') return undefined;
  try {
    return parseUserPeriod(text);
  } catch (err) {
    const e = err as Error & { messageVi?: string };
    const messageVi = e.messageVi ?? e.message;
    throw invalidInput(e.message, messageVi, [{ field, value: text, message: e.message, messageVi }]);
  }
}
