import { describe, expect, it } from 'vitest';
import type { UnitsDiff } from '../../src/domain/units-file/units-diff-types.ts';
import { formatUnitsDiffText } from '../../src/services/units-import/format-units-diff.ts';

const base: UnitsDiff = {
  kind: 'villages',
  effectiveDate: '2026-01-01',
  file: { name: 'thon-2026.csv', sha256: 'x', format: 'csv' },
  scope: ['01840', '01843'],
  counts: { added: 1, renamed: 1, retyped: 0, reparented: 0, ended: 1, attributes: 1, unchanged: 3 },
  changes: [
    {
      change: 'attributes',
      kinds: ['attributes'],
      code: '01840-001',
      level: 'village',
      row: 2,
      before: {
        typeCode: 'to_dan_pho',
        name: '1',
        fullName: 'Tổ dân phố 1',
        parentCode: '01840',
        validFrom: '2025-09-01',
        validTo: null,
        attributes: { population: 1234 },
      },
      after: {
        typeCode: 'to_dan_pho',
        name: '1',
        fullName: 'Tổ dân phố 1',
        parentCode: '01840',
        validFrom: '2025-09-01',
        validTo: null,
        attributes: { population: 1250 },
      },
    },
    {
      change: 'added',
      kinds: ['added'],
      code: '01840-004',
      level: 'village',
      row: 5,
      after: {
        typeCode: 'thon',
        name: 'Mới',
        fullName: 'Thôn Mới',
        parentCode: '01840',
        validFrom: '2026-01-01',
        validTo: null,
        attributes: { population: 1500 },
      },
      predecessors: ['01843-003'],
    },
    {
      change: 'renamed',
      kinds: ['renamed'],
      code: '01843-002',
      level: 'village',
      row: 6,
      before: { typeCode: 'ban', name: 'Nà Pài', fullName: 'Bản Nà Pài', parentCode: '01843', validFrom: '2025-09-01', validTo: null },
      after: { typeCode: 'ban', name: 'Nà Pà', fullName: 'Bản Nà Pà', parentCode: '01843', validFrom: '2026-01-01', validTo: null },
    },
    {
      change: 'ended',
      kinds: ['ended'],
      code: '01843-003',
      level: 'village',
      row: 5,
      before: { typeCode: 'thon', name: 'Xuất Tác', fullName: 'Thôn Xuất Tác', parentCode: '01843', validFrom: '2025-09-01', validTo: null },
      after: { typeCode: 'thon', name: 'Xuất Tác', fullName: 'Thôn Xuất Tác', parentCode: '01843', validFrom: '2025-09-01', validTo: '2025-12-31' },
      successors: ['01840-004'],
    },
  ],
  lineage: [{ from: '01843-003', to: '01840-004', coverage: 'full' }],
  hasChanges: true,
  errors: [],
};

describe('formatUnitsDiffText', () => {
  it('writes a Vietnamese summary and one line per change, with dd/mm/yyyy dates', () => {
    expect(formatUnitsDiffText(base, 'vi').split('\n')).toEqual([
      'thon-2026.csv — danh sách thôn, tổ dân phố, hiệu lực từ 01/01/2026',
      'Phạm vi (xã): 01840, 01843',
      'thêm mới 1 · đổi tên 1 · đổi loại 0 · đổi cấp trên 0 · chấm dứt 1 · cập nhật số liệu 1 · không đổi 3',
      '~ 01840-001  Tổ dân phố 1  [cập nhật số liệu]  · Dân số: 1.234 → 1.250  (dòng 2)',
      '+ 01840-004  Thôn Mới (thuộc 01840)  · Dân số: 1.500  ← 01843-003  (dòng 5)',
      '~ 01843-002  Bản Nà Pài → Bản Nà Pà  [đổi tên]  (dòng 6)',
      '- 01843-003  Thôn Xuất Tác — chấm dứt, ngày cuối 31/12/2025  → 01840-004  (dòng 5)',
      'Các phiên bản cũ kết thúc ngày 31/12/2025.',
    ]);
  });

  it('writes English and lists the errors, each with its row and column', () => {
    const text = formatUnitsDiffText(
      {
        ...base,
        changes: [],
        hasChanges: false,
        errors: [
          {
            code: 'bad_number',
            row: 5,
            field: 'Dân số',
            value: 'x',
            message: '"x" is not a whole number',
            messageVi: '"x" không phải số nguyên không âm',
          },
        ],
      },
      'en',
    );
    expect(text).toContain('added 1 · renamed 1 · retyped 0 · moved 0 · ended 1 · new figures 1 · unchanged 3');
    expect(text).toContain('Errors: 1 — nothing is written\n');
    expect(text).toContain('\n  row 5, column "Dân số": "x" is not a whole number');
  });

  it('says when there is nothing to change', () => {
    expect(formatUnitsDiffText({ ...base, changes: [], lineage: [], hasChanges: false }, 'vi')).toContain(
      'Không có gì thay đổi: dữ liệu đã khớp với tệp vào ngày 01/01/2026.',
    );
  });

  it('writes the changes of an attributes file with catalogue labels, Vietnamese numbers and option labels', () => {
    const commune = { typeCode: 'commune', name: 'Phong Quang', fullName: 'Xã Phong Quang', parentCode: '19', validFrom: '2025-07-01', validTo: null };
    const diff: UnitsDiff = {
      ...base,
      kind: 'attributes',
      effectiveDate: '2026-01-01',
      file: { name: 'so-lieu-xa.csv', sha256: 'x', format: 'csv' },
      scope: ['01849', '01864'],
      counts: { added: 0, renamed: 0, retyped: 0, reparented: 0, ended: 0, attributes: 1, unchanged: 1 },
      changes: [
        {
          change: 'attributes',
          kinds: ['attributes'],
          code: '01849',
          level: 'commune',
          row: 3,
          before: { ...commune, attributes: { population: 4512, area_km2: 1463.5, is_dbkk: null, ntm_region: null } },
          after: { ...commune, attributes: { population: 4630, area_km2: 1463.75, is_dbkk: true, ntm_region: 'tdmn_phia_bac' } },
        },
      ],
      lineage: [],
    };
    expect(formatUnitsDiffText(diff, 'vi').split('\n')).toEqual([
      'so-lieu-xa.csv — số liệu đơn vị, hiệu lực từ 01/01/2026',
      'Đơn vị: 01849, 01864',
      'cập nhật số liệu 1 · không đổi 1',
      '~ 01849  Xã Phong Quang  [cập nhật số liệu]  · Dân số: 4.512 → 4.630, Diện tích (km²): 1.463,5 → 1.463,75, Xã đặc biệt khó khăn: – → Có, Vùng (bộ tiêu chí NTM): – → Trung du và miền núi phía Bắc  (dòng 3)',
      'Giá trị cũ kết thúc ngày 31/12/2025.',
    ]);
    expect(formatUnitsDiffText(diff, 'en')).toContain('Population: 4,512 → 4,630, Area (km²): 1,463.5 → 1,463.75, Especially disadvantaged commune: – → Yes');
  });
});
