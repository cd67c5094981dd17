/**
 * Checks of a generated demo dataset, shared by the pure generator test (a small register built by hand)
 * and the database test (the whole shipped register): every record valid against the catalogue, on a
 * unit in force, parts adding up, cross-checks holding, coverage never falling, villages counted right.
 * Each returns a list of problems (empty when the dataset is sound), so a failure names what is wrong.
 */
import { SECTOR_CATALOGUE } from '../../src/domain/indicators/sector-catalogue.ts';
import { validateBreakdown, validateValue } from '../../src/domain/indicators/validate-value.ts';
import { PERIOD_TYPES, parsePeriod, periodEnd, periodStart } from '../../src/domain/periods/period.ts';
import { DEMO_AS_OF } from '../../src/domain/demo/demo-scope.ts';
import type { DemoRecord, DemoSnapshot, DemoVillagePlan } from '../../src/domain/demo/demo-types.ts';
import { versionKey } from '../../src/domain/demo/demo-types.ts';
import { parseBreakdown } from '../../src/domain/values/value-types.ts';

interface UnitInfo {
  level: 'province' | 'commune' | 'village';
  validFrom: string | null;
  validTo: string | null;
  parentCode: string | null;
}

/** Every unit version of a dataset by key. */
export function unitsOf(snapshot: DemoSnapshot, plan: DemoVillagePlan): Map<string, UnitInfo> {
  const units = new Map<string, UnitInfo>();
  for (const p of snapshot.provinces) units.set(versionKey(p), { level: 'province', validFrom: p.validFrom, validTo: p.validTo, parentCode: null });
  for (const c of snapshot.communes) units.set(versionKey(c), { level: 'commune', validFrom: c.validFrom, validTo: c.validTo, parentCode: c.parentCode });
  for (const v of plan.versions) units.set(v.key, { level: 'village', validFrom: v.validFrom, validTo: v.validTo, parentCode: v.parentCode });
  return units;
}

const inForce = (u: UnitInfo, date: string) => (u.validFrom === null || u.validFrom <= date) && (u.validTo === null || u.validTo >= date);
const num = (v: unknown) => (typeof v === 'number' ? v : NaN);
/** Money and shares compared in thousandths, as stored (numeric), not as floating sums. */
const milli = (v: unknown) => Math.round(num(v) * 1000);

/** Every record: known indicator, level, period type, value, breakdown, unit in force, no key twice, nothing after the as-of date. */
export function findInvalidRecords(records: readonly DemoRecord[], units: ReadonlyMap<string, UnitInfo>): string[] {
  const problems: string[] = [];
  const seen = new Set<string>();
  for (const r of records) {
    const where = `${r.unitKey} ${r.indicatorCode} ${r.period} ${r.breakdown} ${r.series}`;
    const key = where;
    if (seen.has(key)) problems.push(`${where}: given twice`);
    seen.add(key);
    const ind = SECTOR_CATALOGUE.byCode.get(r.indicatorCode);
    const unit = units.get(r.unitKey);
    if (!ind || !unit) {
      problems.push(`${where}: unknown indicator or unit`);
      continue;
    }
    if (!ind.levels.includes(unit.level)) problems.push(`${where}: ${ind.code} is not collected at ${unit.level} level`);
    const p = parsePeriod(r.period);
    if (PERIOD_TYPES.indexOf(p.type) > PERIOD_TYPES.indexOf(ind.periodType)) problems.push(`${where}: finer than ${ind.periodType}`);
    const check = validateValue(ind, r.value);
    if (!check.ok) problems.push(`${where}: ${check.error.message} (${String(r.value)})`);
    else if (check.value !== r.value) problems.push(`${where}: not canonical`);
    for (const e of validateBreakdown(ind, parseBreakdown(r.breakdown))) problems.push(`${where}: ${e.message}`);
    const flow = ind.periodKind === 'flow' && r.series === 'actual';
    const holds = flow ? inForce(unit, periodStart(p)) && inForce(unit, periodEnd(p)) : inForce(unit, periodEnd(p));
    if (!holds) problems.push(`${where}: unit not in force ${flow ? 'throughout' : 'at the end of'} the period`);
    if (r.series === 'actual' && periodEnd(p) > DEMO_AS_OF) problems.push(`${where}: period not over on ${DEMO_AS_OF}`);
  }
  return problems;
}

/** Parts of a breakdown against their total: 'sum' adds up, 'any' is true iff a part is, 'none' parts stay within the total. */
export function findBreakdownMismatches(records: readonly DemoRecord[]): string[] {
  const totals = new Map<string, DemoRecord>();
  const parts = new Map<string, DemoRecord[]>();
  for (const r of records) {
    const base = `${r.unitKey}|${r.indicatorCode}|${r.period}|${r.series}`;
    if (r.breakdown === '') totals.set(base, r);
    else {
      const k = `${base}|${r.breakdown.split('=')[0]}`;
      parts.set(k, [...(parts.get(k) ?? []), r]);
    }
  }
  const problems: string[] = [];
  for (const [k, list] of parts) {
    const [unitKey, code, period, series, dimension] = k.split('|') as [string, string, string, string, string];
    const total = totals.get(`${unitKey}|${code}|${period}|${series}`);
    const d = SECTOR_CATALOGUE.byCode.get(code)?.disaggregations?.find((x) => x.dimension === dimension);
    if (!total || !d) {
      problems.push(`${k}: parts without a total`);
      continue;
    }
    if (d.total === 'sum' && list.reduce((a, r) => a + milli(r.value), 0) !== milli(total.value))
      problems.push(`${k}: parts do not add up to ${String(total.value)}`);
    if (d.total === 'any' && list.some((r) => r.value === true) !== total.value)
      problems.push(`${k}: total ${String(total.value)} but parts ${list.map((r) => r.value).join(',')}`);
    if (d.total === 'none' && list.some((r) => num(r.value) > num(total.value))) problems.push(`${k}: a part exceeds the total`);
  }
  return problems;
}

