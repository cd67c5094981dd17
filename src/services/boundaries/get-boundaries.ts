/** Use case: the stored boundaries of the units in force on a date, as one GeoJSON FeatureCollection for a map. */
import { isUnitInForce } from '../../db/queries/boundaries/is-unit-in-force.ts';
import { listBoundariesInScope } from '../../db/queries/boundaries/list-boundaries-in-scope.ts';
import { BOUNDARY_LEVELS, type BBox, type BoundaryLevel } from '../../domain/boundaries/boundary-types.ts';
import { isIsoDate, todayInVietnam } from '../../domain/units/dates.ts';
import type { ServiceContext } from '../context.ts';
import { invalidInput, unitNotFound } from '../errors.ts';
import { VersionedAnswers, type VersionedAnswer } from '../serving/versioned-answers.ts';

export interface GetBoundariesInput {
  level: string;
  /** Only the units under this unit (province, or district before 01/07/2025). */
  parent?: string | undefined;
  /** Default today in Vietnam. */
  at?: string | undefined;
  /** Only these unit codes. */
  codes?: readonly string[] | undefined;
}

export interface BoundaryFeatureView {
  type: 'Feature';
  id: string;
  bbox: BBox;
  geometry: unknown;
  properties: { code: string; name: string; fullName: string; level: string };
}

export interface BoundaryCollection {
  type: 'FeatureCollection';
  at: string;
  level: BoundaryLevel;
  features: BoundaryFeatureView[];
  /** Codes of the units in scope that have no stored boundary. */
  missing: string[];
}

const MAX_CODES = 5000;

const answers = new VersionedAnswers<BoundaryCollection>(200);

/**
 * The same, as an answer cached per data version (JSON text, gzip and ETag made once): a province's
 * communes are a few hundred kilobytes of coordinates, asked by every dashboard that draws the map.
 */
export async function getBoundariesAnswer(ctx: ServiceContext, input: GetBoundariesInput): Promise<VersionedAnswer<BoundaryCollection>> {
  const key = JSON.stringify([input.level, input.parent ?? null, input.at ?? todayInVietnam(), input.codes ?? null]);
  return answers.get(ctx, key, () => getBoundaries(ctx, input));
}

/** The units in force on `at` at `level` (under `parent`) that have a boundary, and the codes of those that have none. */
export async function getBoundaries(ctx: ServiceContext, input: GetBoundariesInput): Promise<BoundaryCollection> {
  const at = input.at ?? todayInVietnam();
  if (!isIsoDate(at))
    throw invalidInput(`at must be a date YYYY-MM-DD, got "${at}"`, `at phải là ngày dạng YYYY-MM-DD, nhận được "${at}"`, [
      { field: 'at', value: at, message: 'expected YYYY-MM-DD' },
    ]);
  const level = input.level as BoundaryLevel;
  if (!BOUNDARY_LEVELS.includes(level)) {
    throw invalidInput(
      `level must be ${BOUNDARY_LEVELS.join(', ')}, got "${input.level}"`,
      `cấp phải là ${BOUNDARY_LEVELS.join(', ')}, nhận được "${input.level}"`,
      [{ field: 'level', value: String(input.level), message: `expected ${BOUNDARY_LEVELS.join('|')}` }],
    );
  }
  const codes = input.codes?.map((c) => c.trim()).filter((c) => c !== '');
  if (codes && codes.length > MAX_CODES)
    throw invalidInput(`at most ${MAX_CODES} codes`, `tối đa ${MAX_CODES} mã`, [{ field: 'codes', message: 'too many codes' }]);
  const parent = input.parent?.trim() || undefined;
  const rows = await listBoundariesInScope(ctx.db, { at, level, parentCode: parent, codes });
  // an empty scope under a real unit is an answer, not an error
  if (parent && rows.length === 0 && !(await isUnitInForce(ctx.db, parent, at))) throw unitNotFound(parent);
  const features: BoundaryFeatureView[] = [];
  const missing: string[] = [];
  for (const r of rows) {
    if (r.geometryJson === null || r.bbox === null) {
      missing.push(r.code);
      continue;
    }
    features.push({
      type: 'Feature',
      id: r.code,
      bbox: r.bbox,
      geometry: JSON.parse(r.geometryJson) as unknown,
      properties: { code: r.code, name: r.name, fullName: r.fullName, level: r.level },
    });
  }
  return { type: 'FeatureCollection', at, level, features, missing };
}
