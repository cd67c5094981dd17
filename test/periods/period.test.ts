import { describe, expect, it } from 'vitest';
import {
  comparePeriods,
  formatPeriod,
  parsePeriod,
  PeriodError,
  periodContains,
  periodEnd,
  periodOfDate,
  periodStart,
  periodsWithin,
  previousPeriod,
  samePeriodLastYear,
  shiftPeriod,
  tryParsePeriod,
  yearToDate,
} from '../../src/domain/periods/period.ts';
import { parseUserPeriod, periodLabel } from '../../src/domain/periods/period-text.ts';

const p = (s: string) => parsePeriod(s);
const f = formatPeriod;

describe('parsing canonical periods', () => {
  it.each([
    ['2024', { type: 'year', year: 2024, index: 1 }],
    ['2024S1', { type: 'half', year: 2024, index: 1 }],
    ['2024S2', { type: 'half', year: 2024, index: 2 }],
    ['2024Q3', { type: 'quarter', year: 2024, index: 3 }],
    ['2024M07', { type: 'month', year: 2024, index: 7 }],
    ['2024M12', { type: 'month', year: 2024, index: 12 }],
  ])('%s', (text, period) => {
    expect(parsePeriod(text)).toEqual(period);
    expect(formatPeriod(parsePeriod(text))).toBe(text);
  });

  it.each(['', '24', '2024Q5', '2024Q0', '2024S3', '2024M13', '2024M7', '2024M00', '2024m07', '2024-07', ' 2024', '1989', '2101', '2024Q1x', '2024H1'])(
    'rejects %j naming the expected forms',
    (text) => {
      expect(tryParsePeriod(text)).toBeUndefined();
      expect(() => parsePeriod(text)).toThrow(PeriodError);
      expect(() => parsePeriod(text)).toThrow('expected YYYY, YYYYS1–S2, YYYYQ1–Q4 or YYYYM01–M12');
      try {
        parsePeriod(text);
      } catch (e) {
        expect((e as PeriodError).messageVi).toContain('kỳ báo cáo không hợp lệ');
      }
    },
  );
});