/** The catalogue's cross-checks between values of the same unit, period and series. */
export function findCrossCheckFailures(records: readonly DemoRecord[]): string[] {
  const totals = new Map<string, DemoRecord['value']>();
  for (const r of records) if (r.breakdown === '') totals.set(`${r.unitKey}|${r.indicatorCode}|${r.period}|${r.series}`, r.value);
  const problems: string[] = [];
  for (const r of records) {
    if (r.breakdown !== '') continue;
    for (const c of SECTOR_CATALOGUE.crossChecks.filter((x) => x.left === r.indicatorCode)) {
      const right = totals.get(`${r.unitKey}|${c.other}|${r.period}|${r.series}`);
      if (right === undefined) continue;
      const truthy = (v: DemoRecord['value']) => v === true || (typeof v === 'number' && v > 0);
      const ok =
        c.op === 'lte'
          ? num(r.value) <= num(right)
          : c.op === 'gte'
            ? num(r.value) >= num(right)
            : c.op === 'eq'
              ? r.value === right
              : !truthy(r.value) || truthy(right);
      if (!ok) problems.push(`${r.unitKey} ${r.period} ${r.series}: ${c.id} (${String(r.value)} / ${String(right)})`);
    }
  }
  return problems;
}

/** Coverage of a village never falls along its versions (a village once covered stays covered); lõm sóng clusters never grow. */
export function findCoverageDrops(records: readonly DemoRecord[], plan: DemoVillagePlan): string[] {
  const chainOf = new Map<string, string>();
  for (const c of plan.chains) for (const v of c.versions) chainOf.set(v.key, c.root);
  const series = new Map<string, Array<{ end: string; value: DemoRecord['value'] }>>();
  for (const r of records) {
    const chain = chainOf.get(r.unitKey);
    if (!chain || r.breakdown !== '' || r.series !== 'actual') continue;
    const k = `${chain}|${r.indicatorCode}`;
    series.set(k, [...(series.get(k) ?? []), { end: periodEnd(parsePeriod(r.period)), value: r.value }]);
  }
  const problems: string[] = [];
  for (const [k, points] of series) {
    if (k.endsWith('village.households') || k.endsWith('village.households_with_fibre') || k.endsWith('village.uso_fund_area')) continue;
    points.sort((a, b) => a.end.localeCompare(b.end));
    for (let i = 1; i < points.length; i++) {
      const [a, b] = [points[i - 1]!.value, points[i]!.value];
      const drop = typeof a === 'boolean' ? a && !b : num(b) > num(a);
      if (drop) problems.push(`${k}: ${String(a)} on ${points[i - 1]!.end} then ${String(b)} on ${points[i]!.end}`);
    }
  }
  return problems;
}

/** Commune figures built from villages: the count of villages in force under it, loudspeakers, the broadband share. */
export function findVillageCountMismatches(records: readonly DemoRecord[], units: ReadonlyMap<string, UnitInfo>, snapshot: DemoSnapshot): string[] {
  const byKey = new Map<string, DemoRecord['value']>();
  for (const r of records) if (r.breakdown === '' && r.series === 'actual') byKey.set(`${r.unitKey}|${r.indicatorCode}|${r.period}`, r.value);
  const villagesByParent = new Map<string, Array<[string, UnitInfo]>>();
  for (const [k, u] of units) if (u.level === 'village') villagesByParent.set(u.parentCode!, [...(villagesByParent.get(u.parentCode!) ?? []), [k, u]]);
  const communes = new Map(snapshot.communes.map((c) => [versionKey(c), c]));
  const problems: string[] = [];
  for (const r of records) {
    if (r.indicatorCode !== 'commune.villages' || r.series !== 'actual') continue;
    const commune = communes.get(r.unitKey)!;
    const end = periodEnd(parsePeriod(r.period));
    const under = (villagesByParent.get(commune.code) ?? []).filter(([, v]) => inForce(v, end)).map(([k]) => k);
    if (under.length !== r.value) problems.push(`${r.unitKey} ${r.period}: ${String(r.value)} villages stated, ${under.length} in the register`);
    const covered = under.filter((k) => byKey.get(`${k}|village.mobile_broadband|${r.period}`) === true).length;
    const share = byKey.get(`${r.unitKey}|commune.share_villages_mobile_broadband|${r.period}`);
    if (share !== Math.round((1000 * covered) / under.length) / 10)
      problems.push(`${r.unitKey} ${r.period}: broadband share ${String(share)} for ${covered}/${under.length}`);
    const loud = byKey.get(`${r.unitKey}|commune.villages_with_loudspeakers|${r.period}`);
    const loudVillages = under.filter((k) => byKey.get(`${k}|village.loudspeaker_working|${r.period}`) === true).length;
    if (loud !== undefined && loud !== loudVillages)
      problems.push(`${r.unitKey} ${r.period}: ${String(loud)} villages with loudspeakers stated, ${loudVillages} reported`);
  }
  return problems;
}
