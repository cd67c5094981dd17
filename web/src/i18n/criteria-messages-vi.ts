/**
 * Vietnamese text of the NTM ICT criterion screens (Tiêu chí NTM: the province board and a commune's
 * evaluation); joined to the main dictionary in i18n.tsx, so the English one must match it key for key.
 */
import type { Widen } from './messages-vi.ts';

const outcomeNames: Record<string, string> = { pass: 'Đạt', fail: 'Không đạt', missing: 'Chưa đủ dữ liệu', not_applicable: 'Không áp dụng' };
const confidenceNames: Record<string, string> = {
  XN: 'XN — đã xác nhận: văn bản quy định rõ',
  TH: 'TH — theo thực tiễn: cách hiểu các Sở TT&TT đã áp dụng',
  CX: 'CX — chưa xác nhận: văn bản chưa rõ, ngưỡng là tham số có thể đổi',
};
const scopeNames: Record<string, string> = {
  in_scope: 'Xã thuộc phạm vi đánh giá nông thôn mới',
  ward: 'Phường: ngoài phạm vi nông thôn mới',
  town: 'Thị trấn: ngoài phạm vi nông thôn mới',
  not_commune: 'Không phải đơn vị cấp xã',
};

/** "island", "dtts_mn", "region:…", "group:2" → the context a parameter value applies in. */
function contextName(when: string): string {
  if (when === 'island') return 'xã đảo';
  if (when === 'dtts_mn') return 'vùng DTTS&MN';
  if (when.startsWith('region:')) return `cột vùng ${when.slice(7)}`;
  if (when.startsWith('group:')) return `nhóm ${when.slice(6)}`;
  return when;
}

