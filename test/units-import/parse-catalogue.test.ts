import { describe, expect, it } from 'vitest';
import { fixture, readUnitsText, showUnit } from './read-units-file.ts';

const BOM = '\ufeff';
const THREE_TIER = 'Tỉnh / Thành Phố,Mã TP,Quận Huyện,Mã QH,Phường Xã,Mã PX,Cấp,Tên Tiếng Anh';
const TWO_TIER = 'Mã tỉnh,Tên tỉnh,Mã xã,Tên xã,Cấp';

const bacKan = ['06|province|province|Bắc Kạn|Tỉnh Bắc Kạn|', '008|district|rural_district|Ba Bể|Huyện Ba Bể|06'];

describe('catalogue files: accepted', () => {
  const cases: Array<{ name: string; csv: string; date: string; units: string[]; headerRow?: number }> = [
    {
      name: 'GSO three-tier export with diacritics, below title rows and a blank row',
      csv: `DANH MỤC ĐƠN VỊ HÀNH CHÍNH,,,,,,,\nNgày xuất: 01/03/2025,,,,,,,\n,,,,,,,\n${THREE_TIER}\nTỉnh Bắc Kạn,06,Huyện Ba Bể,008,Thị trấn Chợ Rã,01774,Thị trấn,Cho Ra\n`,
      date: '2025-03-01',
      units: [...bacKan, '01774|commune|commune_level_town|Chợ Rã|Thị trấn Chợ Rã|008'],
    },
    {
      name: 'headers without diacritics, upper case, other spacing',
      csv: 'TINH/THANH PHO,MA  TP,QUAN_HUYEN,Ma QH,PHUONG XA,MA PX,CAP\nTỉnh Bắc Kạn,06,Huyện Ba Bể,008,Xã Cao Thượng,01777,Xã\n',
      date: '2025-03-01',
      units: [...bacKan, '01777|commune|commune|Cao Thượng|Xã Cao Thượng|008'],
    },
    {
      name: 'numeric codes that lost their leading zeros (1840, 8, 6.0)',
      csv: `${THREE_TIER}\nTỉnh Bắc Kạn,6.0,Huyện Ba Bể,8,Xã Cao Thượng,1777,Xã,Cao Thuong\n`,
      date: '2025-03-01',
      units: [...bacKan, '01777|commune|commune|Cao Thượng|Xã Cao Thượng|008'],
    },
    {
      name: 'UTF-8 with BOM, 2025 two-tier list',
      csv: `${BOM}${TWO_TIER}\n19,Tỉnh Thái Nguyên,01840,Phường Đức Xuân,Phường\n`,
      date: '2025-07-01',
      units: ['19|province|province|Thái Nguyên|Tỉnh Thái Nguyên|', '01840|commune|ward|Đức Xuân|Phường Đức Xuân|19'],
    },
    {
      name: 'semicolon-separated, as Excel saves CSV in a Vietnamese locale',
      csv: `${BOM}Mã tỉnh;Tên tỉnh;Mã xã;Tên xã;Cấp\n79;Thành phố Hồ Chí Minh;26734;Phường Sài Gòn;Phường\n`,
      date: '2025-07-01',
      units: ['79|province|municipality|Hồ Chí Minh|Thành phố Hồ Chí Minh|', '26734|commune|ward|Sài Gòn|Phường Sài Gòn|79'],
    },
    {
      name: 'đặc khu, and a name without its type word takes the type from Cấp',
      csv: `${TWO_TIER}\n79,Thành phố Hồ Chí Minh,27787,Côn Đảo,Đặc khu\n79,Thành phố Hồ Chí Minh,26737,Bến Thành,phuong\n`,
      date: '2025-07-01',
      units: [
        '79|province|municipality|Hồ Chí Minh|Thành phố Hồ Chí Minh|',
        '27787|commune|special_zone|Côn Đảo|Đặc khu Côn Đảo|79',
        '26737|commune|ward|Bến Thành|Phường Bến Thành|79',
      ],
    },
    {
      name: 'a "Thành phố" district of a centrally-run city is a municipal city (Thủ Đức)',
      csv: `${THREE_TIER}\nThành phố Hồ Chí Minh,79,Thành phố Thủ Đức,769,Phường Linh Xuân,26800,Phường,\n`,
      date: '2025-03-01',
      units: [
        '79|province|municipality|Hồ Chí Minh|Thành phố Hồ Chí Minh|',
        '769|district|municipal_city|Thủ Đức|Thành phố Thủ Đức|79',
        '26800|commune|ward|Linh Xuân|Phường Linh Xuân|769',
      ],
    },
    {
      name: 'hostile markup is kept as plain text',
      csv: `${TWO_TIER}\n19,Tỉnh Thái Nguyên,01840,"Phường <script>alert(1)</script>",Phường\n`,
      date: '2025-07-01',
      units: ['19|province|province|Thái Nguyên|Tỉnh Thái Nguyên|', '01840|commune|ward|<script>alert(1)</script>|Phường <script>alert(1)</script>|19'],
    },
  ];
  it.each(cases)('$name', async ({ csv, date, units }) => {
    const r = await readUnitsText(csv, date);
    expect(r.issues).toEqual([]);
    expect(r.parsed?.kind).toBe('catalogue');
    if (r.parsed?.kind !== 'catalogue') return;
    expect(r.parsed.units.map(showUnit)).toEqual(units);
  });

  it('reads the GSO XLSX export (title rows, merged title cells, codes stored as numbers)', async () => {
    const r = await readUnitsText(fixture('gso-2025-03-bac-kan.xlsx'), '2025-03-01');
    expect(r.issues).toEqual([]);
    expect(r.sheet).toBe('Danh mục');
    if (r.parsed?.kind !== 'catalogue') throw new Error('not a catalogue');
    expect(r.parsed.hasDistricts).toBe(true);
    expect(r.parsed.scope).toEqual([{ code: '06', row: 5, field: 'Mã TP' }]);
    const levels = r.parsed.units.map((u) => u.level);
    expect([
      levels.filter((l) => l === 'province').length,
      levels.filter((l) => l === 'district').length,
      levels.filter((l) => l === 'commune').length,
    ]).toEqual([1, 8, 108]);
    expect(r.parsed.units.map(showUnit)).toContain('01840|commune|ward|Đức Xuân|Phường Đức Xuân|058');
  });
});

