import { describe, expect, it } from 'vitest';
import { spreadsheetText } from '../../src/domain/format/spreadsheet-text.ts';

describe('spreadsheetText (CSV injection)', () => {
  it.each([
    ['=HYPERLINK("http://x","bấm")', `'=HYPERLINK("http://x","bấm")`],
    ['+1+1', "'+1+1"],
    ['-2+3', "'-2+3"],
    ['@SUM(A1)', "'@SUM(A1)"],
    ['\t=1', "'\t=1"],
    ['Xã Nà Tu', 'Xã Nà Tu'],
    ['', ''],
    ['a=1', 'a=1'],
  ])('%j → %j', (input, expected) => {
    expect(spreadsheetText(input)).toBe(expected);
  });
});
