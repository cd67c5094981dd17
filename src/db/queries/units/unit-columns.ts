/** Column list and date predicate shared by the unit queries (one place, so every query returns UnitRow). */
import type { UnitLevel } from '../../../domain/units/unit-types.ts';

export interface UnitRow {
  id: number;
  code: string;
  level: UnitLevel;
  typeCode: string;
  name: string;
  fullName: string;
  parentCode: string | null;
  codeList: string;
  validFrom: string | null;
  validTo: string | null;
  validFromExact: boolean;
  validToExact: boolean;
  source: string;
}

/** SELECT list producing a UnitRow from admin_unit aliased `alias`. */
export function unitColumns(alias: string): string {
  return `${alias}.id, ${alias}.code, ${alias}.level, ${alias}.type_code as "typeCode", ${alias}.name,
    ${alias}.full_name as "fullName", ${alias}.parent_code as "parentCode", ${alias}.code_list_id as "codeList",
    ${alias}.valid_from as "validFrom", ${alias}.valid_to as "validTo", ${alias}.valid_from_exact as "validFromExact",
    ${alias}.valid_to_exact as "validToExact", ${alias}.source`;
}

/** SQL predicate: the unit version `alias` is in force on the date expression `date`. */
export function inForce(alias: string, date: string): string {
  return `(${alias}.valid_from is null or ${alias}.valid_from <= ${date}) and (${alias}.valid_to is null or ${alias}.valid_to >= ${date})`;
}
