/**
 * The national criteria sets by legal version (regulations.md §1, §2), with the ministry guidance in
 * force within each. The dates decide which set and guidance an evaluation uses (R-VER).
 */
import type { Bilingual } from '../../indicators/indicator-types.ts';
import type { ConditionDef, CriteriaSetDef, SubCriterionDef } from '../criteria-types.ts';
import {
  compare,
  EVERY_VILLAGE_CONNECTED,
  INTERNET_TO_VILLAGES_463,
  isYes,
  IT_IN_MANAGEMENT,
  POSTAL_POINT_441,
  POSTAL_POINT_ONLINE_SERVICES,
  POSTAL_TELECOM_POINT_463,
  RADIO_AND_LOUDSPEAKERS,
  SMARTPHONE_SHARE,
} from './ict-conditions.ts';

const t = (vi: string, en: string): Bilingual => ({ vi, en });

const NAME_8_1_2016 = t('Xã có điểm phục vụ bưu chính', 'The commune has a postal service point');
const NAME_8_2_2016 = t('Xã có dịch vụ viễn thông, internet', 'The commune has telecom and Internet services');
const NAME_8_3_2016 = t('Xã có đài truyền thanh và hệ thống loa đến các thôn', 'The commune has a radio station and loudspeakers reaching the villages');
const NAME_8_4_2016 = t('Xã có ứng dụng công nghệ thông tin trong công tác quản lý, điều hành', 'The commune uses IT in management and administration');

/** The four sub-criteria of 2016 and 2021 under one guidance's rule ids ('441' or '1127'). */
function fourSubCriteria(guidance: '441' | '1127'): SubCriterionDef[] {
  const telecom: ConditionDef =
    guidance === '1127'
      ? {
          kind: 'all',
          id: 'telecom',
          need: t(
            'mọi thôn có điện thoại và truy nhập Internet (và tỷ lệ thuê bao điện thoại thông minh, khi áp dụng)',
            'every village has telephone and Internet access (and the smartphone share, when applied)',
          ),
          lack: t(
            'có thôn chưa có điện thoại hoặc Internet, hoặc tỷ lệ điện thoại thông minh chưa đạt',
            'some villages lack telephone or Internet, or the smartphone share is short',
          ),
          of: [EVERY_VILLAGE_CONNECTED, SMARTPHONE_SHARE],
        }
      : EVERY_VILLAGE_CONNECTED;
  return [
    { id: '8.1', name: NAME_8_1_2016, rule: `R-${guidance}-8.1`, confidence: 'XN', condition: POSTAL_POINT_441 },
    { id: '8.2', name: NAME_8_2_2016, rule: `R-${guidance}-8.2`, confidence: 'TH', condition: telecom },
    { id: '8.3', name: NAME_8_3_2016, rule: `R-${guidance}-8.3`, confidence: 'CX', condition: RADIO_AND_LOUDSPEAKERS },
    { id: '8.4', name: NAME_8_4_2016, rule: `R-${guidance}-8.4`, confidence: 'CX', condition: IT_IN_MANAGEMENT },
  ];
}

const SUB_2010: SubCriterionDef[] = [
  {
    id: '8.1',
    name: t('Có điểm phục vụ bưu chính viễn thông', 'The commune has a postal–telecom service point'),
    rule: 'R-463-8.1',
    confidence: 'TH',
    condition: POSTAL_TELECOM_POINT_463,
  },
  { id: '8.2', name: t('Có Internet đến thôn', 'Internet reaches the villages'), rule: 'R-463-8.2', confidence: 'TH', condition: INTERNET_TO_VILLAGES_463 },
];

/** A guidance issued after the set took effect: its conditions are read for the dates before it, and said so. */
const before = (issued: string, act: string): Bilingual =>
  t(
    `${act} ban hành ${issued}; trước ngày đó áp dụng cùng nội dung vì quyết định của Thủ tướng không quy định điều kiện chi tiết`,
    `${act} was issued on ${issued}; before that date its conditions are read because the Prime Minister's decision sets no detailed conditions`,
  );

