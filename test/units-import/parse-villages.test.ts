import { describe, expect, it } from 'vitest';
import type { VillageRow } from '../../src/domain/units-file/units-file-types.ts';
import { fixture, readUnitsText } from './read-units-file.ts';

const HEADER = 'Mã xã,Tên xã,Mã thôn,Tên thôn,Loại,Dân số,Số hộ';
const show = (v: VillageRow) =>
  [v.communeCode, v.code ?? '', v.typeCode, v.name, v.fullName, v.attributes.population ?? '', v.attributes.households ?? ''].join('|');

async function readVillages(csv: string) {
  const r = await readUnitsText(csv, '2025-09-01');
  return { rows: r.parsed?.kind === 'villages' ? r.parsed.rows.map(show) : [], issues: r.issues };
}

describe('village lists: accepted', () => {
  const cases: Array<{ name: string; line: string; row: string }> = [
    { name: 'type from "Loại"', line: '01840,,,Nà Pài,Bản,410,98', row: '01840||ban|Nà Pài|Bản Nà Pài|410|98' },
    { name: "type from the name's type word", line: '01840,,,Tổ dân phố 3,,,', row: '01840||to_dan_pho|3|Tổ dân phố 3||' },
    { name: 'no type anywhere: thôn', line: '01840,,,Xuất Tác,,,', row: '01840||thon|Xuất Tác|Thôn Xuất Tác||' },
    { name: '"Khu phố" is read before "Khu"', line: '01840,,,Khu phố 5,,,', row: '01840||khu_pho|5|Khu phố 5||' },
    { name: '"Lãng Sơn" is a name, not "Làng Sơn"', line: '01840,,,Lãng Sơn,,,', row: '01840||thon|Lãng Sơn|Thôn Lãng Sơn||' },
    { name: '"Loại" without diacritics, name repeating it', line: '01840,,,Tổ dân phố 1A,to dan pho,,', row: '01840||to_dan_pho|1A|Tổ dân phố 1A||' },
    {
      name: 'a type word in the name that "Loại" contradicts stays in the name',
      line: '01840,,,Khu 1,Tổ dân phố,,',
      row: '01840||to_dan_pho|Khu 1|Tổ dân phố Khu 1||',
    },
    { name: 'counts with thousands separators', line: '01840,,,Thôn A,,"1.234","1 020"', row: '01840||thon|A|Thôn A|1234|1020' },
    { name: 'commune code that lost its zero, explicit village code', line: '1840,,01840-T01,Thôn B,,,', row: '01840|01840-T01|thon|B|Thôn B||' },
    {
      name: 'hostile markup kept as plain text',
      line: '01840,,,"<script>alert(1)</script>",,,',
      row: '01840||thon|<script>alert(1)</script>|Thôn <script>alert(1)</script>||',
    },
    { name: 'names are stored in NFC with single spaces', line: `01840,,,"Tho\u0302n   Na\u0300 Le\u0309ng",,,`, row: '01840||thon|Nà Lẻng|Thôn Nà Lẻng||' },
  ];
  it.each(cases)('$name', async ({ line, row }) => {
    const r = await readVillages(`${HEADER}\n${line}\n`);
    expect(r.issues).toEqual([]);
    expect(r.rows).toEqual([row]);
  });

  it('reads the BOM-prefixed CSV fixture of two wards, with scope in file order', async () => {
    const r = await readUnitsText(fixture('villages-duc-xuan-bac-kan.csv'), '2025-09-01');
    expect(r.issues).toEqual([]);
    if (r.parsed?.kind !== 'villages') throw new Error('not a village list');
    expect(r.parsed.scope.map((s) => s.code)).toEqual(['01840', '01843']);
    expect(r.parsed.rows.map((v) => v.row)).toEqual([2, 3, 4, 5, 6, 7]);
  });

  it('reads an XLSX list with title rows, an unknown STT column and merged commune cells', async () => {
    const r = await readUnitsText(fixture('villages-phong-quang.xlsx'), '2025-09-01');
    expect(r.issues).toEqual([]);
    if (r.parsed?.kind !== 'villages') throw new Error('not a village list');
    expect(r.parsed.rows.map(show)).toEqual([
      '01849||thon|Nà Lẻng|Thôn Nà Lẻng|523|120',
      '01849||thon|Khuổi Cuồng|Thôn Khuổi Cuồng|498|112',
      '01849||ban|Pá Danh|Bản Pá Danh|311|74',
      '01849||thon|Phiêng My|Thôn Phiêng My|402|95',
    ]);
    expect(r.parsed.rows.map((v) => v.row)).toEqual([5, 6, 7, 8]);
  });
});

describe('village lists: rejected, each problem naming its row and column', () => {
  const cases: Array<{ name: string; lines: string[]; issues: Array<{ code: string; row: number; field: string }> }> = [
    { name: 'unknown "Loại"', lines: ['01840,,,Thôn A,Khu tập thể,,'], issues: [{ code: 'unknown_type', row: 2, field: 'Loại' }] },
    { name: 'population that is not a whole number', lines: ['01840,,,Thôn A,,khoảng 500,'], issues: [{ code: 'bad_number', row: 2, field: 'Dân số' }] },
    { name: 'negative households', lines: ['01840,,,Thôn A,,,-3'], issues: [{ code: 'bad_number', row: 2, field: 'Số hộ' }] },
    { name: 'a bare number as village code', lines: ['01840,,1,Thôn A,,,'], issues: [{ code: 'bad_code', row: 2, field: 'Mã thôn' }] },
    {
      name: 'duplicate village codes',
      lines: ['01840,,01840-001,Thôn A,,,', '01840,,01840-001,Thôn B,,,'],
      issues: [{ code: 'duplicate_code', row: 3, field: 'Mã thôn' }],
    },
    { name: 'empty village name', lines: ['01840,,,,,,'], issues: [{ code: 'required', row: 2, field: 'Tên thôn' }] },
    { name: 'empty commune code', lines: [',,,Thôn A,,,'], issues: [{ code: 'required', row: 2, field: 'Mã xã' }] },
    { name: 'bad commune code', lines: ['0184A,,,Thôn A,,,'], issues: [{ code: 'bad_code', row: 2, field: 'Mã xã' }] },
    { name: 'control character', lines: ['01840,,,"Thôn\tA",,,'], issues: [{ code: 'control_character', row: 2, field: 'Tên thôn' }] },
    { name: 'zero-width character', lines: ['01840,,,Thôn\u200bA,,,'], issues: [{ code: 'control_character', row: 2, field: 'Tên thôn' }] },
    {
      name: 'two problems on two rows are both reported',
      lines: ['01840,,,Thôn A,Nhà,,', '01840,,,Thôn B,,x,'],
      issues: [
        { code: 'unknown_type', row: 2, field: 'Loại' },
        { code: 'bad_number', row: 3, field: 'Dân số' },
      ],
    },
  ];
  it.each(cases)('$name', async ({ lines, issues }) => {
    const r = await readVillages(`${HEADER}\n${lines.join('\n')}\n`);
    expect(r.issues.map((i) => ({ code: i.code, row: i.row, field: i.field }))).toEqual(issues);
  });
});
