/**
 * Named parameters of the criteria: thresholds the legal texts leave uncertain ([CX], regulations.md §6)
 * and switches for conditions reported but not confirmed. Defaults follow §6; a province overlay may
 * only tighten them (`stricter`).
 */
import type { ParameterDef } from '../criteria-types.ts';

const GUIDANCE_8_3 = 'QĐ 441/QĐ-BTTTT (2017), QĐ 1127/QĐ-BTTTT (2022), tiêu chí 8.3; regulations.md §6 mục 1';

/** Every parameter, by key. */
export const CRITERIA_PARAMETERS: readonly ParameterDef[] = [
  {
    key: 'radio.minVillageShare',
    name: { vi: 'Tỷ lệ thôn tối thiểu có cụm loa hoạt động thường xuyên', en: 'Minimum share of villages with working loudspeakers' },
    type: 'share',
    default: 1,
    stricter: 'higher',
    confidence: 'CX',
    source: GUIDANCE_8_3,
    note: {
      vi: 'Văn bản chưa xác nhận ngưỡng ("2/3 số thôn" hay "tất cả các thôn"); mặc định chặt nhất là 100%',
      en: 'The text does not confirm the threshold (2/3 of villages or all); the strictest default, 100%, applies',
    },
  },
  {
    key: 'internet2010.minVillageShare',
    name: { vi: 'Tỷ lệ thôn có Internet phải vượt (tiêu chí 8.2, QĐ 463)', en: 'Share of villages with Internet to exceed (8.2, QĐ 463)' },
    type: 'share',
    default: 0.3,
    stricter: 'higher',
    confidence: 'TH',
    source: 'QĐ 463/QĐ-BTTTT (22/03/2012) như các Sở TT&TT đã áp dụng: "trên 30% số thôn có Internet" (regulations.md §2.1, §6 mục 5)',
  },
  {
    key: 'postal2010.letterBoxWithTelecomPoint',
    name: {
      vi: 'Chấp nhận hộp thư công cộng kèm điểm phục vụ viễn thông công cộng cho tiêu chí 8.1 (QĐ 463)',
      en: 'Accept a public letter box plus a public telecom point for 8.1 (QĐ 463)',
    },
    type: 'switch',
    default: true,
    stricter: 'on',
    confidence: 'TH',
    source: 'Hướng dẫn QĐ 463/QĐ-BTTTT như ít nhất một Sở TT&TT đã áp dụng (regulations.md §2.1, §6 mục 5)',
    note: { vi: 'Tắt để chỉ chấp nhận điểm phục vụ bưu chính có người phục vụ', en: 'Switch off to accept only a staffed postal point' },
  },
  {
    key: 'telecom.smartphoneCondition',
    name: { vi: 'Áp dụng điều kiện tỷ lệ thuê bao điện thoại thông minh (8.2)', en: 'Apply the smartphone-subscription condition (8.2)' },
    type: 'switch',
    default: false,
    stricter: 'on',
    confidence: 'CX',
    source: 'Mô hình của Bộ TT&TT cho tiêu chí 8.2 giai đoạn 2021–2025, chưa xác nhận trong văn bản cuối (R-1127-8.2-opt, regulations.md §6 mục 3)',
  },
  {
    key: 'telecom.smartphoneShareMin',
    name: { vi: 'Tỷ lệ thuê bao điện thoại thông minh tối thiểu', en: 'Minimum share of smartphone subscriptions' },
    type: 'share',
    default: 0.55,
    byContext: [{ when: 'island', value: 0.45 }],
    stricter: 'higher',
    confidence: 'CX',
    source: 'R-1127-8.2-opt: ≥ 55% số thuê bao; ≥ 45% với xã thuộc huyện đảo (regulations.md §2.3)',
  },
  {
    key: 'it.minOnlineDossierShare',
    name: { vi: 'Tỷ lệ hồ sơ TTHC xử lý trực tuyến tối thiểu của xã (8.4)', en: 'Minimum share of dossiers handled online (8.4)' },
    type: 'share',
    default: null,
    stricter: 'higher',
    confidence: 'CX',
    source: 'QĐ 441 / QĐ 1127, tiêu chí 8.4: ngưỡng chưa xác nhận (regulations.md §6 mục 2)',
    note: {
      vi: 'Mặc định không áp ngưỡng; tiêu chí 8.4 vẫn đòi hỏi xã có xử lý hồ sơ trực tuyến',
      en: 'No threshold by default; 8.4 still requires some dossiers handled online',
    },
  },
  {
    key: 'advanced.smartphoneCondition',
    name: {
      vi: 'Áp dụng chỉ tiêu người trong độ tuổi lao động có điện thoại thông minh (NTM nâng cao)',
      en: 'Apply the working-age smartphone indicator (advanced NTM)',
    },
    type: 'switch',
    default: false,
    stricter: 'on',
    confidence: 'CX',
    source: 'R-NC-SMART (regulations.md §2.4, §6 mục 6)',
  },
  {
    key: 'advanced.smartphoneShareMin',
    name: { vi: 'Tỷ lệ người trong độ tuổi lao động có thuê bao điện thoại thông minh', en: 'Share of working-age people with a smartphone subscription' },
    type: 'share',
    default: null,
    byContext: [{ when: 'dtts_mn', value: 0.5 }],
    stricter: 'higher',
    confidence: 'CX',
    source: 'R-NC-SMART: 50% với vùng DTTS&MN; các vùng khác chưa xác nhận (regulations.md §2.4)',
  },
  {
    key: 'group2026.tieBreak',
    name: { vi: 'Nhóm xã khi xã thỏa cả điều kiện nhóm 1 và nhóm 3', en: 'Commune group when both group-1 and group-3 conditions hold' },
    type: 'number',
    default: 3,
    stricter: 'lower',
    confidence: 'CX',
    source: 'QĐ 51/2025/QĐ-TTg, R-51-GROUP; cách xử lý trùng điều kiện chưa xác nhận (regulations.md §6 mục 7)',
    note: {
      vi: 'Mặc định nhóm 3: xã khu vực II, III vùng DTTS&MN giữ chỉ tiêu dành cho vùng khó khăn',
      en: 'Default group 3: a khu vực II/III commune keeps the targets set for disadvantaged areas',
    },
  },
  {
    key: 'coverage.lomSongMinClusters',
    name: { vi: 'Số cụm dân cư chưa có sóng để xếp thôn lõm sóng', en: 'Residential clusters without signal that make a village lõm sóng' },
    type: 'number',
    default: 1,
    stricter: 'lower',
    confidence: 'CX',
    source: 'regulations.md §5.1: định nghĩa làm việc cấp tỉnh (Tuyên Quang, 01/2026), văn bản nguồn bị cắt',
  },
];

const byKey = new Map(CRITERIA_PARAMETERS.map((p) => [p.key, p]));

/** Looks up a parameter by key. */
export function findParameter(key: string): ParameterDef | undefined {
  return byKey.get(key);
}
