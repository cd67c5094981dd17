/**
 * The conditions of the ICT criterion as the texts state them, shared by the sets that repeat them:
 * R-441-8.x = R-1127-8.x (regulations.md §2.2, §2.3), R-463-8.x (§2.1), R-NC-8.1 (§2.4), R-319 (§2.5).
 */
import type { Bilingual } from '../../indicators/indicator-types.ts';
import type { CompareOp, ConditionDef, Threshold } from '../criteria-types.ts';

const t = (vi: string, en: string): Bilingual => ({ vi, en });

/** A yes/no fact that must be yes. */
export function isYes(id: string, fact: string, need: Bilingual, lack: Bilingual): ConditionDef {
  return { kind: 'fact', id, fact, need, lack };
}

/** A number fact compared with a threshold; `{t}` in the texts is the threshold. */
export function compare(id: string, fact: string, op: CompareOp, value: Threshold | string, need: Bilingual, lack: Bilingual): ConditionDef {
  return { kind: 'fact', id, fact, op, value, need, lack };
}

/** R-441-8.1 = R-1127-8.1: at least one postal service point meeting QĐ 441 art. 3 (TC-01..TC-06). */
export const POSTAL_POINT_441: ConditionDef = {
  kind: 'all',
  id: 'postal_point',
  need: t('có ít nhất 1 điểm phục vụ bưu chính đạt điều kiện', 'at least one postal service point meeting the conditions'),
  lack: t('chưa có điểm phục vụ bưu chính đạt điều kiện', 'no postal service point meets the conditions'),
  of: [
    compare(
      'points',
      'commune.postal_points',
      '>=',
      1,
      t('có ít nhất {t} điểm phục vụ bưu chính (hộp thư công cộng không tính)', 'at least {t} postal service point (a letter box does not count)'),
      t('chưa có điểm phục vụ bưu chính', 'has no postal service point'),
    ),
    isYes(
      'premises',
      'commune.postal_point_premises_fit',
      t('mặt bằng, trang thiết bị phù hợp', 'premises and equipment fit for purpose'),
      t('mặt bằng, trang thiết bị của điểm phục vụ chưa phù hợp', 'the point’s premises or equipment are not fit'),
    ),
    isYes('sign', 'commune.postal_point_name_sign', t('có biển tên', 'a name sign'), t('điểm phục vụ chưa có biển tên', 'the point has no name sign')),
    isYes(
      'posted_hours',
      'commune.postal_point_posted_hours',
      t('niêm yết giờ mở cửa', 'opening hours posted'),
      t('điểm phục vụ chưa niêm yết giờ mở cửa', 'the point does not post its opening hours'),
    ),
    isYes(
      'posted_services',
      'commune.postal_point_posted_services',
      t('niêm yết danh mục dịch vụ', 'list of services posted'),
      t('điểm phục vụ chưa niêm yết danh mục dịch vụ', 'the point does not post its services'),
    ),
    compare(
      'hours',
      'commune.postal_point_hours',
      '>=',
      4,
      t('mở cửa phục vụ ≥ {t} giờ/ngày làm việc', 'open ≥ {t} hours per working day'),
      t('điểm phục vụ mở cửa dưới {t} giờ/ngày làm việc', 'the point opens under {t} hours per working day'),
    ),
    compare(
      'letters',
      'commune.postal_point_max_letter_kg',
      '>=',
      2,
      t('nhận gửi thư có địa chỉ đến {t} kg', 'accepts addressed letters up to {t} kg'),
      t('điểm phục vụ không nhận thư có địa chỉ đến {t} kg', 'the point does not accept letters up to {t} kg'),
    ),
    compare(
      'parcels',
      'commune.postal_point_max_parcel_kg',
      '>=',
      5,
      t('nhận gửi gói, kiện hàng hóa đến {t} kg', 'accepts goods parcels up to {t} kg'),
      t('điểm phục vụ không nhận gói, kiện hàng hóa đến {t} kg', 'the point does not accept parcels up to {t} kg'),
    ),
  ],
};

