/** What the units services return; the HTTP API, the CLI and the web UI all use these shapes. */
import type { UnitLevel } from '../../domain/units/unit-types.ts';

/** One version of a unit, as presented. */
export interface UnitView {
  id: number;
  code: string;
  level: UnitLevel;
  typeCode: string;
  /** Vietnamese and English type names ("Xã" / "Commune"). */
  typeVi: string;
  typeEn: string;
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

/** A unit in a list or tree on a date, with how many children it has on that date. */
export interface UnitListItem extends UnitView {
  childCount: number;
}

export interface UnitList {
  at: string;
  total: number;
  items: UnitListItem[];
}

/** An edge of a reorganisation seen from one side: the unit on the other side and how much moved. */
export interface LineageLink {
  unit: UnitView;
  coverage: 'full' | 'partial';
  effectiveDate: string;
  legalBasis: string | null;
}

export interface UnitAttributeView {
  attribute: string;
  value: unknown;
  validFrom: string;
  validTo: string | null;
  source: string;
}

/** Where the chosen version stands against the date asked. */
export type UnitStatus = 'in_force' | 'ended' | 'not_yet';

export interface UnitDetail {
  at: string;
  /** The version in force on `at`, else the last one before it, else the first one after it. */
  unit: UnitView;
  status: UnitStatus;
  /** Every version of this code, oldest first. */
  versions: UnitView[];
  /** Province (and district before 01/07/2025) above the unit, top first, on the version's date. */
  ancestors: UnitView[];
  predecessors: LineageLink[];
  successors: LineageLink[];
  attributes: UnitAttributeView[];
  /** Units one level down in force on the version's date. */
  childCount: number;
}

export interface UnitSearchHit extends UnitView {
  inForce: boolean;
  /** "Xã Ba Bể, Tỉnh Thái Nguyên" — the unit with its ancestors on the date, for display. */
  path: string;
}

export interface UnitSearchResult {
  at: string;
  query: string;
  items: UnitSearchHit[];
}