const NTM_CRITERION_2010 = { number: '8', name: t('Bưu điện', 'Post') };
const NTM_CRITERION = { number: '8', name: t('Thông tin và Truyền thông', 'Information and communications') };

/** Every national set, oldest first. */
export const CRITERIA_SETS: readonly CriteriaSetDef[] = [
  {
    id: 'NTM-2010',
    kind: 'base',
    name: t('Bộ tiêu chí quốc gia về nông thôn mới (2010–2015)', 'National new-rural criteria (2010–2015)'),
    decision: 'QĐ 491/QĐ-TTg (16/04/2009), sửa đổi bởi QĐ 342/QĐ-TTg (20/02/2013) — tiêu chí 8 không đổi',
    validFrom: '2009-04-16',
    validTo: '2016-10-16',
    criterion: NTM_CRITERION_2010,
    grouping: 'none',
    rules: ['R-AND', 'R-VER'],
    guidance: [
      {
        id: 'QĐ 463/QĐ-BTTTT',
        name: t('QĐ 463/QĐ-BTTTT (22/03/2012)', 'QĐ 463/QĐ-BTTTT (22/03/2012)'),
        from: '2009-04-16',
        to: '2012-03-21',
        subCriteria: SUB_2010,
        note: before('22/03/2012', 'QĐ 463/QĐ-BTTTT'),
      },
      { id: 'QĐ 463/QĐ-BTTTT', name: t('QĐ 463/QĐ-BTTTT (22/03/2012)', 'QĐ 463/QĐ-BTTTT (22/03/2012)'), from: '2012-03-22', subCriteria: SUB_2010 },
    ],
  },
  {
    id: 'NTM-2016',
    kind: 'base',
    name: t('Bộ tiêu chí quốc gia về xã nông thôn mới giai đoạn 2016–2020', 'National new-rural commune criteria 2016–2020'),
    decision: 'QĐ 1980/QĐ-TTg (17/10/2016)',
    validFrom: '2016-10-17',
    validTo: '2022-03-07',
    criterion: NTM_CRITERION,
    grouping: 'none',
    rules: ['R-AND', 'R-VER'],
    guidance: [
      {
        id: 'QĐ 441/QĐ-BTTTT',
        name: t('QĐ 441/QĐ-BTTTT (28/03/2017)', 'QĐ 441/QĐ-BTTTT (28/03/2017)'),
        from: '2016-10-17',
        to: '2017-03-27',
        subCriteria: fourSubCriteria('441'),
        note: before('28/03/2017', 'QĐ 441/QĐ-BTTTT'),
      },
      {
        id: 'QĐ 441/QĐ-BTTTT',
        name: t('QĐ 441/QĐ-BTTTT (28/03/2017)', 'QĐ 441/QĐ-BTTTT (28/03/2017)'),
        from: '2017-03-28',
        subCriteria: fourSubCriteria('441'),
      },
    ],
  },
  {
    id: 'NTM-2021',
    kind: 'base',
    name: t('Bộ tiêu chí quốc gia về xã nông thôn mới giai đoạn 2021–2025', 'National new-rural commune criteria 2021–2025'),
    decision: 'QĐ 318/QĐ-TTg (08/03/2022), Phụ lục I',
    validFrom: '2022-03-08',
    validTo: '2026-02-14',
    criterion: NTM_CRITERION,
    grouping: 'region',
    rules: ['R-AND', 'R-VER', 'R-REGION-318'],
    guidance: [
      // R-VER: QĐ 441 conditions still applied until QĐ 1127 took effect on 22/06/2022 (TC-16).
      {
        id: 'QĐ 441/QĐ-BTTTT',
        name: t('QĐ 441/QĐ-BTTTT (28/03/2017)', 'QĐ 441/QĐ-BTTTT (28/03/2017)'),
        from: '2022-03-08',
        to: '2022-06-21',
        subCriteria: fourSubCriteria('441'),
      },
      {
        id: 'QĐ 1127/QĐ-BTTTT',
        name: t('QĐ 1127/QĐ-BTTTT (2022), Phụ lục I', 'QĐ 1127/QĐ-BTTTT (2022), Annex I'),
        from: '2022-06-22',
        subCriteria: fourSubCriteria('1127'),
      },
    ],
  },
  {
    id: 'NTM-2021-NC',
    kind: 'advanced',
    name: t('Bộ tiêu chí quốc gia về xã nông thôn mới nâng cao giai đoạn 2021–2025', 'National advanced new-rural commune criteria 2021–2025'),
    decision: 'QĐ 318/QĐ-TTg (08/03/2022), Phụ lục II',
    validFrom: '2022-03-08',
    validTo: '2026-02-14',
    criterion: { number: '8', name: t('Thông tin và truyền thông (xã NTM nâng cao)', 'Information and communications (advanced commune)') },
    grouping: 'region',
    rules: ['R-AND', 'R-VER'],
    note: t(
      'Chỉ gồm các nội dung đã xác nhận (regulations.md §2.4); các chỉ tiêu nâng cao khác (Wi-Fi công cộng, chuyển đổi số) chưa được công bố đầy đủ',
      'Only the confirmed contents (regulations.md §2.4); other advanced indicators (public Wi-Fi, digital transformation) are not fully published',
    ),
    guidance: [
      {
        id: 'QĐ 1127/QĐ-BTTTT',
        name: t('QĐ 1127/QĐ-BTTTT (2022), Phụ lục II', 'QĐ 1127/QĐ-BTTTT (2022), Annex II'),
        from: '2022-03-08',
        subCriteria: [
          {
            id: 'NC-8',
            name: t('Đạt tiêu chí số 8 xã nông thôn mới', 'Meets criterion 8 of the new-rural commune set'),
            rule: 'R-NC-8',
            confidence: 'TH',
            condition: {
              kind: 'set',
              id: 'ntm_criterion_8',
              set: 'NTM-2021',
              need: t('đạt tiêu chí số 8 theo bộ tiêu chí xã NTM', 'meets criterion 8 of the NTM commune set'),
              lack: t('chưa đạt tiêu chí số 8 theo bộ tiêu chí xã NTM', 'does not meet criterion 8 of the NTM commune set'),
            },
          },
          {
            id: '8.1',
            name: t('Điểm phục vụ bưu chính hỗ trợ dịch vụ công trực tuyến', 'Postal point supporting online public services'),
            rule: 'R-NC-8.1',
            confidence: 'TH',
            condition: POSTAL_POINT_ONLINE_SERVICES,
          },
          {
            id: '8.2',
            name: t('Người trong độ tuổi lao động có điện thoại thông minh', 'Working-age people with smartphones'),
            rule: 'R-NC-SMART',
            confidence: 'CX',
            condition: {
              kind: 'when_param',
              id: 'working_age_smartphone',
              param: 'advanced.smartphoneCondition',
              then: {
                kind: 'ratio',
                id: 'working_age_smartphone_share',
                numerator: 'commune.working_age_with_smartphone',
                denominator: 'commune.working_age_people',
                share: 'commune.working_age_smartphone_share',
                op: '>=',
                threshold: { param: 'advanced.smartphoneShareMin' },
                need: t('người trong độ tuổi lao động có thuê bao điện thoại thông minh ≥ {t}', 'working-age people with a smartphone ≥ {t}'),
                lack: t('tỷ lệ người trong độ tuổi lao động có điện thoại thông minh dưới {t}', 'working-age smartphone share below {t}'),
              },
            },
          },
        ],
      },
    ],
  },
  {
    id: 'NTM-2021-KM',
    kind: 'model',
    name: t('Quy định xã nông thôn mới kiểu mẫu giai đoạn 2021–2025', 'Model new-rural commune rule 2021–2025'),
    decision: 'QĐ 319/QĐ-TTg (08/03/2022)',
    validFrom: '2022-03-08',
    validTo: '2026-02-14',
    criterion: null,
    grouping: 'none',
    rules: ['R-319', 'R-AND'],
    note: t('Không có tiêu chí TT&TT riêng; đòi hỏi ít nhất 1 mô hình thôn thông minh', 'No separate ICT criterion; requires at least one smart-village model'),
    guidance: [
      {
        id: 'QĐ 319/QĐ-TTg',
        name: t('QĐ 319/QĐ-TTg (08/03/2022)', 'QĐ 319/QĐ-TTg (08/03/2022)'),
        from: '2022-03-08',
        subCriteria: [
          {
            id: 'KM-1',
            name: t('Đạt chuẩn NTM nâng cao theo bộ tiêu chí 2021–2025', 'Meets the 2021–2025 advanced NTM set'),
            rule: 'R-319',
            confidence: 'XN',
            condition: isYes(
              'advanced_2021',
              'commune.meets_advanced_2021_set',
              t('đạt chuẩn NTM nâng cao theo bộ tiêu chí giai đoạn 2021–2025', 'meets the advanced NTM set of 2021–2025'),
              t(
                'chưa đạt chuẩn NTM nâng cao theo bộ tiêu chí 2021–2025 (công nhận theo bộ cũ không đủ)',
                'does not meet the 2021–2025 advanced set (a recognition under the old set is not enough)',
              ),
            ),
          },
          {
            id: 'KM-2',
            name: t('Thu nhập bình quân đầu người cao hơn ≥ 10% mức xã NTM nâng cao', 'Income per head ≥ 10% above the advanced-commune level'),
            rule: 'R-319',
            confidence: 'XN',
            condition: compare(
              'income',
              'commune.income_ratio_to_advanced_level',
              '>=',
              110,
              t('thu nhập bình quân đầu người ≥ {t}% mức xã NTM nâng cao', 'income per head ≥ {t}% of the advanced-commune level'),
              t('thu nhập bình quân đầu người dưới {t}% mức xã NTM nâng cao', 'income per head below {t}% of the advanced-commune level'),
            ),
          },
          {
            id: 'KM-3',
            name: t('Có ít nhất 1 mô hình thôn thông minh', 'At least one smart-village model'),
            rule: 'R-319',
            confidence: 'XN',
            condition: compare(
              'smart_villages',
              'commune.smart_villages',
              '>=',
              1,
              t('có ít nhất {t} thôn thông minh', 'at least {t} smart village'),
              t('chưa có mô hình thôn thông minh', 'has no smart-village model'),
            ),
          },
          {
            id: 'KM-4',
            name: t('Kiểu mẫu ở ít nhất một lĩnh vực nổi trội', 'Model in at least one outstanding field'),
            rule: 'R-319',
            confidence: 'XN',
            condition: compare(
              'outstanding_field',
              'commune.model_outstanding_field',
              '!=',
              'none',
              t('đạt tiêu chí kiểu mẫu ở một lĩnh vực nổi trội', 'meets the model criteria in an outstanding field'),
              t('chưa có lĩnh vực nổi trội đạt kiểu mẫu', 'has no outstanding field'),
            ),
          },
        ],
      },
    ],
  },
  {
    id: 'NTM-2026',
    kind: 'base',
    name: t('Bộ tiêu chí quốc gia về nông thôn mới giai đoạn 2026–2030', 'National new-rural criteria 2026–2030'),
    decision: 'QĐ 51/2025/QĐ-TTg (29/12/2025), hiệu lực 15/02/2026',
    validFrom: '2026-02-15',
    criterion: null,
    grouping: 'group2026',
    rules: ['R-51-GROUP', 'R-VER'],
    note: t(
      'Bộ tiêu chí 2026–2030 không có "tiêu chí số 8 Thông tin và Truyền thông" (tiêu chí 8 là môi trường); các chỉ tiêu CNTT thuộc tiêu chí 2 và 7 và ngưỡng theo nhóm xã chưa được công bố (regulations.md §2.6, §6 mục 7). Không so sánh số "tiêu chí 8" giữa hai giai đoạn.',
      'The 2026–2030 set has no "criterion 8 ICT" (criterion 8 is environment); its ICT indicators in criteria 2 and 7 and their group thresholds are not published yet (regulations.md §2.6, §6 item 7). Never compare "criterion 8" counts across the two periods.',
    ),
    guidance: [{ id: 'QĐ 51/2025/QĐ-TTg', name: t('QĐ 51/2025/QĐ-TTg, Phụ lục I', 'QĐ 51/2025/QĐ-TTg, Annex I'), from: '2026-02-15', subCriteria: [] }],
  },
];
