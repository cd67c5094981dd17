/**
 * The register as a units file sees it, what the file would change (the diff shown by `units diff`),
 * and the writes that apply it (the plan run by `units import`).
 */
import type { AttributeValue, UnitAttributeKey } from '../units/unit-attributes.ts';
import type { UnitLevel } from '../units/unit-types.ts';
import type { FileIssue, UnitsFileKind } from './units-file-types.ts';

/** One stored version of a unit. */
export interface RegisterUnit {
  id: number;
  code: string;
  level: UnitLevel;
  typeCode: string;
  name: string;
  fullName: string;
  parentCode: string | null;
  validFrom: string | null;
  validTo: string | null;
}

export interface RegisterAttribute {
  unitId: number;
  attribute: string;
  value: unknown;
  validFrom: string;
  validTo: string | null;
}

/** What the diff needs from the database, read on (or, for predecessors, the day before) the effective date. */
export interface RegisterSnapshot {
  /** Versions in force in the file's scope: under its provinces (catalogue) or in its communes (villages); none for attributes. */
  inScope: RegisterUnit[];
  /** Villages of the scope communes whose versions start after the effective date (matched, then refused). */
  laterInScope: RegisterUnit[];
  /** Versions in force of every code the file names: its units, their parents (for attributes: every ancestor), predecessors, village codes. */
  byCode: RegisterUnit[];
  /** Versions in force the day before the effective date of the codes named as predecessors. */
  predecessors: RegisterUnit[];
  /** Versions starting after the effective date, of the codes above. */
  laterVersions: Array<{ code: string; validFrom: string }>;
  /** Attribute rows of the versions above that are in force on, or start after, the effective date. */
  attributes: RegisterAttribute[];
  /** Existing lineage edges into the versions above. */
  lineage: Array<{ fromId: number; toId: number }>;
  /** Highest sequence of assigned village codes (01840-007 → 7) per commune, over all history. */
  maxVillageSeq: Map<string, number>;
}

export type UnitChangeKind = 'added' | 'renamed' | 'retyped' | 'reparented' | 'ended' | 'attributes';

export interface UnitState {
  typeCode: string;
  name: string;
  fullName: string;
  parentCode: string | null;
  validFrom: string | null;
  validTo: string | null;
  /** Attribute values changed (before: the value in force, null when none), keyed as in the catalogue. */
  attributes?: Partial<Record<UnitAttributeKey, AttributeValue | null>>;
}

export interface UnitChange {
  /** The main change: added, ended, else the first of reparented, retyped, renamed, attributes. */
  change: UnitChangeKind;
  /** Every change to this unit (a unit can be renamed and retyped at once). */
  kinds: UnitChangeKind[];
  code: string;
  level: UnitLevel;
  before?: UnitState;
  after?: UnitState;
  /** 1-based row of the file that states the unit (for ended units: the row that brings its scope in). */
  row?: number;
  /** Units this one replaces (from the file's "Mã đơn vị cũ" column). */
  predecessors?: string[];
  /** Units that replace this ended one. */
  successors?: string[];
}

export interface UnitsDiffCounts {
  added: number;
  renamed: number;
  retyped: number;
  reparented: number;
  ended: number;
  /** Units whose only change is attribute values (population, households, area, ĐBKK, region…). */
  attributes: number;
  unchanged: number;
}

export interface LineageChange {
  from: string;
  to: string;
  coverage: 'full' | 'partial';
}

export interface UnitsDiff {
  kind: UnitsFileKind;
  effectiveDate: string;
  file: {
    name: string;
    sha256: string;
    format: 'csv' | 'xlsx';
    sheet?: string;
    /** How a CSV's bytes were read: utf-8, or a legacy Vietnamese encoding converted to Unicode. */
    textEncoding?: string;
    /** Columns typed in a legacy font (TCVN3, VNI) and converted to Unicode. */
    convertedColumns?: Array<{ sheet: string; column: number; encoding: 'tcvn3' | 'vni' }>;
  };
  /** Province codes (catalogue), commune codes (villages) or unit codes (attributes) the file speaks for. */
  scope: string[];
  counts: UnitsDiffCounts;
  changes: UnitChange[];
  /** Lineage edges (old → new) that applying the file adds. */
  lineage: LineageChange[];
  /** False when the register already says what the file says. */
  hasChanges: boolean;
  /** Every problem found; nothing is written while there is one. */
  errors: FileIssue[];
}

/** The unit a plan step writes to: an existing version, or the new version of a code. */
export type UnitRef = { id: number } | { newCode: string };

export interface NewUnitVersion {
  code: string;
  level: UnitLevel;
  typeCode: string;
  name: string;
  fullName: string;
  parentCode: string | null;
  searchText: string;
  codeListId: string;
}

/** The JSON written to audit_event.before / after. */
export interface AuditUnitState extends UnitState {
  code: string;
  level: UnitLevel;
  predecessors?: string[];
}

export interface UnitsImportPlan {
  /** Versions to close on the day before the effective date (changed and ended units). */
  closeVersionIds: number[];
  newVersions: NewUnitVersion[];
  /** Versions that start on the effective date itself: corrected in place, not closed. */
  inPlace: Array<Omit<NewUnitVersion, 'code' | 'level' | 'codeListId'> & { id: number }>;
  /** Attributes of a closed version carried to the code's new version. */
  carryAttributes: Array<{ fromId: number; toCode: string }>;
  /** Ended versions whose open attributes are closed with them. */
  endedIds: number[];
  /**
   * Values from the file, set from the effective date (closing the previous value) until `validTo`: the
   * last day of the unit version they belong to (null: open), so a value never outlives its version.
   */
  attributes: Array<{ unit: UnitRef; attribute: UnitAttributeKey; value: AttributeValue; validTo?: string | null }>;
  lineage: Array<{ fromId: number; to: UnitRef; coverage: 'full' | 'partial' }>;
  audit: Array<{ code: string; before: AuditUnitState | null; after: AuditUnitState | null }>;
}
