import { describe, expect, it } from 'vitest';
import type { AttributeRow } from '../../src/domain/units-file/units-file-types.ts';
import { fixture, readUnitsText } from './read-units-file.ts';

/** "code|level|name…|key=value…", for comparing rows at a glance. */
const show = (r: AttributeRow) =>
  [
    r.code,
    r.level ?? '',
    ...r.otherCodes.map((o) => `${o.level}:${o.code}`),
    ...r.names.map((n) => `${n.level ?? 'unit'}:${n.text}`),
    ...r.values.map((v) => `${v.key}=${JSON.stringify(v.value)}`),
  ].join('|');

async function readAttributes(csv: string, kind?: 'attributes') {
  const r = await readUnitsText(csv, '2025-07-01', kind);
  return { kind: r.parsed?.kind, rows: r.parsed?.kind === 'attributes' ? r.parsed.rows.map(show) : [], issues: r.issues };
}

describe('attributes files: headers', () => {
  const cases: Array<{ header: string; key: string }> = [
    { header: 'Dân số', key: 'population' },
    { header: 'Dân số (người)', key: 'population' },
    { header: 'SO NHAN KHAU', key: 'population' },
    { header: 'Số hộ', key: 'households' },
    { header: 'Diện tích (km²)', key: 'area_km2' },
    { header: 'Dien tich (km2)', key: 'area_km2' },
    { header: '"Diện tích, km²"', key: 'area_km2' },
    { header: 'DIỆN TÍCH TỰ NHIÊN (KM2)', key: 'area_km2' },
    { header: 'Xã đặc biệt khó khăn / ĐBKK', key: 'is_dbkk' },
    { header: 'dbkk', key: 'is_dbkk' },
    { header: 'Biên giới', key: 'is_border' },
    { header: 'Hải đảo', key: 'is_island' },
    { header: 'Vùng (bộ tiêu chí NTM)', key: 'ntm_region' },
    { header: 'Nhóm xã NTM 2026–2030', key: 'ntm2026_group' },
    { header: 'ntm2026_group', key: 'ntm2026_group' },
  ];
  it.each(cases)('"$header" is the $key column', async ({ header, key }) => {
    const r = await readAttributes(`Mã xã,${header}\n01849,\n`);
    expect(r.issues).toEqual([]);
    expect(r.kind).toBe('attributes');
    const cell = key === 'ntm_region' ? 'TDMNPB' : '1';
    const row = await readUnitsText(`Mã xã,${header}\n01849,${cell}\n`, '2025-07-01');
    expect(row.parsed?.kind === 'attributes' && row.parsed.rows[0]?.values.map((v) => v.key)).toEqual([key]);
  });

  const codeColumns: Array<{ header: string; line: string; row: string }> = [
    { header: 'Mã đơn vị', line: '19', row: '19|' },
    { header: 'Mã ĐVHC', line: '1849', row: '01849|' },
    { header: 'Mã', line: '01849-003', row: '01849-003|' },
    { header: 'Mã tỉnh', line: '19', row: '19|province' },
    { header: 'Mã xã', line: '1849.0', row: '01849|commune' },
    { header: 'Mã thôn', line: '01849-003', row: '01849-003|village' },
  ];
  it.each(codeColumns)('"$header" names the unit ($line)', async ({ header, line, row }) => {
    const r = await readAttributes(`${header},Dân số\n${line},10\n`);
    expect(r.issues).toEqual([]);
    expect(r.rows).toEqual([`${row}|population=10`]);
  });

  it('takes the most specific code filled in as the unit and the others as its parents, with names', async () => {
    const r = await readAttributes(
      'Mã tỉnh,Tên tỉnh,Mã xã,Tên đơn vị,Diện tích (km²)\n19,Thái Nguyên,,Tỉnh Thái Nguyên,"8.375,28"\n19,,01849,Xã Phong Quang,"135,1"\n',
    );
    expect(r.issues).toEqual([]);
    expect(r.rows).toEqual([
      '19|province|unit:Tỉnh Thái Nguyên|province:Thái Nguyên|area_km2=8375.28',
      '01849|commune|province:19|unit:Xã Phong Quang|area_km2=135.1',
    ]);
  });

  const kinds: Array<{ name: string; header: string; kind: string | undefined }> = [
    { name: 'a village name makes a village list', header: 'Mã xã,Tên thôn,Dân số', kind: 'villages' },
    { name: 'no attribute column: the catalogue', header: 'Mã tỉnh,Tên tỉnh,Mã xã,Tên xã', kind: 'catalogue' },
    { name: 'a code and an attribute: attributes', header: 'Mã tỉnh,Tên tỉnh,Mã xã,Tên xã,Vùng', kind: 'attributes' },
  ];
  it.each(kinds)('$name', async ({ header, kind }) => {
    const r = await readUnitsText(`${header}\n19,Thái Nguyên,01849,Phong Quang,TDMNPB\n`, '2025-07-01');
    expect(r.parsed?.kind).toBe(kind);
  });

  const refused: Array<{ name: string; csv: string; kind?: 'attributes'; issues: Array<{ code: string; field: string }> }> = [
    {
      name: 'an area in hectares is refused, not skipped',
      csv: 'Mã xã,Diện tích (ha),Dân số\n01849,13510,100\n',
      issues: [{ code: 'unsupported_column', field: 'Diện tích (ha)' }],
    },
    {
      name: 'forced, without an attribute column',
      csv: 'Mã xã,Tên xã\n01849,Phong Quang\n',
      kind: 'attributes',
      issues: [{ code: 'missing_column', field: expect.stringContaining('Dân số') as unknown as string }],
    },
    {
      name: 'forced, with a village-name column',
      csv: 'Mã thôn,Tên thôn,Dân số\n01849-001,Thôn A,100\n',
      kind: 'attributes',
      issues: [{ code: 'unexpected_column', field: 'Tên thôn' }],
    },
    {
      name: 'two columns for one attribute',
      csv: 'Mã xã,Diện tích,Diện tích (km²)\n01849,1,2\n',
      issues: [{ code: 'duplicate_column', field: 'Diện tích (km²)' }],
    },
  ];
  it.each(refused)('$name', async ({ csv, kind, issues }) => {
    const r = await readAttributes(csv, kind);
    expect(r.issues.map((i) => ({ code: i.code, field: i.field }))).toEqual(issues);
  });
});