describe('catalogue files: rejected, each problem naming its row and column', () => {
  const cases: Array<{ name: string; csv: string; date?: string; issues: Array<{ code: string; row: number; field: string }> }> = [
    {
      name: 'unknown type word in Cấp',
      csv: `${TWO_TIER}\n19,Tỉnh Thái Nguyên,01840,Đức Xuân,Khu phố\n`,
      issues: [{ code: 'unknown_type', row: 2, field: 'Cấp' }],
    },
    {
      name: 'a name with no type word and no Cấp column',
      csv: 'Mã tỉnh,Tên tỉnh,Mã xã,Tên xã\n19,Thái Nguyên,01840,Phường Đức Xuân\n',
      issues: [{ code: 'unknown_type', row: 2, field: 'Tên tỉnh' }],
    },
    {
      name: 'Cấp contradicts the name',
      csv: `${TWO_TIER}\n19,Tỉnh Thái Nguyên,01840,Phường Đức Xuân,Xã\n`,
      issues: [{ code: 'type_mismatch', row: 2, field: 'Cấp' }],
    },
    {
      name: 'duplicate commune code',
      csv: `${TWO_TIER}\n19,Tỉnh Thái Nguyên,01840,Phường Đức Xuân,Phường\n19,Tỉnh Thái Nguyên,1840,Phường Bắc Kạn,Phường\n`,
      issues: [{ code: 'duplicate_code', row: 3, field: 'Mã xã' }],
    },
    {
      name: 'control character in a name',
      csv: `${TWO_TIER}\n19,Tỉnh Thái Nguyên,01840,"Phường Đức\u0007Xuân",Phường\n`,
      issues: [{ code: 'control_character', row: 2, field: 'Tên xã' }],
    },
    {
      name: 'bidi override in a name',
      csv: `${TWO_TIER}\n19,Tỉnh Thái Nguyên,01840,Phường \u202eĐức Xuân,Phường\n`,
      issues: [{ code: 'control_character', row: 2, field: 'Tên xã' }],
    },
    {
      name: 'code of the wrong shape',
      csv: `${TWO_TIER}\n19,Tỉnh Thái Nguyên,018401,Phường Đức Xuân,Phường\n`,
      issues: [{ code: 'bad_code', row: 2, field: 'Mã xã' }],
    },
    { name: 'empty code', csv: `${TWO_TIER}\n19,Tỉnh Thái Nguyên,,Phường Đức Xuân,Phường\n`, issues: [{ code: 'required', row: 2, field: 'Mã xã' }] },
    {
      name: 'name longer than 200 characters',
      csv: `${TWO_TIER}\n19,Tỉnh Thái Nguyên,01840,Phường ${'Đ'.repeat(250)},Phường\n`,
      issues: [{ code: 'too_long', row: 2, field: 'Tên xã' }],
    },
    {
      name: 'a required column is missing',
      csv: 'Tên tỉnh,Mã xã,Tên xã,Cấp\nTỉnh Thái Nguyên,01840,Phường Đức Xuân,Phường\n',
      issues: [{ code: 'missing_column', row: 1, field: 'Mã TP' }],
    },
    {
      name: 'province written two ways',
      csv: `${TWO_TIER}\n19,Tỉnh Thái Nguyên,01840,Phường Đức Xuân,Phường\n19,Tỉnh Thai Nguyen,01843,Phường Bắc Kạn,Phường\n`,
      issues: [{ code: 'inconsistent', row: 3, field: 'Tên tỉnh' }],
    },
    {
      name: 'district columns in a file dated after 30/06/2025',
      csv: `${THREE_TIER}\nTỉnh Bắc Kạn,06,Huyện Ba Bể,008,Xã Cao Thượng,01777,Xã,\n`,
      date: '2025-07-01',
      issues: [{ code: 'districts_after_reform', row: 1, field: 'Mã QH' }],
    },
    {
      name: 'no district columns in a file dated before 01/07/2025',
      csv: `${TWO_TIER}\n19,Tỉnh Thái Nguyên,01840,Phường Đức Xuân,Phường\n`,
      date: '2025-03-01',
      issues: [{ code: 'districts_missing', row: 1, field: 'Mã xã' }],
    },
    {
      name: 'a thị trấn after the reform',
      csv: `${TWO_TIER}\n06,Tỉnh Bắc Kạn,01774,Thị trấn Chợ Rã,Thị trấn\n`,
      issues: [{ code: 'type_not_in_force', row: 2, field: 'Tên xã' }],
    },
  ];
  it.each(cases)('$name', async ({ csv, date, issues }) => {
    const r = await readUnitsText(csv, date ?? '2025-07-01');
    expect(r.issues.map((i) => ({ code: i.code, row: i.row, field: i.field }))).toEqual(issues);
    for (const i of r.issues) {
      expect(i.message).not.toBe('');
      expect(i.messageVi).not.toBe('');
    }
  });
});

describe('kind detection', () => {
  it('tells a village list from a catalogue by its headers', async () => {
    expect((await readUnitsText('Mã xã,Tên thôn\n01840,Tổ dân phố 1\n', '2025-07-01')).parsed?.kind).toBe('villages');
    expect((await readUnitsText(`${TWO_TIER}\n19,Tỉnh Thái Nguyên,01840,Phường Đức Xuân,Phường\n`, '2025-07-01')).parsed?.kind).toBe('catalogue');
  });

  it('reports the missing columns when the kind is forced and the headers do not fit', async () => {
    const r = await readUnitsText('Mã xã,Tên thôn\n01840,Tổ dân phố 1\n', '2025-07-01', 'catalogue');
    expect(r.parsed).toBeUndefined();
    expect(r.issues.map((i) => i.field)).toEqual(['Mã TP', 'Tỉnh / Thành Phố', 'Phường Xã']);
  });

  it('reports a file with no recognisable header', async () => {
    const r = await readUnitsText('a,b,c\n1,2,3\n', '2025-07-01');
    expect(r.parsed).toBeUndefined();
    expect(r.issues[0]).toMatchObject({ code: 'missing_column', row: 1 });
  });
});
