/**
 * The annual (or six-month, quarterly) review from its data: the document frame chosen by the date
 * (NĐ 30/2020/NĐ-CP; the issuing agency by R-HIST-8), the opening, the sections asked for in their
 * order with tables numbered as they come, the appendices and the notes on how the figures were made.
 */
import { formatDateVi } from '../format/vi-format.ts';
import { buildMeta } from './document-frame.ts';
import { chooseIssuingAgency } from './issuing-agency.ts';
import { lowerFirst, paragraph, sentence } from './phrasing.ts';
import type { ReportData } from './report-data.ts';
import { REPORT_SECTIONS, type AnnualReportRequest, type ReportBlock, type ReportDocument, type ReportSection, type ReportSectionId } from './report-types.ts';
import { communesAppendix, villagesAppendix } from './section-appendices.ts';
import { digitalBlocks, revenueBlocks } from './section-digital.ts';
import { ntmBlocks } from './section-ntm.ts';
import { postalBlocks, radioBlocks } from './section-services.ts';
import { telecomBlocks } from './section-telecom.ts';

/** The sections' headings (without their number) and their names for pickers. */
export const SECTION_NAMES: Readonly<Record<ReportSectionId, { vi: string; en: string }>> = {
  telecom: { vi: 'Hạ tầng viễn thông, Internet', en: 'Telecom and Internet infrastructure' },
  postal: { vi: 'Bưu chính', en: 'Postal services' },
  radio: { vi: 'Truyền thanh cơ sở', en: 'Grassroots radio' },
  it: { vi: 'Ứng dụng công nghệ thông tin, chính quyền số', en: 'IT application and digital government' },
  ntm: { vi: 'Tiêu chí thông tin và truyền thông trong xây dựng nông thôn mới', en: 'The ICT criterion of new rural development' },
  revenue: { vi: 'Doanh thu, thuê bao', en: 'Revenue and subscriptions' },
  appendix_communes: { vi: 'Phụ lục I. Kết quả đánh giá tiêu chí của các xã', en: 'Appendix I. Communes by criterion outcome' },
  appendix_villages: { vi: 'Phụ lục II. Thôn, bản chưa có sóng băng rộng di động', en: 'Appendix II. Villages without mobile broadband' },
};

/** "Tổng kết" for a year, "Sơ kết" for six months, "Kết quả" for a quarter. */
function reportKind(periodCode: string): string {
  if (/S\d$/.test(periodCode)) return 'Sơ kết';
  if (/Q\d$/.test(periodCode)) return 'Kết quả';
  return 'Tổng kết';
}

