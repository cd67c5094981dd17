/**
 * Vietnamese text of the reports page (issue #7, Báo cáo tổng kết): the choices, the document fields, the
 * build's progress and the files. The report itself is an official document and stays Vietnamese in both
 * languages; only the page around it is translated. Spread into the UI dictionary (i18n.tsx); the English
 * one must match it key for key.
 */
import type { Widen } from './messages-vi.ts';

const partNames: Record<string, string> = {
  year: 'Cả năm (tổng kết)',
  S1: '6 tháng đầu năm (sơ kết)',
  S2: '6 tháng cuối năm',
  Q1: 'Quý I',
  Q2: 'Quý II',
  Q3: 'Quý III',
  Q4: 'Quý IV',
};
const formatNames: Record<string, string> = { docx: 'Word (DOCX)', xlsx: 'Excel (XLSX)', pdf: 'PDF' };

export const reportsVi = {
  navReports: 'Báo cáo',
  reportsTitle: 'Báo cáo tổng kết',
  reportsIntro:
    'Lập báo cáo tổng kết (sơ kết) công tác bưu chính, viễn thông, công nghệ thông tin và chuyển đổi số của một tỉnh hoặc toàn quốc từ số liệu đã phê duyệt: xem trước, rồi tải về dạng Word, Excel hoặc PDF.',
  needReports: 'lập báo cáo tổng kết',

  reportScopeHeading: 'Phạm vi và kỳ báo cáo',
  reportProvinceLabel: 'Tỉnh, thành phố',
  reportWholeCountry: 'Toàn quốc',
  reportProvinceHint: 'Các tỉnh, thành phố có hiệu lực vào cuối kỳ báo cáo.',
  reportYearLabel: 'Năm',
  reportPartLabel: 'Kỳ báo cáo',
  reportPartName: (part: string) => partNames[part] ?? part,

  reportSectionsLegend: 'Nội dung báo cáo',
  reportSectionsAll: 'Chọn tất cả',
  reportSectionsNone: 'Bỏ chọn',
  reportSectionsCount: (chosen: string, total: string) => `Đã chọn ${chosen}/${total} phần.`,
  reportSectionsEmpty: 'Chọn ít nhất một phần của báo cáo.',

  reportDocumentHeading: 'Thông tin văn bản',
  reportDateLabel: 'Ngày văn bản',
  reportDateHint: (today: string) => `Dạng dd/mm/yyyy; để trống là ngày hôm nay (${today}).`,
  reportDateInvalid: 'Ngày không hợp lệ: nhập theo dạng dd/mm/yyyy, ví dụ 22/11/2026.',
  reportNumberLabel: 'Số văn bản',
  reportNumberHint: 'Để trống khi văn thư cấp số lúc đăng ký văn bản.',
  reportAgencySummary: 'Cơ quan ban hành',
  reportAgencyNote:
    'Mặc định, cơ quan ban hành được chọn theo ngày văn bản: Sở Thông tin và Truyền thông trước ngày 01/03/2025, Sở Khoa học và Công nghệ từ ngày 01/03/2025 (sau khi hợp nhất hai sở). Chỉ điền các ô dưới đây khi cần thay đổi.',
  reportAgencyForDate: (date: string, agency: string) => `Với ngày văn bản ${date}: ${agency}.`,
  reportAgencyIct: 'Sở Thông tin và Truyền thông',
  reportAgencyScience: 'Sở Khoa học và Công nghệ',
  reportAgencySuperiorLabel: 'Cơ quan chủ quản',
  reportAgencySuperiorHint: 'Ví dụ: UBND TỈNH SƠN LA.',
  reportAgencyNameLabel: 'Tên cơ quan ban hành',
  reportAgencyNameHint: 'Ví dụ: SỞ KHOA HỌC VÀ CÔNG NGHỆ.',
  reportAgencySymbolLabel: 'Chữ viết tắt tên cơ quan',
  reportAgencySymbolHint: 'Dùng trong số, ký hiệu văn bản: SKHCN trong “Số: 125/BC-SKHCN”.',
  reportSignerLegend: 'Người ký',
  reportSignerAuthorityLabel: 'Quyền hạn ký',
  reportSignerAuthorityHint: 'Ví dụ: KT. GIÁM ĐỐC; để trống khi người đứng đầu ký.',
  reportSignerPositionLabel: 'Chức vụ',
  reportSignerPositionHint: 'Ví dụ: PHÓ GIÁM ĐỐC.',
  reportSignerNameLabel: 'Họ và tên người ký',
  reportSignerNameHint: 'Để trống để ghi tay.',
  reportRecipientsLabel: 'Nơi nhận',
  reportRecipientsHint: 'Mỗi dòng một nơi nhận; để trống là nơi nhận mặc định.',
  reportCompareYearLabel: 'So sánh thêm với năm',
  reportCompareYearNone: 'Không',
  reportCompareYearHint: 'Số xã đạt tiêu chí luôn được so với năm trước; chọn thêm một năm mốc nếu cần (ví dụ 2018).',

  reportActionsLabel: 'Lập báo cáo',
  reportPreviewButton: 'Xem trước',
  reportDownloadLabel: 'Tải về',
  reportFormatName: (format: string) => formatNames[format] ?? format,
  reportDownloadAs: (format: string) => `Tải về dạng ${formatNames[format] ?? format}`,
  reportPdfUnavailable: 'Chưa xuất được PDF: máy chủ không có Chromium. Hãy tải bản Word rồi lưu thành PDF.',
  reportBusy: 'Đang lập báo cáo: các nút sẽ mở lại khi xong.',

  reportProgressLabel: 'Tiến độ lập báo cáo',
  reportProgressStep: (step: string, steps: string, label: string) => `Bước ${step}/${steps}: ${label}…`,
  reportProgressStarting: 'Đang bắt đầu…',
  reportFileReady: (format: string) => `Đã lập xong tệp ${formatNames[format] ?? format}. Trình duyệt đang tải về; nếu chưa, bấm:`,
  reportFileKept: 'Máy chủ giữ tệp khoảng một giờ.',
  reportFailed: 'Không lập được báo cáo',
  reportJobExpired: 'Yêu cầu lập báo cáo đã hết hạn (máy chủ chỉ giữ khoảng một giờ): hãy lập lại.',
  reportFixFields: 'Hãy sửa các ô được đánh dấu.',

  reportPreviewHeading: 'Bản xem trước',
  reportPreviewBuiltAt: (at: string) => `Lập lúc ${at}. Văn bản báo cáo luôn bằng tiếng Việt.`,
  reportPreviewEmpty: 'Chọn phạm vi, kỳ báo cáo rồi bấm “Xem trước” để xem báo cáo trước khi tải về.',
  reportPreviewLabel: 'Bản xem trước báo cáo',
};

export type ReportsMessages = Widen<typeof reportsVi>;
