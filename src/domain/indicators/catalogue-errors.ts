/** The coded problems compileCatalogue and parseCatalogue report, in English and Vietnamese. */

/** Every code a catalogue problem can carry; stable, used by tests, the CLI and the HTTP API. */
export const CATALOGUE_ERROR_CODES = [
  'invalid_json',
  'invalid_field',
  'missing_field',
  'unknown_field',
  'invalid_code',
  'duplicate_code',
  'code_level_mismatch',
  'unknown_level',
  'unknown_value_type',
  'unknown_period',
  'unknown_aggregation',
  'unknown_operator',
  'unknown_confidence',
  'enum_without_options',
  'options_on_non_enum',
  'duplicate_option',
  'decimals_out_of_range',
  'invalid_range',
  'aggregation_type_mismatch',
  'aggregation_period_mismatch',
  'flow_not_additive',
  'ratio_unknown_indicator',
  'ratio_operand_not_count',
  'ratio_level_mismatch',
  'unknown_weight',
  'invalid_weight',
  'duplicate_dimension',
  'unknown_dimension',
  'unknown_disaggregation_value',
  'disaggregation_total_mismatch',
  'invalid_register_source',
  'missing_confidence',
  'duplicate_cross_check_id',
  'unknown_cross_check_indicator',
  'cross_check_level_mismatch',
  'cross_check_type_mismatch',
] as const;
export type CatalogueErrorCode = (typeof CATALOGUE_ERROR_CODES)[number];

/** One problem in a catalogue: its code, where it is ("indicators[3].aggregation.numerator") and why. */
export interface CatalogueError {
  code: CatalogueErrorCode;
  path: string;
  /** The indicator concerned, when the problem is inside one. */
  indicator?: string;
  message: string;
  messageVi: string;
}

/** Makes a catalogue problem. */
export function catalogueError(code: CatalogueErrorCode, path: string, message: string, messageVi: string, indicator?: string): CatalogueError {
  const error: CatalogueError = { code, path, message, messageVi };
  if (indicator !== undefined) error.indicator = indicator;
  return error;
}

/** The outcome of compiling or parsing a catalogue. */
export type CompileResult<T> = { ok: true; catalogue: T } | { ok: false; errors: CatalogueError[] };
