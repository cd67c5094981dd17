import { describe, expect, it } from 'vitest';
import { compareUnits, type CompareInput } from '../../src/domain/units-file/compare-units.ts';
import type { RegisterSnapshot } from '../../src/domain/units-file/units-diff-types.ts';
import type { FileUnit } from '../../src/domain/units-file/units-file-types.ts';
import { buildFileUnit, buildRegisterUnit, buildSnapshot, buildThaiNguyen } from './build-units.ts';

const { province, ducXuan, bacKan } = buildThaiNguyen();
const fileProvince = buildFileUnit({ code: '19', level: 'province', typeCode: 'province', name: 'Thái Nguyên' });
const fileDucXuan = buildFileUnit({ code: '01840', level: 'commune', typeCode: 'ward', name: 'Đức Xuân', parentCode: '19', row: 2 });
const fileBacKan = buildFileUnit({ code: '01843', level: 'commune', typeCode: 'ward', name: 'Bắc Kạn', parentCode: '19', row: 3 });

function compareCatalogue(
  units: FileUnit[],
  snapshot: RegisterSnapshot = buildSnapshot({ inScope: [province, ducXuan, bacKan] }),
  effectiveDate = '2026-01-01',
) {
  const input: CompareInput = { kind: 'catalogue', effectiveDate, units, scope: [{ code: '19', row: 2, field: 'Mã TP' }], snapshot };
  return compareUnits(input);
}

