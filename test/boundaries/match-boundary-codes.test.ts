import { describe, expect, it } from 'vitest';
import type { BoundaryFeature } from '../../src/domain/boundaries/boundary-types.ts';
import { matchBoundaryCodes, type MatchUnit } from '../../src/domain/boundaries/match-boundary-codes.ts';

const units: MatchUnit[] = [
  { id: 1, code: '19', level: 'province', name: 'Thái Nguyên', fullName: 'Tỉnh Thái Nguyên' },
  { id: 2, code: '01843', level: 'commune', name: 'Bắc Kạn', fullName: 'Phường Bắc Kạn' },
  { id: 3, code: '01849', level: 'commune', name: 'Phong Quang', fullName: 'Xã Phong Quang' },
];
const feature = (index: number, code: string, extra: Partial<BoundaryFeature> = {}): BoundaryFeature => ({
  index,
  code,
  geometry: { type: 'Polygon', coordinates: [] },
  bbox: [105, 21, 106, 22],
  vertices: 4,
  ...extra,
});
const options = { level: 'commune' as const, at: '2025-07-01', codeField: 'code' };

describe('matching features to units by code', () => {
  it('matches codes of the level', () => {
    const r = matchBoundaryCodes([feature(1, '01843'), feature(2, '01849')], units, options);
    expect(r.issues).toEqual([]);
    expect(r.matched.map((m) => m.unit.id)).toEqual([2, 3]);
  });

  it('names an unknown code with the date, and suggests the unit of the same name', () => {
    const r = matchBoundaryCodes([feature(4, '99999', { name: 'xa phong quang' }), feature(5, '01846', { rawCode: '1846' })], units, options);
    expect(r.matched).toEqual([]);
    expect(r.issues.map((i) => i.messageVi)).toEqual([
      'Đối tượng 4: mã 99999 không phải đơn vị cấp xã có hiệu lực ngày 01/07/2025 (trường code); có phải Xã Phong Quang (mã 01849)?',
      'Đối tượng 5: mã 01846 (ghi trong tệp: 1846) không phải đơn vị cấp xã có hiệu lực ngày 01/07/2025 (trường code)',
    ]);
    expect(r.issues[0]).toMatchObject({ feature: 4, field: 'code', value: '99999', code: 'code.unknown' });
  });

  it('says when a code belongs to another level', () => {
    const r = matchBoundaryCodes([feature(1, '19')], units, options);
    expect(r.issues.map((i) => [i.code, i.messageVi])).toEqual([
      ['code.level', 'Đối tượng 1: mã 19 là đơn vị cấp tỉnh (Tỉnh Thái Nguyên), không phải cấp xã (trường code)'],
    ]);
  });
});
