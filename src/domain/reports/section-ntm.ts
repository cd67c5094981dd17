/**
 * Section "Tiêu chí số 8 về thông tin và truyền thông" of the new-rural-development programme: "x/y xã
 * đạt" on the period's end under the set in force then (R-VER, R-AGG-1: wards and towns excluded), the
 * change on a year earlier and on a year asked for, each judged under its own set, the sub-criteria, and
 * Phụ lục I (the communes by outcome).
 */
import { formatDateVi, formatNumberVi } from '../format/vi-format.ts';
import { cite, countChangeClause, join, paragraph, sentence, words, type Fragment } from './phrasing.ts';
import type { ReportCriteria, ReportData } from './report-data.ts';
import type { FigureRef, ReportBlock, ReportRow, ReportTable } from './report-types.ts';
import { wholeArea } from './section-tools.ts';
import { TWO_TIER_START } from '../units/unit-types.ts';

const ref = (data: ReportData, date: string, count: Extract<FigureRef, { kind: 'criteria' }>['count'], subCriterion?: string): FigureRef => ({
  kind: 'criteria',
  area: data.area.code,
  date,
  count,
  ...(subCriterion ? { subCriterion } : {}),
});

/** The blocks of the criterion section. */
export function ntmBlocks(data: ReportData, appendixNo: string | null): ReportBlock[] {
  const c = data.criteria;
  if (!c) return [paragraph([sentence('Kết quả đánh giá tiêu chí thông tin và truyền thông: chưa có số liệu')])];
  if (!c.criterion) {
    return [
      paragraph([
        sentence(
          `Tại ngày ${formatDateVi(c.date)}, bộ tiêu chí áp dụng là ${c.setName}; bộ tiêu chí này không có tiêu chí riêng về thông tin và truyền thông (các chỉ tiêu về hạ tầng số và chuyển đổi số thuộc tiêu chí số 2 và số 7), nên báo cáo không thống kê số xã đạt tiêu chí số 8 và không so sánh với các năm trước theo số thứ tự tiêu chí`,
        ),
      ]),
    ];
  }
  const crit = c.criterion;
  const head = join([
    words(`${wholeArea(data)} có`),
    join(
      [
        cite(ref(data, c.date, 'passed'), c.counts.passed, formatNumberVi(c.counts.passed)),
        cite(ref(data, c.date, 'inScope'), c.counts.inScope, formatNumberVi(c.counts.inScope)),
      ],
      '/',
    ),
    words(`xã đạt tiêu chí số ${crit.number} về ${crit.name.toLocaleLowerCase('vi-VN')}`),
    c.counts.share === null ? null : join([words('('), cite(ref(data, c.date, 'share'), c.counts.share, formatNumberVi(c.counts.share, 1)), words('%)')], ''),
  ]);
  const changes: Fragment[] = [];
  const notComparable: string[] = [];
  const beforeReform: Fragment[] = [];
  for (const e of c.earlier) {
    if (!e.comparable) {
      notComparable.push(`năm ${e.year} (đánh giá theo bộ tiêu chí khác)`);
      continue;
    }
    if (e.date < TWO_TIER_START && c.date >= TWO_TIER_START) {
      // Communes were merged on 01/07/2025: counts then and now are not comparable; the earlier count is given as it was.
      beforeReform.push(
        join([
          words(`năm ${e.year}:`),
          join(
            [
              cite(ref(data, e.date, 'passed'), e.counts.passed, formatNumberVi(e.counts.passed)),
              cite(ref(data, e.date, 'inScope'), e.counts.inScope, formatNumberVi(e.counts.inScope)),
            ],
            '/',
          ),
          words('xã đạt'),
          e.counts.share === null
            ? null
            : join([words('('), cite(ref(data, e.date, 'share'), e.counts.share, formatNumberVi(e.counts.share, 1)), words('%)')], ''),
        ]),
      );
      continue;
    }
    const ch = countChangeClause(
      { value: c.counts.passed, ref: ref(data, c.date, 'passed') },
      { value: e.counts.passed, ref: ref(data, e.date, 'passed') },
      'xã',
      `năm ${e.year}`,
    );
    if (ch) changes.push(ch);
  }
  const sentences = [sentence(join([head, ...changes], ', '))];
  if (beforeReform.length > 0) {
    sentences.push(
      sentence(
        join([
          words('Theo đơn vị hành chính trước ngày 01/07/2025,'),
          join(beforeReform, '; '),
          words('(số xã trước và sau sắp xếp không so sánh trực tiếp được)'),
        ]),
      ),
    );
  }
  if (notComparable.length > 0) sentences.push(sentence(`Không so sánh được với ${notComparable.join(', ')}`));
  const rest: Fragment[] = [];
  if (c.counts.failed > 0) rest.push(join([cite(ref(data, c.date, 'failed'), c.counts.failed, formatNumberVi(c.counts.failed)), 'xã chưa đạt']));
  if (c.counts.missing > 0)
    rest.push(join([cite(ref(data, c.date, 'missing'), c.counts.missing, formatNumberVi(c.counts.missing)), 'xã chưa đủ số liệu để đánh giá']));
  if (rest.length > 0) sentences.push(sentence(join(rest, '; ')));
  const excluded = join(
    [
      c.counts.wards > 0 ? join([cite(ref(data, c.date, 'wards'), c.counts.wards, formatNumberVi(c.counts.wards)), 'phường']) : null,
      c.counts.towns > 0 ? join([cite(ref(data, c.date, 'towns'), c.counts.towns, formatNumberVi(c.counts.towns)), 'thị trấn']) : null,
    ],
    ', ',
  );
  sentences.push(
    sentence(
      join([
        words(`Đánh giá tại ngày ${formatDateVi(c.date)} theo ${c.setName}${c.guidanceName ? `, hướng dẫn tại ${c.guidanceName}` : ''}`),
        excluded.text === '' ? null : join([words('; không tính'), excluded, words('(không thuộc đối tượng xét công nhận xã nông thôn mới)')]),
      ]),
    ),
  );
  if (appendixNo) sentences.push(sentence(`Danh sách các xã theo kết quả đánh giá tại Phụ lục ${appendixNo}`));
  return [paragraph(sentences), ...subCriteriaItems(c, data), subCriteriaTable(c)];
}

