/**
 * Postal service at the commune (sub-criterion 8.1) and the province's postal statistics.
 *
 * Several points per commune: R-441-8.1 / R-1127-8.1 ask for at least one point meeting every
 * condition of QĐ 441/QĐ-BTTTT art. 3, so the commune reports the number of points and the conditions
 * of one assessed point — its best one, normally the Bưu điện – Văn hóa xã. Every condition describes
 * that same point, so conditions of two points cannot be mixed into a pass (TC-06 reports point B).
 */
import type { Confidence, IndicatorDef } from '../indicator-types.ts';
import { COUNT, FLAG, MONTHLY_FLOW, UNIT, YEARLY_STOCK } from './measures.ts';

const ART_3 = 'QĐ 441/QĐ-BTTTT (28/03/2017), điều 3; QĐ 1127/QĐ-BTTTT (2022), tiêu chí 8.1';
const RULES_8_1 = ['R-441-8.1', 'R-1127-8.1'];
const ADVANCED = 'QĐ 318/QĐ-TTg Phụ lục II và QĐ 1127/QĐ-BTTTT: xã NTM nâng cao, tiêu chí 8.1 (regulations.md §2.4)';
const OLD_SET = 'QĐ 463/QĐ-BTTTT (22/03/2012), điều 4–5, như các Sở TT&TT đã áp dụng (regulations.md §2.1)';
const ASSESSED = { vi: 'Khai cho điểm được đánh giá (điểm tốt nhất của xã)', en: 'Reported for the assessed point (the commune’s best point)' };

/** A yes/no condition of the assessed point; it needs a point to exist. */
function pointCondition(code: string, vi: string, en: string, shortVi: string, basis: string, rules: readonly string[], confidence: Confidence): IndicatorDef {
  return {
    code: `commune.${code}`,
    area: 'postal',
    name: { vi, en },
    shortVi,
    unit: UNIT.communes,
    ...FLAG,
    levels: ['commune'],
    ...YEARLY_STOCK,
    source: { basis, rules },
    confidence,
    crossChecks: [
      {
        id: `commune.${code}.needs_point`,
        op: 'implies',
        other: 'commune.postal_points',
        vi: `"${shortVi}" được khai nhưng xã không có điểm phục vụ bưu chính`,
        en: `"${en}" is reported but the commune has no postal service point`,
      },
    ],
    note: ASSESSED,
  };
}

/** A measured condition of the assessed point (hours, weights); `max` guards against typos, it is no legal limit. */
function pointMeasure(code: string, vi: string, en: string, shortVi: string, unit: IndicatorDef['unit'], max: number): IndicatorDef {
  return {
    code: `commune.${code}`,
    area: 'postal',
    name: { vi, en },
    shortVi,
    unit,
    valueType: 'number',
    levels: ['commune'],
    ...YEARLY_STOCK,
    aggregation: { kind: 'latest' },
    decimals: 1,
    range: { min: 0, max },
    source: { basis: ART_3, rules: RULES_8_1 },
    confidence: 'XN',
    note: ASSESSED,
  };
}

