/** The parameter values an evaluation applies: defaults, a context's value, then overrides (regulations.md §6). */
import type { ParamContext, ParameterDef, ParamValue } from './criteria-types.ts';
import { CRITERIA_PARAMETERS } from './sets/parameters.ts';

/** Resolves every parameter for a commune's contexts; `overrides` (what-if, overlays) win. */
export function resolveParameters(
  contexts: readonly ParamContext[],
  overrides: Readonly<Record<string, ParamValue>> = {},
  defs: readonly ParameterDef[] = CRITERIA_PARAMETERS,
): Record<string, ParamValue> {
  const values: Record<string, ParamValue> = {};
  for (const def of defs) {
    const contextual = def.byContext?.find((c) => contexts.includes(c.when));
    values[def.key] = def.key in overrides ? (overrides[def.key] ?? null) : contextual ? contextual.value : def.default;
  }
  return values;
}

/** True when `value` is at least as strict as `base` for the parameter (a province overlay may only tighten). */
export function isAtLeastAsStrict(def: ParameterDef, value: ParamValue, base: ParamValue): boolean {
  if (value === base) return true;
  if (def.stricter === 'on') return value === true || (typeof value === 'number' && base === null);
  if (value === null) return false;
  if (base === null || base === false) return true;
  if (typeof value !== 'number' || typeof base !== 'number') return false;
  return def.stricter === 'higher' ? value >= base : value <= base;
}