const TELEPHONE: ConditionDef = {
  kind: 'any',
  id: 'telephone',
  need: t('có điện thoại cố định hoặc di động mặt đất', 'fixed or mobile terrestrial telephone'),
  lack: t('chưa có dịch vụ điện thoại (cố định hoặc di động)', 'has no telephone service (fixed or mobile)'),
  of: [
    isYes('mobile_voice', 'village.mobile_voice', t('điện thoại di động', 'mobile telephone'), t('chưa có điện thoại di động', 'no mobile telephone')),
    isYes('fixed_telephone', 'village.fixed_telephone', t('điện thoại cố định', 'fixed telephone'), t('chưa có điện thoại cố định', 'no fixed telephone')),
  ],
};

/** Internet access of a village: fixed or mobile broadband. */
export const VILLAGE_INTERNET: ConditionDef = {
  kind: 'any',
  id: 'internet',
  need: t('có truy nhập Internet băng rộng cố định hoặc di động', 'fixed or mobile broadband Internet access'),
  lack: t('chưa có dịch vụ truy nhập Internet', 'has no Internet access service'),
  of: [
    isYes(
      'mobile_broadband',
      'village.mobile_broadband',
      t('băng rộng di động (3G/4G/5G)', 'mobile broadband (3G/4G/5G)'),
      t('chưa có băng rộng di động', 'no mobile broadband'),
    ),
    isYes('fixed_broadband', 'village.fixed_broadband', t('băng rộng cố định', 'fixed broadband'), t('chưa có băng rộng cố định', 'no fixed broadband')),
  ],
};

/** R-441-8.2 = R-1127-8.2: every village has one of two telephone and one of two Internet services (TC-07..TC-09). */
export const EVERY_VILLAGE_CONNECTED: ConditionDef = {
  kind: 'villages',
  id: 'villages_connected',
  need: t('mọi thôn có điện thoại và truy nhập Internet', 'every village has telephone and Internet access'),
  lack: t('có thôn chưa có điện thoại hoặc Internet', 'some villages lack telephone or Internet'),
  each: {
    kind: 'all',
    id: 'village_services',
    need: t('có điện thoại và truy nhập Internet', 'telephone and Internet access'),
    lack: t('chưa có điện thoại hoặc Internet', 'lacks telephone or Internet'),
    of: [TELEPHONE, VILLAGE_INTERNET],
  },
};

/** R-1127-8.2-opt: smartphone subscriptions ≥ 55% (45% in island districts), off by default ([CX]). */
export const SMARTPHONE_SHARE: ConditionDef = {
  kind: 'when_param',
  id: 'smartphone',
  param: 'telecom.smartphoneCondition',
  then: {
    kind: 'ratio',
    id: 'smartphone_share',
    numerator: 'commune.smartphone_subscriptions',
    denominator: 'commune.mobile_subscriptions',
    share: 'commune.smartphone_subscription_share',
    op: '>=',
    threshold: { param: 'telecom.smartphoneShareMin' },
    need: t('thuê bao điện thoại thông minh ≥ {t} số thuê bao di động', 'smartphone subscriptions ≥ {t} of mobile subscriptions'),
    lack: t('tỷ lệ thuê bao điện thoại thông minh dưới {t}', 'smartphone subscriptions below {t}'),
  },
};