describe('comparing a catalogue with the register', () => {
  it('finds nothing to do when the file says what the register says', () => {
    const c = compareCatalogue([fileProvince, fileDucXuan, fileBacKan]);
    expect(c.issues).toEqual([]);
    expect(c.changes).toEqual([]);
    expect(c.counts).toMatchObject({ added: 0, unchanged: 3 });
  });

  const changed: Array<{ name: string; unit: FileUnit; kinds: string[] }> = [
    { name: 'rename', unit: { ...fileBacKan, name: 'Bắc Cạn', fullName: 'Phường Bắc Cạn' }, kinds: ['renamed'] },
    { name: 'retype', unit: { ...fileBacKan, typeCode: 'commune', fullName: 'Xã Bắc Kạn' }, kinds: ['retyped'] },
    { name: 'rename and retype at once', unit: { ...fileBacKan, typeCode: 'commune', name: 'Bắc Cạn', fullName: 'Xã Bắc Cạn' }, kinds: ['retyped', 'renamed'] },
  ];
  it.each(changed)('$name: closes the old version, opens a new one, links old → new', ({ unit, kinds }) => {
    const c = compareCatalogue([fileProvince, fileDucXuan, unit]);
    expect(c.issues).toEqual([]);
    expect(c.changes).toHaveLength(1);
    expect(c.changes[0]).toMatchObject({
      code: '01843',
      change: kinds[0],
      kinds,
      row: 3,
      before: { fullName: 'Phường Bắc Kạn' },
      after: { fullName: unit.fullName, validFrom: '2026-01-01' },
    });
    expect(c.plan.closeVersionIds).toEqual([bacKan.id]);
    expect(c.plan.newVersions).toMatchObject([{ code: '01843', codeListId: 'QD-19-2025', searchText: expect.stringContaining('01843') }]);
    expect(c.plan.lineage).toEqual([{ fromId: bacKan.id, to: { newCode: '01843' }, coverage: 'full' }]);
    expect(c.plan.carryAttributes).toEqual([{ fromId: bacKan.id, toCode: '01843' }]);
    expect(c.plan.audit).toHaveLength(1);
  });

  it('adds a new code and ends a code of the scope the file leaves out', () => {
    const added = buildFileUnit({ code: '01850', level: 'commune', typeCode: 'commune', name: 'Mới', parentCode: '19', row: 4 });
    const c = compareCatalogue([fileProvince, fileDucXuan, added]);
    expect(c.counts).toMatchObject({ added: 1, ended: 1, unchanged: 2 });
    expect(c.changes.map((x) => `${x.change}:${x.code}:${x.row}`)).toEqual(['ended:01843:2', 'added:01850:4']);
    expect(c.changes[0]?.after?.validTo).toBe('2025-12-31');
    expect(c.plan.endedIds).toEqual([bacKan.id]);
    expect(c.plan.newVersions.map((v) => v.code)).toEqual(['01850']);
  });

  it('uses the code list in force on the effective date', () => {
    const added = buildFileUnit({ code: '01850', level: 'commune', typeCode: 'commune', name: 'Mới', parentCode: '19' });
    expect(compareCatalogue([fileProvince, added], buildSnapshot({ inScope: [province] }), '2025-06-30').plan.newVersions[0]?.codeListId).toBe('QD-124-2004');
    expect(compareCatalogue([fileProvince, added], buildSnapshot({ inScope: [province] }), '2025-07-01').plan.newVersions[0]?.codeListId).toBe('QD-19-2025');
  });

  it('corrects in place a version that starts on the effective date', () => {
    const c = compareCatalogue([fileProvince, fileDucXuan, { ...fileBacKan, name: 'Bắc Cạn', fullName: 'Phường Bắc Cạn' }], undefined, '2025-07-01');
    expect(c.plan.inPlace).toMatchObject([{ id: bacKan.id, name: 'Bắc Cạn' }]);
    expect(c.plan.closeVersionIds).toEqual([]);
    expect(c.plan.lineage).toEqual([]);
  });

  it('moves a unit to another parent', () => {
    const other = buildRegisterUnit({ code: '20', level: 'province', typeCode: 'province', name: 'Lạng Sơn' });
    const moved = { ...fileBacKan, parentCode: '20' };
    const c = compareCatalogue(
      [fileProvince, fileDucXuan, moved, buildFileUnit({ code: '20', level: 'province', typeCode: 'province', name: 'Lạng Sơn' })],
      buildSnapshot({ inScope: [province, ducXuan, bacKan], byCode: [other] }),
    );
    expect(c.changes.map((x) => x.change)).toEqual(['reparented']);
    expect(c.counts.reparented).toBe(1);
  });

  describe('never rewrites history', () => {
    it('refuses a change to a code with a later version', () => {
      const c = compareCatalogue(
        [fileProvince, fileDucXuan, { ...fileBacKan, name: 'Bắc Cạn', fullName: 'Phường Bắc Cạn' }],
        buildSnapshot({ inScope: [province, ducXuan, bacKan], laterVersions: [{ code: '01843', validFrom: '2026-06-01' }] }),
      );
      expect(c.issues).toMatchObject([{ code: 'history_conflict', row: 3, field: 'Mã', value: '01843' }]);
    });

    it('refuses to end again a unit already recorded as ending', () => {
      const ending = { ...bacKan, validTo: '2026-03-31' };
      const c = compareCatalogue([fileProvince, fileDucXuan], buildSnapshot({ inScope: [province, ducXuan, ending] }));
      expect(c.issues).toMatchObject([{ code: 'history_conflict', row: 2, field: 'Mã TP', value: '01843' }]);
    });

    it('refuses to end a unit that starts on the effective date', () => {
      const c = compareCatalogue([fileProvince, fileDucXuan], undefined, '2025-07-01');
      expect(c.issues.map((i) => i.code)).toEqual(['history_conflict']);
    });
  });

  describe('predecessors ("Mã đơn vị cũ")', () => {
    const merged = buildFileUnit({ code: '01840', level: 'commune', typeCode: 'ward', name: 'Đức Xuân', parentCode: '19', predecessors: ['01843'] });
    it('links an ended unit to its successor in whole', () => {
      const c = compareCatalogue([fileProvince, merged], buildSnapshot({ inScope: [province, ducXuan, bacKan], predecessors: [bacKan] }));
      expect(c.issues).toEqual([]);
      expect(c.lineage).toEqual([{ from: '01843', to: '01840', coverage: 'full' }]);
      expect(c.changes.find((x) => x.code === '01843')?.successors).toEqual(['01840']);
      expect(c.plan.lineage).toEqual([{ fromId: bacKan.id, to: { id: ducXuan.id }, coverage: 'full' }]);
    });

    it('links a unit that goes on in part', () => {
      const c = compareCatalogue([fileProvince, merged, fileBacKan], buildSnapshot({ inScope: [province, ducXuan, bacKan], predecessors: [bacKan] }));
      expect(c.lineage).toEqual([{ from: '01843', to: '01840', coverage: 'partial' }]);
    });

    it('adds nothing when the edge is already recorded', () => {
      const c = compareCatalogue(
        [fileProvince, merged, fileBacKan],
        buildSnapshot({ inScope: [province, ducXuan, bacKan], predecessors: [bacKan], lineage: [{ fromId: bacKan.id, toId: ducXuan.id }] }),
      );
      expect(c.lineage).toEqual([]);
      expect(c.plan.audit).toEqual([]);
    });

    it('reports a predecessor that is not in force the day before', () => {
      const c = compareCatalogue([fileProvince, { ...merged, predecessors: ['09999'] }, fileBacKan]);
      expect(c.issues).toMatchObject([{ code: 'unknown_predecessor', field: 'Mã đơn vị cũ', value: '09999' }]);
    });
  });

  describe('village attributes', () => {
    const commune = buildRegisterUnit({ code: '01840', level: 'commune', typeCode: 'ward', name: 'Đức Xuân', parentCode: '19' });
    const village = buildRegisterUnit({ code: '01840-001', level: 'village', typeCode: 'to_dan_pho', name: '1', parentCode: '01840', validFrom: '2025-09-01' });
    const compareVillage = (population: number, attributes: RegisterSnapshot['attributes']) =>
      compareUnits({
        kind: 'villages',
        effectiveDate: '2026-01-01',
        units: [buildFileUnit({ code: '01840-001', level: 'village', typeCode: 'to_dan_pho', name: '1', parentCode: '01840', attributes: { population } })],
        scope: [{ code: '01840', row: 2, field: 'Mã xã' }],
        snapshot: buildSnapshot({ inScope: [village], byCode: [commune], attributes }),
      });
    const row = (value: number, validFrom = '2025-09-01') => ({ unitId: village.id, attribute: 'population', value, validFrom, validTo: null });

    it('is unchanged when the value is the same', () => {
      expect(compareVillage(1234, [row(1234)]).counts).toMatchObject({ unchanged: 1, attributes: 0 });
    });
    it('sets a new value from the effective date', () => {
      const c = compareVillage(1300, [row(1234)]);
      expect(c.counts).toMatchObject({ unchanged: 0, attributes: 1 });
      expect(c.changes[0]).toMatchObject({ change: 'attributes', before: { attributes: { population: 1234 } }, after: { attributes: { population: 1300 } } });
      expect(c.plan.attributes).toEqual([{ unit: { id: village.id }, attribute: 'population', value: 1300 }]);
    });
    it('refuses a value when a later one is recorded', () => {
      expect(compareVillage(1300, [row(1234), row(1400, '2026-06-01')]).issues.map((i) => i.code)).toEqual(['history_conflict']);
    });
  });
});
