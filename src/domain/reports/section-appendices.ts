/**
 * The appendices: Phụ lục I, the communes by criterion outcome (with the sub-criteria not met), and
 * Phụ lục II, the villages without mobile broadband classed as regulations.md §5.1 does (trắng / lõm
 * sóng; electricity; the public-utility telecom fund's area).
 */
import { formatDateVi } from '../format/vi-format.ts';
import { parsePeriod } from '../periods/period.ts';
import { periodLabel } from '../periods/period-text.ts';
import { paragraph, sentence } from './phrasing.ts';
import type { ReportData, ReportVillageGap } from './report-data.ts';
import type { ReportBlock, ReportRow } from './report-types.ts';

const OUTCOMES = [
  ['pass', 'Xã đạt'],
  ['fail', 'Xã chưa đạt'],
  ['missing', 'Xã chưa đủ số liệu để đánh giá'],
] as const;

/** Phụ lục I: the communes by outcome. */
export function communesAppendix(data: ReportData): ReportBlock[] {
  const c = data.criteria;
  if (!c || !c.criterion) return [paragraph([sentence('Không có danh sách: không có tiêu chí thông tin và truyền thông để đánh giá tại ngày báo cáo')])];
  const withDistrict = c.communes.some((x) => x.districtName !== null);
  const rows: ReportRow[] = [];
  for (const [outcome, label] of OUTCOMES) {
    const list = c.communes.filter((x) => x.outcome === outcome);
    if (list.length === 0) continue;
    rows.push({ cells: ['', `${label} (${list.length} xã)`, ...(withDistrict ? [''] : []), ''], emphasis: 'group' });
    list.forEach((x, i) => rows.push({ cells: [String(i + 1), x.name, ...(withDistrict ? [x.districtName ?? ''] : []), x.notMet.join('; ')] }));
  }
  return [
    {
      type: 'table',
      id: 'appendix-communes',
      title: `Kết quả đánh giá tiêu chí số ${c.criterion.number} của các xã tại ngày ${formatDateVi(c.date)}`,
      columns: [
        { header: 'TT', format: 'text', decimals: 0, width: 6 },
        { header: 'Xã', format: 'text', decimals: 0, width: 24 },
        ...(withDistrict ? [{ header: 'Huyện', format: 'text' as const, decimals: 0, width: 18 }] : []),
        { header: 'Chỉ tiêu chưa đạt, chưa đủ số liệu', format: 'text', decimals: 0, width: withDistrict ? 52 : 70 },
      ],
      rows,
      notes: [`Đánh giá theo ${c.setName}. Không gồm phường, thị trấn.`],
    },
  ];
}

const SIGNAL: Record<NonNullable<ReportVillageGap['signal']>, string> = { trang_song: 'Trắng sóng', lom_song: 'Lõm sóng', covered: 'Có sóng di động' };
const yesNo = (v: boolean | null) => (v === null ? null : v ? 'Có' : 'Không');

/** Phụ lục II: the villages without mobile broadband. */
export function villagesAppendix(data: ReportData): ReportBlock[] {
  const c = data.coverage;
  if (!c) return [paragraph([sentence('Danh sách thôn, bản chưa có sóng băng rộng di động: chưa có số liệu')])];
  if (c.gaps.length === 0) return [paragraph([sentence(`Tại ngày ${formatDateVi(c.date)}, không còn thôn, bản chưa có sóng băng rộng di động`)])];
  const rows: ReportRow[] = c.gaps.map((v, i) => ({
    cells: [
      String(i + 1),
      v.name,
      v.communeName,
      v.broadband === null ? 'Chưa báo cáo' : v.signal ? SIGNAL[v.signal] : 'Chưa có băng rộng',
      yesNo(v.grid),
      yesNo(v.usoArea),
    ],
  }));
  return [
    {
      type: 'table',
      id: 'appendix-villages',
      title: `Thôn, bản chưa có sóng băng rộng di động tại ngày ${formatDateVi(c.date)}`,
      columns: [
        { header: 'TT', format: 'text', decimals: 0, width: 6 },
        { header: 'Thôn, bản', format: 'text', decimals: 0, width: 22 },
        { header: 'Xã', format: 'text', decimals: 0, width: 22 },
        { header: 'Tình trạng sóng di động', format: 'text', decimals: 0, width: 18 },
        { header: 'Điện lưới', format: 'text', decimals: 0, width: 12 },
        { header: 'Vùng hỗ trợ của Quỹ DVVTCI', format: 'text', decimals: 0, width: 20 },
      ],
      rows,
      notes: [
        'Trắng sóng: không có sóng di động tại trung tâm thôn; lõm sóng: có cụm dân cư chưa có sóng (mục 5.1). (–): chưa có số liệu.',
        ...(c.asOf
          ? [`Tình trạng của mỗi thôn theo số liệu báo cáo gần nhất đến ngày ${formatDateVi(c.date)} (kỳ gần nhất: ${periodLabel(parsePeriod(c.asOf), 'vi')}).`]
          : []),
      ],
    },
  ];
}
