/** The breakdown dimensions of the catalogue and the values each allows. */
import type { DimensionDef } from '../indicator-types.ts';

/** Enterprises of the sector; indicators pick the ones that apply (mobile networks, fixed broadband, post). */
const OPERATOR: DimensionDef = {
  code: 'operator',
  vi: 'Doanh nghiệp',
  en: 'Operator',
  values: [
    { value: 'vnpt', vi: 'VNPT (VinaPhone)', en: 'VNPT (VinaPhone)' },
    { value: 'viettel', vi: 'Viettel', en: 'Viettel' },
    { value: 'mobifone', vi: 'MobiFone', en: 'MobiFone' },
    { value: 'vietnamobile', vi: 'Vietnamobile', en: 'Vietnamobile' },
    { value: 'fpt', vi: 'FPT Telecom', en: 'FPT Telecom' },
    { value: 'vietnam_post', vi: 'Bưu điện Việt Nam', en: 'Vietnam Post' },
    { value: 'viettel_post', vi: 'Viettel Post', en: 'Viettel Post' },
    { value: 'other', vi: 'Doanh nghiệp khác', en: 'Other operators' },
  ],
};

/** Mobile network generations; TT 03/2022 code 1314 is broken down by 2G/3G/4G/5G (§4.2). */
const TECHNOLOGY: DimensionDef = {
  code: 'technology',
  vi: 'Công nghệ',
  en: 'Technology',
  values: [
    { value: '2g', vi: '2G', en: '2G' },
    { value: '3g', vi: '3G', en: '3G' },
    { value: '4g', vi: '4G', en: '4G' },
    { value: '5g', vi: '5G', en: '5G' },
  ],
};

/** Transmission of the commune radio station: QĐ 441/QĐ-BTTTT definitions and R-1127-8.3 (§2.2, §2.3). */
const TRANSMISSION: DimensionDef = {
  code: 'transmission',
  vi: 'Phương thức truyền dẫn',
  en: 'Transmission',
  values: [
    { value: 'wired', vi: 'Hữu tuyến', en: 'Wired' },
    { value: 'wireless', vi: 'Vô tuyến (FM)', en: 'Wireless (FM)' },
    { value: 'ip', vi: 'Ứng dụng CNTT – viễn thông (IP)', en: 'IT/telecom-based (IP)' },
  ],
};

/** How far an online public service runs online (dịch vụ công trực tuyến toàn trình / một phần). */
const ONLINE_SERVICE_LEVEL: DimensionDef = {
  code: 'online_service_level',
  vi: 'Mức độ dịch vụ công trực tuyến',
  en: 'Online public service level',
  values: [
    { value: 'full', vi: 'Toàn trình', en: 'Fully online' },
    { value: 'partial', vi: 'Một phần', en: 'Partly online' },
  ],
};

/** Every dimension, in the order reports list breakdowns. */
export const DIMENSIONS: readonly DimensionDef[] = [OPERATOR, TECHNOLOGY, TRANSMISSION, ONLINE_SERVICE_LEVEL];