/** Commune postal points and their conditions; province postal revenue and dossiers sent by post. */
export const POSTAL_INDICATORS: readonly IndicatorDef[] = [
  {
    code: 'commune.postal_points',
    area: 'postal',
    name: { vi: 'Số điểm phục vụ bưu chính trên địa bàn xã', en: 'Postal service points in the commune' },
    shortVi: 'Điểm phục vụ BC',
    unit: UNIT.points,
    ...COUNT,
    levels: ['commune'],
    ...YEARLY_STOCK,
    disaggregations: [{ dimension: 'operator', values: ['vietnam_post', 'viettel_post', 'other'], total: 'sum' }],
    source: { basis: `${ART_3} (≥ 1 điểm); TT 03/2022/TT-BTTTT, chỉ tiêu số lượng điểm phục vụ bưu chính (§4.3)`, rules: RULES_8_1 },
    confidence: 'XN',
    note: { vi: 'Hộp thư công cộng không phải điểm phục vụ (R-441-8.1)', en: 'A public letter box is not a service point (R-441-8.1)' },
  },
  {
    code: 'commune.postal_point_type',
    area: 'postal',
    name: { vi: 'Loại điểm phục vụ bưu chính được đánh giá', en: 'Type of the assessed postal service point' },
    shortVi: 'Loại điểm BC',
    unit: { vi: 'loại', en: 'type' },
    valueType: 'enum',
    options: [
      { value: 'bdvhx', vi: 'Bưu điện – Văn hóa xã', en: 'Commune post and cultural point' },
      { value: 'post_office', vi: 'Bưu cục', en: 'Post office' },
      { value: 'agent', vi: 'Đại lý, điểm giao dịch của doanh nghiệp bưu chính', en: 'Postal agent or transaction point' },
    ],
    levels: ['commune'],
    ...YEARLY_STOCK,
    aggregation: { kind: 'none' },
    decimals: 0,
    source: { basis: 'TT 03/2022/TT-BTTTT: điểm Bưu điện – Văn hóa xã (regulations.md §4.3, §4.4)' },
    confidence: 'XN',
    note: ASSESSED,
  },
  pointMeasure('postal_point_hours', 'Thời gian mở cửa phục vụ mỗi ngày làm việc', 'Opening hours per working day', 'Giờ mở cửa', UNIT.hoursPerDay, 24),
  pointMeasure(
    'postal_point_max_letter_kg',
    'Khối lượng tối đa của thư có địa chỉ nhận gửi',
    'Heaviest addressed letter accepted',
    'Thư tối đa (kg)',
    UNIT.kg,
    100,
  ),
  pointMeasure(
    'postal_point_max_parcel_kg',
    'Khối lượng tối đa của gói, kiện hàng hóa nhận gửi',
    'Heaviest goods parcel accepted',
    'Bưu kiện tối đa (kg)',
    UNIT.kg,
    100,
  ),
  pointCondition(
    'postal_point_premises_fit',
    'Mặt bằng, trang thiết bị phù hợp với hình thức tổ chức và nhu cầu',
    'Premises and equipment fit for purpose',
    'Mặt bằng, thiết bị',
    ART_3,
    RULES_8_1,
    'XN',
  ),
  pointCondition('postal_point_name_sign', 'Có biển tên điểm phục vụ', 'Name sign displayed', 'Biển tên', ART_3, RULES_8_1, 'XN'),
  pointCondition('postal_point_posted_hours', 'Niêm yết giờ mở cửa', 'Opening hours posted', 'Niêm yết giờ', ART_3, RULES_8_1, 'XN'),
  pointCondition(
    'postal_point_posted_services',
    'Niêm yết danh mục dịch vụ bưu chính cung ứng',
    'List of postal services posted',
    'Niêm yết dịch vụ',
    ART_3,
    RULES_8_1,
    'XN',
  ),
  pointCondition(
    'postal_point_citizen_computer',
    'Có máy tính kết nối Internet phục vụ người dân',
    'Internet-connected computer for citizens',
    'Máy tính cho dân',
    ADVANCED,
    ['R-NC-8.1'],
    'TH',
  ),
  pointCondition('postal_point_scanner', 'Có máy quét số hóa hồ sơ', 'Scanner for digitising dossiers', 'Máy quét', ADVANCED, ['R-NC-8.1'], 'TH'),
  pointCondition(
    'postal_point_trained_staff',
    'Nhân viên được tập huấn hướng dẫn dịch vụ công trực tuyến',
    'Staff trained to guide online public services',
    'Nhân viên tập huấn',
    ADVANCED,
    ['R-NC-8.1'],
    'TH',
  ),
  {
    code: 'commune.public_letter_box',
    area: 'postal',
    name: { vi: 'Có hộp thư công cộng tại xã', en: 'Public letter box in the commune' },
    shortVi: 'Hộp thư công cộng',
    unit: UNIT.communes,
    ...FLAG,
    levels: ['commune'],
    ...YEARLY_STOCK,
    source: { basis: OLD_SET, rules: ['R-463-8.1'] },
    confidence: 'TH',
  },
  {
    code: 'commune.mail_collected_delivered_daily',
    area: 'postal',
    name: { vi: 'Thu gom và phát thư mỗi ngày làm việc', en: 'Mail collected and delivered every working day' },
    shortVi: 'Thu, phát hằng ngày',
    unit: UNIT.communes,
    ...FLAG,
    levels: ['commune'],
    ...YEARLY_STOCK,
    source: { basis: OLD_SET, rules: ['R-463-8.1'] },
    confidence: 'TH',
  },
  {
    code: 'province.postal_revenue',
    area: 'postal',
    name: { vi: 'Doanh thu dịch vụ bưu chính', en: 'Postal service revenue' },
    shortVi: 'Doanh thu BC',
    unit: UNIT.billionVnd,
    valueType: 'number',
    levels: ['province'],
    ...MONTHLY_FLOW,
    aggregation: { kind: 'sum' },
    decimals: 3,
    range: { min: 0 },
    disaggregations: [{ dimension: 'operator', values: ['vietnam_post', 'viettel_post', 'other'], total: 'sum' }],
    source: { basis: 'TT 03/2022/TT-BTTTT, chỉ tiêu bưu chính: tổng doanh thu của doanh nghiệp bưu chính (regulations.md §4.3)' },
    confidence: 'XN',
  },
  {
    code: 'province.postal_admin_dossiers',
    area: 'postal',
    name: {
      vi: 'Số hồ sơ TTHC tiếp nhận, trả kết quả qua dịch vụ bưu chính công ích',
      en: 'Administrative dossiers received or returned by public postal service',
    },
    shortVi: 'Hồ sơ TTHC qua BCCI',
    unit: UNIT.dossiers,
    ...COUNT,
    levels: ['province'],
    ...MONTHLY_FLOW,
    source: { basis: 'TT 03/2022/TT-BTTTT, chỉ tiêu bưu chính (regulations.md §4.3)' },
    confidence: 'XN',
  },
];
