import { describe, expect, it } from 'vitest';
import { buildDemoDataset } from '../../src/domain/demo/generate-demo.ts';
import { SECTOR_CATALOGUE } from '../../src/domain/indicators/sector-catalogue.ts';
import { planDemoVillages } from '../../src/domain/demo/plan-villages.ts';
import { hashKey, mixUniform, mulberry32 } from '../../src/domain/demo/prng.ts';
import type { DemoRecord, DemoSnapshot } from '../../src/domain/demo/demo-types.ts';
import { NEW, OLD_END, buildRegister } from './build-register.ts';
import { findBreakdownMismatches, findCoverageDrops, findCrossCheckFailures, findInvalidRecords, findVillageCountMismatches, unitsOf } from './demo-checks.ts';

const collect = (snapshot: DemoSnapshot): DemoRecord[] => [...buildDemoDataset(snapshot).records()].flat();

describe('demo PRNG', () => {
  it('gives the same stream for the same key and spreads mixed draws uniformly', () => {
    const a = mulberry32(hashKey('village:01843-001'));
    const b = mulberry32(hashKey('village:01843-001'));
    expect([a(), a(), a()]).toEqual([b(), b(), b()]);
    const r = mulberry32(7);
    const mixed = Array.from({ length: 20_000 }, () => mixUniform(r(), r()));
    expect(mixed.filter((u) => u < 0.1).length / mixed.length).toBeCloseTo(0.1, 1);
    expect(mixed.filter((u) => u > 0.9).length / mixed.length).toBeCloseTo(0.1, 1);
  });
});

describe('demo villages', () => {
  const snapshot = buildRegister();
  const plan = planDemoVillages(snapshot);
  const versionsUnder = (code: string, validFrom: string | null) => plan.versions.filter((v) => v.parentCode === code && v.validFrom === validFrom);

  it('gives each commune with no predecessor 5–20 villages named by number, coded after the codes in use', () => {
    const roots = plan.chains.reduce((m, c) => m.set(c.rootCommune, (m.get(c.rootCommune) ?? 0) + 1), new Map<string, number>());
    expect([...roots.keys()].sort()).toEqual(['01843', '01954', '01957', '01960', '03980', '04000', '25840']);
    for (const n of roots.values()) {
      expect(n).toBeGreaterThanOrEqual(5);
      expect(n).toBeLessThanOrEqual(20);
    }
    expect(versionsUnder('01957', null)[0]).toMatchObject({ code: '01957-005', name: '1', fullName: 'Thôn 1', typeCode: 'thon' });
    expect(versionsUnder('04000', null)[0]).toMatchObject({ typeCode: 'ban', fullName: 'Bản 1' });
    expect(versionsUnder('25840', null)[0]).toMatchObject({ typeCode: 'khu_pho', fullName: 'Khu phố 1' });
    expect(versionsUnder('01843', null)[0]).toMatchObject({ typeCode: 'to_dan_pho', fullName: 'Tổ dân phố 1' });
  });

  it('keeps a village through a same-code change before 01/07/2025 and gives it a new version under the commune of 01/07/2025', () => {
    const b = versionsUnder('01954', null);
    expect(b.every((v) => v.validTo === OLD_END)).toBe(true);
    const merged = versionsUnder('01954', NEW);
    const c = versionsUnder('01957', null);
    expect(merged).toHaveLength(b.length + c.length);
    // numbered on after the old villages of that code, names renumbered in the merged commune
    expect(merged[0]!.code).toBe(`01954-${String(b.length + 1).padStart(3, '0')}`);
    expect(merged.map((v) => v.name)).toEqual(merged.map((_, i) => String(i + 1)));
    const edges = plan.lineage.filter((e) => merged.some((v) => v.key === e.to));
    expect(edges).toHaveLength(merged.length);
    expect(edges.every((e) => e.effectiveDate === NEW)).toBe(true);
  });

  it('ends the villages of a commune absorbed without a recorded successor, and starts those of a commune formed on 01/03/2025', () => {
    expect(versionsUnder('01960', null).every((v) => v.validTo === '2025-02-28')).toBe(true);
    expect(plan.lineage.some((e) => e.from.startsWith('01960-'))).toBe(false);
    const formed = versionsUnder('03980', '2025-03-01');
    expect(formed.length).toBeGreaterThanOrEqual(5);
    expect(versionsUnder('03980', NEW)).toHaveLength(formed.length + versionsUnder('04000', null).length);
  });

  it('plans the same villages from the same register', () => {
    expect(planDemoVillages(buildRegister())).toEqual(plan);
  });
});

