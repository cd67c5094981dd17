/**
 * The catalogue as JSON, for export, review and storage beside the values it defined. Serialising a
 * compiled catalogue and parsing it back gives the same catalogue, and the same text again (compile
 * canonicalises key order and drops absent optionals).
 */
import { compileCatalogue } from './compile-catalogue.ts';
import { catalogueError, type CompileResult } from './catalogue-errors.ts';
import type { CatalogueDefs, CompiledCatalogue } from './indicator-types.ts';

/** The catalogue's definitions as JSON text (2-space indent, trailing newline); lookups are rebuilt on parse. */
export function serializeCatalogue(catalogue: CompiledCatalogue): string {
  const defs: CatalogueDefs = { version: catalogue.version, dimensions: catalogue.dimensions, indicators: catalogue.indicators };
  return `${JSON.stringify(defs, null, 2)}\n`;
}

/** Parses JSON text and compiles it; bad JSON is an `invalid_json` error, everything else as compileCatalogue. */
export function parseCatalogue(text: string): CompileResult<CompiledCatalogue> {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (e) {
    const reason = e instanceof Error ? e.message : String(e);
    return { ok: false, errors: [catalogueError('invalid_json', '', `not JSON: ${reason}`, `không phải JSON: ${reason}`)] };
  }
  // compileCatalogue checks the structure field by field, so untyped data is safe to hand over.
  return compileCatalogue(data as CatalogueDefs);
}
