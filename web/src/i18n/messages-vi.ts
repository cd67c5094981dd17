/**
 * Vietnamese UI text: the reference dictionary. Its shape defines `Messages`, so the English
 * dictionary must have exactly the same keys and parameters (checked by the type checker).
 * Parameters that are dates or numbers arrive already formatted for the language.
 */
import { LEVEL_NAMES, type UnitLevel } from '../../../src/domain/units/unit-types.ts';
import { UNIT_ATTRIBUTE_LABELS, type UnitAttributeKey } from '../../../src/domain/units/unit-attributes.ts';
import { valuesVi } from './values-messages-vi.ts';

const codeListNames: Record<string, string> = {
  'QD-124-2004': 'QĐ 124/2004/QĐ-TTg',
  'QD-19-2025': 'QĐ 19/2025/QĐ-TTg',
  LOCAL: 'Mã do địa phương đặt',
};

// Tên chỉ tiêu gắn với đơn vị (bảng unit_attribute).

export const vi = {
  appSubtitle: 'Số liệu bưu chính, viễn thông, CNTT của tỉnh, xã, thôn',
  skipToContent: 'Bỏ qua, đến nội dung chính',
  documentTitle: (page: string) => `${page} · ictmon`,

  dateLabel: 'Ngày hiệu lực',
  dateHint: 'dd/mm/yyyy, Enter để áp dụng',
  dateInvalid: 'Ngày không hợp lệ. Nhập theo dạng dd/mm/yyyy, ví dụ 01/07/2025.',
  dateCalendar: 'Chọn ngày trên lịch',
  dateQuick: 'Chọn nhanh ngày',
  dateToday: 'Hôm nay',
  dateLastThreeTier: 'Ngày cuối của mô hình 3 cấp',
  dateFirstTwoTier: 'Ngày đầu của chính quyền địa phương 2 cấp',
  urlDateInvalid: (value: string) => `Ngày “${value}” trong địa chỉ không hợp lệ; đang hiển thị theo ngày hôm nay.`,

  langLabel: 'Ngôn ngữ',
  langVi: 'Tiếng Việt',
  langEn: 'English',

  browserTitle: 'Tra cứu đơn vị hành chính',
  searchLabel: 'Tìm đơn vị hành chính',
  searchPlaceholder: 'Tìm đơn vị, ví dụ: bac kan',
  searchHelp: 'Gõ tên (có dấu hoặc không dấu) hoặc mã. Dùng ↑ ↓ để chọn, Enter để mở.',
  searchLoading: 'Đang tìm…',
  searchNoResults: (query: string) => `Không tìm thấy đơn vị nào khớp “${query}”.`,
  searchResultCount: (count: string) => `${count} kết quả`,
  searchClear: 'Xoá nội dung tìm',

  statusInForce: 'Đang hiệu lực',
  statusEndedSince: (date: string) => `Đã hết hiệu lực từ ${date}`,
  statusNotYet: 'Chưa có hiệu lực',
  statusNotYetFrom: (date: string) => `Chưa có hiệu lực (từ ${date})`,
  validUntilEndOf: (date: string) => `Hiệu lực đến hết ngày ${date}`,
  viewOnDate: (date: string) => `Xem đơn vị vào ngày ${date}, khi còn hiệu lực`,

  treeHeading: (date: string) => `Đơn vị đang hiệu lực ngày ${date}`,
  treeLabel: 'Cây đơn vị hành chính',
  treeHelp: 'Phím ↑ ↓ để di chuyển, → mở rộng, ← thu gọn, Enter mở trang đơn vị.',
  treeExpand: (name: string) => `Mở rộng ${name}`,
  treeCollapse: (name: string) => `Thu gọn ${name}`,
  hierarchyThreeTier: 'Mô hình 3 cấp (trước 01/07/2025): tỉnh → huyện → xã; thôn, tổ dân phố thuộc xã.',
  hierarchyTwoTier: 'Mô hình 2 cấp (từ 01/07/2025): tỉnh → xã, không còn cấp huyện; thôn, tổ dân phố thuộc xã.',
  provinceCount: (count: string) => `${count} đơn vị cấp tỉnh`,
  childCount: (count: string) => `${count} đơn vị trực thuộc`,
  noUnitsOnDate: 'Không có đơn vị nào hiệu lực vào ngày này trong dữ liệu.',
  loadMore: (remaining: string) => `Tải thêm (còn ${remaining})`,

  loading: 'Đang tải…',
  errorTitle: 'Không tải được dữ liệu',
  errorNetwork: 'Không kết nối được máy chủ.',
  retry: 'Thử lại',

  breadcrumbLabel: 'Vị trí',
  allProvinces: 'Tất cả tỉnh, thành phố',
  factsHeading: 'Thông tin chung',
  factLevel: 'Cấp',
  factType: 'Loại đơn vị',
  factCode: 'Mã',
  factCodeList: 'Danh mục mã',
  factValidity: 'Thời gian hiệu lực',
  factParent: 'Trực thuộc',
  factSource: 'Nguồn dữ liệu',
  validFromUnknown: 'chưa ghi nhận',
  validToOpen: 'nay',
  atMost: 'không muộn hơn',
  inexactTooltip: 'Ngày chính xác chưa được ghi nhận; đây là mốc giới hạn theo ngày của danh mục tham chiếu.',
  levelName: (level: UnitLevel) => LEVEL_NAMES[level].vi,
  codeListName: (id: string) => codeListNames[id] ?? id,

  predecessorsHeading: 'Đơn vị tiền thân',
  successorsHeading: 'Đơn vị kế thừa',
  predecessorsNone: 'Không có đơn vị tiền thân được ghi nhận.',
  successorsNone: 'Không có đơn vị kế thừa được ghi nhận.',
  colUnit: 'Đơn vị',
  colCoverage: 'Phạm vi',
  colEffective: 'Ngày hiệu lực',
  colLegalBasis: 'Căn cứ pháp lý',
  coverageFull: 'toàn bộ',
  coveragePartial: 'một phần',
  notRecorded: 'chưa ghi nhận',

  versionsHeading: 'Lịch sử phiên bản',
  colValidity: 'Hiệu lực',
  colName: 'Tên',
  colType: 'Loại',
  colParent: 'Trực thuộc',
  colCodeList: 'Danh mục mã',
  colSource: 'Nguồn',
  versionShown: 'đang xem',

  attributesHeading: 'Số liệu cơ bản',
  attributesNone: 'Chưa có số liệu.',
  colAttribute: 'Chỉ tiêu',
  colValue: 'Giá trị',
  attributeName: (key: string) => UNIT_ATTRIBUTE_LABELS[key as UnitAttributeKey]?.vi ?? key,
  yes: 'Có',
  no: 'Không',

  childrenHeading: 'Đơn vị trực thuộc',
  childrenOnDate: (date: string) => `Theo ngày ${date}.`,
  childrenShown: (shown: string, total: string) => `Hiển thị ${shown} trên ${total} đơn vị.`,
  childrenNone: 'Không có đơn vị trực thuộc.',

  notFoundTitle: 'Không tìm thấy đơn vị',
  notFoundText: (code: string) => `Không có đơn vị hành chính nào mang mã “${code}”.`,
  pageNotFoundTitle: 'Không tìm thấy trang',
  backToBrowser: '← Về trang tra cứu',

  footerEngine: 'Cơ sở dữ liệu',
  footerReference: 'Dữ liệu tham chiếu',
  footerReferenceNone: 'chưa nạp',
  footerReferenceSummary: (units: string, lineage: string) => `${units} phiên bản đơn vị, ${lineage} quan hệ kế thừa`,

  ...valuesVi,
};

/** A dictionary's shape: every entry a string, or a function of strings returning one. */
export type Widen<T> = { [K in keyof T]: T[K] extends (...args: infer A) => string ? (...args: A) => string : string };

/** The keys and parameters every UI dictionary provides. */
export type Messages = Widen<typeof vi>;
