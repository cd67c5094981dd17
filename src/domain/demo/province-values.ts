/**
 * The demo provinces' values. An old province (before 01/07/2025) gives its own figures; a province of
 * 01/07/2025 gives those of the old provinces merged into it, added up (R-HIST-7: revenue, subscriptions,
 * dossiers and households are sums; coverage is weighted by population; online services are not summed,
 * the lists overlap). Years 2016–2024 as year figures, months (quarters for documents) from 2024, the
 * halves of 2025 for flows; plan targets for revenue, subscriptions, coverage and electronic documents.
 */
import { formatPeriod, type Period } from '../periods/period.ts';
import type { IndicatorValue } from '../indicators/indicator-types.ts';
import type { Series } from '../values/value-types.ts';
import type { ShareSums } from './commune-values.ts';
import { CURRENT_QUARTERS, DEMO_YEARS, REFORM_HALVES, detailPeriods, holdsFlow, holdsStock, yearsBetween } from './demo-periods.ts';
import { CURRENT_YEAR, FIRST_YEAR, FULLY_COVERED_PROVINCES } from './demo-scope.ts';
import { versionKey, type DemoRecord, type DemoUnitVersion } from './demo-types.ts';
import { between, uniformFor } from './prng.ts';
import {
  householdInternetShare,
  modelHouseholds,
  monthFlows,
  monthSubscriptions,
  onlineServices,
  population,
  quarterDocuments,
  yearCoverage,
} from './province-model.ts';

/** What province values are built from besides the model. */
export interface ProvinceInputs {
  /** The old provinces whose figures a province version gives (itself for an old province). */
  constituents: readonly string[];
  /** Households of the demo villages by `<old province>|<year>` (seed provinces only). */
  villageHouseholds: ReadonlyMap<string, number>;
  shareSums: ShareSums;
}

const thousandths = (millions: number) => millions / 1000;
const round = (x: number, d: number) => Number(x.toFixed(d));
const sumRecords = (rs: readonly Record<string, number>[]) => {
  const out: Record<string, number> = {};
  for (const r of rs) for (const [k, v] of Object.entries(r)) out[k] = (out[k] ?? 0) + v;
  return out;
};
/** Plans are for whole years, the current one included. */
const ALL_MONTHS = [1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12];
const total = (parts: Record<string, number>) => Object.values(parts).reduce((a, b) => a + b, 0);

/** Months (1–12) of a period of a year, half or month. */
function monthsOf(p: Period): number[] {
  if (p.type === 'month') return [p.index];
  if (p.type === 'quarter') return [p.index * 3 - 2, p.index * 3 - 1, p.index * 3];
  if (p.type === 'half') return ALL_MONTHS.slice((p.index - 1) * 6, p.index * 6);
  return ALL_MONTHS;
}

