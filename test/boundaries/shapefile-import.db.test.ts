import proj4 from 'proj4';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readPrj, VN2000_TOWGS84 } from '../../src/domain/boundaries/shapefile-projection.ts';
import { getBoundaries } from '../../src/services/boundaries/get-boundaries.ts';
import { importBoundaries } from '../../src/services/boundaries/import-boundaries.ts';
import { AppError } from '../../src/services/errors.ts';
import { openTestDatabase, testEngine, type TestDatabase } from '../support/test-db.ts';
import { buildPolygonShapefile, buildZip } from './build-shapefile.ts';
import { readBoundaryState } from './boundary-state.ts';

// ESRI WKT of VN-2000 TM-3 for Thái Nguyên (central meridian 106°30', TT 973/2001/TT-TCĐC), without the datum shift.
const VN2000_TN_PRJ =
  'PROJCS["VN_2000_TM3_Thai_Nguyen",GEOGCS["GCS_VN_2000",DATUM["D_Vietnam_2000",SPHEROID["WGS_1984",6378137.0,298.257223563]],PRIMEM["Greenwich",0.0],UNIT["Degree",0.0174532925199433]],' +
  'PROJECTION["Transverse_Mercator"],PARAMETER["False_Easting",500000.0],PARAMETER["False_Northing",0.0],PARAMETER["Central_Meridian",106.5],PARAMETER["Scale_Factor",0.9999],PARAMETER["Latitude_Of_Origin",0.0],UNIT["Meter",1.0]]';
const WGS84_PRJ =
  'GEOGCS["GCS_WGS_1984",DATUM["D_WGS_1984",SPHEROID["WGS_1984",6378137.0,298.257223563]],PRIMEM["Greenwich",0.0],UNIT["Degree",0.0174532925199433]]';

/** A clockwise square ring of side d (degrees) from (x, y), the outer-ring order of Shapefiles. */
const clockwise = (x: number, y: number, d = 0.02) => [
  [x, y],
  [x, y + d],
  [x + d, y + d],
  [x + d, y],
  [x, y],
];

describe('reading .prj files', () => {
  it('turns VN-2000 TM-3 into a tmerc with the 7-parameter datum shift, and knows WGS84', () => {
    const r = readPrj(VN2000_TN_PRJ);
    expect(r).toEqual({
      kind: 'proj4',
      name: 'VN_2000_TM3_Thai_Nguyen',
      definition: `+proj=tmerc +lat_0=0 +lon_0=106.5 +k=0.9999 +x_0=500000 +y_0=0 +ellps=WGS84 +towgs84=${VN2000_TOWGS84} +units=m +no_defs`,
    });
    expect(readPrj(WGS84_PRJ)).toEqual({ kind: 'wgs84' });
    expect(readPrj(undefined)).toEqual({ kind: 'unknown', name: '' });
  });
});

describe(`importing a zipped Shapefile on ${testEngine}`, () => {
  let t: TestDatabase;
  beforeAll(async () => {
    t = await openTestDatabase();
  });
  afterAll(async () => t.dispose());
  const ctx = () => ({ db: t.db, actor: 'test' });

  it('reprojects VN-2000 TM-3 metres to WGS84 and matches MaXa codes written without leading zeros', async () => {
    const toVn2000 = proj4('WGS84', readPrj(VN2000_TN_PRJ).kind === 'proj4' ? (readPrj(VN2000_TN_PRJ) as { definition: string }).definition : '');
    const squares = { '1843': [105.83, 22.1], '1849': [105.75, 22.2] } as const;
    const { shp, dbf } = buildPolygonShapefile(
      Object.entries(squares).map(([code, [x, y]]) => ({
        attributes: { MaXa: code, TenXa: code === '1843' ? 'Phường Bắc Kạn' : 'Xã Phong Quang' },
        rings: [clockwise(x, y).map((p) => toVn2000.forward(p))],
      })),
    );
    // the VN-2000 metres are far from the degrees: (105.83, 22.1) is about (411 km E, 2 444 km N)
    const zip = buildZip({ 'xa.shp': shp, 'xa.dbf': dbf, 'xa.prj': VN2000_TN_PRJ, 'xa.cpg': 'UTF-8' });
    const r = await importBoundaries(ctx(), { bytes: zip, fileName: 'xa.zip', at: '2025-07-01' });
    expect(r).toMatchObject({ format: 'shapefile', codeField: 'MaXa', level: 'commune', features: 2 });
    const map = await getBoundaries(ctx(), { level: 'commune', at: '2025-07-01', codes: ['01843', '01849'] });
    expect(map.features.map((f) => f.properties.code)).toEqual(['01843', '01849']);
    const [w, s, e, n] = map.features[0]!.bbox;
    expect(w).toBeCloseTo(105.83, 5);
    expect(s).toBeCloseTo(22.1, 5);
    expect(e).toBeCloseTo(105.85, 5);
    expect(n).toBeCloseTo(22.12, 5);
  });

  it('reads a WGS84 Shapefile as is, and refuses a zip without .shp or with an unknown system; stores nothing', async () => {
    const { shp, dbf } = buildPolygonShapefile([{ attributes: { code: '01864' }, rings: [clockwise(105.65, 22.65)] }]);
    const r = await importBoundaries(ctx(), { bytes: buildZip({ 'b.shp': shp, 'b.dbf': dbf, 'b.prj': WGS84_PRJ }), fileName: 'b.zip', at: '2025-07-01' });
    expect(r).toMatchObject({ format: 'shapefile', features: 1 });

    const before = await readBoundaryState(t.db);
    const refuse = async (files: Record<string, Uint8Array | string>) => {
      const err = await importBoundaries(ctx(), { bytes: buildZip(files), fileName: 'x.zip', at: '2025-07-01' }).catch((e: unknown) => e);
      expect(err).toBeInstanceOf(AppError);
      return err as AppError;
    };
    expect((await refuse({ 'readme.txt': 'no shapes' })).messageVi).toBe('tệp zip không có tệp .shp');
    const lambert = 'PROJCS["Some_Lambert",GEOGCS["GCS_Unknown",DATUM["D_Unknown",SPHEROID["X",6378137.0,298.25]]],PROJECTION["Lambert_Conformal_Conic"]]';
    // proj4 reads this WKT but cannot apply it: the system is named
    expect((await refuse({ 'c.shp': shp, 'c.dbf': dbf, 'c.prj': lambert })).details[0]).toMatchObject({
      field: 'crs',
      code: 'crs.not_wgs84',
      value: 'Some_Lambert',
    });
    // a system nobody can read is named
    const unreadable = await refuse({ 'd.shp': shp, 'd.dbf': dbf, 'd.prj': 'PROJCS["Ban_do_cu",UNKNOWN[1]]' });
    expect(unreadable.details[0]).toMatchObject({ field: 'crs', code: 'crs.not_wgs84', value: 'Ban_do_cu' });
    expect(await readBoundaryState(t.db)).toEqual(before);
  });
});
