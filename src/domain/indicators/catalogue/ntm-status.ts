/**
 * Facts of the new-rural programme that the advanced and model commune rules read besides ICT values:
 * smartphone shares (R-1127-8.2-opt, R-NC-SMART, both [CX]) and the conditions of a model commune
 * (QĐ 319/QĐ-TTg, R-319). Provinces take them from their NTM recognition files.
 */
import type { Bilingual, IndicatorDef } from '../indicator-types.ts';
import { COUNT, FLAG, UNIT, YEARLY_STOCK } from './measures.ts';

const SMARTPHONE_8_2 = 'Mô hình tiêu chí 8.2 giai đoạn 2021–2025 của Bộ TT&TT (regulations.md §2.3)';
const ADVANCED = 'QĐ 318/QĐ-TTg Phụ lục II, QĐ 1127/QĐ-BTTTT: xã NTM nâng cao (regulations.md §2.4)';
const QD_319 = 'QĐ 319/QĐ-TTg (08/03/2022): xã nông thôn mới kiểu mẫu giai đoạn 2021–2025 (regulations.md §2.5)';

interface Named {
  code: string;
  vi: string;
  en: string;
  shortVi: string;
}

/** A share defined by its parts (R-AGG-2: recomputed from counts at every level): the part, the whole, the share. */
function shareWithItsCounts(d: {
  part: Named;
  whole: Named;
  share: Named;
  unit: IndicatorDef['unit'];
  source: IndicatorDef['source'];
  check: Bilingual;
}): IndicatorDef[] {
  const count = (n: Named): IndicatorDef => ({
    code: n.code,
    area: 'ntm',
    name: { vi: n.vi, en: n.en },
    shortVi: n.shortVi,
    unit: d.unit,
    ...COUNT,
    levels: ['commune'],
    ...YEARLY_STOCK,
    source: d.source,
    confidence: 'CX',
  });
  return [
    {
      ...count(d.part),
      crossChecks: [
        {
          id: `${d.part.code}.lte_${d.whole.code.split('.')[1]}`,
          op: 'lte',
          other: d.whole.code,
          ...d.check,
        },
      ],
    },
    count(d.whole),
    {
      code: d.share.code,
      area: 'ntm',
      name: { vi: d.share.vi, en: d.share.en },
      shortVi: d.share.shortVi,
      unit: UNIT.percent,
      valueType: 'percent',
      levels: ['commune', 'province'],
      ...YEARLY_STOCK,
      aggregation: { kind: 'ratio_of_sums', numerator: d.part.code, denominator: d.whole.code },
      decimals: 1,
      source: d.source,
      confidence: 'CX',
    },
  ];
}

