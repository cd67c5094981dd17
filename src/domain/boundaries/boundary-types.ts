/** Plain types of boundary files once parsed: features with a unit code and a checked geometry, and the problems found. */
import type { UnitLevel } from '../units/unit-types.ts';

/** A GeoJSON position as stored: [lon, lat] in WGS84. */
export type Position = [number, number];
export type Ring = Position[];

export interface PolygonGeometry {
  type: 'Polygon';
  coordinates: Ring[];
}

export interface MultiPolygonGeometry {
  type: 'MultiPolygon';
  coordinates: Ring[][];
}

export type BoundaryGeometry = PolygonGeometry | MultiPolygonGeometry;

/** [west, south, east, north] in degrees. */
export type BBox = [number, number, number, number];

export type BoundaryFormat = 'geojson' | 'topojson' | 'shapefile';

/** One feature of the file that passed the checks: its unit code (leading zeros restored) and its geometry. */
export interface BoundaryFeature {
  /** 1-based position of the feature in the file (in the chosen TopoJSON object). */
  index: number;
  code: string;
  /** The code as written in the file, when it differs (a number, or leading zeros lost). */
  rawCode?: string;
  /** The feature's name property, when it has one (used to suggest a unit for an unknown code). */
  name?: string;
  geometry: BoundaryGeometry;
  bbox: BBox;
  vertices: number;
}

/** A problem in the file. `feature` is 1-based; 0 for the file as a whole. */
export interface BoundaryIssue {
  feature: number;
  field?: string;
  value?: string;
  /** Stable code of the kind of problem ("code.missing", "geometry.not_wgs84"…). */
  code: string;
  message: string;
  messageVi: string;
}

/** Levels that boundaries are imported for. */
export type BoundaryLevel = Exclude<UnitLevel, 'village'>;
export const BOUNDARY_LEVELS: readonly BoundaryLevel[] = ['province', 'district', 'commune'];

/** What reading a parsed document gives: its features, the field and level used, and every problem. */
export interface BoundaryDocument {
  format: BoundaryFormat;
  /** The TopoJSON object read; null for GeoJSON. */
  objectName: string | null;
  /** The property the codes were read from; null when none was found. */
  codeField: string | null;
  /** The level of the units (given, or inferred from the field, a `level` property or the codes' length). */
  level: BoundaryLevel | null;
  featureCount: number;
  features: BoundaryFeature[];
  issues: BoundaryIssue[];
}
