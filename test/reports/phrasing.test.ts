/**
 * The report's wording, table-driven (issue #7): rises, falls and no change (per cent, percentage points,
 * counts), above / on / below plan, no plan, no figure, Vietnamese numbers (1.463,5 tỷ đồng; 58,2%),
 * and the administrative frame (NĐ 30/2020: the date line, the number, the agency by date).
 */
import { describe, expect, it } from 'vitest';
import { buildMeta, numberLine, placeDateLine } from '../../src/domain/reports/document-frame.ts';
import { chooseIssuingAgency } from '../../src/domain/reports/issuing-agency.ts';
import { countChangeClause, figureClause, sentence, showFigure, type FigureFact, type FigureKind } from '../../src/domain/reports/phrasing.ts';
import type { FigureRef } from '../../src/domain/reports/report-types.ts';

const ref = (series: 'actual' | 'plan' | 'previous'): FigureRef => ({
  kind: 'indicator',
  unit: '14',
  indicator: 'x',
  period: '2025',
  breakdown: '',
  series,
  at: '2025-12-31',
});

function fact(value: number | null, kind: FigureKind, unitWord: string, plan: number | null = null, previous: number | null = null): FigureFact {
  return {
    ref: ref('actual'),
    value,
    kind,
    unitWord,
    decimals: 1,
    plan: { value: plan, ref: ref('plan') },
    previous: { value: previous, ref: ref('previous') },
  };
}

describe('figure sentences', () => {
  it.each([
    // name, kind, unit, value, plan, previous, planned → sentence
    [
      'TC-24: above plan, up',
      'money',
      'tỷ đồng',
      1463,
      1354.6,
      1350,
      true,
      'Doanh thu đạt 1.463 tỷ đồng, đạt 108,0% kế hoạch, vượt 8,0% so với kế hoạch, tăng 8,4% so với cùng kỳ.',
    ],
    ['on plan, down', 'money', 'tỷ đồng', 1200, 1200, 1250, true, 'Doanh thu đạt 1.200 tỷ đồng, đạt 100,0% kế hoạch, giảm 4,0% so với cùng kỳ.'],
    [
      'below plan, unchanged',
      'money',
      'tỷ đồng',
      1463.54,
      1500,
      1463.54,
      true,
      'Doanh thu đạt 1.463,5 tỷ đồng, đạt 97,6% kế hoạch, chưa đạt kế hoạch (thấp hơn 2,4%), không đổi so với cùng kỳ.',
    ],
    [
      'no plan given',
      'count',
      'thuê bao',
      1093574,
      null,
      1002000,
      true,
      'Doanh thu đạt 1.093.574 thuê bao, chưa có số liệu kế hoạch, tăng 9,1% so với cùng kỳ.',
    ],
    ['not a planned figure, no last year', 'count', 'hồ sơ', 20860, null, null, false, 'Doanh thu đạt 20.860 hồ sơ.'],
    ['a share rises in points', 'percent', '%', 58.24, null, 56.1, false, 'Doanh thu đạt 58,2%, tăng 2,1 điểm phần trăm so với cùng kỳ.'],
    [
      'a share falls in points',
      'percent',
      '%',
      96,
      98,
      97.5,
      true,
      'Doanh thu đạt 96%, đạt 98,0% kế hoạch, chưa đạt kế hoạch (thấp hơn 2,0%), giảm 1,5 điểm phần trăm so với cùng kỳ.',
    ],
    ['a share unchanged', 'percent', '%', 80, null, 80.02, false, 'Doanh thu đạt 80%, không đổi so với cùng kỳ.'],
    ['last year was nought', 'count', 'điểm', 5, null, 0, false, 'Doanh thu đạt 5 điểm, tăng so với cùng kỳ (cùng kỳ bằng 0).'],
    ['no figure', 'money', 'tỷ đồng', null, 1000, 900, true, 'Doanh thu: chưa có số liệu.'],
  ] as const)('%s', (_name, kind, unit, value, plan, previous, planned, expected) => {
    const s = sentence(figureClause('Doanh thu', fact(value, kind, unit, plan, previous), { planned }));
    expect(s.text).toBe(expected);
    // Every number printed is cited, exactly as printed.
    for (const f of s.figures) expect(s.text).toContain(f.shown);
  });

  it("compares part of a year with the year's plan without calling it above or below", () => {
    const f = fact(773.1, 'money', 'tỷ đồng', 1599, 749.9);
    const s = sentence(figureClause('Doanh thu', { ...f, plan: { ...f.plan!, ofYear: true }, span: '6 tháng đầu năm 2025' }, { planned: true }));
    expect(s.text).toBe('Doanh thu (6 tháng đầu năm 2025) đạt 773,1 tỷ đồng, đạt 48,3% kế hoạch năm, tăng 3,1% so với cùng kỳ.');
  });

  it('cites the derived numbers with what they were computed from', () => {
    const s = sentence(figureClause('Doanh thu', fact(1463, 'money', 'tỷ đồng', 1354.6, 1350), { planned: true }));
    expect(s.figures.map((f) => [f.shown, f.ref.kind === 'derived' ? f.ref.formula : f.ref.kind])).toEqual([
      ['1.463', 'indicator'],
      ['108,0', 'percentOfPlan'],
      ['8,0', 'overPlan'],
      ['8,4', 'yearOnYear'],
    ]);
  });

  it.each([
    [64, 43, 'tăng 21 xã so với năm 2018'],
    [40, 43, 'giảm 3 xã so với năm 2018'],
    [43, 43, 'không đổi so với năm 2018'],
    [1372, 1200, 'tăng 172 xã so với năm 2018'],
  ])('counts %i against %i: "%s"', (now, then, expected) => {
    const c = countChangeClause({ value: now, ref: ref('actual') }, { value: then, ref: ref('previous') }, 'xã', 'năm 2018');
    expect(c?.text).toBe(expected);
  });
});

