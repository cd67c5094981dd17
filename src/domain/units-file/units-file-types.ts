/**
 * What a units file says once read: its rows, the units it states, and the problems found in it.
 * A file is the GSO catalogue ("Danh mục đơn vị hành chính"), a village list (thôn, tổ dân phố) or a
 * table of unit attributes (dân số, diện tích, ĐBKK, vùng NTM… of units named by code).
 */
import type { AttributeValue, UnitAttributeKey } from '../units/unit-attributes.ts';
import type { UnitLevel } from '../units/unit-types.ts';

export type UnitsFileKind = 'catalogue' | 'villages' | 'attributes';

/** Every kind, for input checks and the choices of the CLI and HTTP adapters. */
export const UNITS_FILE_KINDS: readonly UnitsFileKind[] = ['catalogue', 'villages', 'attributes'];

/** One row of a sheet or CSV file: its 1-based row number in the file and its cells as text. */
export interface SheetRow {
  row: number;
  cells: string[];
}

/** A sheet of an XLSX workbook, or the one table of a CSV file. */
export interface Sheet {
  name: string;
  rows: SheetRow[];
}

/**
 * A problem in a file or in what it would do to the register. Has the shape of the services'
 * ErrorDetail (row, field, value, message) plus a stable code and the Vietnamese message.
 */
export interface FileIssue {
  /** 1-based row in the file. */
  row?: number;
  /** The column as headed in the file ("Mã PX"), or the column's canonical name when it is missing. */
  field?: string;
  value?: string;
  code: string;
  message: string;
  messageVi: string;
}

/** Effective-dated facts a village list can carry (stored in unit_attribute; defined in the attribute catalogue). */
export type VillageAttribute = Extract<UnitAttributeKey, 'population' | 'households'>;

/** A unit as a file states it, with a code (given or assigned). */
export interface FileUnit {
  code: string;
  level: UnitLevel;
  typeCode: string;
  /** Bare name ("Bắc Kạn"), NFC, single spaces. */
  name: string;
  /** Name with its type word ("Tỉnh Bắc Kạn"). */
  fullName: string;
  parentCode: string | null;
  /** The first row of the file that states this unit. */
  row: number;
  /** Column labels, for issues about this unit. */
  fields: { code: string; name: string; parent?: string; predecessors?: string };
  attributes: Partial<Record<VillageAttribute, number>>;
  /** Codes of the units this one replaces in whole or in part (column "Mã đơn vị cũ"). */
  predecessors: string[];
}

/** Where a scope unit (province of a catalogue, commune of a village list) first appears in the file. */
export interface ScopeEntry {
  code: string;
  row: number;
  field: string;
}

/** A row of a village list before it is matched against the register. */
export interface VillageRow {
  row: number;
  communeCode: string;
  communeName?: string;
  /** Given in the file ("Mã thôn"); assigned when absent. */
  code?: string;
  typeCode: string;
  name: string;
  fullName: string;
  attributes: Partial<Record<VillageAttribute, number>>;
  predecessors: string[];
  fields: { communeCode: string; communeName?: string; code?: string; name: string; predecessors?: string };
}

/** A catalogue file read into units: provinces, districts (pre-2025 files) and communes. */
export interface CatalogueFile {
  kind: 'catalogue';
  hasDistricts: boolean;
  units: FileUnit[];
  scope: ScopeEntry[];
}

/** A village list read into rows; codes are matched and assigned against the register later. */
export interface VillageFile {
  kind: 'villages';
  rows: VillageRow[];
  scope: ScopeEntry[];
}

/** A code cell of an attributes file other than the row's unit: it must name the unit or one of its parents. */
export interface AttributeRowCode {
  code: string;
  level: UnitLevel;
  field: string;
}

/** A name cell of an attributes file; `level` undefined names the row's unit, else its parent of that level. */
export interface AttributeRowName {
  text: string;
  level?: UnitLevel;
  field: string;
}

/** One attribute cell that is not empty (empty means "no change"). */
export interface AttributeCell {
  key: UnitAttributeKey;
  value: AttributeValue;
  /** The cell as written, for messages. */
  raw: string;
  field: string;
}

/** A row of an attributes file: the unit it names and the values it sets from the effective date. */
export interface AttributeRow {
  row: number;
  code: string;
  /** Level of the code column ("Mã xã"); undefined for a generic "Mã đơn vị" (the register tells). */
  level?: UnitLevel;
  codeField: string;
  otherCodes: AttributeRowCode[];
  names: AttributeRowName[];
  values: AttributeCell[];
}

/** A table of unit attributes; units are looked up in the register, never created or ended. */
export interface AttributeFile {
  kind: 'attributes';
  rows: AttributeRow[];
  /** The units the file names, in file order. */
  scope: ScopeEntry[];
}

export type ParsedUnitsFile = CatalogueFile | VillageFile | AttributeFile;
