/**
 * Checks a boundary geometry (RFC 7946): a Polygon or MultiPolygon of closed rings of finite [lon, lat]
 * positions inside Vietnam's extent (roughly 100–120 E, 5–25 N, Hoàng Sa and Trường Sa included), and
 * returns it as stored: two coordinates per position, rounded to 1e-6 degree (about 0.1 m), with its bbox.
 */
import type { BBox, BoundaryGeometry, Position, Ring } from './boundary-types.ts';

/** Vietnam's extent with a margin: positions outside it mean the file is not in WGS84 lon/lat. */
export const VIETNAM_EXTENT = { west: 100, south: 5, east: 120, north: 25 } as const;

export interface GeometryProblem {
  code: 'geometry.missing' | 'geometry.type' | 'geometry.coordinates' | 'geometry.ring' | 'geometry.not_wgs84';
  en: string;
  vi: string;
  value?: string;
}

export type GeometryCheck = { ok: true; geometry: BoundaryGeometry; bbox: BBox; vertices: number } | { ok: false; problem: GeometryProblem };

class Problem extends Error {
  constructor(readonly problem: GeometryProblem) {
    super(problem.en);
  }
}

const round6 = (x: number) => Math.round(x * 1e6) / 1e6;

/** Checks `geometry` and returns it normalised with its bbox and vertex count, or the first problem. */
export function checkGeometry(geometry: unknown): GeometryCheck {
  if (geometry === null || geometry === undefined) {
    return { ok: false, problem: { code: 'geometry.missing', en: 'no geometry', vi: 'không có hình (geometry)' } };
  }
  const type = typeof geometry === 'object' ? (geometry as { type?: unknown }).type : undefined;
  if (type !== 'Polygon' && type !== 'MultiPolygon') {
    const shown = typeof type === 'string' ? type : typeof geometry;
    return {
      ok: false,
      problem: {
        code: 'geometry.type',
        en: `the geometry is ${shown}; a boundary must be a Polygon or MultiPolygon`,
        vi: `hình là ${shown}; ranh giới phải là Polygon hoặc MultiPolygon`,
        value: shown,
      },
    };
  }
  const bbox: BBox = [Infinity, Infinity, -Infinity, -Infinity];
  const counter = { vertices: 0 };
  try {
    const coordinates = (geometry as { coordinates?: unknown }).coordinates;
    const result: BoundaryGeometry =
      type === 'Polygon'
        ? { type, coordinates: readPolygon(coordinates, bbox, counter) }
        : { type, coordinates: readList(coordinates, 'MultiPolygon').map((p) => readPolygon(p, bbox, counter)) };
    if (counter.vertices === 0) throw coordinatesProblem('it has no positions', 'không có điểm nào');
    return { ok: true, geometry: result, bbox, vertices: counter.vertices };
  } catch (err) {
    if (err instanceof Problem) return { ok: false, problem: err.problem };
    throw err;
  }
}

function coordinatesProblem(en: string, vi: string): Problem {
  return new Problem({ code: 'geometry.coordinates', en: `bad coordinates: ${en}`, vi: `tọa độ sai: ${vi}` });
}

function readList(value: unknown, what: string): unknown[] {
  if (!Array.isArray(value)) throw coordinatesProblem(`${what} coordinates are not an array`, `tọa độ ${what} không phải mảng`);
  return value;
}

function readPolygon(value: unknown, bbox: BBox, counter: { vertices: number }): Ring[] {
  const rings = readList(value, 'Polygon');
  if (rings.length === 0) throw coordinatesProblem('a polygon has no ring', 'một đa giác không có vòng nào');
  return rings.map((ring) => readRing(ring, bbox, counter));
}

function readRing(value: unknown, bbox: BBox, counter: { vertices: number }): Ring {
  const positions = readList(value, 'ring');
  if (positions.length < 4) throw new Problem({ code: 'geometry.ring', en: 'a ring has fewer than 4 positions', vi: 'một vòng có ít hơn 4 điểm' });
  const ring: Ring = positions.map((p) => readPosition(p, bbox));
  const first = ring[0]!;
  const last = ring[ring.length - 1]!;
  if (first[0] !== last[0] || first[1] !== last[1]) {
    throw new Problem({
      code: 'geometry.ring',
      en: 'a ring is not closed (its last position differs from its first)',
      vi: 'một vòng không khép kín (điểm cuối khác điểm đầu)',
    });
  }
  counter.vertices += ring.length - 1;
  return ring;
}

function readPosition(value: unknown, bbox: BBox): Position {
  if (!Array.isArray(value) || value.length < 2) throw coordinatesProblem('a position is not [lon, lat]', 'một điểm không có dạng [kinh độ, vĩ độ]');
  const [x, y] = value as unknown[];
  if (typeof x !== 'number' || typeof y !== 'number' || !Number.isFinite(x) || !Number.isFinite(y)) {
    throw coordinatesProblem(
      `a position is not two finite numbers (${String(x)}, ${String(y)})`,
      `một điểm không phải hai số hữu hạn (${String(x)}, ${String(y)})`,
    );
  }
  const e = VIETNAM_EXTENT;
  if (x < e.west || x > e.east || y < e.south || y > e.north) throw new Problem(notWgs84(x, y));
  const lon = round6(x);
  const lat = round6(y);
  if (lon < bbox[0]) bbox[0] = lon;
  if (lat < bbox[1]) bbox[1] = lat;
  if (lon > bbox[2]) bbox[2] = lon;
  if (lat > bbox[3]) bbox[3] = lat;
  return [lon, lat];
}

/** Says why a position outside Vietnam is probably not WGS84 lon/lat: metres (VN-2000, UTM), swapped axes, or elsewhere. */
function notWgs84(x: number, y: number): GeometryProblem {
  const value = `${x}, ${y}`;
  const e = VIETNAM_EXTENT;
  if (y >= e.west && y <= e.east && x >= e.south && x <= e.north) {
    return {
      code: 'geometry.not_wgs84',
      en: `position (${value}) is [lat, lon]: GeoJSON positions are [lon, lat]`,
      vi: `điểm (${value}) có dạng [vĩ độ, kinh độ]: GeoJSON ghi [kinh độ, vĩ độ]`,
      value,
    };
  }
  if (Math.abs(x) > 180 || Math.abs(y) > 90) {
    return {
      code: 'geometry.not_wgs84',
      en: `position (${value}) is in metres, not degrees: the file is probably in a projected system (VN-2000, UTM); convert it to WGS84 lon/lat (EPSG:4326)`,
      vi: `điểm (${value}) tính bằng mét, không phải độ: tệp có lẽ ở hệ tọa độ phẳng (VN-2000, UTM); hãy chuyển sang WGS84 kinh độ/vĩ độ (EPSG:4326)`,
      value,
    };
  }
  return {
    code: 'geometry.not_wgs84',
    en: `position (${value}) is outside Vietnam (${e.west}–${e.east} E, ${e.south}–${e.north} N): the file is probably not in WGS84 lon/lat`,
    vi: `điểm (${value}) nằm ngoài Việt Nam (kinh độ ${e.west}–${e.east}, vĩ độ ${e.south}–${e.north}): tệp có lẽ không ở hệ WGS84 kinh độ/vĩ độ`,
    value,
  };
}