describe('numbers', () => {
  it.each([
    [1463, 'money', '1.463'],
    [1463.54, 'money', '1.463,5'],
    [120.244, 'money', '120,2'],
    [58.24, 'percent', '58,2'],
    [58.25, 'percent', '58,3'],
    [96, 'percent', '96'],
    [1093574, 'count', '1.093.574'],
  ] as const)('%d (%s) → %s', (value, kind, shown) => {
    expect(showFigure(value, kind)).toBe(shown);
  });
});

describe('the administrative frame (NĐ 30/2020/NĐ-CP)', () => {
  it.each([
    ['2026-11-22', 'Sơn La, ngày 22 tháng 11 năm 2026'],
    ['2026-02-05', 'Sơn La, ngày 05 tháng 02 năm 2026'],
    ['2026-01-31', 'Sơn La, ngày 31 tháng 01 năm 2026'],
    ['2025-03-09', 'Sơn La, ngày 09 tháng 3 năm 2025'],
  ])('%s → %s', (date, line) => {
    expect(placeDateLine('Sơn La', date)).toBe(line);
  });

  it('leaves the number blank for the registry, or prints it', () => {
    expect(numberLine(undefined, 'SKHCN')).toBe(`Số: ${'\u00a0'.repeat(8)}/BC-SKHCN`);
    expect(numberLine('125', 'SKHCN')).toBe('Số: 125/BC-SKHCN');
  });

  it.each([
    ['2025-02-28', 'Sở Thông tin và Truyền thông', 'STTTT', 'Bộ Thông tin và Truyền thông'],
    ['2025-03-01', 'Sở Khoa học và Công nghệ', 'SKHCN', 'Bộ Khoa học và Công nghệ'],
  ])('on %s the department is %s (R-HIST-8)', (date, name, symbol, ministry) => {
    const a = chooseIssuingAgency('province', date);
    expect([a.name, a.symbol, a.reportsTo]).toEqual([name, symbol, ministry]);
    const meta = buildMeta({
      agency: a,
      overrides: undefined,
      province: { name: 'Hồ Chí Minh', fullName: 'Thành phố Hồ Chí Minh' },
      date,
      number: '7',
      subtitle: 's',
      recipients: undefined,
      signer: { authority: 'kt. giám đốc', position: 'phó giám đốc', name: 'Nguyễn Văn A' },
    });
    expect(meta.agency).toBe(name.toLocaleUpperCase('vi-VN'));
    expect(meta.superiorAgency).toBe('UBND THÀNH PHỐ HỒ CHÍ MINH');
    expect(meta.placeDateLine.startsWith('Thành phố Hồ Chí Minh, ngày')).toBe(true);
    expect(meta.numberLine).toBe(`Số: 7/BC-${symbol}`);
    expect(meta.recipients).toEqual([ministry, 'UBND thành phố Hồ Chí Minh', 'Lãnh đạo Sở', 'Lưu: VT']);
    expect(meta.signer).toEqual({ authority: 'KT. GIÁM ĐỐC', position: 'PHÓ GIÁM ĐỐC', name: 'Nguyễn Văn A' });
  });
});
