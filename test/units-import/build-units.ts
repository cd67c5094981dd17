/** Builders for the pure diff tests: register versions, snapshots and file units. */
import { buildFullName } from '../../src/domain/units-file/type-words.ts';
import type { RegisterSnapshot, RegisterUnit } from '../../src/domain/units-file/units-diff-types.ts';
import type { FileUnit } from '../../src/domain/units-file/units-file-types.ts';
import type { UnitLevel } from '../../src/domain/units/unit-types.ts';

let nextId = 1000;

/** A stored unit version; the full name is derived from type and name. */
export function buildRegisterUnit(u: {
  code: string;
  level: UnitLevel;
  typeCode: string;
  name: string;
  parentCode?: string | null;
  validFrom?: string | null;
  validTo?: string | null;
  id?: number;
}): RegisterUnit {
  return {
    id: u.id ?? nextId++,
    code: u.code,
    level: u.level,
    typeCode: u.typeCode,
    name: u.name,
    fullName: buildFullName(u.typeCode, u.name),
    parentCode: u.parentCode ?? null,
    validFrom: u.validFrom === undefined ? '2025-07-01' : u.validFrom,
    validTo: u.validTo ?? null,
  };
}

/** A unit as a file states it. */
export function buildFileUnit(
  u: { code: string; level: UnitLevel; typeCode: string; name: string; parentCode?: string | null; row?: number } & Partial<
    Pick<FileUnit, 'attributes' | 'predecessors'>
  >,
): FileUnit {
  return {
    code: u.code,
    level: u.level,
    typeCode: u.typeCode,
    name: u.name,
    fullName: buildFullName(u.typeCode, u.name),
    parentCode: u.parentCode ?? null,
    row: u.row ?? 2,
    fields: { code: 'Mã', name: 'Tên', parent: 'Mã cha', predecessors: 'Mã đơn vị cũ' },
    attributes: u.attributes ?? {},
    predecessors: u.predecessors ?? [],
  };
}

/** A register snapshot; in-scope units also count as named by code. */
export function buildSnapshot(s: Partial<RegisterSnapshot> = {}): RegisterSnapshot {
  const inScope = s.inScope ?? [];
  return {
    inScope,
    laterInScope: s.laterInScope ?? [],
    byCode: [...inScope, ...(s.byCode ?? [])],
    predecessors: s.predecessors ?? [],
    laterVersions: s.laterVersions ?? [],
    attributes: s.attributes ?? [],
    lineage: s.lineage ?? [],
    maxVillageSeq: s.maxVillageSeq ?? new Map(),
  };
}

/** Thái Nguyên (19) with two wards, as from 01/07/2025. */
export function buildThaiNguyen(): { province: RegisterUnit; ducXuan: RegisterUnit; bacKan: RegisterUnit } {
  return {
    province: buildRegisterUnit({ code: '19', level: 'province', typeCode: 'province', name: 'Thái Nguyên', id: 20 }),
    ducXuan: buildRegisterUnit({ code: '01840', level: 'commune', typeCode: 'ward', name: 'Đức Xuân', parentCode: '19', id: 1611 }),
    bacKan: buildRegisterUnit({ code: '01843', level: 'commune', typeCode: 'ward', name: 'Bắc Kạn', parentCode: '19', id: 1613 }),
  };
}