/** R-441-8.3 = R-1127-8.3: an operating station of any transmission and loudspeakers working in enough villages (TC-10, TC-11). */
export const RADIO_AND_LOUDSPEAKERS: ConditionDef = {
  kind: 'all',
  id: 'radio',
  need: t('đài truyền thanh xã hoạt động và cụm loa hoạt động ở các thôn', 'an operating commune radio station and working loudspeakers in the villages'),
  lack: t('chưa có đài truyền thanh hoạt động hoặc loa đến các thôn', 'no operating station or loudspeakers in the villages'),
  of: [
    isYes(
      'station_operating',
      'commune.radio_station_operating',
      t('đài truyền thanh xã đang hoạt động (hữu tuyến, vô tuyến hoặc ứng dụng CNTT-VT)', 'commune radio station operating (wired, wireless or IP)'),
      t('đài truyền thanh xã không hoạt động', 'the commune radio station is not operating'),
    ),
    {
      kind: 'villages',
      id: 'loudspeakers',
      share: { op: '>=', threshold: { param: 'radio.minVillageShare' } },
      counts: { numerator: 'commune.villages_with_loudspeakers', denominator: 'commune.villages' },
      need: t('cụm loa hoạt động thường xuyên ở ≥ {t} số thôn', 'loudspeakers working regularly in ≥ {t} of villages'),
      lack: t('cụm loa hoạt động ở dưới {t} số thôn', 'loudspeakers work in under {t} of villages'),
      each: isYes(
        'loudspeaker',
        'village.loudspeaker_working',
        t('cụm loa hoạt động thường xuyên', 'loudspeakers working regularly'),
        t('chưa có cụm loa hoạt động', 'has no working loudspeakers'),
      ),
    },
  ],
};

/** R-441-8.4 = R-1127-8.4 ([CX]): the checklist provinces report, thresholds as parameters (TC-12). */
export const IT_IN_MANAGEMENT: ConditionDef = {
  kind: 'all',
  id: 'it',
  need: t('ứng dụng CNTT trong quản lý, điều hành', 'IT used in management and administration'),
  lack: t('chưa ứng dụng đủ CNTT trong quản lý, điều hành', 'IT is not used enough in management'),
  of: [
    isYes(
      'dms',
      'commune.dms_in_use',
      t('sử dụng hệ thống quản lý văn bản và điều hành', 'uses the document-management system'),
      t('chưa sử dụng hệ thống quản lý văn bản và điều hành', 'does not use the document-management system'),
    ),
    isYes(
      'web_page',
      'commune.web_page_live',
      t('trang thông tin điện tử của xã hoạt động', 'the commune web page is live'),
      t('trang thông tin điện tử của xã không hoạt động', 'the commune web page is not live'),
    ),
    compare(
      'online_dossiers',
      'commune.dossiers_online',
      '>=',
      1,
      t('có xử lý hồ sơ TTHC trực tuyến trong năm', 'handles administrative dossiers online in the year'),
      t('không xử lý hồ sơ TTHC trực tuyến nào trong năm', 'handled no dossiers online in the year'),
    ),
    {
      kind: 'ratio',
      id: 'online_share',
      numerator: 'commune.dossiers_online',
      denominator: 'commune.dossiers_total',
      share: 'commune.share_dossiers_online',
      op: '>=',
      threshold: { param: 'it.minOnlineDossierShare' },
      need: t('tỷ lệ hồ sơ TTHC xử lý trực tuyến ≥ {t}', 'dossiers handled online ≥ {t}'),
      lack: t('tỷ lệ hồ sơ TTHC xử lý trực tuyến dưới {t}', 'dossiers handled online below {t}'),
    },
  ],
};