describe('attributes files: values', () => {
  const accepted: Array<{ header: string; cell: string; value: unknown }> = [
    { header: 'Diện tích (km²)', cell: '"1.463,5"', value: 1463.5 },
    { header: 'Diện tích (km²)', cell: '1463.5', value: 1463.5 },
    { header: 'Diện tích (km²)', cell: '"1,463.5"', value: 1463.5 },
    { header: 'Diện tích (km²)', cell: '12 345', value: 12345 },
    { header: 'Diện tích (km²)', cell: '"12,5"', value: 12.5 },
    { header: 'Diện tích (km²)', cell: '0.05', value: 0.05 },
    { header: 'Dân số', cell: '12 345', value: 12345 },
    { header: 'Dân số', cell: '4.512', value: 4512 },
    { header: 'Dân số', cell: '"4,512"', value: 4512 },
    { header: 'Dân số', cell: '4512.0', value: 4512 },
    { header: 'ĐBKK', cell: 'Có', value: true },
    { header: 'ĐBKK', cell: 'co', value: true },
    { header: 'ĐBKK', cell: 'X', value: true },
    { header: 'ĐBKK', cell: '1', value: true },
    { header: 'ĐBKK', cell: 'Yes', value: true },
    { header: 'ĐBKK', cell: 'TRUE', value: true },
    { header: 'ĐBKK', cell: 'Không', value: false },
    { header: 'ĐBKK', cell: 'khong', value: false },
    { header: 'ĐBKK', cell: '0', value: false },
    { header: 'ĐBKK', cell: 'No', value: false },
    { header: 'Vùng', cell: 'TDMNPB', value: 'tdmn_phia_bac' },
    { header: 'Vùng', cell: 'Trung du va mien nui phia Bac', value: 'tdmn_phia_bac' },
    { header: 'Vùng', cell: 'ĐBSH', value: 'dong_bang_song_hong' },
    { header: 'Vùng', cell: 'DBSH', value: 'dong_bang_song_hong' },
    { header: 'Vùng', cell: 'ĐBSCL', value: 'dong_bang_song_cuu_long' },
    { header: 'Vùng', cell: 'Đồng bằng sông Cửu Long', value: 'dong_bang_song_cuu_long' },
    { header: 'Vùng', cell: 'vùng Tây Nguyên', value: 'tay_nguyen' },
    { header: 'Vùng', cell: 'Duyên hải Nam Trung Bộ', value: 'duyen_hai_nam_trung_bo' },
    { header: 'Vùng', cell: 'Đông Nam Bộ', value: 'dong_nam_bo' },
    { header: 'Vùng', cell: 'bac trung bo', value: 'bac_trung_bo' },
    { header: 'Nhóm xã', cell: '2', value: 2 },
    { header: 'Nhóm xã', cell: 'Nhóm 3', value: 3 },
  ];
  it.each(accepted)('$header "$cell" → $value', async ({ header, cell, value }) => {
    const r = await readUnitsText(`Mã xã,${header}\n01849,${cell}\n`, '2025-07-01');
    expect(r.issues).toEqual([]);
    expect(r.parsed?.kind === 'attributes' && r.parsed.rows[0]?.values[0]?.value).toBe(value);
  });

  it('reads an empty cell as "no change", not as a value', async () => {
    const r = await readAttributes('Mã xã,Dân số,ĐBKK,Vùng\n01849,,,\n');
    expect(r.issues).toEqual([]);
    expect(r.rows).toEqual(['01849|commune']);
  });

  const rejected: Array<{ name: string; header: string; cell: string; code: string }> = [
    { name: 'a maybe', header: 'ĐBKK', cell: 'có lẽ', code: 'bad_value' },
    { name: 'not a yes/no', header: 'Biên giới', cell: 'gần', code: 'bad_value' },
    { name: 'TN is not taken for Tây Nguyên', header: 'Vùng', cell: 'TN', code: 'bad_value' },
    { name: 'not one of the 7 regions', header: 'Vùng', cell: 'Miền Trung', code: 'bad_value' },
    { name: 'a zero area', header: 'Diện tích (km²)', cell: '0', code: 'bad_number' },
    { name: 'a negative area', header: 'Diện tích (km²)', cell: '-5', code: 'bad_number' },
    { name: 'an area with 3 decimals', header: 'Diện tích (km²)', cell: '"0,125"', code: 'bad_number' },
    { name: 'an ambiguous "1.463"', header: 'Diện tích (km²)', cell: '1.463', code: 'bad_number' },
    { name: 'an ambiguous "12,345"', header: 'Diện tích (km²)', cell: '"12,345"', code: 'bad_number' },
    { name: 'text for a number', header: 'Diện tích (km²)', cell: 'khoảng 100', code: 'bad_number' },
    { name: 'a fractional population', header: 'Dân số', cell: '"12,5"', code: 'bad_number' },
    { name: 'a negative household count', header: 'Số hộ', cell: '-3', code: 'bad_number' },
    { name: 'group 4', header: 'Nhóm xã', cell: '4', code: 'bad_number' },
    { name: 'a control character', header: 'Dân số', cell: '"1\u00072"', code: 'control_character' },
  ];
  it.each(rejected)('$name: $header "$cell" is an issue naming row, column and value', async ({ header, cell, code }) => {
    const r = await readAttributes(`Mã xã,${header}\n01849,${cell}\n`);
    expect(r.issues).toHaveLength(1);
    expect(r.issues[0]).toMatchObject({ code, row: 2, field: header });
    expect(r.issues[0]?.value).toBeTruthy();
  });

  const rows: Array<{ name: string; lines: string[]; issues: Array<{ code: string; row: number; field: string }> }> = [
    { name: 'a unit on two rows', lines: ['01849,100', '1849,100'], issues: [{ code: 'duplicate_code', row: 3, field: 'Mã xã' }] },
    { name: 'values without a code', lines: [',100'], issues: [{ code: 'required', row: 2, field: 'Mã xã' }] },
    { name: 'a bad code', lines: ['0184A,100'], issues: [{ code: 'bad_code', row: 2, field: 'Mã xã' }] },
    { name: 'an unquoted decimal comma that shifts the cells', lines: ['01849,4,5'], issues: [{ code: 'extra_cells', row: 2, field: '#3' }] },
    {
      name: 'every bad cell of every row',
      lines: ['01849,x', '01864,-1'],
      issues: [
        { code: 'bad_number', row: 2, field: 'Dân số' },
        { code: 'bad_number', row: 3, field: 'Dân số' },
      ],
    },
  ];
  it.each(rows)('$name', async ({ lines, issues }) => {
    const r = await readAttributes(`Mã xã,Dân số\n${lines.join('\n')}\n`);
    expect(r.issues.map((i) => ({ code: i.code, row: i.row, field: i.field }))).toEqual(issues);
  });
});