/** The values of one province version. */
export function provinceRecords(v: DemoUnitVersion, inputs: ProvinceInputs): DemoRecord[] {
  const key = versionKey(v);
  const codes = inputs.constituents;
  const out: DemoRecord[] = [];
  const emit = (indicatorCode: string, period: Period | string, value: IndicatorValue, breakdown = '', series: Series = 'actual') =>
    out.push({ unitKey: key, indicatorCode, period: typeof period === 'string' ? period : formatPeriod(period), breakdown, series, value });
  const withParts = (indicatorCode: string, period: Period, parts: Record<string, number>, scale: (x: number) => number) => {
    emit(indicatorCode, period, scale(total(parts)));
    for (const [op, x] of Object.entries(parts)) emit(indicatorCode, period, scale(x), `operator=${op}`);
  };

  const flowPeriods = [...DEMO_YEARS, ...REFORM_HALVES, ...detailPeriods('month')].filter((p) => holdsFlow(v, p));
  for (const p of flowPeriods) {
    const months = codes.flatMap((c) => monthsOf(p).map((m) => monthFlows(c, p.year, m)));
    withParts('province.telecom_revenue', p, sumRecords(months.map((f) => f.telecom)), thousandths);
    withParts('province.postal_revenue', p, sumRecords(months.map((f) => f.postal)), thousandths);
    emit(
      'province.postal_admin_dossiers',
      p,
      months.reduce((a, f) => a + f.postalDossiers, 0),
    );
    const dossiers = months.reduce((a, f) => a + f.dossiers, 0);
    const online = months.reduce((a, f) => a + f.dossiersOnline, 0);
    emit('province.dossiers_total', p, dossiers);
    emit('province.dossiers_online', p, online);
    emit('province.share_dossiers_online', p, round((100 * online) / dossiers, 2));
  }

  for (const p of [...DEMO_YEARS, ...REFORM_HALVES, ...detailPeriods('quarter')].filter((q) => holdsFlow(v, q))) {
    const quarters = p.type === 'quarter' ? [p.index] : p.type === 'half' ? [p.index * 2 - 1, p.index * 2] : [1, 2, 3, 4];
    const docs = codes.flatMap((c) => quarters.map((q) => quarterDocuments(c, p.year, q)));
    const all = docs.reduce((a, d) => a + d.total, 0);
    const electronic = docs.reduce((a, d) => a + d.electronic, 0);
    emit('province.documents_outgoing', p, all);
    emit('province.documents_outgoing_electronic', p, electronic);
    emit('province.share_documents_electronic', p, round((100 * electronic) / all, 1));
  }

  for (const p of [...DEMO_YEARS, ...detailPeriods('month')].filter((q) => holdsStock(v, q))) {
    const month = p.type === 'month' ? p.index : 12;
    const subs = codes.map((c) => monthSubscriptions(c, p.year, month));
    withParts('province.fixed_telephone_subscriptions', p, sumRecords(subs.map((s) => s.fixedTelephone)), (x) => x);
    withParts('province.mobile_telephone_subscriptions', p, sumRecords(subs.map((s) => s.mobileTelephone)), (x) => x);
    withParts('province.fixed_broadband_subscriptions', p, sumRecords(subs.map((s) => s.fixedBroadband)), (x) => x);
    withParts('province.mobile_broadband_subscriptions', p, sumRecords(subs.map((s) => s.mobileBroadband)), (x) => x);
  }

  for (const p of DEMO_YEARS.filter((q) => holdsStock(v, q))) addYearStocks(p, codes, inputs, emit);
  addCommuneShares(v, inputs.shareSums, emit);
  addPlans(v, codes, emit);
  return out;
}

type Emit = (indicatorCode: string, period: Period | string, value: IndicatorValue, breakdown?: string, series?: Series) => void;

/** Year-end figures: households, Internet households, coverage, online services. */
function addYearStocks(p: Period, codes: readonly string[], inputs: ProvinceInputs, emit: Emit): void {
  const y = p.year;
  const households = codes.map((c) => inputs.villageHouseholds.get(`${c}|${y}`) ?? modelHouseholds(c, y + 1));
  const internet = codes.map((c, i) => Math.round(households[i]! * householdInternetShare(c, y)));
  const allHouseholds = households.reduce((a, b) => a + b, 0);
  const withInternet = internet.reduce((a, b) => a + b, 0);
  emit('village.households', p, allHouseholds);
  emit('province.households_with_internet', p, withInternet);
  emit('province.share_households_internet', p, round((100 * withInternet) / allHouseholds, 1));

  // Coverage of merged provinces: weighted by population, as SDG 9.c.1 defines it.
  const people = codes.map((c) => population(c, y + 1));
  const weighted = (k: '2g' | '3g' | '4g' | '5g' | 'total') =>
    round(codes.reduce((a, c, i) => a + yearCoverage(c, y)[k] * people[i]!, 0) / people.reduce((a, b) => a + b, 0), 2);
  emit('province.mobile_population_coverage', p, weighted('total'));
  emit('province.mobile_population_coverage', p, weighted('2g'), 'technology=2g');
  emit('province.mobile_population_coverage', p, weighted('3g'), 'technology=3g');
  if (y >= 2017) emit('province.mobile_population_coverage', p, weighted('4g'), 'technology=4g');
  if (y >= 2024) emit('province.mobile_population_coverage', p, weighted('5g'), 'technology=5g');

  // Service lists of merged provinces overlap: the merged list is the longest one, slightly extended.
  const lists = codes.map((c) => onlineServices(c, y)).sort((a, b) => b.full + b.partial - (a.full + a.partial));
  const widen = codes.length > 1 ? 1.04 : 1;
  const full = Math.round(lists[0]!.full * widen);
  const partial = Math.round(lists[0]!.partial * widen);
  emit('province.online_public_services', p, full + partial);
  emit('province.online_public_services', p, full, 'online_service_level=full');
  emit('province.online_public_services', p, partial, 'online_service_level=partial');
}