describe('demo values', () => {
  const snapshot = buildRegister();
  const dataset = buildDemoDataset(snapshot);
  const records = [...dataset.records()].flat();
  const units = unitsOf(snapshot, dataset.villages);

  it('are the same on every run', () => {
    expect(collect(buildRegister())).toEqual(records);
  });

  it('all validate against the catalogue, on a unit in force, with no key twice', () => {
    expect(records.length).toBeGreaterThan(5000);
    expect(findInvalidRecords(records, units)).toEqual([]);
  });

  it('add up: parts to totals, villages to communes; cross-checks hold; coverage never falls', () => {
    expect(findBreakdownMismatches(records)).toEqual([]);
    expect(findCrossCheckFailures(records)).toEqual([]);
    expect(findCoverageDrops(records, dataset.villages)).toEqual([]);
    expect(findVillageCountMismatches(records, units, snapshot)).toEqual([]);
  });

  it('give every seeded indicator', () => {
    const given = new Set(records.map((r) => r.indicatorCode));
    expect(SECTOR_CATALOGUE.indicators.map((i) => i.code).filter((c) => !given.has(c))).toEqual([]);
  });

  it('put 2025 stocks on the units of 01/07/2025 and 2025 flows by half year on the old and the new units', () => {
    const at = (unitKey: string, code: string) =>
      records.filter((r) => r.unitKey === unitKey && r.indicatorCode === code && r.breakdown === '' && r.series === 'actual').map((r) => r.period);
    expect(at('01843@', 'commune.officials')).toContain('2024');
    expect(at('01843@', 'commune.officials')).not.toContain('2025');
    expect(at(`01843@${NEW}`, 'commune.officials')).toEqual(['2025']);
    expect(at('01843@', 'commune.dossiers_total')).toEqual(expect.arrayContaining(['2024', '2025S1', '2025Q1', '2025Q2']));
    expect(at(`01843@${NEW}`, 'commune.dossiers_total')).toEqual(['2025S2', '2025Q3', '2025Q4', '2026Q1', '2026Q2', '2026Q3']);
    expect(at('06@', 'province.telecom_revenue')).toEqual(expect.arrayContaining(['2024', '2024M12', '2025S1', '2025M06']));
    expect(at(`19@${NEW}`, 'province.telecom_revenue')).toEqual(expect.arrayContaining(['2025S2', '2025M07', '2026M10']));
    expect(at(`19@${NEW}`, 'province.telecom_revenue')).not.toContain('2026M11');
  });

  it('give a merged province the sum of the old provinces merged into it', () => {
    const value = (unitKey: string, code: string, period: string) =>
      records.find((r) => r.unitKey === unitKey && r.indicatorCode === code && r.period === period && r.breakdown === '' && r.series === 'actual')
        ?.value as number;
    const june = value('06@', 'province.mobile_telephone_subscriptions', '2025M06') + value('19@', 'province.mobile_telephone_subscriptions', '2025M06');
    const july = value(`19@${NEW}`, 'province.mobile_telephone_subscriptions', '2025M07');
    expect(july / june).toBeGreaterThan(0.99);
    expect(july / june).toBeLessThan(1.02);
  });

  it('set plans both above and below the actual figures', () => {
    const actual = new Map(
      records.filter((r) => r.series === 'actual' && r.breakdown === '').map((r) => [`${r.unitKey}|${r.indicatorCode}|${r.period}`, r.value as number]),
    );
    const ratios = records
      .filter((r) => r.series === 'plan' && r.indicatorCode === 'province.telecom_revenue')
      .map((r) => actual.get(`${r.unitKey}|${r.indicatorCode}|${r.period}`)! / (r.value as number))
      .filter((x) => Number.isFinite(x));
    expect(ratios.length).toBeGreaterThan(20);
    expect(ratios.some((x) => x > 1.01)).toBe(true);
    expect(ratios.some((x) => x < 0.99)).toBe(true);
  });
});
