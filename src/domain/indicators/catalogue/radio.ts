/**
 * Commune radio station (đài truyền thanh xã) and village loudspeaker clusters: the inputs of
 * sub-criterion 8.3 (R-441-8.3, R-1127-8.3, both [CX]: the minimum share of villages is the parameter
 * radio.minVillageShare of the criteria, not of these indicators). Grassroots information is a VHTTDL
 * topic since 01/03/2025 (NĐ 43/2025/NĐ-CP, regulations.md §3.1).
 */
import type { IndicatorDef } from '../indicator-types.ts';
import { COUNT, FLAG, UNIT, YEARLY_STOCK } from './measures.ts';

const CRITERION_8_3 = 'QĐ 441/QĐ-BTTTT (2017) và QĐ 1127/QĐ-BTTTT (2022), tiêu chí 8.3; NĐ 49/2024/NĐ-CP (thông tin cơ sở)';
const RULES_8_3 = ['R-441-8.3', 'R-1127-8.3'];

/** The commune radio station, village loudspeakers and the share of villages they reach. */
export const RADIO_INDICATORS: readonly IndicatorDef[] = [
  {
    code: 'commune.radio_station',
    area: 'radio',
    name: { vi: 'Xã có đài truyền thanh', en: 'Commune radio station exists' },
    shortVi: 'Có đài TT',
    unit: UNIT.communes,
    ...FLAG,
    levels: ['commune'],
    ...YEARLY_STOCK,
    source: { basis: CRITERION_8_3, rules: RULES_8_3 },
    confidence: 'CX',
    note: {
      vi: 'Đài do UBND xã trực tiếp quản lý (nhân lực, thiết bị, kinh phí)',
      en: 'Station run directly by the commune People’s Committee (staff, equipment, budget)',
    },
  },
  {
    code: 'commune.radio_station_operating',
    area: 'radio',
    name: { vi: 'Đài truyền thanh xã đang hoạt động', en: 'Commune radio station operating' },
    shortVi: 'Đài TT hoạt động',
    unit: UNIT.communes,
    ...FLAG,
    levels: ['commune'],
    ...YEARLY_STOCK,
    // A station may run several transmissions at once; any one operating is enough (R-1127-8.3, TC-11).
    disaggregations: [{ dimension: 'transmission', values: ['wired', 'wireless', 'ip'], total: 'any' }],
    source: { basis: CRITERION_8_3, rules: RULES_8_3 },
    confidence: 'CX',
    crossChecks: [
      {
        id: 'commune.radio_station_operating.implies_station',
        op: 'implies',
        other: 'commune.radio_station',
        vi: 'Đài truyền thanh được khai đang hoạt động nhưng xã không có đài',
        en: 'The radio station is reported operating but the commune has none',
      },
    ],
  },
  {
    code: 'village.loudspeaker_working',
    area: 'radio',
    name: { vi: 'Cụm loa của thôn hoạt động thường xuyên', en: 'Village loudspeaker cluster working regularly' },
    shortVi: 'Cụm loa hoạt động',
    unit: UNIT.villages,
    ...FLAG,
    levels: ['village'],
    ...YEARLY_STOCK,
    source: { basis: CRITERION_8_3, rules: RULES_8_3 },
    confidence: 'CX',
  },
  {
    code: 'commune.villages_with_loudspeakers',
    area: 'radio',
    name: { vi: 'Số thôn có cụm loa hoạt động thường xuyên', en: 'Villages with working loudspeakers' },
    shortVi: 'Thôn có loa',
    unit: UNIT.villages,
    ...COUNT,
    levels: ['commune'],
    ...YEARLY_STOCK,
    source: { basis: CRITERION_8_3, rules: RULES_8_3 },
    confidence: 'CX',
    crossChecks: [
      {
        id: 'commune.villages_with_loudspeakers.lte_villages',
        op: 'lte',
        other: 'commune.villages',
        vi: 'Số thôn có loa không vượt quá số thôn của xã',
        en: 'Villages with loudspeakers cannot exceed the villages of the commune',
      },
      {
        // ≥ rather than =: village reports may be incomplete, but cannot count more than the commune says.
        id: 'commune.villages_with_loudspeakers.gte_village_reports',
        op: 'gte',
        other: 'village.loudspeaker_working',
        vi: 'Số thôn có loa của xã ít hơn số thôn báo cáo cụm loa hoạt động',
        en: 'The commune reports fewer villages with loudspeakers than its villages do',
      },
    ],
  },
  {
    code: 'commune.share_villages_loudspeakers',
    area: 'radio',
    name: { vi: 'Tỷ lệ thôn có cụm loa hoạt động thường xuyên', en: 'Share of villages with working loudspeakers' },
    shortVi: 'Tỷ lệ thôn có loa',
    unit: UNIT.percent,
    valueType: 'percent',
    levels: ['commune', 'province'],
    ...YEARLY_STOCK,
    aggregation: { kind: 'ratio_of_sums', numerator: 'commune.villages_with_loudspeakers', denominator: 'commune.villages' },
    decimals: 1,
    source: { basis: CRITERION_8_3, rules: RULES_8_3 },
    confidence: 'CX',
  },
];
