/**
 * The shapes of the demo dataset ("dữ liệu minh họa"): the plain snapshot of the register it is built
 * from, the demo villages it adds, and its values keyed by unit version (code and start date) for the
 * service to map to admin_unit ids.
 */
import type { IndicatorValue } from '../indicators/indicator-types.ts';
import type { Series } from '../values/value-types.ts';

/** One version of a province or commune as the register holds it. */
export interface DemoUnitVersion {
  code: string;
  typeCode: string;
  name: string;
  parentCode: string | null;
  validFrom: string | null;
  validTo: string | null;
  validFromExact: boolean;
  validToExact: boolean;
}

/** A commune version with the province it lay in while in force. */
export interface DemoCommuneVersion extends DemoUnitVersion {
  provinceCode: string;
}

/** An old → new edge of the register (R-HIST-2), between version keys. */
export interface DemoLineageEdge {
  from: string;
  to: string;
  effectiveDate: string;
}

/** What the generator reads: the provinces and communes in scope with their lineage. */
export interface DemoSnapshot {
  /** Every version of the province codes in scope (old and new provinces). */
  provinces: readonly DemoUnitVersion[];
  provinceLineage: readonly DemoLineageEdge[];
  /** Communes of the seed provinces before 01/07/2025 and every commune descending from them. */
  communes: readonly DemoCommuneVersion[];
  communeLineage: readonly DemoLineageEdge[];
  /** Per commune code, the highest village sequence used by villages not made by the demo. */
  maxVillageSeq: ReadonlyMap<string, number>;
}

/** One version of a demo village (a new version when it moves to a commune with another code). */
export interface DemoVillageVersion {
  key: string;
  code: string;
  typeCode: string;
  /** The name without its type word ("3"), as the village-list import stores "Bản 3". */
  name: string;
  fullName: string;
  /** The commune code (the parent is resolved by code on the date asked). */
  parentCode: string;
  validFrom: string | null;
  validTo: string | null;
  validFromExact: boolean;
  validToExact: boolean;
}

/** A village through all its versions: the stable unit the values follow (R-HIST-2, R-HIST-4). */
export interface DemoVillageChain {
  /** Code of the first version: the seed of every figure of the village. */
  root: string;
  /** The old province the village lay in first (its profile drives the figures). */
  provinceCode: string;
  /** Code of the commune it was created in (commune remoteness is shared by its villages). */
  rootCommune: string;
  /** True for tổ dân phố / khu phố of wards and towns. */
  isUrban: boolean;
  versions: DemoVillageVersion[];
}

/** The demo villages: versions to write, old → new edges, chains for the figures. */
export interface DemoVillagePlan {
  versions: DemoVillageVersion[];
  lineage: DemoLineageEdge[];
  chains: DemoVillageChain[];
}

/** One generated value, on a unit version named by key (code@validFrom). */
export interface DemoRecord {
  unitKey: string;
  indicatorCode: string;
  period: string;
  breakdown: string;
  series: Series;
  value: IndicatorValue;
}

/** The key of a unit version: its code and start date ("01843@2025-07-01"; "01843@" when not recorded). */
export function versionKey(u: { code: string; validFrom: string | null }): string {
  return `${u.code}@${u.validFrom ?? ''}`;
}

/** True when a version is in force on a date. */
export function isVersionInForce(u: { validFrom: string | null; validTo: string | null }, date: string): boolean {
  return (u.validFrom === null || u.validFrom <= date) && (u.validTo === null || u.validTo >= date);
}

/** True when a version is in force on every day of [from, to]. */
export function coversSpan(u: { validFrom: string | null; validTo: string | null }, from: string, to: string): boolean {
  return (u.validFrom === null || u.validFrom <= from) && (u.validTo === null || u.validTo >= to);
}
