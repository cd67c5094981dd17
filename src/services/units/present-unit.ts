/** Presenters: the only way unit rows leave the services (whitelisted fields, type names added). */
import { findUnitType } from '../../domain/units/unit-types.ts';
import type { UnitRow } from '../../db/queries/units/unit-columns.ts';
import type { UnitView } from './unit-views.ts';

/** Presents one unit version. */
export function presentUnit(row: UnitRow): UnitView {
  const type = findUnitType(row.typeCode);
  return {
    id: row.id,
    code: row.code,
    level: row.level,
    typeCode: row.typeCode,
    typeVi: type?.vi ?? row.typeCode,
    typeEn: type?.en ?? row.typeCode,
    name: row.name,
    fullName: row.fullName,
    parentCode: row.parentCode,
    codeList: row.codeList,
    validFrom: row.validFrom,
    validTo: row.validTo,
    validFromExact: row.validFromExact,
    validToExact: row.validToExact,
    source: row.source,
  };
}
