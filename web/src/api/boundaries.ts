/**
 * Typed access to the boundaries users imported (`/api/boundaries`): the polygons of the communes (or
 * provinces) in force on a date, WGS84 longitude/latitude, and the codes that have none.
 */
import type { MultiPolygon, Polygon } from 'geojson';
import { withQuery } from './http.ts';
import { useApi, type ApiState } from './use-api.ts';

/** The levels boundaries are stored for. */
export type BoundaryLevel = 'commune' | 'province';

/** One unit's boundary. */
export interface BoundaryFeature {
  type: 'Feature';
  geometry: Polygon | MultiPolygon;
  properties: { code: string; name: string; fullName: string; level: string };
}

/** `/api/boundaries`'s answer: the features found, and the units in force without a boundary. */
export interface BoundaryCollection {
  type: 'FeatureCollection';
  features: BoundaryFeature[];
  missing: string[];
}

/** What boundaries are asked for: a level, the parent they lie in, and the date. */
export interface BoundaryQuery {
  level: BoundaryLevel;
  parent?: string | undefined;
  at: string;
}

/** `/api/boundaries?level=…&parent=…&at=…`. */
export function boundariesUrl(query: BoundaryQuery): string {
  return withQuery('/api/boundaries', { level: query.level, parent: query.parent, at: query.at });
}

/** The boundaries of `query` (null loads nothing). */
export function useBoundaries(query: BoundaryQuery | null): ApiState<BoundaryCollection> {
  return useApi<BoundaryCollection>(query ? boundariesUrl(query) : null);
}