/** The commune shares over the whole province, where every commune of the province is in the demo. */
function addCommuneShares(v: DemoUnitVersion, sums: ShareSums, emit: Emit): void {
  const reformed = v.validFrom !== null && v.validFrom >= '2025-07-01';
  const covered: readonly string[] = reformed ? FULLY_COVERED_PROVINCES.afterReform : FULLY_COVERED_PROVINCES.beforeReform;
  if (!covered.includes(v.code)) return;
  const stocks = [
    'commune.share_villages_mobile_broadband',
    'commune.share_villages_loudspeakers',
    'commune.share_households_with_fibre',
    'commune.share_officials_with_digital_signature',
  ];
  for (const p of [...DEMO_YEARS, ...CURRENT_QUARTERS]) {
    const periodKey = formatPeriod(p);
    for (const code of [...stocks, 'commune.share_dossiers_online']) {
      const isFlow = code === 'commune.share_dossiers_online';
      if (isFlow ? !holdsFlow(v, p) : !holdsStock(v, p)) continue;
      const s = sums.get(`${v.code}|${code}|${periodKey}`);
      if (s && s[1] > 0) emit(code, periodKey, round((100 * s[0]) / s[1], 1));
    }
  }
}

/** Plan targets (kế hoạch) by year, set on the province in force at the year's end: a few per cent off the actual. */
function addPlans(v: DemoUnitVersion, codes: readonly string[], emit: Emit): void {
  const targets: Readonly<Record<number, number>> = {
    2016: 30,
    2017: 40,
    2018: 50,
    2019: 60,
    2020: 80,
    2021: 85,
    2022: 90,
    2023: 90,
    2024: 95,
    2025: 95,
    2026: 98,
  };
  for (const p of yearsBetween(FIRST_YEAR, CURRENT_YEAR).filter((q) => holdsStock(v, q))) {
    const y = p.year;
    const off = (what: string, low: number, high: number) => 1 + between(uniformFor(`plan:${what}:${v.code}:${y}`), low, high);
    const revenue = codes.reduce((a, c) => a + ALL_MONTHS.reduce((b, m) => b + total(monthFlows(c, y, m).telecom), 0), 0);
    emit('province.telecom_revenue', p, Math.round((revenue / 1000) * off('revenue', -0.06, 0.05)), '', 'plan');
    const december = codes.map((c) => monthSubscriptions(c, y, 12));
    const mobile = december.reduce((a, s) => a + total(s.mobileTelephone), 0);
    const broadband = december.reduce((a, s) => a + total(s.mobileBroadband), 0);
    emit('province.mobile_telephone_subscriptions', p, Math.round((mobile * off('mobile', -0.04, 0.03)) / 100) * 100, '', 'plan');
    emit('province.mobile_broadband_subscriptions', p, Math.round((broadband * off('broadband', -0.06, 0.04)) / 100) * 100, '', 'plan');
    const year = Math.min(y, CURRENT_YEAR - 1);
    const people = codes.map((c) => population(c, year + 1));
    const coverage = codes.reduce((a, c, i) => a + yearCoverage(c, year).total * people[i]!, 0) / people.reduce((a, b) => a + b, 0);
    emit(
      'province.mobile_population_coverage',
      p,
      round(Math.min(100, coverage + between(uniformFor(`plan:coverage:${v.code}:${y}`), -0.4, 0.3)), 1),
      '',
      'plan',
    );
    emit('province.share_documents_electronic', p, targets[y]!, '', 'plan');
  }
}
