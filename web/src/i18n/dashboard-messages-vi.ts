/**
 * Vietnamese text of the dashboard (Tổng quan: key figures, trends, plan and coverage, the criterion,
 * the units below and the map); joined to the main dictionary in i18n.tsx, so the English one must match
 * it key for key.
 */
import type { Widen } from './messages-vi.ts';

const sourceNames: Record<string, string> = {
  reported: 'số liệu báo cáo',
  rollup: 'cộng từ cấp dưới',
  register: 'đếm theo danh mục',
  rebased: 'quy đổi từ đơn vị cũ',
  none: 'chưa có số liệu',
};
const levelNames: Record<string, string> = { province: 'tỉnh, thành phố', district: 'huyện', commune: 'xã, phường', village: 'thôn, tổ dân phố' };
const outcomeNames: Record<string, string> = { pass: 'Đạt', fail: 'Không đạt', missing: 'Chưa đủ dữ liệu', out_of_scope: 'Không thuộc phạm vi' };

export const dashboardVi = {
  navDashboard: 'Tổng quan',

  dashTitle: 'Tổng quan số liệu',
  dashIntro:
    'Chỉ tiêu chính của một đơn vị trong năm: so với kế hoạch và cùng kỳ, xu hướng qua các năm, phủ sóng, tiêu chí nông thôn mới và các đơn vị trực thuộc.',
  dashUnitLabel: 'Đơn vị',
  dashUnitHint: 'Gõ tên hoặc mã tỉnh, xã, thôn.',
  dashYearLabel: 'Năm',
  dashAtLabel: 'Đơn vị hành chính theo',
  dashAtYearEnd: (date: string) => `Cuối kỳ (${date})`,
  dashAtToday: (date: string) => `Hiện nay (${date})`,
  dashAtOther: (date: string) => `Ngày ${date}`,
  dashAtHint:
    'Mã đơn vị được dùng lại sau sắp xếp ngày 01/07/2025: ngày này cho biết là đơn vị nào. Số liệu của những năm đơn vị chưa tồn tại được quy đổi từ các đơn vị cũ.',
  dashLoading: 'Đang tổng hợp số liệu…',
  dashFindingProvince: 'Đang tìm tỉnh có số liệu…',
  dashBreadcrumb: 'Đơn vị cấp trên',
  dashUnitHeading: (name: string, year: number) => `${name} · năm ${year}`,
  dashOtherViews: 'Xem thêm',
  dashUnitPageLink: 'Thông tin đơn vị',

  dashKeyFigures: 'Chỉ tiêu chính',
  dashNoKeyFigures: 'Chưa có chỉ tiêu chính nào cho đơn vị và năm này.',
  dashPlan: 'Kế hoạch',
  dashPrevious: 'Cùng kỳ năm trước',
  dashNone: '—',
  dashNoValue: 'Chưa có số liệu',
  dashYes: 'Có',
  dashNo: 'Không',
  dashDerived: 'số liệu quy đổi',
  dashDerivedHint: 'Đơn vị chưa tồn tại trong kỳ này: số liệu được cộng từ các đơn vị cũ hợp thành đơn vị.',
  dashNotComparable: 'không so sánh được',
  dashNotComparableHint: 'Đơn vị cũ bị chia tách và không có số liệu cấp thôn để quy đổi.',
  dashSource: (source: string) => sourceNames[source] ?? source,
  dashSourceLabel: 'Nguồn',
  dashReporting: (units: string, expected: string) => `${units}/${expected} đơn vị báo cáo`,
  dashFromPeriods: (periods: string) => `từ kỳ ${periods}`,

  dashTrends: 'Xu hướng qua các năm',
  dashTrendsNone: 'Chưa có số liệu nhiều năm để vẽ xu hướng.',
  dashActual: 'Thực hiện',
  dashPlanSeries: 'Kế hoạch',
  dashPlanVsActual: 'Thực hiện so với kế hoạch',
  dashPlanVsActualNone: 'Chưa có kế hoạch cho các chỉ tiêu chính của năm này.',
  dashPercentOfPlan: '% kế hoạch',
  dashChartLabel: (name: string) => `Biểu đồ: ${name}`,

  dashCoverage: 'Phủ sóng băng rộng di động',
  dashCoverageNone: 'Chưa có số liệu phủ sóng thôn của năm này.',
  dashCriteria: 'Tiêu chí số 8 (thông tin và truyền thông)',
  dashCriteriaNone: 'Không có bộ tiêu chí nông thôn mới áp dụng cho đơn vị này.',
  dashCriteriaLink: 'Xem bảng đánh giá tiêu chí',
  dashOutcome: (outcome: string) => outcomeNames[outcome] ?? outcome,

  dashChildren: (level: string) => `Các ${levelNames[level] ?? level} trực thuộc`,
  dashLevelName: (level: string) => levelNames[level] ?? level,
  dashNoChildren: 'Không có đơn vị trực thuộc.',
  dashColUnit: 'Đơn vị',
  dashSortBy: (column: string) => `Sắp xếp theo ${column}`,
  dashOpenDashboard: (name: string) => `Xem tổng quan của ${name}`,
  dashDownload: 'Tải dữ liệu',
  dashDownloadHint: 'Bảng các đơn vị trực thuộc, năm này và năm trước, kèm kế hoạch.',

  dashMap: 'Bản đồ',
  dashMapLayer: 'Lớp bản đồ',
  dashLayerCriteria: 'Tình trạng tiêu chí số 8',
  dashMapClasses: 'Chia lớp',
  dashClassesQuantile: 'Phân vị (số đơn vị như nhau)',
  dashClassesEqual: 'Khoảng đều',
  dashMapLoading: 'Đang tải bản đồ…',
  dashMapNoBoundaries: 'Chưa có ranh giới: hiển thị dạng lưới ô',
  dashMapImportHint: 'Nhập ranh giới (GeoJSON, TopoJSON hoặc shapefile) bằng lệnh “ictmon boundaries import” để vẽ bản đồ.',
  dashMapMissing: (count: string) => `${count} đơn vị chưa có ranh giới, chỉ có trong bảng.`,
  dashMapNoUnits: 'Không có đơn vị nào để vẽ.',
  dashMapOpen: 'Nhấn để xem tổng quan',
  dashMapNoData: 'Không có số liệu',
  dashMapLegend: 'Chú giải',
  dashMapLabel: (layer: string) => `Bản đồ ${layer}`,
  dashMapGridLabel: (layer: string) => `Lưới ô các đơn vị: ${layer}`,
  dashMapUnits: (count: string) => `${count} đơn vị`,
  dashMapNoVillageMap: 'Bản đồ chỉ vẽ cho tỉnh, huyện và xã.',
};

/** The keys and parameters of the dashboard's text. */
export type DashboardMessages = Widen<typeof dashboardVi>;
