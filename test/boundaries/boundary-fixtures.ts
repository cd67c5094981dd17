/** The boundary fixtures (test/fixtures/boundaries) and builders of small GeoJSON documents. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { repoRoot } from '../support/paths.ts';

export const fixturesDir = join(repoRoot, 'test', 'fixtures', 'boundaries');

/** The bytes of a fixture file. */
export function fixtureBytes(name: string): Uint8Array {
  return readFileSync(join(fixturesDir, name));
}

/** A fixture parsed as JSON. */
export function fixtureJson(name: string): unknown {
  return JSON.parse(readFileSync(join(fixturesDir, name), 'utf8'));
}

/** A closed square ring of side `d` degrees from (x, y). */
export function square(x: number, y: number, d = 0.02): number[][] {
  return [
    [x, y],
    [x + d, y],
    [x + d, y + d],
    [x, y + d],
    [x, y],
  ];
}

/** A Feature with these properties and a square Polygon at (x, y). */
export function buildFeature(properties: Record<string, unknown>, at: [number, number] = [105.8, 22.1], geometry?: unknown): Record<string, unknown> {
  return { type: 'Feature', properties, geometry: geometry ?? { type: 'Polygon', coordinates: [square(...at)] } };
}

/** A FeatureCollection of these features. */
export function buildCollection(features: unknown[]): { type: 'FeatureCollection'; features: unknown[] } {
  return { type: 'FeatureCollection', features };
}

/** A FeatureCollection as the bytes of a file. */
export function collectionBytes(features: unknown[]): Uint8Array {
  return new TextEncoder().encode(JSON.stringify(buildCollection(features)));
}