/** R-463-8.1 [TH]: a postal–telecom point (open ≥ 4 h, daily mail), or a letter box plus a public telecom point. */
export const POSTAL_TELECOM_POINT_463: ConditionDef = {
  kind: 'any',
  id: 'postal_telecom_point',
  need: t('có điểm phục vụ bưu chính viễn thông', 'a postal–telecom service point'),
  lack: t('chưa có điểm phục vụ bưu chính viễn thông', 'no postal–telecom service point'),
  of: [
    {
      kind: 'all',
      id: 'staffed_point',
      need: t('điểm phục vụ bưu chính mở cửa ≥ 4 giờ/ngày, thu gom và phát thư hằng ngày', 'a postal point open ≥ 4 h a day with daily mail'),
      lack: t('chưa có điểm phục vụ bưu chính đạt điều kiện', 'no qualifying postal point'),
      of: [
        compare(
          'points',
          'commune.postal_points',
          '>=',
          1,
          t('có điểm phục vụ bưu chính', 'a postal service point'),
          t('chưa có điểm phục vụ bưu chính', 'no postal point'),
        ),
        compare(
          'hours',
          'commune.postal_point_hours',
          '>=',
          4,
          t('mở cửa ≥ {t} giờ/ngày làm việc', 'open ≥ {t} hours per working day'),
          t('mở cửa dưới {t} giờ/ngày làm việc', 'opens under {t} hours per working day'),
        ),
        isYes(
          'daily_mail',
          'commune.mail_collected_delivered_daily',
          t('thu gom và phát thư mỗi ngày làm việc', 'mail collected and delivered every working day'),
          t('không thu gom, phát thư hằng ngày', 'mail is not collected and delivered daily'),
        ),
      ],
    },
    {
      kind: 'when_param',
      id: 'letter_box_route',
      param: 'postal2010.letterBoxWithTelecomPoint',
      then: {
        kind: 'all',
        id: 'letter_box_and_telecom_point',
        need: t(
          'hộp thư công cộng (thu, phát hằng ngày) và điểm phục vụ viễn thông công cộng',
          'a public letter box with daily mail and a public telecom point',
        ),
        lack: t('chưa có hộp thư công cộng kèm điểm viễn thông công cộng', 'no letter box with a public telecom point'),
        of: [
          isYes(
            'letter_box',
            'commune.public_letter_box',
            t('có hộp thư công cộng', 'a public letter box'),
            t('chưa có hộp thư công cộng', 'no public letter box'),
          ),
          isYes(
            'daily_mail',
            'commune.mail_collected_delivered_daily',
            t('thu gom và phát thư mỗi ngày làm việc', 'mail collected and delivered every working day'),
            t('không thu gom, phát thư hằng ngày', 'mail is not collected and delivered daily'),
          ),
          isYes(
            'telecom_point',
            'commune.public_telecom_point',
            t('có điểm phục vụ viễn thông công cộng', 'a public telecom service point'),
            t('chưa có điểm phục vụ viễn thông công cộng', 'no public telecom point'),
          ),
        ],
      },
    },
  ],
};

/** R-463-8.2 [TH]: more than 30% of villages have Internet (TC-13, TC-14). */
export const INTERNET_TO_VILLAGES_463: ConditionDef = {
  kind: 'villages',
  id: 'internet_villages',
  share: { op: '>', threshold: { param: 'internet2010.minVillageShare' } },
  need: t('trên {t} số thôn có Internet', 'more than {t} of villages have Internet'),
  lack: t('không quá {t} số thôn có Internet', 'no more than {t} of villages have Internet'),
  each: VILLAGE_INTERNET,
};

/** R-NC-8.1 [TH]: the postal point also serves online public services. */
export const POSTAL_POINT_ONLINE_SERVICES: ConditionDef = {
  kind: 'all',
  id: 'postal_point_online_services',
  need: t('điểm phục vụ bưu chính hỗ trợ người dân dùng dịch vụ công trực tuyến', 'the postal point supports citizens with online public services'),
  lack: t('điểm phục vụ bưu chính chưa đủ điều kiện hỗ trợ dịch vụ công trực tuyến', 'the postal point cannot support online public services'),
  of: [
    POSTAL_POINT_441,
    isYes(
      'citizen_computer',
      'commune.postal_point_citizen_computer',
      t('có máy tính kết nối Internet phục vụ người dân', 'an Internet-connected computer for citizens'),
      t('điểm phục vụ chưa có máy tính kết nối Internet cho người dân', 'the point has no Internet-connected computer for citizens'),
    ),
    isYes(
      'scanner',
      'commune.postal_point_scanner',
      t('có máy quét số hóa hồ sơ', 'a scanner for digitising dossiers'),
      t('điểm phục vụ chưa có máy quét số hóa hồ sơ', 'the point has no scanner'),
    ),
    isYes(
      'trained_staff',
      'commune.postal_point_trained_staff',
      t('nhân viên được tập huấn hướng dẫn dịch vụ công trực tuyến', 'staff trained to guide online public services'),
      t('nhân viên chưa được tập huấn hướng dẫn dịch vụ công trực tuyến', 'staff not trained in online public services'),
    ),
  ],
};
