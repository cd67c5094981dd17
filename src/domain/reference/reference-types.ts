/**
 * The shape of the reference history that ictmon ships: unit versions, lineage edges and the
 * differences found while reconciling the source packages. Built by a pure function from the
 * packages' contents and loaded into the database by services/reference.
 */
import type { UnitLevel } from '../units/unit-types.ts';

/** Identifies a unit version: its code and the first day it is in force (null: not recorded). */
export interface UnitVersionKey {
  code: string;
  validFrom: string | null;
}

export interface RefUnit extends UnitVersionKey {
  level: UnitLevel;
  typeCode: string;
  name: string;
  fullName: string;
  parentCode: string | null;
  codeList: 'QD-124-2004' | 'QD-19-2025' | 'LOCAL';
  validTo: string | null;
  validFromExact: boolean;
  validToExact: boolean;
  source: string;
}

export interface RefLineage {
  from: UnitVersionKey;
  to: UnitVersionKey;
  coverage: 'full' | 'partial';
  effectiveDate: string;
  legalBasis: string | null;
  source: string;
}

/** A difference or repair found while reconciling sources; kept and shown, never hidden. */
export interface ReferenceDiagnostic {
  code: string;
  message: string;
  unitCode?: string;
}

export interface ReferenceHistory {
  units: RefUnit[];
  lineage: RefLineage[];
  diagnostics: ReferenceDiagnostic[];
}
