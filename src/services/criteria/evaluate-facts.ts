/** Evaluates one commune given as a facts document (`ictmon criteria evaluate --input`, `POST /api/criteria/evaluate`). */
import type { CriteriaEvaluation } from '../../domain/criteria/criteria-types.ts';
import { evaluateCommune } from '../../domain/criteria/evaluate-commune.ts';
import { readCriteriaOptions, toAppError, type CriteriaOptionsInput } from './criteria-options.ts';
import { readFactsDocument } from './facts-document.ts';

/** Validates the document and the options, then evaluates; nothing is read from or written to the database. */
export function evaluateFactsDocument(document: unknown, input: CriteriaOptionsInput): CriteriaEvaluation {
  const options = readCriteriaOptions(input);
  const facts = readFactsDocument(document);
  try {
    return evaluateCommune(facts, options);
  } catch (error) {
    throw toAppError(error);
  }
}
