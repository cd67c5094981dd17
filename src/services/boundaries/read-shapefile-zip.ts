/**
 * Reads a zipped Shapefile (.shp with its .dbf, .prj and optional .cpg) into a GeoJSON FeatureCollection
 * in WGS84 lon/lat: VN-2000 TM-3 (and other systems proj4 knows) reprojected, positions in degrees kept.
 */
import proj4 from 'proj4';
import { read as readShapefile } from 'shapefile';
import { readPrj } from '../../domain/boundaries/shapefile-projection.ts';
import { unsupportedFile } from '../errors.ts';
import { readZipEntries } from './read-zip-entries.ts';

const MAX_INFLATED_BYTES = 512 * 1024 * 1024;
const PARTS = /\.(shp|dbf|prj|cpg)$/i;

/** The features of the only Shapefile in the zip, reprojected to WGS84 lon/lat. */
export async function readShapefileZip(bytes: Uint8Array): Promise<unknown> {
  const entries = readZipEntries(bytes, (name) => PARTS.test(name) && !name.startsWith('__MACOSX/'), MAX_INFLATED_BYTES);
  const shps = [...entries.keys()].filter((n) => /\.shp$/i.test(n));
  if (shps.length !== 1) {
    throw unsupportedFile(
      shps.length === 0 ? 'the zip holds no .shp file' : `the zip holds ${shps.length} Shapefiles (${shps.join(', ')}): send one per file`,
      shps.length === 0 ? 'tệp zip không có tệp .shp' : `tệp zip có ${shps.length} Shapefile (${shps.join(', ')}): mỗi lần nhập một Shapefile`,
    );
  }
  const base = shps[0]!.slice(0, -4);
  const part = (ext: string) => [...entries].find(([n]) => n.toLowerCase() === `${base}.${ext}`.toLowerCase())?.[1];
  const dbf = part('dbf');
  if (!dbf) throw unsupportedFile(`the zip has no ${base}.dbf: the unit codes are in it`, `tệp zip thiếu ${base}.dbf: mã đơn vị nằm trong tệp này`);
  const text = (b: Uint8Array | undefined) => (b ? new TextDecoder('utf-8').decode(b) : undefined);
  const encoding = text(part('cpg'))?.trim() || 'utf-8';
  let collection: { type: 'FeatureCollection'; features: { geometry: unknown }[]; crs?: unknown };
  try {
    collection = (await readShapefile(copy(part('shp')!), copy(dbf), {
      encoding: /^(utf-?8|65001)$/i.test(encoding) ? 'utf-8' : encoding,
    })) as typeof collection;
  } catch (err) {
    throw unsupportedFile(`the Shapefile cannot be read: ${(err as Error).message}`, `không đọc được Shapefile: ${(err as Error).message}`);
  }
  const prj = readPrj(text(part('prj')));
  if (prj.kind === 'proj4') {
    let convert: (xy: number[]) => number[];
    try {
      const converter = proj4(prj.definition, 'WGS84');
      convert = (xy) => converter.forward([xy[0]!, xy[1]!]);
    } catch {
      return withCrs(collection, prj.name);
    }
    let converted = true;
    for (const f of collection.features) converted = reproject(f.geometry, convert) && converted;
    // proj4 reads some definitions it cannot apply (NaN out): name the system rather than the coordinates
    if (!converted) return withCrs(collection, prj.name);
  } else if (prj.kind === 'unknown' && prj.name !== '') {
    // the pure reader refuses a declared system it cannot convert, naming it
    return withCrs(collection, prj.name);
  }
  return collection;
}

/** A fresh ArrayBuffer (the shapefile reader wants its own). */
function copy(b: Uint8Array): ArrayBuffer {
  return b.buffer.slice(b.byteOffset, b.byteOffset + b.byteLength) as ArrayBuffer;
}

function withCrs(collection: object, name: string): unknown {
  return { ...collection, crs: { type: 'name', properties: { name } } };
}

/** Converts every position of a Polygon / MultiPolygon in place; false when a position did not convert to finite numbers. */
function reproject(geometry: unknown, convert: (xy: number[]) => number[]): boolean {
  let ok = true;
  const walk = (a: unknown): void => {
    if (!Array.isArray(a)) return;
    if (typeof a[0] === 'number') {
      const [lon, lat] = convert(a as number[]);
      if (!Number.isFinite(lon) || !Number.isFinite(lat)) ok = false;
      a.splice(0, a.length, lon, lat);
      return;
    }
    a.forEach(walk);
  };
  if (geometry && typeof geometry === 'object') walk((geometry as { coordinates?: unknown }).coordinates);
  return ok;
}
