/**
 * Compares the built reference history with the independent files in /work/shared/data/vn-admin
 * (tests only; product code never reads them) and lists each kind of difference with examples.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'csv-parse/sync';
import type { RefUnit, ReferenceHistory } from '../../src/domain/reference/reference-types.ts';
import { nameKey } from '../../src/domain/reference/unit-names.ts';
import { isInForce } from '../../src/domain/units/dates.ts';

export interface DiffKind {
  id: string;
  title: string;
  items: string[];
}

type Row = Record<string, string>;

/** Reads one CSV of the shared folder as header-keyed rows. */
export function readSharedCsv(dir: string, file: string): Row[] {
  return parse(readFileSync(join(dir, file), 'utf8'), { columns: true, skip_empty_lines: true }) as Row[];
}

/** Compares units in force on `date` with a units-*.csv file by code: presence, type, name, parent. */
export function compareUnits(history: ReferenceHistory, date: string, rows: Row[], prefix: string): DiffKind[] {
  const ours = new Map(history.units.filter((u) => isInForce(u.validFrom, u.validTo, date)).map((u) => [u.code, u]));
  const theirs = new Map(rows.map((r) => [r.code!, r]));
  const kinds = {
    missing: [] as string[],
    extra: [] as string[],
    type: [] as string[],
    name: [] as string[],
    spelling: [] as string[],
    parent: [] as string[],
  };
  for (const r of rows) {
    const u = ours.get(r.code!);
    if (!u) {
      kinds.missing.push(`${r.code} ${r.full_name}`);
      continue;
    }
    if (u.typeCode !== r.type_code) kinds.type.push(`${r.code} ${r.full_name}: ${r.type_code} (file) vs ${u.typeCode} (ours)`);
    if (u.fullName !== r.full_name) {
      (nameKey(u.fullName) === nameKey(r.full_name!) ? kinds.spelling : kinds.name).push(`${r.code}: '${r.full_name}' (file) vs '${u.fullName}' (ours)`);
    }
    if ((u.parentCode ?? '') !== r.parent_code) kinds.parent.push(`${r.code} ${r.full_name}: parent ${r.parent_code} (file) vs ${u.parentCode} (ours)`);
  }
  for (const u of ours.values()) if (!theirs.has(u.code)) kinds.extra.push(`${u.code} ${u.fullName}`);
  return [
    { id: `${prefix}.missing`, title: 'code in the file, not in ours', items: kinds.missing },
    { id: `${prefix}.extra`, title: 'code in ours, not in the file', items: kinds.extra },
    { id: `${prefix}.type`, title: 'type differs', items: kinds.type },
    { id: `${prefix}.name`, title: 'name differs', items: kinds.name },
    { id: `${prefix}.spelling`, title: 'name differs in case or tone-mark placement only', items: kinds.spelling },
    { id: `${prefix}.parent`, title: 'parent differs', items: kinds.parent },
  ];
}

/** Our lineage targets of 2025-07-01 that are not codes of units-2025-07.csv. */
export function compareTargets(history: ReferenceHistory, rows: Row[]): DiffKind {
  const codes = new Set(rows.map((r) => r.code));
  const missing = [...new Set(history.lineage.filter((e) => e.effectiveDate === '2025-07-01' && !codes.has(e.to.code)).map((e) => e.to.code))];
  return { id: 'target.unknown', title: 'lineage target of 2025-07-01 not in units-2025-07.csv', items: missing };
}

/** Our 2025-07-01 lineage against mapping-2025-communes.csv and mapping-2025-provinces.csv. */
export function compareLineage(history: ReferenceHistory, communeRows: Row[], provinceRows: Row[]): DiffKind[] {
  const units = new Map<string, RefUnit>(history.units.map((u) => [`${u.code}@${u.validFrom}`, u]));
  const edges = history.lineage.filter((e) => e.effectiveDate === '2025-07-01');
  const ours = new Map(edges.map((e) => [`${e.from.code}>${e.to.code}`, e]));
  const theirs = new Map(communeRows.map((r) => [`${r.old_code}>${r.new_code}`, r]));
  const missing: string[] = [];
  const missingOld: string[] = [];
  const coverage: string[] = [];
  for (const [pair, r] of theirs) {
    const e = ours.get(pair);
    const text = `${pair} (${r.old_full_name} → ${r.new_full_name}, ${r.coverage})`;
    if (!e) (r.old_in_units_2025_03 === '0' ? missingOld : missing).push(text);
    else if (e.coverage !== r.coverage) coverage.push(`${text}: ours ${e.coverage}`);
  }
  const extra: string[] = [];
  for (const [pair, e] of ours) {
    if (e.from.code.length === 2 || theirs.has(pair)) continue;
    extra.push(
      `${pair} (${units.get(`${e.from.code}@${e.from.validFrom}`)?.fullName} → ${units.get(`${e.to.code}@${e.to.validFrom}`)?.fullName}, ${e.coverage})`,
    );
  }
  const provinces: string[] = [];
  for (const r of provinceRows) {
    const e = edges.find((x) => x.from.code === r.old_province_code);
    if (e?.to.code !== r.new_province_code)
      provinces.push(`${r.old_province_code} ${r.old_full_name}: ${r.new_province_code} (file) vs ${e?.to.code ?? 'none'} (ours)`);
  }
  return [
    { id: 'lineage.missing', title: 'pair in the mapping file, not in ours', items: missing },
    {
      id: 'lineage.missing-old-not-2025-03',
      title: 'pair in the mapping file whose old commune the file itself marks as not in units-2025-03',
      items: missingOld,
    },
    { id: 'lineage.extra', title: 'pair in ours, not in the mapping file', items: extra },
    { id: 'lineage.coverage', title: 'same pair, full/partial differs', items: coverage },
    { id: 'lineage.province', title: 'old province → new province differs', items: provinces },
  ];
}

/** Renders the differences as markdown: a count table, then the first examples of each kind. */
export function renderReport(sections: { title: string; kinds: DiffKind[] }[], examples = 15): string {
  const out = ['# Reference data cross-check', '', 'Built history vs /work/shared/data/vn-admin (see its README for provenance).', ''];
  for (const s of sections) {
    out.push(`## ${s.title}`, '', '| kind | what | count |', '|---|---|---:|');
    for (const k of s.kinds) out.push(`| \`${k.id}\` | ${k.title} | ${k.items.length} |`);
    out.push('');
    for (const k of s.kinds.filter((x) => x.items.length > 0)) {
      out.push(`### \`${k.id}\` (${k.items.length})`, '', ...k.items.slice(0, examples).map((i) => `- ${i}`));
      if (k.items.length > examples) out.push(`- … ${k.items.length - examples} more`);
      out.push('');
    }
  }
  return out.join('\n');
}