describe('attributes files: fixtures', () => {
  it('reads the CSV of Thái Nguyên (BOM, "Mã đơn vị", Vietnamese numbers, mixed yes/no words)', async () => {
    const r = await readUnitsText(fixture('attributes-thai-nguyen-2025-07.csv'), '2025-07-01');
    expect(r.issues).toEqual([]);
    if (r.parsed?.kind !== 'attributes') throw new Error('not an attributes file');
    expect(r.parsed.scope.map((s) => s.code)).toEqual(['19', '01840', '01843', '01849', '01864']);
    expect(r.parsed.rows.map(show)).toEqual([
      '19||unit:Tỉnh Thái Nguyên|area_km2=8375.28|ntm_region="tdmn_phia_bac"',
      '01840||unit:Phường Đức Xuân|area_km2=12.35|is_dbkk=false|ntm_region="tdmn_phia_bac"',
      '01843||unit:Phường Bắc Kạn|area_km2=108.7|ntm_region="tdmn_phia_bac"',
      '01849||unit:Xã Phong Quang|area_km2=135.1|is_dbkk=true|ntm_region="tdmn_phia_bac"',
      '01864||unit:Xã Bằng Thành|area_km2=113.52|is_dbkk=true|ntm_region="tdmn_phia_bac"',
    ]);
  });

  it('reads the XLSX below its title row: numeric codes padded, numbers and a TRUE cell', async () => {
    const r = await readUnitsText(fixture('attributes-thai-nguyen-2025-07.xlsx'), '2025-07-01');
    expect(r.issues).toEqual([]);
    expect(r.sheet).toBe('Số liệu xã');
    if (r.parsed?.kind !== 'attributes') throw new Error('not an attributes file');
    expect(r.parsed.rows.map((x) => x.row)).toEqual([4, 5, 6, 7]);
    expect(r.parsed.rows.map(show)).toEqual([
      '01879|commune|commune:Xã Cao Minh|area_km2=142.37|is_dbkk=true|ntm_region="tdmn_phia_bac"',
      '01882|commune|commune:Xã Nghiên Loan|area_km2=160.5|is_dbkk=true|ntm_region="tdmn_phia_bac"',
      '01894|commune|commune:Xã Phúc Lộc|area_km2=98|is_dbkk=false|ntm_region="tdmn_phia_bac"',
      '01906|commune|commune:Xã Ba Bể|area_km2=127.04|is_dbkk=true|ntm_region="tdmn_phia_bac"',
    ]);
  });

  it('names the row, column and value of the one bad cell', async () => {
    const r = await readUnitsText(fixture('attributes-thai-nguyen-2025-07-bad-cell.csv'), '2025-07-01');
    expect(r.issues).toMatchObject([{ code: 'bad_value', row: 5, field: 'Xã ĐBKK', value: 'có lẽ' }]);
  });
});
