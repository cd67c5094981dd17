/** How unit versions are shown in a diff and in audit events, and the derived columns of new versions. */
import { foldVietnamese } from '../text/fold.ts';
import { TWO_TIER_START, type UnitLevel } from '../units/unit-types.ts';
import type { AuditUnitState, RegisterUnit, UnitState } from './units-diff-types.ts';
import type { FileUnit } from './units-file-types.ts';

/** Code list of a new version: LOCAL for villages, else the GSO list in force on the date. */
export function codeListFor(level: UnitLevel, effectiveDate: string): string {
  if (level === 'village') return 'LOCAL';
  return effectiveDate >= TWO_TIER_START ? 'QD-19-2025' : 'QD-124-2004';
}

/** Diacritic-free text searched by `units search`: name, full name and code. */
export function buildSearchText(name: string, fullName: string, code: string): string {
  return foldVietnamese(`${name} ${fullName} ${code}`);
}

/** A version (stored or stated by the file) as shown in a diff, with the validity given. */
export function stateOf(u: RegisterUnit | FileUnit, validFrom: string | null, validTo: string | null): UnitState {
  return { typeCode: u.typeCode, name: u.name, fullName: u.fullName, parentCode: u.parentCode, validFrom, validTo };
}

/** A unit state as written to audit_event.before / after. */
export function auditOf(code: string, level: UnitLevel, state: UnitState): AuditUnitState {
  return { code, level, ...state };
}
