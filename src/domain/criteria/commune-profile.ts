/**
 * What a commune's type and attributes decide before any value is read: whether NTM criteria apply
 * (R-AGG-1: xã only), the regional column it is judged by (R-REGION-318) and its 2026–2030 commune
 * group (R-51-GROUP).
 */
import type { Bilingual } from '../indicators/indicator-types.ts';
import { findUnitAttribute } from '../units/unit-attributes.ts';
import type { CommuneProfile, ParamContext, ParamValue, Scope } from './criteria-types.ts';

/** NTM criteria are set for xã (and special zones counted as xã); wards and towns are outside (R-AGG-1). */
export function scopeOfType(typeCode: string): Scope {
  if (typeCode === 'commune' || typeCode === 'special_zone') return 'in_scope';
  if (typeCode === 'ward') return 'ward';
  if (typeCode === 'commune_level_town') return 'town';
  return 'not_commune';
}

const regionName = (value: string | null): Bilingual => {
  const attribute = findUnitAttribute('ntm_region');
  const option = attribute?.spec.type === 'enum' ? attribute.spec.options.find((o) => o.value === value) : undefined;
  return option
    ? { vi: option.vi, en: option.en }
    : { vi: 'chưa ghi nhận (chỉ tiêu TT&TT là "Đạt" ở mọi vùng)', en: 'not recorded (the ICT targets are "met" in every region)' };
};

/** R-REGION-318: ĐBKK communes use the TDMN phía Bắc column; others their own region's. */
export function regionColumn(profile: CommuneProfile): { geographic: string | null; applied: string | null; reason: Bilingual } {
  const geographic = profile.region ?? null;
  if (profile.isDbkk) {
    const region = regionName(geographic);
    return {
      geographic,
      applied: 'tdmn_phia_bac',
      reason: {
        vi: `Xã ĐBKK: đánh giá theo cột vùng Trung du và miền núi phía Bắc (vùng địa lý: ${region.vi}) — R-REGION-318`,
        en: `Especially disadvantaged commune: judged by the Northern Midlands and Mountains column (region: ${region.en}) — R-REGION-318`,
      },
    };
  }
  const region = regionName(geographic);
  return { geographic, applied: geographic, reason: { vi: `Cột vùng: ${region.vi}`, en: `Regional column: ${region.en}` } };
}

/** R-51-GROUP: group 1 (urban-oriented, or agriculture < 10%), group 3 (khu vực II/III of DTTS&MN), else 2. */
export function commune2026Group(profile: CommuneProfile, tieBreak: ParamValue): { group: 1 | 2 | 3 | null; reason: Bilingual } {
  if (profile.group2026 === 1 || profile.group2026 === 2 || profile.group2026 === 3) {
    return { group: profile.group2026, reason: { vi: `Nhóm ${profile.group2026} theo xếp nhóm đã ghi nhận`, en: `Group ${profile.group2026} as recorded` } };
  }
  const isGroup3 = profile.dttsArea === '2' || profile.dttsArea === '3';
  const isGroup1 = (profile.agricultureShare !== undefined && profile.agricultureShare < 10) || profile.urbanOriented === true;
  const why1: string[] = [];
  const why1En: string[] = [];
  if (profile.agricultureShare !== undefined && profile.agricultureShare < 10) {
    why1.push(`nông nghiệp chiếm ${String(profile.agricultureShare).replace('.', ',')}% (< 10%)`);
    why1En.push(`agriculture is ${profile.agricultureShare}% (< 10%)`);
  }
  if (profile.urbanOriented) {
    why1.push('định hướng lên đô thị');
    why1En.push('oriented to become urban');
  }
  const why3 = {
    vi: `khu vực ${profile.dttsArea === '3' ? 'III' : 'II'} vùng DTTS&MN`,
    en: `khu vực ${profile.dttsArea === '3' ? 'III' : 'II'} of the ethnic-minority and mountain areas`,
  };
  if (isGroup1 && isGroup3) {
    const group = tieBreak === 1 ? 1 : 3;
    return {
      group,
      reason: {
        vi: `Thỏa cả nhóm 1 (${why1.join(', ')}) và nhóm 3 (${why3.vi}); theo tham số group2026.tieBreak: nhóm ${group}`,
        en: `Meets group 1 (${why1En.join(', ')}) and group 3 (${why3.en}); by parameter group2026.tieBreak: group ${group}`,
      },
    };
  }
  if (isGroup3) return { group: 3, reason: { vi: `Nhóm 3: ${why3.vi} (R-51-GROUP)`, en: `Group 3: ${why3.en} (R-51-GROUP)` } };
  if (isGroup1) return { group: 1, reason: { vi: `Nhóm 1: ${why1.join(', ')} (R-51-GROUP)`, en: `Group 1: ${why1En.join(', ')} (R-51-GROUP)` } };
  const unknown: string[] = [];
  if (profile.dttsArea === undefined) unknown.push('khu vực DTTS&MN');
  if (profile.agricultureShare === undefined && profile.urbanOriented === undefined) unknown.push('tỷ trọng nông nghiệp, định hướng đô thị');
  if (unknown.length > 0) {
    return {
      group: null,
      reason: {
        vi: `Chưa xếp được nhóm: thiếu ${unknown.join('; ')}`,
        en: `Group not determined: missing ${unknown.length === 2 ? 'the DTTS&MN area and the economy profile' : unknown[0] === 'khu vực DTTS&MN' ? 'the DTTS&MN area' : 'the economy profile'}`,
      },
    };
  }
  return { group: 2, reason: { vi: 'Nhóm 2: không thuộc nhóm 1 hay nhóm 3 (R-51-GROUP)', en: 'Group 2: neither group 1 nor group 3 (R-51-GROUP)' } };
}

/** The contexts parameter values can depend on. */
export function paramContexts(profile: CommuneProfile, appliedRegion: string | null, group: number | null): ParamContext[] {
  const contexts: ParamContext[] = [];
  if (profile.isIsland) contexts.push('island');
  if (profile.dttsArea === '1' || profile.dttsArea === '2' || profile.dttsArea === '3') contexts.push('dtts_mn');
  if (appliedRegion) contexts.push(`region:${appliedRegion}`);
  if (group === 1 || group === 2 || group === 3) contexts.push(`group:${group}`);
  return contexts;
}
