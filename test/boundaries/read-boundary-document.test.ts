import { describe, expect, it } from 'vitest';
import { readBoundaryDocument } from '../../src/domain/boundaries/read-boundary-document.ts';
import { buildCollection, buildFeature, fixtureJson, square } from './boundary-fixtures.ts';

const codes = (doc: ReturnType<typeof readBoundaryDocument>) => doc.features.map((f) => f.code);
const issueTexts = (doc: ReturnType<typeof readBoundaryDocument>) => doc.issues.map((i) => i.messageVi);

describe('reading a boundary document', () => {
  it('reads a GeoJSON FeatureCollection: codes, names, bbox, vertices, MultiPolygon kept', () => {
    const doc = readBoundaryDocument(fixtureJson('communes-3.geojson'));
    expect(doc.issues).toEqual([]);
    expect(doc).toMatchObject({ format: 'geojson', objectName: null, codeField: 'code', level: 'commune', featureCount: 3 });
    expect(codes(doc)).toEqual(['01843', '01849', '01864']);
    expect(doc.features[0]).toMatchObject({ index: 1, name: 'Phường Bắc Kạn', bbox: [105.83, 22.1, 105.85, 22.12], vertices: 4 });
    expect(doc.features[2]!.geometry.type).toBe('MultiPolygon');
    expect(doc.features[2]!.vertices).toBe(8);
    expect(doc.features[0]!.rawCode).toBeUndefined();
  });

  it('reads a TopoJSON object with codes in ma_xa written as numbers, restoring the leading zeros', () => {
    const doc = readBoundaryDocument(fixtureJson('communes-3.topojson'));
    expect(doc.issues).toEqual([]);
    expect(doc).toMatchObject({ format: 'topojson', objectName: 'xa', codeField: 'ma_xa', level: 'commune' });
    expect(codes(doc)).toEqual(['01843', '01849', '01864']);
    expect(doc.features[0]).toMatchObject({ rawCode: '1843', name: 'Phường Bắc Kạn' });
    // decoded coordinates are rounded to 1e-6 degree
    expect(doc.features[0]!.geometry.coordinates[0]).toContainEqual([105.85, 22.12]);
  });

  it('needs the object named when a Topology has several, and names the ones it has', () => {
    const json = fixtureJson('two-objects.topojson');
    expect(issueTexts(readBoundaryDocument(json))).toEqual(['Topology có 2 đối tượng (xa, tinh): hãy chọn một đối tượng để nhập']);
    expect(issueTexts(readBoundaryDocument(json, { object: 'huyen' }))).toEqual(['Topology không có đối tượng "huyen" (có: xa, tinh)']);
    const tinh = readBoundaryDocument(json, { object: 'tinh' });
    expect(tinh).toMatchObject({ level: 'province', codeField: 'ma_tinh', issues: [] });
    expect(codes(tinh)).toEqual(['19']);
  });

  it('finds MaTinh written as a number and pads it to two digits', () => {
    const doc = readBoundaryDocument(fixtureJson('province-19.geojson'));
    expect(doc).toMatchObject({ codeField: 'MaTinh', level: 'province', issues: [] });
    expect(doc.features[0]).toMatchObject({ code: '19', name: 'Thái Nguyên' });
  });

  it.each([
    ['code', { code: '00004' }, '00004'],
    ['ma', { ma: 4 }, '4'],
    ['MaXa', { MaXa: 4 }, '00004'],
    ['MA_XA', { MA_XA: '4.0' }, '00004'],
    ['ma_dvhc', { ma_dvhc: ' 00004 ' }, '00004'],
    ['Mã xã', { 'Mã xã': '4' }, '00004'],
  ])('reads the code from %s', (_label, properties, expected) => {
    const doc = readBoundaryDocument(buildCollection([buildFeature(properties)]), { level: 'commune' });
    expect(doc.issues).toEqual([]);
    expect(codes(doc)).toEqual([expected === '4' ? '00004' : expected]);
  });

  it('uses the field the user names, exactly or folded', () => {
    const json = buildCollection([buildFeature({ code: 'x', ID_XA: '1843' })]);
    expect(codes(readBoundaryDocument(json, { codeField: 'ID_XA', level: 'commune' }))).toEqual(['01843']);
    expect(codes(readBoundaryDocument(json, { codeField: 'id xa', level: 'commune' }))).toEqual(['01843']);
    expect(issueTexts(readBoundaryDocument(json, { codeField: 'ma_so' }))).toEqual(['không đối tượng nào có trường "ma_so" (các trường: code, ID_XA)']);
  });

  it('infers the level from the longest code when nothing else says it', () => {
    const doc = readBoundaryDocument(buildCollection([buildFeature({ code: 4 }, [105.8, 21]), buildFeature({ code: 12345 }, [105.9, 21])]));
    expect(doc.level).toBe('commune');
    expect(codes(doc)).toEqual(['00004', '12345']);
  });

  it('names the feature and the field of a missing code, a bad code and a wrong geometry type, in feature order', () => {
    const doc = readBoundaryDocument(fixtureJson('missing-code.geojson'));
    expect(doc.issues.map((i) => [i.feature, i.code, i.field, i.messageVi])).toEqual([
      [2, 'code.missing', 'code', 'Đối tượng 2: thiếu mã đơn vị (trường code)'],
      [3, 'geometry.type', 'geometry', 'Đối tượng 3: hình là Point; ranh giới phải là Polygon hoặc MultiPolygon'],
    ]);
    expect(doc.issues[0]!.message).toBe('Feature 2: no unit code (field code)');
    const bad = readBoundaryDocument(buildCollection([buildFeature({ code: 'a b' }), buildFeature({ code: 1.5 })]));
    expect(bad.issues.map((i) => i.messageVi)).toEqual([
      'Đối tượng 1: "a b" không phải mã đơn vị (trường code)',
      'Đối tượng 2: "1.5" không phải mã đơn vị (trường code)',
    ]);
  });

  it('refuses the same code twice, naming the first feature', () => {
    const doc = readBoundaryDocument(buildCollection([buildFeature({ code: '01843' }), buildFeature({ code: 1843 }, [105.9, 22.2])]), { level: 'commune' });
    expect(issueTexts(doc)).toEqual(['Đối tượng 2: mã 01843 đã có ở đối tượng 1 (trường code)']);
  });

  it('says when no code field is found and lists the fields the file has', () => {
    const doc = readBoundaryDocument(buildCollection([buildFeature({ id: 1, ten: 'X' })]));
    expect(doc.issues).toHaveLength(1);
    expect(doc.issues[0]).toMatchObject({ feature: 0, code: 'code.field' });
    expect(doc.issues[0]!.messageVi).toContain('các trường: id, ten');
  });

  it('says a file in metres is probably VN-2000 / UTM, not WGS84', () => {
    const doc = readBoundaryDocument(fixtureJson('vn2000-metres.geojson'));
    expect(doc.issues).toHaveLength(1);
    expect(doc.issues[0]).toMatchObject({ feature: 1, code: 'geometry.not_wgs84', field: 'geometry', value: '435000, 2441000' });
    expect(doc.issues[0]!.messageVi).toContain('tính bằng mét');
    expect(doc.issues[0]!.messageVi).toContain('VN-2000');
  });

  it('tells swapped [lat, lon] and a place outside Vietnam apart', () => {
    const swapped = readBoundaryDocument(
      buildCollection([buildFeature({ code: '01843' }, undefined, { type: 'Polygon', coordinates: [square(22.1, 105.8).map(([x, y]) => [x!, y!])] })]),
    );
    expect(swapped.issues[0]!.messageVi).toContain('[vĩ độ, kinh độ]');
    const paris = readBoundaryDocument(buildCollection([buildFeature({ code: '01843' }, [2.35, 48.85])]));
    expect(paris.issues[0]!.messageVi).toContain('nằm ngoài Việt Nam');
    expect(paris.issues[0]!.messageVi).toContain('không ở hệ WGS84');
  });

  it('refuses an old-style crs other than WGS84 lon/lat, and accepts CRS84', () => {
    const json = (name: string) => ({ ...buildCollection([buildFeature({ code: '01843' })]), crs: { type: 'name', properties: { name } } });
    expect(readBoundaryDocument(json('urn:ogc:def:crs:EPSG::3405')).issues[0]).toMatchObject({ code: 'crs.not_wgs84', field: 'crs' });
    expect(readBoundaryDocument(json('urn:ogc:def:crs:OGC:1.3:CRS84')).issues).toEqual([]);
    expect(readBoundaryDocument(json('EPSG:4326')).issues).toEqual([]);
  });

  it.each([
    [
      'an open ring',
      {
        type: 'Polygon',
        coordinates: [
          [
            [105, 21],
            [105.1, 21],
            [105.1, 21.1],
            [105, 21.1],
          ],
        ],
      },
      'geometry.ring',
    ],
    [
      'a ring of three positions',
      {
        type: 'Polygon',
        coordinates: [
          [
            [105, 21],
            [105.1, 21],
            [105, 21],
          ],
        ],
      },
      'geometry.ring',
    ],
    [
      'a NaN-like string',
      {
        type: 'Polygon',
        coordinates: [
          [
            [105, 21],
            ['x', 21],
            [105.1, 21.1],
            [105, 21],
          ],
        ],
      },
      'geometry.coordinates',
    ],
    ['no coordinates', { type: 'MultiPolygon' }, 'geometry.coordinates'],
    ['null', null, 'geometry.missing'],
  ])('refuses %s', (_label, geometry, code) => {
    const doc = readBoundaryDocument(buildCollection([{ type: 'Feature', properties: { code: '01843' }, geometry }]));
    expect(doc.issues.map((i) => i.code)).toEqual([code]);
    expect(doc.features).toEqual([]);
  });

  it('refuses what is not a FeatureCollection or Topology', () => {
    expect(readBoundaryDocument({ type: 'Polygon', coordinates: [] }).issues[0]).toMatchObject({ code: 'document.type' });
    expect(readBoundaryDocument([1, 2]).issues[0]).toMatchObject({ code: 'document.type' });
    expect(readBoundaryDocument({ type: 'FeatureCollection', features: [] }).issues[0]).toMatchObject({ code: 'document.empty' });
    expect(readBoundaryDocument({ type: 'Topology', objects: {} }).issues[0]).toMatchObject({ code: 'topology.invalid' });
  });
});
