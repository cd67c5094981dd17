/**
 * Telecom figures reported by operators through the provincial department: the national indicators of
 * TT 03/2022/TT-BTTTT, Annex II Part I (codes 1303, 1304, 1307, 1314; regulations.md §4.2), and the
 * public telecom point of the 2010 criteria (R-463-8.1).
 */
import type { DisaggregationRef, IndicatorDef } from '../indicator-types.ts';
import { COUNT, FLAG, MONTHLY_FLOW, MONTHLY_STOCK, UNIT, YEARLY_STOCK } from './measures.ts';

const TT03 = 'TT 03/2022/TT-BTTTT, Phụ lục II phần I';
const MOBILE: DisaggregationRef = { dimension: 'operator', values: ['vnpt', 'viettel', 'mobifone', 'vietnamobile', 'other'], total: 'sum' };
const FIXED: DisaggregationRef = { dimension: 'operator', values: ['vnpt', 'viettel', 'fpt', 'other'], total: 'sum' };

/** Subscriptions are counted at the report date (a stock) and summed across units and operators. */
function subscriptions(code: string, vi: string, en: string, shortVi: string, nationalCode: string, byOperator: DisaggregationRef): IndicatorDef {
  return {
    code: `province.${code}`,
    area: 'telecom',
    name: { vi, en },
    shortVi,
    unit: UNIT.subscriptions,
    ...COUNT,
    levels: ['province'],
    ...MONTHLY_STOCK,
    disaggregations: [byOperator],
    source: { basis: `${TT03}, chỉ tiêu ${nationalCode}`, nationalCode },
    confidence: 'XN',
  };
}

/** Operator-reported telecom indicators and the commune's public telecom point. */
export const TELECOM_INDICATORS: readonly IndicatorDef[] = [
  {
    code: 'commune.public_telecom_point',
    area: 'telecom',
    name: { vi: 'Có điểm phục vụ viễn thông, Internet công cộng', en: 'Public telecom and Internet service point' },
    shortVi: 'Điểm VT công cộng',
    unit: UNIT.communes,
    ...FLAG,
    levels: ['commune'],
    ...YEARLY_STOCK,
    source: { basis: 'QĐ 463/QĐ-BTTTT (22/03/2012), điều 5, như các Sở TT&TT đã áp dụng (regulations.md §2.1)', rules: ['R-463-8.1'] },
    confidence: 'TH',
  },
  {
    code: 'province.telecom_revenue',
    area: 'telecom',
    name: { vi: 'Doanh thu dịch vụ viễn thông', en: 'Telecom service revenue' },
    shortVi: 'Doanh thu VT',
    unit: UNIT.billionVnd,
    valueType: 'number',
    levels: ['province'],
    ...MONTHLY_FLOW,
    aggregation: { kind: 'sum' },
    decimals: 3,
    range: { min: 0 },
    disaggregations: [{ dimension: 'operator', values: ['vnpt', 'viettel', 'mobifone', 'vietnamobile', 'fpt', 'other'], total: 'sum' }],
    source: { basis: `${TT03}, chỉ tiêu 1303`, nationalCode: '1303' },
    confidence: 'XN',
  },
  subscriptions('fixed_telephone_subscriptions', 'Số thuê bao điện thoại cố định', 'Fixed telephone subscriptions', 'TB cố định', '1304', FIXED),
  {
    ...subscriptions('mobile_telephone_subscriptions', 'Số thuê bao điện thoại di động', 'Mobile telephone subscriptions', 'TB di động', '1304', MOBILE),
    note: {
      vi: 'Thuê bao phát sinh thoại, SMS hoặc dữ liệu đang hoạt động hai chiều hoặc khóa một chiều tại thời điểm báo cáo',
      en: 'Subscriptions with voice, SMS or data, two-way active or one-way blocked at the report date',
    },
  },
  subscriptions(
    'fixed_broadband_subscriptions',
    'Số thuê bao truy nhập Internet băng rộng cố định',
    'Fixed broadband subscriptions',
    'TB BR cố định',
    '1307',
    FIXED,
  ),
  subscriptions(
    'mobile_broadband_subscriptions',
    'Số thuê bao truy nhập Internet băng rộng di động',
    'Mobile broadband subscriptions',
    'TB BR di động',
    '1307',
    MOBILE,
  ),
  {
    code: 'province.mobile_population_coverage',
    area: 'telecom',
    name: { vi: 'Tỷ lệ dân số được phủ sóng bởi mạng di động', en: 'Share of population covered by a mobile network' },
    shortVi: 'Tỷ lệ dân số phủ sóng',
    unit: UNIT.percent,
    valueType: 'percent',
    levels: ['province'],
    ...YEARLY_STOCK,
    // Merged provinces (R-HIST-7) combine coverage by population, as SDG 9.c.1 defines it.
    aggregation: { kind: 'weighted_average', weight: { source: 'attribute', key: 'population' } },
    decimals: 2,
    disaggregations: [{ dimension: 'technology', values: ['2g', '3g', '4g', '5g'], total: 'none' }],
    source: { basis: `${TT03}, chỉ tiêu 1314 (cùng khái niệm SDG 9.c.1)`, nationalCode: '1314' },
    confidence: 'XN',
    note: {
      vi: 'Dân số trong vùng có sóng / tổng dân số × 100; mỗi công nghệ là một tỷ lệ riêng, tổng là có sóng bất kỳ công nghệ nào',
      en: 'Population within range of a signal / population × 100; each technology is its own share, the total is any technology',
    },
  },
];
