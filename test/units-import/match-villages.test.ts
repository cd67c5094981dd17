import { describe, expect, it } from 'vitest';
import { matchVillages } from '../../src/domain/units-file/match-villages.ts';
import { buildFullName } from '../../src/domain/units-file/type-words.ts';
import type { RegisterUnit } from '../../src/domain/units-file/units-diff-types.ts';
import type { VillageRow } from '../../src/domain/units-file/units-file-types.ts';
import { buildRegisterUnit, buildSnapshot, buildThaiNguyen } from './build-units.ts';

const { ducXuan } = buildThaiNguyen();
let row = 1;
function village(name: string, typeCode = 'thon', extra: Partial<VillageRow> = {}): VillageRow {
  row++;
  return {
    row,
    communeCode: '01840',
    typeCode,
    name,
    fullName: buildFullName(typeCode, name),
    attributes: {},
    predecessors: [],
    fields: { communeCode: 'Mã xã', communeName: 'Tên xã', code: 'Mã thôn', name: 'Tên thôn' },
    ...extra,
  };
}
const stored = (code: string, name: string, typeCode = 'thon'): RegisterUnit =>
  buildRegisterUnit({ code, level: 'village', typeCode, name, parentCode: '01840', validFrom: '2025-09-01' });

function match(rows: VillageRow[], existing: RegisterUnit[] = [], maxSeq: Array<[string, number]> = []) {
  const snapshot = buildSnapshot({ inScope: existing, byCode: [ducXuan], maxVillageSeq: new Map(maxSeq) });
  const r = matchVillages({ kind: 'villages', rows, scope: [{ code: '01840', row: 2, field: 'Mã xã' }] }, snapshot, '2026-01-01');
  return { codes: r.units.map((u) => `${u.code} ${u.fullName}`), issues: r.issues };
}

describe('matching village rows with the register', () => {
  it('numbers new villages of a commune in file order', () => {
    expect(match([village('Nà Lẻng'), village('Khuổi Cuồng')]).codes).toEqual(['01840-001 Thôn Nà Lẻng', '01840-002 Thôn Khuổi Cuồng']);
  });

  it('keeps the code of a village matched by its folded name, even retyped', () => {
    const r = match([village('Na Leng', 'ban'), village('Mới')], [stored('01840-001', 'Nà Lẻng'), stored('01840-002', 'Khuổi Cuồng')]);
    expect(r.codes).toEqual(['01840-001 Bản Na Leng', '01840-003 Thôn Mới']);
  });

  it('never reuses the sequence of a village that ended', () => {
    expect(match([village('Mới')], [stored('01840-001', 'Nà Lẻng')], [['01840', 7]]).codes).toEqual(['01840-008 Thôn Mới']);
  });

  it('tells apart "Thôn 1" and "Tổ dân phố 1" by their type', () => {
    const existing = [stored('01840-001', '1'), stored('01840-002', '1', 'to_dan_pho')];
    expect(match([village('1', 'to_dan_pho'), village('1')], existing).codes).toEqual(['01840-002 Tổ dân phố 1', '01840-001 Thôn 1']);
  });

  it('asks for a code when a name matches several villages', () => {
    const existing = [stored('01840-001', '1'), stored('01840-002', '1', 'to_dan_pho')];
    expect(match([village('1', 'xom')], existing).issues).toMatchObject([{ code: 'ambiguous_name', field: 'Tên thôn' }]);
  });

  it('reports two rows naming the same village', () => {
    const r = match([village('A'), village('A')]);
    expect(r.issues).toMatchObject([{ code: 'duplicate_name', row: row }]);
  });

  it('matches a village that starts after the date, so the earlier date is refused rather than duplicated', () => {
    const snapshot = buildSnapshot({
      byCode: [ducXuan],
      laterInScope: [
        buildRegisterUnit({ code: '01840-004', level: 'village', typeCode: 'thon', name: 'Nà Lẻng', parentCode: '01840', validFrom: '2026-06-01' }),
      ],
      maxVillageSeq: new Map([['01840', 4]]),
    });
    const r = matchVillages({ kind: 'villages', rows: [village('Nà Lẻng')], scope: [{ code: '01840', row: 2, field: 'Mã xã' }] }, snapshot, '2026-01-01');
    expect(r.units.map((u) => u.code)).toEqual(['01840-004']);
  });

  it('uses the code given in the file', () => {
    expect(match([village('A', 'thon', { code: '01840-T7' })]).codes).toEqual(['01840-T7 Thôn A']);
  });

  it('accepts the commune name with or without its type word and diacritics', () => {
    expect(match([village('A', 'thon', { communeName: 'phuong duc xuan' }), village('B', 'thon', { communeName: 'Đức Xuân' })]).issues).toEqual([]);
  });

  it("reports a commune name that is not the register's", () => {
    expect(match([village('A', 'thon', { communeName: 'Phường Bắc Kạn' })]).issues).toMatchObject([
      { code: 'name_mismatch', field: 'Tên xã', value: 'Phường Bắc Kạn' },
    ]);
  });

  it('reports a commune not in force on the date', () => {
    expect(match([village('A', 'thon', { communeCode: '01841' })]).issues).toMatchObject([{ code: 'parent_not_in_force', field: 'Mã xã', value: '01841' }]);
  });
});
