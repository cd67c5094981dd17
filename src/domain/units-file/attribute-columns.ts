/**
 * Header words of an attributes file, as people write them; file-columns.ts folds them (no diacritics,
 * case, spaces or punctuation) before matching. Each attribute is also matched by its catalogue labels
 * (Vietnamese and English) and its key, so a column named as the web unit page names it is always read.
 */
import type { UnitAttributeKey } from '../units/unit-attributes.ts';
import type { UnitLevel } from '../units/unit-types.ts';
import type { ColumnId } from './file-columns.ts';

/** Other headers of each attribute's column, beyond its labels and key. */
export const ATTRIBUTE_HEADER_WORDS: Record<UnitAttributeKey, readonly string[]> = {
  population: ['Dân số (người)', 'Số dân', 'Số nhân khẩu', 'Số người', 'Tổng dân số'],
  households: ['Số hộ dân', 'Số hộ gia đình', 'Tổng số hộ'],
  area_km2: ['Diện tích', 'Diện tích (km2)', 'Diện tích tự nhiên', 'Diện tích tự nhiên (km²)', 'Diện tích tự nhiên (km2)', 'Area'],
  is_dbkk: ['ĐBKK', 'Xã ĐBKK', 'Đặc biệt khó khăn', 'Xã đặc biệt khó khăn / ĐBKK', 'Xã đặc biệt khó khăn (ĐBKK)'],
  is_border: ['Xã biên giới', 'Vùng biên giới', 'Border'],
  is_island: ['Đảo', 'Xã đảo', 'Xã hải đảo', 'Huyện đảo', 'Island'],
  ntm_region: ['Vùng', 'Vùng NTM', 'Vùng nông thôn mới', 'Region'],
  ntm2026_group: ['Nhóm xã', 'Nhóm', 'Nhóm xã NTM', 'Nhóm xã NTM 2026', 'Nhóm NTM 2026'],
  dtts_area: ['Khu vực', 'Khu vực DTTS', 'Khu vực DTTS&MN', 'Khu vực I, II, III', 'Phân định khu vực'],
  agriculture_share: ['Tỷ trọng nông nghiệp', 'Tỷ trọng nông nghiệp (%)', 'Tỷ trọng NN', 'Cơ cấu nông nghiệp (%)'],
  urban_oriented: ['Định hướng đô thị', 'Định hướng lên đô thị', 'Xã định hướng đô thị'],
};

/**
 * Headers of an area in another unit: refused, not skipped, so that a file with "Diện tích (ha)" is not
 * read as if it had no area column (a hectare is a hundredth of a km²).
 */
export const REFUSED_AREA_HEADERS: readonly string[] = ['Diện tích (ha)', 'Diện tích tự nhiên (ha)', 'Diện tích (m2)', 'Diện tích (m²)'];

/** Code and name columns of an attributes file; `level` undefined: a column that names any unit. */
export const UNIT_COLUMN_WORDS: ReadonlyArray<{ id: ColumnId; role: 'code' | 'name'; level?: UnitLevel; label: string; words: readonly string[] }> = [
  { id: 'unitCode', role: 'code', label: 'Mã đơn vị', words: ['Mã đơn vị', 'Mã ĐVHC', 'Mã đơn vị hành chính', 'Mã', 'Mã số'] },
  { id: 'provinceCode', role: 'code', level: 'province', label: 'Mã tỉnh', words: ['Mã tỉnh', 'Mã TP', 'Mã tỉnh/TP', 'Mã tỉnh, thành phố'] },
  { id: 'districtCode', role: 'code', level: 'district', label: 'Mã huyện', words: ['Mã huyện', 'Mã QH', 'Mã quận/huyện'] },
  { id: 'communeCode', role: 'code', level: 'commune', label: 'Mã xã', words: ['Mã xã', 'Mã PX', 'Mã phường/xã', 'Mã xã/phường'] },
  { id: 'villageCode', role: 'code', level: 'village', label: 'Mã thôn', words: ['Mã thôn', 'Mã thôn/tổ', 'Mã thôn, tổ dân phố', 'Mã thôn/bản'] },
  { id: 'unitName', role: 'name', label: 'Tên đơn vị', words: ['Tên đơn vị', 'Tên ĐVHC', 'Tên đơn vị hành chính', 'Tên', 'Đơn vị', 'Đơn vị hành chính'] },
  { id: 'provinceName', role: 'name', level: 'province', label: 'Tên tỉnh', words: ['Tên tỉnh', 'Tỉnh / Thành phố', 'Tên tỉnh/TP', 'Tỉnh'] },
  { id: 'districtName', role: 'name', level: 'district', label: 'Tên huyện', words: ['Tên huyện', 'Quận/Huyện', 'Huyện'] },
  { id: 'communeName', role: 'name', level: 'commune', label: 'Tên xã', words: ['Tên xã', 'Phường/Xã', 'Xã/Phường', 'Tên phường/xã', 'Xã'] },
];