/** Composes the document. `sections` and `date` are the request's, completed. */
export function composeAnnualReport(
  data: ReportData,
  request: AnnualReportRequest & { sections: ReportSectionId[]; date: string },
  builtAt: string,
): ReportDocument {
  const asked = new Set(request.sections);
  const agency = chooseIssuingAgency(data.area.code === null ? 'national' : 'province', request.date);
  const label = lowerFirst(data.period.label);
  const where = data.area.code === null ? 'cả nước' : `trên địa bàn ${lowerFirst(data.area.fullName)}`;
  const subtitle = `${reportKind(data.period.code)} công tác ${agency.workScope} ${label}`;
  const meta = buildMeta({
    agency,
    overrides: request.agency,
    province: data.area.code === null ? null : { name: data.area.name, fullName: data.area.fullName },
    date: request.date,
    number: request.number,
    subtitle,
    recipients: request.recipients,
    signer: request.signer,
  });
  const agencyName = request.agency?.name?.trim() || agency.name;
  const intro = [
    paragraph([
      sentence(
        `${agencyName}${data.area.code === null ? '' : ` ${lowerFirst(data.area.fullName)}`} báo cáo kết quả công tác ${agency.workScope} ${where} ${label} như sau:`,
      ),
    ]),
  ];

  // Appendices are numbered in the order written, and the sections name them by that number.
  const communesNo = asked.has('appendix_communes') ? 'I' : null;
  const villagesNo = asked.has('appendix_villages') ? (communesNo ? 'II' : 'I') : null;
  const main: ReportSection[] = [];
  const blocksOf: Partial<Record<ReportSectionId, () => ReportBlock[]>> = {
    telecom: () => telecomBlocks(data, villagesNo),
    postal: () => postalBlocks(data),
    radio: () => radioBlocks(data),
    it: () => digitalBlocks(data),
    ntm: () => ntmBlocks(data, communesNo),
    revenue: () => revenueBlocks(data),
  };
  let tableNo = 0;
  const numbered = (blocks: ReportBlock[]) => blocks.map((b) => (b.type === 'table' ? { ...b, title: `Bảng ${++tableNo}. ${b.title}` } : b));
  for (const id of REPORT_SECTIONS) {
    const make = blocksOf[id];
    if (!make || !asked.has(id)) continue;
    main.push({ id, heading: `${main.length + 1}. ${SECTION_NAMES[id].vi}`, blocks: numbered(make()) });
  }
  const appendices: ReportSection[] = [];
  if (communesNo)
    appendices.push({ id: 'appendix_communes', heading: `PHỤ LỤC ${communesNo}. ${appendixTitle('appendix_communes')}`, blocks: communesAppendix(data) });
  if (villagesNo)
    appendices.push({ id: 'appendix_villages', heading: `PHỤ LỤC ${villagesNo}. ${appendixTitle('appendix_villages')}`, blocks: villagesAppendix(data) });

  return {
    kind: 'annual',
    request,
    area: { code: data.area.code, name: data.area.name, fullName: data.area.fullName },
    period: { code: data.period.code, label: data.period.label, start: data.period.start, end: data.period.end },
    at: data.at,
    meta,
    intro,
    mainHeading: `I. KẾT QUẢ THỰC HIỆN ${label.toLocaleUpperCase('vi-VN')}`,
    sections: main,
    appendices,
    dataNotes: dataNotes(data),
    demo: data.demo,
    builtAt,
  };
}

/** "KẾT QUẢ ĐÁNH GIÁ TIÊU CHÍ CỦA CÁC XÃ": the appendix's name without its number, upper case. */
function appendixTitle(id: 'appendix_communes' | 'appendix_villages'): string {
  return SECTION_NAMES[id].vi.replace(/^Phụ lục [IV]+\. /, '').toLocaleUpperCase('vi-VN');
}

/** How the figures were made. */
function dataNotes(data: ReportData): string[] {
  const notes = [
    `Số liệu tổng hợp từ các báo cáo đã được phê duyệt trong ictmon, theo địa giới hành chính tại ngày ${formatDateVi(data.at)}.`,
    'Tỷ lệ được tính lại từ tổng tử số và tổng mẫu số của các đơn vị, không lấy trung bình các tỷ lệ; chỉ tiêu không có số liệu ghi "chưa có số liệu".',
  ];
  if (data.at >= '2025-07-01' && data.period.start < '2025-07-01') {
    notes.push('Số liệu của các kỳ trước ngày 01/07/2025 được quy đổi theo đơn vị hành chính sau sắp xếp, bằng cách cộng số liệu của các đơn vị hợp thành.');
  }
  if (data.area.code === null) {
    notes.push(
      'Số liệu cả nước được cộng từ số liệu của các tỉnh, thành phố (tỷ lệ tính lại từ tổng tử số và mẫu số); chỉ tiêu chỉ một số tỉnh, thành phố có số liệu được ghi rõ số tỉnh, thành phố; tỷ lệ bình quân theo dân số chưa được tổng hợp.',
    );
  }
  if (data.demo) notes.push('Báo cáo có sử dụng dữ liệu minh họa, không phải số liệu thống kê chính thức.');
  return notes;
}
