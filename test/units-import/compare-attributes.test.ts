import { describe, expect, it } from 'vitest';
import { compareAttributes } from '../../src/domain/units-file/compare-attributes.ts';
import type { RegisterAttribute } from '../../src/domain/units-file/units-diff-types.ts';
import type { AttributeCell, AttributeFile, AttributeRow } from '../../src/domain/units-file/units-file-types.ts';
import { buildRegisterUnit, buildSnapshot, buildThaiNguyen } from './build-units.ts';

const { province, ducXuan } = buildThaiNguyen();
const phongQuang = buildRegisterUnit({ code: '01849', level: 'commune', typeCode: 'commune', name: 'Phong Quang', parentCode: '19', id: 1620 });
const oldBacKan = buildRegisterUnit({ code: '06', level: 'province', typeCode: 'province', name: 'Bắc Kạn', validFrom: null, validTo: '2025-06-30', id: 7 });

const cell = (key: AttributeCell['key'], value: AttributeCell['value'], field = key): AttributeCell => ({ key, value, raw: String(value), field });
const row = (code: string, values: AttributeCell[], over: Partial<AttributeRow> = {}): AttributeRow => ({
  row: 2,
  code,
  codeField: 'Mã đơn vị',
  otherCodes: [],
  names: [],
  values,
  ...over,
});
const file = (...rows: AttributeRow[]): AttributeFile => ({
  kind: 'attributes',
  rows,
  scope: rows.map((r) => ({ code: r.code, row: r.row, field: r.codeField })),
});
const stored = (unitId: number, attribute: string, value: unknown, validFrom: string, validTo: string | null = null): RegisterAttribute => ({
  unitId,
  attribute,
  value,
  validFrom,
  validTo,
});

function compare(rows: AttributeRow[], attributes: RegisterAttribute[] = [], effectiveDate = '2026-01-01') {
  return compareAttributes(file(...rows), buildSnapshot({ byCode: [province, ducXuan, phongQuang, oldBacKan], attributes }), effectiveDate);
}

describe('comparing an attributes file with the register', () => {
  it('plans a new value, keeps the same value, and reports before → after', () => {
    const c = compare(
      [row('01849', [cell('area_km2', 136.2), cell('is_dbkk', true)]), row('01840', [cell('area_km2', 12.35)], { row: 3 })],
      [
        stored(phongQuang.id, 'area_km2', 135.1, '2025-07-01'),
        stored(phongQuang.id, 'is_dbkk', true, '2025-07-01'),
        stored(ducXuan.id, 'area_km2', 12.35, '2025-07-01'),
      ],
    );
    expect(c.issues).toEqual([]);
    expect(c.counts).toMatchObject({ attributes: 1, unchanged: 1 });
    expect(c.changes).toEqual([
      expect.objectContaining({
        change: 'attributes',
        kinds: ['attributes'],
        code: '01849',
        row: 2,
        before: expect.objectContaining({ attributes: { area_km2: 135.1 } }),
      }),
    ]);
    expect(c.changes[0]?.after?.attributes).toEqual({ area_km2: 136.2 });
    expect(c.plan.attributes).toEqual([{ unit: { id: phongQuang.id }, attribute: 'area_km2', value: 136.2, validTo: null }]);
    expect(c.plan.audit).toEqual([expect.objectContaining({ code: '01849', before: expect.objectContaining({ attributes: { area_km2: 135.1 } }) })]);
  });

  it('ends a value with its unit version: a later version is another state of the unit', () => {
    const c = compare([row('06', [cell('population', 314_400)])], [], '2024-01-01');
    expect(c.issues).toEqual([]);
    expect(c.plan.attributes).toEqual([{ unit: { id: oldBacKan.id }, attribute: 'population', value: 314_400, validTo: '2025-06-30' }]);
  });

  const refused: Array<{ name: string; rows: AttributeRow[]; attributes?: RegisterAttribute[]; issue: { code: string; field: string; value: string } }> = [
    {
      name: 'a value of the same version starting after the date (history)',
      rows: [row('01849', [cell('area_km2', 136.2)])],
      attributes: [stored(1620, 'area_km2', 140, '2026-06-01')],
      issue: { code: 'history_conflict', field: 'area_km2', value: '01849' },
    },
    { name: 'a unit not in force', rows: [row('01841', [cell('area_km2', 1)])], issue: { code: 'unit_not_in_force', field: 'Mã đơn vị', value: '01841' } },
    {
      name: 'a code of another level than its column says',
      rows: [row('19', [cell('area_km2', 1)], { level: 'commune', codeField: 'Mã xã' })],
      issue: { code: 'unit_not_in_force', field: 'Mã xã', value: '19' },
    },
    {
      name: 'an NTM group on a province',
      rows: [row('19', [cell('ntm2026_group', 2)])],
      issue: { code: 'attribute_not_applicable', field: 'ntm2026_group', value: '2' },
    },
    {
      name: 'an NTM group on a ward',
      rows: [row('01840', [cell('ntm2026_group', 1)])],
      issue: { code: 'attribute_not_applicable', field: 'ntm2026_group', value: '1' },
    },
    { name: 'ĐBKK on a province', rows: [row('19', [cell('is_dbkk', true)])], issue: { code: 'attribute_not_applicable', field: 'is_dbkk', value: 'true' } },
    {
      name: 'a name that is not the unit’s',
      rows: [row('01849', [], { names: [{ text: 'Xã Bằng Thành', field: 'Tên đơn vị' }] })],
      issue: { code: 'name_mismatch', field: 'Tên đơn vị', value: 'Xã Bằng Thành' },
    },
    {
      name: 'a province code that is not the unit’s province',
      rows: [row('01849', [], { otherCodes: [{ code: '06', level: 'province', field: 'Mã tỉnh' }] })],
      issue: { code: 'parent_mismatch', field: 'Mã tỉnh', value: '06' },
    },
  ];
  it.each(refused)('refuses $name', ({ rows, attributes, issue }) => {
    const c = compare(rows, attributes);
    expect(c.issues).toMatchObject([{ ...issue, row: 2 }]);
    expect(c.changes).toEqual([]);
  });

  it('accepts names without diacritics and the parent’s name and code', () => {
    const c = compare([
      row('01849', [cell('ntm2026_group', 2)], {
        names: [
          { text: 'xa phong quang', field: 'Tên đơn vị' },
          { text: 'Thái Nguyên', level: 'province', field: 'Tên tỉnh' },
        ],
        otherCodes: [{ code: '19', level: 'province', field: 'Mã tỉnh' }],
      }),
    ]);
    expect(c.issues).toEqual([]);
    expect(c.counts.attributes).toBe(1);
  });
});
