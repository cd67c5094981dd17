/**
 * Sections "Bưu chính" (service points, the communes whose point meets sub-criterion 8.1, dossiers
 * through the public postal service) and "Truyền thanh cơ sở" (commune radio stations by transmission,
 * operating, villages with working loudspeakers; grassroots information, Nghị định 49/2024/NĐ-CP).
 */
import { formatNumberVi } from '../format/vi-format.ts';
import { cite, countChangeClause, figureClause, join, paragraph, sentence, words, type Fragment } from './phrasing.ts';
import type { ReportData } from './report-data.ts';
import type { FigureRef, ReportBlock, ReportSentence } from './report-types.ts';
import { countsCommunes, crossesReform, factOf, figureOf, indicatorTable, missingText, REFORM_NOT_COMPARABLE, spanOf, wholeArea } from './section-tools.ts';

/**
 * A sentence about a count: "{prefix} {n} {what}, tăng 3 {unitWord} so với cùng kỳ"; "Số {what}: chưa có
 * số liệu" when it is not known.
 */
export function countSentence(data: ReportData, prefix: string, indicator: string, what: string, unitWord: string, breakdown = ''): ReportSentence {
  const f = figureOf(data, indicator, breakdown);
  if (!f || f.value === null) return sentence(`Số ${what}: ${missingText(data, indicator)}`);
  const change =
    countsCommunes(indicator) && crossesReform(data)
      ? words(REFORM_NOT_COMPARABLE)
      : f.previous === null
        ? null
        : countChangeClause({ value: f.value, ref: f.ref }, { value: f.previous, ref: f.previousRef }, unitWord, 'cùng kỳ');
  const span = spanOf(data, f);
  return sentence(join([join([prefix, cite(f.ref, f.value, formatNumberVi(f.value)), words(what), span ? `(${span})` : null]), change], ', '));
}

/** The blocks of the postal section. */
export function postalBlocks(data: ReportData): ReportBlock[] {
  const sentences = [countSentence(data, `${wholeArea(data)} có`, 'commune.postal_points', 'điểm phục vụ bưu chính', 'điểm')];
  const c = data.criteria;
  const sub = c?.criterion ? c.subCriteria.find((s) => s.id.endsWith('.1')) : undefined;
  if (c && sub) {
    const ref = (count: 'passed' | 'inScope', subCriterion?: string): FigureRef => ({
      kind: 'criteria',
      area: data.area.code,
      date: c.date,
      count,
      ...(subCriterion ? { subCriterion } : {}),
    });
    sentences.push(
      sentence(
        join([
          join(
            [cite(ref('passed', sub.id), sub.passed, formatNumberVi(sub.passed)), cite(ref('inScope'), c.counts.inScope, formatNumberVi(c.counts.inScope))],
            '/',
          ),
          words(`xã có điểm phục vụ bưu chính đáp ứng chỉ tiêu ${sub.id} (${sub.name})`),
        ]),
      ),
    );
  }
  sentences.push(countSentence(data, 'Có', 'commune.public_telecom_point', 'xã, phường có điểm phục vụ viễn thông, Internet công cộng', 'xã'));
  sentences.push(
    sentence(figureClause('Số hồ sơ thủ tục hành chính tiếp nhận, trả kết quả qua dịch vụ bưu chính công ích', factOf(data, 'province.postal_admin_dossiers'))),
  );
  return [
    paragraph(sentences),
    indicatorTable(data, 'postal', 'Mạng lưới và dịch vụ bưu chính', [
      { number: '1', name: 'Số điểm phục vụ bưu chính', indicator: 'commune.postal_points' },
      { number: '2', name: 'Số xã, phường có điểm phục vụ viễn thông, Internet công cộng', indicator: 'commune.public_telecom_point' },
      { number: '3', name: 'Số xã, phường có hộp thư công cộng', indicator: 'commune.public_letter_box' },
      { number: '4', name: 'Hồ sơ TTHC qua dịch vụ bưu chính công ích', indicator: 'province.postal_admin_dossiers' },
    ]),
  ];
}

const TRANSMISSIONS = [
  ['wired', 'hữu tuyến'],
  ['wireless', 'vô tuyến (FM)'],
  ['ip', 'ứng dụng CNTT – viễn thông'],
] as const;

/** The blocks of the grassroots radio section. */
export function radioBlocks(data: ReportData): ReportBlock[] {
  const parts = TRANSMISSIONS.map(([b, label]) => {
    const f = figureOf(data, 'commune.radio_station', `transmission=${b}`);
    return f && f.value !== null && f.value > 0 ? join([label, cite(f.ref, f.value, formatNumberVi(f.value))]) : null;
  }).filter((p): p is Fragment => p !== null);
  const stations = countSentence(data, `${wholeArea(data)} có`, 'commune.radio_station', 'xã, phường có đài truyền thanh', 'xã');
  const sentences = [stations];
  if (parts.length > 0) sentences.push(sentence(join([words('Theo phương thức truyền dẫn:'), join(parts, ', ')])));
  sentences.push(countSentence(data, 'Có', 'commune.radio_station_operating', 'đài truyền thanh xã đang hoạt động', 'đài'));
  const loud = figureOf(data, 'commune.villages_with_loudspeakers');
  const villages = figureOf(data, 'commune.villages');
  const share = factOf(data, 'commune.share_villages_loudspeakers');
  if (loud && loud.value !== null && villages && villages.value !== null) {
    sentences.push(
      sentence(
        join(
          [
            join([
              words('Có'),
              join([cite(loud.ref, loud.value, formatNumberVi(loud.value)), cite(villages.ref, villages.value, formatNumberVi(villages.value))], '/'),
              words('thôn, bản có cụm loa hoạt động thường xuyên'),
              spanOf(data, loud) ? `(${spanOf(data, loud)})` : null,
            ]),
            share.value === null ? null : figureClause('tỷ lệ', { ...share, span: null }),
          ],
          ', ',
        ),
      ),
    );
  } else {
    sentences.push(sentence('Số thôn, bản có cụm loa hoạt động thường xuyên: chưa có số liệu'));
  }
  const blocks: ReportBlock[] = [paragraph(sentences)];
  if (data.date >= '2025-03-01') {
    blocks.push(
      paragraph([
        sentence(
          'Từ ngày 01/03/2025, thông tin cơ sở (đài truyền thanh, hệ thống loa) thuộc lĩnh vực quản lý của ngành văn hóa, thể thao và du lịch (Nghị định số 43/2025/NĐ-CP); số liệu được nêu để theo dõi chỉ tiêu 8.3 của tiêu chí nông thôn mới',
        ),
      ]),
    );
  }
  blocks.push(
    indicatorTable(data, 'radio', 'Truyền thanh cơ sở', [
      { number: '1', name: 'Số xã, phường có đài truyền thanh', indicator: 'commune.radio_station', emphasis: 'total' },
      ...TRANSMISSIONS.map(([b, label], i) => ({
        number: `1.${i + 1}`,
        name: `Đài ${label}`,
        indicator: 'commune.radio_station',
        breakdown: `transmission=${b}`,
      })),
      { number: '2', name: 'Số đài truyền thanh xã đang hoạt động', indicator: 'commune.radio_station_operating' },
      { number: '3', name: 'Số thôn, bản có cụm loa hoạt động thường xuyên', indicator: 'commune.villages_with_loudspeakers' },
      { number: '4', name: 'Tỷ lệ thôn, bản có cụm loa hoạt động thường xuyên', indicator: 'commune.share_villages_loudspeakers' },
    ]),
  );
  return blocks;
}
