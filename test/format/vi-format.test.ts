import { describe, expect, it } from 'vitest';
import { formatDateVi, formatFigureVi, formatNumberVi } from '../../src/domain/format/vi-format.ts';
import { readNumberCell, readBooleanCell, readDateCell } from '../../src/domain/values-file/read-cells.ts';

describe('Vietnamese number and date conventions', () => {
  it('formats numbers as 1.463,5 and figures with their own decimals', () => {
    expect(formatNumberVi(1463.5)).toBe('1.463,5');
    expect(formatNumberVi(1463.5, 2)).toBe('1.463,50');
    expect(formatFigureVi(512.375, 3)).toBe('512,375');
    expect(formatFigureVi(512.4, 3)).toBe('512,4');
    expect(formatFigureVi(1463, 0)).toBe('1.463');
    expect(formatDateVi('2026-11-22')).toBe('22/11/2026');
  });

  it('reads numbers as Vietnamese files write them, and refuses what is not one', () => {
    const read = (t: string) => {
      const r = readNumberCell(t);
      return r.ok ? [r.value, r.percent] : 'refused';
    };
    expect(read('1.463,5')).toEqual([1463.5, false]);
    expect(read('1.463')).toEqual([1463, false]);
    expect(read('96.5')).toEqual([96.5, false]);
    expect(read('0.463')).toEqual([0.463, false]);
    expect(read('1,463.5')).toEqual([1463.5, false]);
    expect(read('1 463,5')).toEqual([1463.5, false]);
    expect(read('2.105.000')).toEqual([2105000, false]);
    expect(read('96%')).toEqual([96, true]);
    expect(read('96,5 %')).toEqual([96.5, true]);
    expect(read('-3')).toEqual([-3, false]);
    expect(read('1E+06')).toEqual([1000000, false]);
    expect(read('1.46.3')).toBe('refused');
    expect(read('1,46,3')).toBe('refused');
    expect(read('abc')).toBe('refused');
    expect(read('')).toBe('refused');
    expect(readNumberCell({ percent: 92.3 })).toEqual({ ok: true, value: 92.3, percent: true });
  });

  it('reads yes/no and dates, leaving anything else unread', () => {
    for (const yes of ['Có', 'co', 'x', 'X', '1', 'Đạt', 'TRUE', '✓']) expect(readBooleanCell(yes)).toBe(true);
    for (const no of ['Không', 'khong', 'ko', '0', 'Chưa đạt', 'FALSE']) expect(readBooleanCell(no)).toBe(false);
    for (const neither of ['có lẽ', '', '2', 'v']) expect(readBooleanCell(neither)).toBeUndefined();
    expect(readDateCell('30/09/2024')).toBe('2024-09-30');
    expect(readDateCell('1.7.2025')).toBe('2025-07-01');
    expect(readDateCell('31/02/2024')).toBeUndefined();
    expect(readDateCell(new Date(Date.UTC(2024, 8, 30)))).toBe('2024-09-30');
  });
});
