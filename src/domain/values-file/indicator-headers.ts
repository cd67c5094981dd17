/**
 * Other ways provincial spreadsheets head an indicator's column, besides its name, short name and code.
 * Data, not logic: add the headers users actually write here.
 */
export const EXTRA_INDICATOR_HEADERS: Readonly<Record<string, readonly string[]>> = {
  'village.households': ['Số hộ dân', 'Tổng số hộ', 'Hộ gia đình'],
  'village.mobile_voice': ['Có sóng di động', 'Điện thoại di động', 'Sóng thoại di động'],
  'village.mobile_broadband': ['Sóng băng rộng di động', 'Có sóng 3G/4G', 'Băng rộng di động 3G/4G/5G', 'BRDĐ'],
  'village.mobile_signal_at_centre': ['Có sóng tại nhà văn hóa', 'Sóng tại nhà văn hóa thôn'],
  'village.clusters_without_signal': ['Số cụm dân cư lõm sóng', 'Cụm dân cư chưa có sóng'],
  'village.fibre': ['Cáp quang', 'Có cáp quang', 'FTTH'],
  'village.fixed_broadband': ['Internet cáp quang/ADSL', 'Internet băng rộng cố định', 'BRCĐ'],
  'village.grid_electricity': ['Có điện lưới', 'Điện lưới quốc gia'],
  'village.loudspeaker_working': ['Cụm loa', 'Loa truyền thanh hoạt động', 'Có cụm loa hoạt động'],
  'commune.villages': ['Tổng số thôn', 'Số thôn, bản', 'Số thôn bản'],
  'commune.villages_with_loudspeakers': ['Số thôn có cụm loa', 'Số thôn có loa hoạt động'],
  'commune.officials': ['Số CBCC xã', 'Số CBCC', 'Tổng số CBCC', 'Số cán bộ, công chức'],
  'commune.officials_using_computers': ['CBCC sử dụng máy tính', 'Số CBCC sử dụng máy tính'],
  'commune.officials_with_digital_signature': ['CBCC có chữ ký số', 'Số CBCC có chữ ký số', 'Số CBCC có CKS'],
  'commune.share_officials_with_digital_signature': ['Tỷ lệ CBCC có chữ ký số'],
  'commune.dossiers_total': ['Tổng số hồ sơ', 'Tổng số hồ sơ TTHC', 'Số hồ sơ TTHC tiếp nhận'],
  'commune.dossiers_online': ['Số hồ sơ trực tuyến', 'Hồ sơ nộp trực tuyến', 'Số hồ sơ xử lý trực tuyến'],
  'commune.share_dossiers_online': ['Tỷ lệ hồ sơ trực tuyến'],
  'commune.dms_in_use': ['Phần mềm QLVB', 'Sử dụng QLVB&ĐH', 'Hệ thống quản lý văn bản'],
  'commune.web_page_live': ['Trang thông tin điện tử xã', 'Cổng TTĐT xã', 'Trang TTĐT'],
  'commune.radio_station': ['Đài truyền thanh', 'Có đài truyền thanh'],
  'commune.radio_station_operating': ['Đài truyền thanh hoạt động', 'Đài hoạt động'],
  'commune.postal_points': ['Số điểm phục vụ bưu chính', 'Điểm BĐ-VHX', 'Số điểm BĐVHX'],
  'province.telecom_revenue': ['Doanh thu viễn thông', 'Doanh thu dịch vụ viễn thông'],
  'province.postal_revenue': ['Doanh thu bưu chính', 'Doanh thu dịch vụ bưu chính'],
  'province.mobile_population_coverage': ['Tỷ lệ dân số được phủ sóng', 'Tỷ lệ dân số phủ sóng di động'],
};