/** NTM recognition facts and smartphone shares of a commune. */
export const NTM_STATUS_INDICATORS: readonly IndicatorDef[] = [
  ...shareWithItsCounts({
    part: {
      code: 'commune.smartphone_subscriptions',
      vi: 'Số thuê bao điện thoại thông minh trên địa bàn xã',
      en: 'Smartphone subscriptions in the commune',
      shortVi: 'TB smartphone',
    },
    whole: {
      code: 'commune.mobile_subscriptions',
      vi: 'Số thuê bao điện thoại di động trên địa bàn xã',
      en: 'Mobile subscriptions in the commune',
      shortVi: 'TB di động xã',
    },
    share: {
      code: 'commune.smartphone_subscription_share',
      vi: 'Tỷ lệ thuê bao điện thoại thông minh trên tổng số thuê bao di động',
      en: 'Smartphone subscriptions as a share of mobile subscriptions',
      shortVi: 'Tỷ lệ TB smartphone',
    },
    unit: UNIT.subscriptions,
    source: { basis: SMARTPHONE_8_2, rules: ['R-1127-8.2-opt'] },
    check: { vi: 'Số thuê bao điện thoại thông minh không vượt quá số thuê bao di động', en: 'Smartphone subscriptions cannot exceed mobile subscriptions' },
  }),
  ...shareWithItsCounts({
    part: {
      code: 'commune.working_age_with_smartphone',
      vi: 'Số người trong độ tuổi lao động có thuê bao điện thoại thông minh',
      en: 'Working-age people with a smartphone subscription',
      shortVi: 'LĐ có smartphone',
    },
    whole: { code: 'commune.working_age_people', vi: 'Số người trong độ tuổi lao động', en: 'Working-age people', shortVi: 'Người trong tuổi LĐ' },
    share: {
      code: 'commune.working_age_smartphone_share',
      vi: 'Tỷ lệ người trong độ tuổi lao động có thuê bao điện thoại thông minh',
      en: 'Share of working-age people with a smartphone subscription',
      shortVi: 'Tỷ lệ LĐ có smartphone',
    },
    unit: UNIT.people,
    source: { basis: ADVANCED, rules: ['R-NC-SMART'] },
    check: {
      vi: 'Số người có điện thoại thông minh không vượt quá số người trong độ tuổi lao động',
      en: 'People with a smartphone cannot exceed working-age people',
    },
  }),
  {
    code: 'commune.meets_advanced_2021_set',
    area: 'ntm',
    name: { vi: 'Xã đạt chuẩn NTM nâng cao theo bộ tiêu chí 2021–2025', en: 'Commune meets the 2021–2025 advanced NTM set' },
    shortVi: 'Đạt NTM nâng cao 2021–2025',
    unit: UNIT.communes,
    ...FLAG,
    levels: ['commune'],
    ...YEARLY_STOCK,
    source: { basis: QD_319, rules: ['R-319'] },
    confidence: 'XN',
    note: {
      vi: 'Xã công nhận nâng cao theo bộ 2018–2020 mà chưa đánh giá lại theo bộ 2021–2025 khai "Không"',
      en: 'A commune recognised under the 2018–2020 set and not re-assessed against 2021–2025 reports "No"',
    },
  },
  {
    code: 'commune.income_ratio_to_advanced_level',
    area: 'ntm',
    name: { vi: 'Thu nhập bình quân đầu người so với mức xã NTM nâng cao', en: 'Income per head relative to the advanced-commune level' },
    shortVi: 'Thu nhập/mức nâng cao',
    unit: UNIT.percent,
    valueType: 'number',
    levels: ['commune'],
    ...YEARLY_STOCK,
    aggregation: { kind: 'none' },
    decimals: 1,
    range: { min: 0, max: 1000 },
    source: { basis: QD_319, rules: ['R-319'] },
    confidence: 'XN',
    note: { vi: '100 = bằng mức xã NTM nâng cao cùng thời điểm', en: '100 = equal to the advanced-commune level at the same time' },
  },
  {
    code: 'commune.smart_villages',
    area: 'ntm',
    name: { vi: 'Số mô hình thôn thông minh', en: 'Smart-village models' },
    shortVi: 'Thôn thông minh',
    unit: UNIT.villages,
    ...COUNT,
    levels: ['commune'],
    ...YEARLY_STOCK,
    source: { basis: `${QD_319}; tiêu chí thôn thông minh do UBND tỉnh quy định`, rules: ['R-319'] },
    confidence: 'XN',
    crossChecks: [
      {
        id: 'commune.smart_villages.lte_villages',
        op: 'lte',
        other: 'commune.villages',
        vi: 'Số thôn thông minh không vượt quá số thôn của xã',
        en: 'Smart villages cannot exceed the villages of the commune',
      },
    ],
  },
  {
    code: 'commune.model_outstanding_field',
    area: 'ntm',
    name: { vi: 'Lĩnh vực nổi trội đạt tiêu chí kiểu mẫu', en: 'Outstanding field meeting the model criteria' },
    shortVi: 'Lĩnh vực nổi trội',
    unit: { vi: 'lĩnh vực', en: 'field' },
    valueType: 'enum',
    options: [
      { value: 'none', vi: 'Chưa có', en: 'None' },
      { value: 'production', vi: 'Sản xuất', en: 'Production' },
      { value: 'education', vi: 'Giáo dục', en: 'Education' },
      { value: 'culture', vi: 'Văn hóa', en: 'Culture' },
      { value: 'health', vi: 'Y tế', en: 'Health' },
      { value: 'tourism', vi: 'Du lịch', en: 'Tourism' },
      { value: 'environment', vi: 'Môi trường', en: 'Environment' },
      { value: 'security', vi: 'An ninh trật tự', en: 'Public order' },
      { value: 'digital', vi: 'Chuyển đổi số', en: 'Digital transformation' },
      { value: 'other', vi: 'Lĩnh vực khác do tỉnh quy định', en: 'Another field set by the province' },
    ],
    levels: ['commune'],
    ...YEARLY_STOCK,
    aggregation: { kind: 'none' },
    decimals: 0,
    source: { basis: `${QD_319}: kiểu mẫu ở ít nhất một lĩnh vực nổi trội do tỉnh ban hành`, rules: ['R-319'] },
    confidence: 'XN',
  },
];