export const criteriaVi = {
  navCriteria: 'Tiêu chí NTM',
  unitCriterionLink: 'Đánh giá tiêu chí số 8 (nông thôn mới) của xã',

  critBoardTitle: 'Tiêu chí nông thôn mới về thông tin và truyền thông',
  critBoardIntro:
    'Tiêu chí số 8 của Bộ tiêu chí quốc gia về xã nông thôn mới, đánh giá cho từng xã theo bộ tiêu chí và hướng dẫn có hiệu lực vào ngày đánh giá.',
  critLoading: 'Đang đánh giá…',
  critFindingProvince: 'Đang tìm tỉnh có số liệu…',
  critUrlDateInvalid: (value: string) => `Ngày “${value}” trong địa chỉ không hợp lệ; đang hiển thị ngày 31/12 năm trước.`,
  critDemoBanner: 'Kết quả tính từ số liệu minh họa, không phải số liệu do đơn vị báo cáo: không dùng cho báo cáo chính thức.',
  critNoValues: 'Chưa có số liệu chỉ tiêu nào của các xã trong tỉnh vào ngày này: mọi xã sẽ “chưa đủ dữ liệu”.',

  critProvinceLabel: 'Tỉnh, thành phố',
  critProvinceNotInForce: (code: string) => `${code} (không hiệu lực vào ngày này)`,
  critProvinceNotInForceOn: (name: string, date: string) => `${name} không có hiệu lực vào ngày ${date}.`,
  critSwitchProvince: (name: string) => `Xem ${name}`,
  critDateLabel: 'Ngày đánh giá',
  critDateHint: 'dd/mm/yyyy, Enter để áp dụng. Đánh giá nông thôn mới thường tính đến 31/12 hằng năm.',
  critDateQuick: 'Chọn nhanh ngày cuối năm',
  critSetLabel: 'Bộ tiêu chí',
  critSetDefault: (id: string, name: string) => `${id} — ${name} (đang hiệu lực)`,
  critSetInForce: 'Bộ tiêu chí đang hiệu lực',
  critSetNotInForce: (id: string) => `${id} (không hiệu lực vào ngày này)`,
  critPickersNote:
    'Bộ tiêu chí và hướng dẫn của Bộ TT&TT được chọn theo ngày đánh giá; có thể chọn thêm bộ xã nông thôn mới nâng cao, kiểu mẫu khi còn hiệu lực.',

  critOnDate: (date: string) => `ngày ${date}`,
  critOverlays: (ids: string) => `quy định riêng của tỉnh: ${ids}`,
  critCountsLabel: 'Số xã theo kết quả',
  critOutOfScopeCount: (wards: string, towns: string) => `ngoài phạm vi: ${wards} phường, ${towns} thị trấn`,
  critPreviousYear: (date: string, set: string) => `Cùng kỳ năm trước (${date}, ${set}):`,
  critPreviousProvinces: (codes: string) => `— tính trên các tỉnh trước sắp xếp: ${codes}`,
  critNotComparable: 'không so sánh được',
  critSuggestDate: (date: string) => `Xem đánh giá ngày ${date} (còn tiêu chí số 8)`,
  critOutcome: (outcome: string) => outcomeNames[outcome] ?? outcome,
  critConfidenceMeaning: (tag: string) => confidenceNames[tag] ?? tag,
  critConfidenceLegend: 'Mức độ chắc chắn của quy tắc',

  critTalliesHeading: 'Kết quả theo chỉ tiêu',
  critTallyCounts: (passed: string, failed: string, missing: string) => `${passed} xã đạt · ${failed} không đạt · ${missing} chưa đủ dữ liệu`,
  critFailingCommunes: (count: string) => `${count} xã không đạt`,

  critDistrictsHeading: 'Theo huyện',
  critColDistrict: 'Huyện',
  critColResult: 'Kết quả',
  critColOutOfScope: 'Phường, thị trấn',
  critFilterToDistrict: (name: string) => `Chỉ xem các xã của ${name}`,

  critBoardHeading: 'Bảng đánh giá các xã',
  critBoardShown: (shown: string, total: string) => `${shown}/${total} xã`,
  critBoardNone: 'Không có xã nào khớp bộ lọc.',
  critFiltersLabel: 'Lọc bảng đánh giá',
  critFilterOutcome: 'Kết quả',
  critFilterAll: 'Mọi kết quả',
  critFilterDistrict: 'Huyện',
  critFilterAllDistricts: 'Mọi huyện',
  critColCommune: 'Xã',
  critColOverall: 'Tiêu chí số 8',
  critColReasons: 'Lý do',
  critColGaps: 'Cần bổ sung',
  critMoreReasons: (count: string) => `+${count} lý do khác`,
  critMoreGaps: (count: string) => `+${count} nội dung khác`,
  critOutOfScopeHeading: (count: string) => `${count} phường, thị trấn ngoài phạm vi NTM`,
  critOutOfScopeHint: 'Phường và thị trấn không phải đơn vị nông thôn mới nên không được tính vào số xã.',

  critWhatIfHeading: 'Tính thử với tham số khác',
  critWhatIfIntro:
    'Một số ngưỡng văn bản chưa quy định rõ (CX) được đặt thành tham số, mặc định theo cách hiểu chặt nhất. Đổi tham số rồi bấm “Tính thử” để xem số xã đạt thay đổi thế nào. Kết quả tính thử không được lưu.',
  critParamDefault: (value: string) => `Mặc định: ${value}`,
  critParamOff: 'Không áp dụng',
  critParamBadShare: 'Nhập tỷ lệ từ 0 đến 100 (%).',
  critParamBadNumber: 'Nhập một số.',
  critSwitchOn: 'Bật',
  critSwitchOff: 'Tắt',
  critContext: (when: string) => contextName(when),
  critWhatIfRun: 'Tính thử',
  critWhatIfRunning: 'Đang tính thử…',
  critWhatIfReset: 'Về mặc định',
  critWhatIfNothing: 'Chưa đổi tham số nào so với mặc định quốc gia.',
  critWhatIfLabel: 'Tính thử — không lưu',
  critWhatIfParams: (list: string) => `Tham số đã đổi: ${list}`,
  critWhatIfNational: 'Theo tham số quốc gia',
  critWhatIfTrial: 'Tính thử',
  critColOutcome: 'Kết quả',
  critColDifference: 'Chênh lệch',
  critWhatIfChanged: 'Xã đổi kết quả',
  critWhatIfNoChange: 'Không xã nào đổi kết quả.',
  critWhatIfFrom: 'Theo tham số quốc gia',
  critWhatIfTo: 'Khi tính thử',

  critCoverageHeading: 'Thôn, bản chưa được phủ sóng',
  critTrangSong: 'trắng sóng',
  critLomSong: 'lõm sóng',
  critWithoutBroadband: 'chưa có băng rộng di động',
  critNotReported: 'chưa có số liệu',
  critClusters: (count: string) => `${count} cụm dân cư`,
  critCoverageDefinitions:
    'Trắng sóng: không có sóng di động tại trung tâm thôn (nhà văn hóa). Lõm sóng: có sóng tại trung tâm nhưng còn cụm dân cư chưa có sóng. Thôn chưa có băng rộng di động được phân theo vùng hỗ trợ của Quỹ Dịch vụ viễn thông công ích và điện lưới.',
  critBreakdownCaption: 'Thôn chưa có băng rộng di động, theo vùng Quỹ DVVTCI và điện lưới',
  critWithGrid: 'Có điện lưới',
  critWithoutGrid: 'Chưa có điện lưới',
  critUsoArea: 'Thuộc vùng Quỹ DVVTCI hỗ trợ',
  critOtherArea: 'Ngoài vùng Quỹ DVVTCI',
  critUnclassified: 'Chưa phân loại được (thiếu số liệu vùng hoặc điện lưới)',
  critCoverageVillages: 'Danh sách thôn, bản',
  critCoverageNone: 'Mọi thôn, bản đều có băng rộng di động và sóng tại mọi cụm dân cư.',
  critColVillage: 'Thôn, bản',
  critColClass: 'Tình trạng',
  critColGrid: 'Điện lưới',
  critColUsoArea: 'Vùng Quỹ DVVTCI',
  critColPeriod: 'Kỳ số liệu',

  critRecordHeading: 'Chốt kết quả đánh giá',
  critRecordIntro:
    'Lưu kết quả đánh giá của mọi xã trong tỉnh vào ngày này (theo tham số quốc gia và bộ tiêu chí đang chọn) làm kết quả chính thức. Kết quả đã chốt không bị tính lại khi số liệu thay đổi; chốt lần nữa sẽ thêm một lần chốt mới.',
  critRecordButton: 'Chốt kết quả đánh giá',
  critRecordConfirm: (area: string, date: string, set: string, communes: string) => `Chốt kết quả của ${communes} xã thuộc ${area} ngày ${date} theo ${set}?`,
  critRecordReason: 'Ghi chú (không bắt buộc)',
  critRecordConfirmButton: 'Xác nhận chốt',
  critRecordCancel: 'Huỷ',
  critRecordSaving: 'Đang lưu…',
  critRecorded: (run: string, date: string, set: string, guidance: string, communes: string, passed: string, failed: string, missing: string) =>
    `Đã chốt lần #${run}: ngày ${date}, ${set} · ${guidance}; ${communes} xã: ${passed} đạt, ${failed} không đạt, ${missing} chưa đủ dữ liệu.`,

  critUnitPage: 'Trang đơn vị hành chính',
  critProvinceBoard: 'Bảng đánh giá của tỉnh',
  critCommuneErrorTitle: (code: string) => `Không đánh giá được đơn vị ${code}`,
  critOverallHeading: 'Kết quả chung',
  critGuidanceLabel: 'Hướng dẫn áp dụng',
  critScopeLabel: 'Phạm vi',
  critScope: (scope: string) => scopeNames[scope] ?? scope,
  critRegionLabel: 'Vùng (2021–2025)',
  critGroupLabel: 'Nhóm xã (2026–2030)',
  critGroup: (group: string) => `Nhóm ${group}.`,
  critDataLabel: 'Số liệu đã đọc',
  critDataCounts: (villages: string, facts: string) => `${villages} thôn, ${facts} giá trị`,
  critSubsHeading: 'Các chỉ tiêu',
  critRuleTitle: 'Mã quy tắc trong regulations.md',
  critLocalRule: 'quy định riêng của tỉnh',
  critGapsHeading: 'Cần bổ sung',
  critMissingHeading: 'Thiếu số liệu',
  critFailingVillages: (count: string) => `${count} thôn không đạt`,
  critMissingVillages: (count: string) => `${count} thôn chưa có số liệu`,
  critConditionsHeading: 'Chi tiết điều kiện và số liệu',
  critAllOf: 'Tất cả: ',
  critAnyOf: 'Một trong các điều kiện: ',
  critNotApplied: 'không áp dụng',
  critFound: 'Ghi nhận:',
  critLack: 'Còn thiếu:',
  critGapLine: 'Cần:',
  critPeriodOf: (period: string) => `kỳ ${period}`,
  critVillagesPassing: (passing: string, total: string) => `${passing}/${total} thôn đạt`,
  critFromCounts: 'theo số liệu tổng hợp của xã',

  critHistoryHeading: 'Lịch sử đánh giá',
  critHistoryIntro:
    'Kết quả tại ngày 31/12 mỗi năm theo bộ tiêu chí và hướng dẫn có hiệu lực khi đó, tính từ số liệu hiện có; cùng các lần đã chốt (giữ nguyên như khi chốt).',
  critHistoryNone: 'Chưa có năm nào có số liệu để đánh giá.',
  critColDate: 'Ngày',
  critColSet: 'Bộ tiêu chí',
  critColGuidance: 'Hướng dẫn',
  critColSubs: 'Theo chỉ tiêu',
  critColSource: 'Nguồn',
  critComputed: 'Tính từ số liệu hiện có',
  critRecordedRun: (run: string, at: string) => `Đã chốt #${run}${at ? ` lúc ${at}` : ''}`,
};

/** The keys and parameters of the criterion screens' text. */
export type CriteriaMessages = Widen<typeof criteriaVi>;
