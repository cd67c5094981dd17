/**
 * Section "Hạ tầng viễn thông, Internet": mobile coverage of the population by technology (TT 03/2022
 * code 1314), villages covered by mobile broadband and those still without it (R-AGG-2, §5.1), fibre
 * and household Internet.
 */
import { formatNumberVi } from '../format/vi-format.ts';
import { periodEnd, tryParsePeriod } from '../periods/period.ts';
import { periodLabel } from '../periods/period-text.ts';
import { amount, cite, countChangeClause, figureClause, join, lowerFirst, paragraph, sentence, words, type Fragment } from './phrasing.ts';
import type { ReportCoverage, ReportData } from './report-data.ts';
import type { FigureRef, ReportBlock, ReportParagraph } from './report-types.ts';
import { factOf, figureOf, indicatorTable, spanOf, wholeArea } from './section-tools.ts';

const TECHNOLOGIES = [
  ['3g', '3G'],
  ['4g', '4G'],
  ['5g', '5G'],
] as const;

/** The blocks of the telecom section. */
export function telecomBlocks(data: ReportData, appendixNo: string | null): ReportBlock[] {
  return [populationCoverage(data), villageCoverage(data, appendixNo), fibre(data), telecomTable(data)];
}

function populationCoverage(data: ReportData): ReportParagraph {
  const total = factOf(data, 'province.mobile_population_coverage');
  const parts: Fragment[] = [figureClause('Tỷ lệ dân số được phủ sóng bởi mạng di động', total, { planned: true })];
  const byTech = TECHNOLOGIES.map(([b, label]) => {
    const f = factOf(data, 'province.mobile_population_coverage', `technology=${b}`);
    return f.value === null ? null : join([label, amount(f.ref, f.value, 'percent', '%')]);
  }).filter((x): x is Fragment => x !== null);
  const tech = byTech.length > 0 ? join([words('trong đó phủ sóng'), join(byTech, ', ')]) : null;
  return paragraph([sentence(join([parts[0], tech], '; '))]);
}

const coverageRef = (c: ReportCoverage, area: string | null, count: Extract<FigureRef, { kind: 'coverage' }>['count']): FigureRef => ({
  kind: 'coverage',
  area,
  date: c.date,
  count,
});

function villageCoverage(data: ReportData, appendixNo: string | null): ReportParagraph {
  // "a/b thôn, bản được phủ sóng" is the analytics' figure (R-AGG-2, as the dashboard shows it); the
  // villages still without it, and their classes, come from the register's villages (§5.1).
  const covered = figureOf(data, 'village.mobile_broadband');
  const villages = figureOf(data, 'commune.villages');
  const share = factOf(data, 'commune.share_villages_mobile_broadband');
  const sentences = [];
  if (covered?.value != null && villages?.value != null) {
    sentences.push(
      sentence(
        join(
          [
            join([
              words(`${wholeArea(data)} có`),
              join([cite(covered.ref, covered.value, formatNumberVi(covered.value)), cite(villages.ref, villages.value, formatNumberVi(villages.value))], '/'),
              words('thôn, bản được phủ sóng băng rộng di động'),
              spanOf(data, covered) ? `(${spanOf(data, covered)})` : null,
            ]),
            share.value === null ? null : figureClause('tỷ lệ', { ...share, span: null }),
          ],
          ', ',
        ),
      ),
    );
  } else {
    sentences.push(sentence('Số thôn, bản được phủ sóng băng rộng di động: chưa có số liệu'));
  }
  const c = data.coverage;
  const area = data.area.code;
  if (c && c.villages > 0) {
    if (c.withoutBroadband === 0) {
      sentences.push(sentence('Không còn thôn, bản báo cáo chưa có sóng băng rộng di động'));
    } else {
      const e = data.coverageEarlier;
      const change = e
        ? countChangeClause(
            { value: c.withoutBroadband, ref: coverageRef(c, area, 'withoutBroadband') },
            { value: e.withoutBroadband, ref: coverageRef(e, area, 'withoutBroadband') },
            'thôn',
            `cùng kỳ năm ${Number(e.date.slice(0, 4))}`,
          )
        : null;
      const detail = join(
        [
          c.trangSong > 0 ? join([cite(coverageRef(c, area, 'trangSong'), c.trangSong, formatNumberVi(c.trangSong)), 'thôn trắng sóng']) : null,
          c.lomSong > 0 ? join([cite(coverageRef(c, area, 'lomSong'), c.lomSong, formatNumberVi(c.lomSong)), 'thôn lõm sóng']) : null,
        ],
        ', ',
      );
      const without = join([
        words('Còn'),
        cite(coverageRef(c, area, 'withoutBroadband'), c.withoutBroadband, formatNumberVi(c.withoutBroadband)),
        words('thôn, bản chưa có sóng băng rộng di động'),
      ]);
      // A village's state is a stock: the last one reported before the date stands; say when it is older than the period.
      const asOf = c.asOf ? tryParsePeriod(c.asOf) : undefined;
      const older = asOf && periodEnd(asOf) < data.period.start ? `theo số liệu báo cáo gần nhất (${lowerFirst(periodLabel(asOf, 'vi'))})` : null;
      // Stale figures are not compared with stale figures.
      sentences.push(sentence(join([without, older, older ? null : change], ', ')));
      // Trắng / lõm sóng concern the mobile signal, not broadband: a class of their own, not a part of the above.
      if (detail.text !== '')
        sentences.push(
          sentence(
            join([words('Về sóng di động, còn'), detail, words('(trắng sóng: không có sóng tại trung tâm thôn; lõm sóng: còn cụm dân cư chưa có sóng)')]),
          ),
        );
      if (appendixNo) sentences.push(sentence(`Danh sách thôn, bản chưa có sóng băng rộng di động tại Phụ lục ${appendixNo}`));
    }
  }
  return paragraph(sentences);
}

