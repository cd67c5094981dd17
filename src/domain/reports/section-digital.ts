/**
 * Sections "Ứng dụng công nghệ thông tin, chính quyền số" (document management, commune web pages,
 * online public services and dossiers, electronic documents, digital signatures) and "Doanh thu, thuê
 * bao" (sector revenue and subscriptions against plan and the same period last year, R-AGG-3).
 */
import { formatNumberVi } from '../format/vi-format.ts';
import { cite, comparisonClauses, figureClause, join, paragraph, sentence, words, type Fragment } from './phrasing.ts';
import type { ReportData } from './report-data.ts';
import type { ReportBlock, ReportSentence } from './report-types.ts';
import { countSentence } from './section-services.ts';
import { factOf, figureOf, indicatorTable, spanOf, wholeArea } from './section-tools.ts';

/** "(1.384.202/1.667.395 hồ sơ)": the counts a share was computed from, when both are known. */
function countsBehind(data: ReportData, numerator: string, denominator: string, unitWord: string): Fragment | null {
  const n = figureOf(data, numerator);
  const d = figureOf(data, denominator);
  if (!n || n.value === null || !d || d.value === null) return null;
  return join(
    [words('('), join([cite(n.ref, n.value, formatNumberVi(n.value)), cite(d.ref, d.value, formatNumberVi(d.value))], '/'), words(` ${unitWord})`)],
    '',
  );
}

/** A share's sentence with the counts behind it. */
function shareSentence(
  data: ReportData,
  name: string,
  share: string,
  numerator: string,
  denominator: string,
  unitWord: string,
  planned = false,
): ReportSentence {
  const fact = factOf(data, share);
  if (fact.value === null) return sentence(figureClause(name, fact));
  const counts = countsBehind(data, numerator, denominator, unitWord);
  return sentence(
    join(
      [
        join([name, fact.span ? `(${fact.span})` : null, 'đạt', cite(fact.ref, fact.value, formatNumberVi(Math.round(fact.value * 10) / 10, 1), '%'), counts]),
        comparisonClauses(fact, planned),
      ],
      ', ',
    ),
  );
}

/** The blocks of the IT application and digital government section. */
export function digitalBlocks(data: ReportData): ReportBlock[] {
  const services = figureOf(data, 'province.online_public_services');
  const full = figureOf(data, 'province.online_public_services', 'online_service_level=full');
  const partial = figureOf(data, 'province.online_public_services', 'online_service_level=partial');
  const servicesSentence =
    services && services.value !== null
      ? sentence(
          join([
            join([
              words(`${wholeArea(data)} cung cấp`),
              cite(services.ref, services.value, formatNumberVi(services.value)),
              words('dịch vụ công trực tuyến'),
              spanOf(data, services) ? `(${spanOf(data, services)})` : null,
            ]),
            full && full.value !== null && partial && partial.value !== null
              ? join(
                  [
                    words('(toàn trình'),
                    cite(full.ref, full.value, formatNumberVi(full.value)),
                    words(', một phần'),
                    cite(partial.ref, partial.value, formatNumberVi(partial.value)),
                    words(')'),
                  ],
                  ' ',
                )
              : null,
          ]),
        )
      : sentence('Số dịch vụ công trực tuyến: chưa có số liệu');
  const officials = [
    shareSentence(
      data,
      'Tỷ lệ cán bộ, công chức cấp xã có chữ ký số cá nhân',
      'commune.share_officials_with_digital_signature',
      'commune.officials_with_digital_signature',
      'commune.officials',
      'người',
      true,
    ),
    countSentence(data, 'Có', 'commune.officials_using_computers', 'cán bộ, công chức cấp xã sử dụng máy tính trong công việc', 'người'),
  ];
  return [
    paragraph([
      countSentence(data, 'Có', 'commune.dms_in_use', 'xã, phường sử dụng hệ thống quản lý văn bản và điều hành', 'xã'),
      countSentence(data, 'Có', 'commune.web_page_live', 'xã, phường có trang thông tin điện tử đang hoạt động', 'xã'),
    ]),
    paragraph([
      servicesSentence,
      shareSentence(
        data,
        'Tỷ lệ hồ sơ thủ tục hành chính tiếp nhận trực tuyến',
        'province.share_dossiers_online',
        'province.dossiers_online',
        'province.dossiers_total',
        'hồ sơ',
      ),
      shareSentence(
        data,
        'Ở cấp xã, tỷ lệ hồ sơ xử lý trực tuyến',
        'commune.share_dossiers_online',
        'commune.dossiers_online',
        'commune.dossiers_total',
        'hồ sơ',
      ),
    ]),
    paragraph([
      shareSentence(
        data,
        'Tỷ lệ văn bản đi dưới dạng điện tử',
        'province.share_documents_electronic',
        'province.documents_outgoing_electronic',
        'province.documents_outgoing',
        'văn bản',
        true,
      ),
      ...officials,
    ]),
    indicatorTable(data, 'digital', 'Ứng dụng công nghệ thông tin, chính quyền số', [
      { number: '1', name: 'Số xã, phường sử dụng hệ thống quản lý văn bản', indicator: 'commune.dms_in_use' },
      { number: '2', name: 'Số xã, phường có trang thông tin điện tử hoạt động', indicator: 'commune.web_page_live' },
      { number: '3', name: 'Số dịch vụ công trực tuyến', indicator: 'province.online_public_services' },
      { number: '4', name: 'Tỷ lệ hồ sơ TTHC tiếp nhận trực tuyến', indicator: 'province.share_dossiers_online' },
      { number: '5', name: 'Tỷ lệ hồ sơ TTHC cấp xã xử lý trực tuyến', indicator: 'commune.share_dossiers_online' },
      { number: '6', name: 'Tỷ lệ văn bản đi dưới dạng điện tử', indicator: 'province.share_documents_electronic' },
      { number: '7', name: 'Tỷ lệ cán bộ, công chức cấp xã có chữ ký số', indicator: 'commune.share_officials_with_digital_signature' },
    ]),
  ];
}

const SUBSCRIPTIONS = [
  ['province.mobile_telephone_subscriptions', 'Số thuê bao điện thoại di động'],
  ['province.fixed_telephone_subscriptions', 'Số thuê bao điện thoại cố định'],
  ['province.mobile_broadband_subscriptions', 'Số thuê bao truy nhập Internet băng rộng di động'],
  ['province.fixed_broadband_subscriptions', 'Số thuê bao truy nhập Internet băng rộng cố định'],
] as const;

/** The blocks of the revenue and subscriptions section. */
export function revenueBlocks(data: ReportData): ReportBlock[] {
  return [
    paragraph([
      sentence(figureClause('Doanh thu dịch vụ viễn thông', factOf(data, 'province.telecom_revenue'), { planned: true })),
      sentence(figureClause('Doanh thu dịch vụ bưu chính', factOf(data, 'province.postal_revenue'), { planned: true })),
    ]),
    paragraph(SUBSCRIPTIONS.map(([code, name]) => sentence(figureClause(name, factOf(data, code), { planned: true })))),
    indicatorTable(data, 'revenue', 'Doanh thu và thuê bao', [
      { number: '1', name: 'Doanh thu dịch vụ viễn thông', indicator: 'province.telecom_revenue' },
      { number: '2', name: 'Doanh thu dịch vụ bưu chính', indicator: 'province.postal_revenue' },
      ...SUBSCRIPTIONS.map(([code, name], i) => ({ number: String(i + 3), name, indicator: code })),
    ]),
  ];
}