describe('period arithmetic', () => {
  it.each([
    ['2024', '2024-01-01', '2024-12-31'],
    ['2024S1', '2024-01-01', '2024-06-30'],
    ['2024S2', '2024-07-01', '2024-12-31'],
    ['2024Q1', '2024-01-01', '2024-03-31'],
    ['2024Q4', '2024-10-01', '2024-12-31'],
    ['2024M02', '2024-02-01', '2024-02-29'],
    ['2025M02', '2025-02-01', '2025-02-28'],
    ['2024M12', '2024-12-01', '2024-12-31'],
  ])('%s spans %s – %s', (text, start, end) => {
    expect([periodStart(p(text)), periodEnd(p(text))]).toEqual([start, end]);
  });

  it.each([
    ['2024', '2023', '2023'],
    ['2024S1', '2023S2', '2023S1'],
    ['2024Q1', '2023Q4', '2023Q1'],
    ['2024Q3', '2024Q2', '2023Q3'],
    ['2024M01', '2023M12', '2023M01'],
    ['2024M07', '2024M06', '2023M07'],
  ])('%s: previous %s, same period last year %s', (text, previous, lastYear) => {
    expect(f(previousPeriod(p(text)))).toBe(previous);
    expect(f(samePeriodLastYear(p(text)))).toBe(lastYear);
  });

  it('shifts by any number of periods across years', () => {
    expect(f(shiftPeriod(p('2024Q3'), 6))).toBe('2026Q1');
    expect(f(shiftPeriod(p('2024M03'), -15))).toBe('2022M12');
    expect(f(shiftPeriod(p('2024S2'), 1))).toBe('2025S1');
  });

  it.each([
    ['2024Q3', '2024-01-01', '2024-09-30', ['2024Q1', '2024Q2', '2024Q3']],
    ['2024M02', '2024-01-01', '2024-02-29', ['2024M01', '2024M02']],
    ['2024S1', '2024-01-01', '2024-06-30', ['2024S1']],
    ['2024', '2024-01-01', '2024-12-31', ['2024']],
  ])('year to date of %s', (text, from, to, periods) => {
    const ytd = yearToDate(p(text));
    expect(ytd).toMatchObject({ from, to });
    expect(ytd.periods.map(f)).toEqual(periods);
  });

  it('knows which periods contain which', () => {
    expect(periodContains(p('2024'), p('2024Q3'))).toBe(true);
    expect(periodContains(p('2024S2'), p('2024M07'))).toBe(true);
    expect(periodContains(p('2024S1'), p('2024Q3'))).toBe(false);
    expect(periodContains(p('2024Q3'), p('2024'))).toBe(false);
    expect(periodContains(p('2024'), p('2025M01'))).toBe(false);
  });

  it('splits a period into finer ones and finds the period of a date', () => {
    expect(periodsWithin(p('2024S2'), 'quarter').map(f)).toEqual(['2024Q3', '2024Q4']);
    expect(periodsWithin(p('2024Q2'), 'month').map(f)).toEqual(['2024M04', '2024M05', '2024M06']);
    expect(periodsWithin(p('2024'), 'half').map(f)).toEqual(['2024S1', '2024S2']);
    expect(() => periodsWithin(p('2024Q2'), 'year')).toThrow();
    expect(f(periodOfDate('2025-06-30', 'half'))).toBe('2025S1');
    expect(f(periodOfDate('2025-07-01', 'quarter'))).toBe('2025Q3');
    expect(f(periodOfDate('2025-07-01', 'month'))).toBe('2025M07');
  });

  it('sorts by start, coarse before fine', () => {
    const sorted = ['2024M07', '2024Q3', '2024', '2023Q4', '2024S2', '2024M01'].map(p).sort(comparePeriods).map(f);
    expect(sorted).toEqual(['2023Q4', '2024', '2024M01', '2024S2', '2024Q3', '2024M07']);
  });
});

describe('periods in words', () => {
  it.each([
    ['2024', 'Năm 2024', '2024'],
    ['2024S1', '6 tháng đầu năm 2024', 'H1 2024'],
    ['2024S2', '6 tháng cuối năm 2024', 'H2 2024'],
    ['2024Q3', 'Quý III/2024', 'Q3 2024'],
    ['2024Q4', 'Quý IV/2024', 'Q4 2024'],
    ['2024M07', 'Tháng 7/2024', 'July 2024'],
  ])('%s → %s / %s', (text, vi, en) => {
    expect(periodLabel(p(text), 'vi')).toBe(vi);
    expect(periodLabel(p(text), 'en')).toBe(en);
  });

  it.each([
    ['2024Q3', '2024Q3'],
    ['năm 2024', '2024'],
    ['Năm 2024', '2024'],
    ['6 tháng đầu năm 2024', '2024S1'],
    ['Sáu tháng cuối năm 2024', '2024S2'],
    ['6 thang dau nam 2024', '2024S1'],
    ['H1 2024', '2024S1'],
    ['Quý III/2024', '2024Q3'],
    ['quý 3 năm 2024', '2024Q3'],
    ['Q3/2024', '2024Q3'],
    ['quy IV - 2025', '2025Q4'],
    ['Tháng 7/2024', '2024M07'],
    ['tháng 07 năm 2024', '2024M07'],
    ['07/2024', '2024M07'],
    ['7/2024', '2024M07'],
    ['2024-07', '2024M07'],
    ['2024m7', '2024M07'],
    ['2024 q 2', '2024Q2'],
  ])('reads %j as %s', (text, canonical) => {
    expect(f(parseUserPeriod(text))).toBe(canonical);
  });

  it.each(['Quý V/2024', 'tháng 13/2024', '6 tháng giữa năm 2024', '31/07/2024', 'năm ngoái', '2024Q5', '13/2024', 'Q3'])('rejects %j', (text) => {
    expect(() => parseUserPeriod(text)).toThrow(PeriodError);
  });
});