function fibre(data: ReportData): ReportParagraph {
  const villagesFibre = figureOf(data, 'village.fibre');
  const villages = figureOf(data, 'commune.villages');
  const sentences = [];
  if (villagesFibre?.value != null && villages?.value != null) {
    sentences.push(
      sentence(
        join([
          words('Có'),
          join(
            [
              cite(villagesFibre.ref, villagesFibre.value, formatNumberVi(villagesFibre.value)),
              cite(villages.ref, villages.value, formatNumberVi(villages.value)),
            ],
            '/',
          ),
          words('thôn, bản có cáp quang đến hộ gia đình (FTTH)'),
          spanOf(data, villagesFibre) ? `(${spanOf(data, villagesFibre)})` : null,
        ]),
      ),
    );
  } else {
    sentences.push(sentence('Số thôn, bản có cáp quang đến hộ gia đình: chưa có số liệu'));
  }
  sentences.push(sentence(figureClause('Tỷ lệ hộ gia đình có cáp quang', factOf(data, 'commune.share_households_with_fibre'))));
  sentences.push(sentence(figureClause('Tỷ lệ hộ gia đình có kết nối Internet', factOf(data, 'province.share_households_internet'))));
  return paragraph(sentences);
}

function telecomTable(data: ReportData): ReportBlock {
  return indicatorTable(data, 'telecom', 'Hạ tầng viễn thông, Internet', [
    { number: '1', name: 'Tỷ lệ dân số được phủ sóng di động', indicator: 'province.mobile_population_coverage', emphasis: 'total' },
    ...TECHNOLOGIES.map(([b, label], i) => ({
      number: `1.${i + 1}`,
      name: `Phủ sóng ${label}`,
      indicator: 'province.mobile_population_coverage',
      breakdown: `technology=${b}`,
    })),
    { number: '2', name: 'Số thôn, bản', indicator: 'commune.villages' },
    { number: '3', name: 'Số thôn, bản có sóng băng rộng di động', indicator: 'village.mobile_broadband' },
    { number: '4', name: 'Tỷ lệ thôn, bản được phủ sóng băng rộng di động', indicator: 'commune.share_villages_mobile_broadband' },
    { number: '5', name: 'Số thôn, bản có cáp quang đến hộ gia đình', indicator: 'village.fibre' },
    { number: '6', name: 'Tỷ lệ hộ gia đình có cáp quang', indicator: 'commune.share_households_with_fibre' },
    { number: '7', name: 'Tỷ lệ hộ gia đình có kết nối Internet', indicator: 'province.share_households_internet' },
  ]);
}