/** One list item per sub-criterion: "- Chỉ tiêu 8.1 (…): 60 xã đạt, 7 xã chưa đạt." */
function subCriteriaItems(c: ReportCriteria, data: ReportData): ReportBlock[] {
  return c.subCriteria.map((s) => {
    const counts = join(
      [
        join([cite(ref(data, c.date, 'passed', s.id), s.passed, formatNumberVi(s.passed)), 'xã đạt']),
        s.failed > 0 ? join([cite(ref(data, c.date, 'failed', s.id), s.failed, formatNumberVi(s.failed)), 'xã chưa đạt']) : null,
        s.missing > 0 ? join([cite(ref(data, c.date, 'missing', s.id), s.missing, formatNumberVi(s.missing)), 'xã chưa đủ số liệu']) : null,
      ],
      ', ',
    );
    return paragraph([sentence(join([words(`Chỉ tiêu ${s.id} (${s.name}):`), counts]))], true);
  });
}

function subCriteriaTable(c: ReportCriteria): ReportTable {
  const rows: ReportRow[] = c.subCriteria.map((s, i) => ({ cells: [String(i + 1), `${s.id}. ${s.name}`, s.passed, s.failed, s.missing] }));
  rows.push({ cells: ['', `Tiêu chí số ${c.criterion?.number ?? ''}`, c.counts.passed, c.counts.failed, c.counts.missing], emphasis: 'total' });
  return {
    type: 'table',
    id: 'ntm',
    title: `Kết quả đánh giá tiêu chí số ${c.criterion?.number ?? ''} theo chỉ tiêu (số xã)`,
    columns: [
      { header: 'TT', format: 'text', decimals: 0, width: 6 },
      { header: 'Chỉ tiêu', format: 'text', decimals: 0, width: 52 },
      { header: 'Đạt', format: 'integer', decimals: 0, width: 12 },
      { header: 'Chưa đạt', format: 'integer', decimals: 0, width: 12 },
      { header: 'Chưa đủ số liệu', format: 'integer', decimals: 0, width: 14 },
    ],
    rows,
    notes: [`Đánh giá theo ${c.setName}; xã "chưa đủ số liệu" là xã thiếu số liệu của ít nhất một chỉ tiêu.`],
  };
}
