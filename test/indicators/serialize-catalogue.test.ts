/** The catalogue's JSON form round-trips exactly, and compile makes it canonical. */
import { describe, expect, it } from 'vitest';
import { compileCatalogue } from '../../src/domain/indicators/compile-catalogue.ts';
import type { CatalogueDefs, CompiledCatalogue } from '../../src/domain/indicators/indicator-types.ts';
import { SECTOR_CATALOGUE } from '../../src/domain/indicators/sector-catalogue.ts';
import { parseCatalogue, serializeCatalogue } from '../../src/domain/indicators/serialize-catalogue.ts';
import { buildCatalogueDefs, buildMutableDefs, indicatorIn } from './build-catalogue.ts';

function compiled(defs: CatalogueDefs): CompiledCatalogue {
  const result = compileCatalogue(defs);
  if (!result.ok) throw new Error(result.errors.map((e) => e.message).join('\n'));
  return result.catalogue;
}

function parsed(text: string): CompiledCatalogue {
  const result = parseCatalogue(text);
  if (!result.ok) throw new Error(result.errors.map((e) => e.message).join('\n'));
  return result.catalogue;
}

describe('serializeCatalogue / parseCatalogue', () => {
  it.each([
    ['the sector catalogue', SECTOR_CATALOGUE],
    ['the test catalogue', compiled(buildCatalogueDefs())],
  ])('round-trips %s: same definitions, same lookups, same text', (_name, catalogue) => {
    const text = serializeCatalogue(catalogue);
    const back = parsed(text);
    expect(back.version).toBe(catalogue.version);
    expect(back.indicators).toStrictEqual(catalogue.indicators);
    expect(back.dimensions).toStrictEqual(catalogue.dimensions);
    expect(back.crossChecks).toStrictEqual(catalogue.crossChecks);
    expect([...back.byCode.keys()]).toEqual([...catalogue.byCode.keys()]);
    expect(serializeCatalogue(back)).toBe(text);
  });

  it('makes equivalent definitions serialise identically (key order, absent optionals, −0)', () => {
    const defs = buildMutableDefs();
    const hours = indicatorIn(defs, 'commune.hours');
    // Same meaning, written differently: keys reversed, an explicit undefined, a negative zero.
    const reordered = Object.fromEntries(Object.entries(hours).reverse());
    Object.assign(reordered, { note: undefined, range: { max: 24, min: -0 } });
    defs.indicators[defs.indicators.indexOf(hours as (typeof defs.indicators)[number])] = reordered as (typeof defs.indicators)[number];
    const text = serializeCatalogue(compiled(defs as unknown as CatalogueDefs));
    expect(text).toBe(serializeCatalogue(compiled(buildCatalogueDefs())));
    expect(text).not.toContain('"note"');
  });

  it('ends with a newline and indents by two spaces, for reviewable diffs', () => {
    const text = serializeCatalogue(SECTOR_CATALOGUE);
    expect(text.endsWith('}\n')).toBe(true);
    expect(text.split('\n')[1]).toBe('  "version": "2026.3",');
  });

  it('compiles what it parses: an unknown field in the JSON is a coded error', () => {
    const data = JSON.parse(serializeCatalogue(SECTOR_CATALOGUE)) as { indicators: Record<string, unknown>[] };
    data.indicators[0]!.formula = 'a/b';
    const result = parseCatalogue(JSON.stringify(data));
    expect(result.ok ? [] : result.errors.map((e) => [e.code, e.path, e.indicator])).toEqual([
      ['unknown_field', 'indicators[0].formula', 'village.households'],
    ]);
  });

  it('freezes the compiled definitions', () => {
    expect(Object.isFrozen(SECTOR_CATALOGUE.indicators)).toBe(true);
    expect(Object.isFrozen(SECTOR_CATALOGUE.indicators[0]?.name)).toBe(true);
  });
});
