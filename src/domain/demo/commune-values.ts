/**
 * The demo communes' values: villages and the shares computed from them, the postal point, the radio
 * station, IT use and officials at each year end; dossiers by year (2016–2024), by half of 2025 and by
 * quarter from 2025; the plan targets for digital signatures and online dossiers. Counts of villages come
 * from the demo villages themselves, so "a/b thôn" always adds up (R-AGG-2).
 */
import { formatPeriod, type Period } from '../periods/period.ts';
import type { IndicatorValue } from '../indicators/indicator-types.ts';
import type { Series } from '../values/value-types.ts';
import { communeModel, itInUse, officials, postalPoint, quarterDossiers, radioStation, type CommuneModel } from './commune-model.ts';
import { between, intBetween, uniformFor } from './prng.ts';
import { CURRENT_QUARTERS, DEMO_YEARS, REFORM_HALVES, detailPeriods, holdsFlow, holdsStock } from './demo-periods.ts';
import { CURRENT_YEAR, DETAIL_FROM_YEAR, FIRST_YEAR, LAST_FULL_YEAR } from './demo-scope.ts';
import { isVersionInForce, versionKey, type DemoCommuneVersion, type DemoRecord } from './demo-types.ts';
import type { VillagePoint } from './village-values.ts';

/** Sums of a commune share's numerator and denominator, per province code and period, for the province's share. */
export type ShareSums = Map<string, [number, number]>;

/** Where commune values look up what they are built from. */
export interface CommuneInputs {
  /** Village points by `<commune code>|<period>`: the villages under that code at the period's end. */
  villagesByCommune: ReadonlyMap<string, readonly VillagePoint[]>;
  /** Numerators and denominators of the commune shares, summed by `<province>|<indicator>|<period>`. */
  shareSums: ShareSums;
}

/** Years each commune indicator is given from or up to (the others: every year 2016–2025). */
const FROM_YEAR: Readonly<Record<string, number>> = {
  'commune.share_households_with_fibre': 2022,
  // The conditions of the assessed postal point are those of QĐ 441/QĐ-BTTTT (28/03/2017), art. 3.
  ...Object.fromEntries(
    ['type', 'hours', 'max_letter_kg', 'max_parcel_kg', 'premises_fit', 'name_sign', 'posted_hours', 'posted_services'].map((k) => [
      `commune.postal_point_${k}`,
      2017,
    ]),
  ),
  'commune.postal_point_citizen_computer': 2022,
  'commune.postal_point_scanner': 2022,
  'commune.postal_point_trained_staff': 2022,
  // The 2021–2025 advanced and model rules (QĐ 318 Annex II, QĐ 319) date from 2022.
  ...Object.fromEntries(
    [
      'smartphone_subscriptions',
      'mobile_subscriptions',
      'working_age_people',
      'working_age_with_smartphone',
      'meets_advanced_2021_set',
      'income_ratio_to_advanced_level',
      'smart_villages',
      'model_outstanding_field',
    ].map((k) => [`commune.${k}`, 2022]),
  ),
};
/** Conditions of the 2010 criteria (QĐ 463/2012) are given for 2016 only, the year the 2016 set replaced them. */
const ONLY_2016 = new Set(['commune.public_letter_box', 'commune.mail_collected_delivered_daily', 'commune.public_telecom_point']);
/** Indicators also given for each quarter of the current year. */
const QUARTERLY = new Set(['commune.villages', 'commune.share_villages_mobile_broadband']);
/** Plan targets of the commune shares by year (the 2026 signature target is all officials, §4.5). */
const PLANS: Readonly<Record<string, Readonly<Record<number, number>>>> = {
  'commune.share_officials_with_digital_signature': { 2024: 80, 2025: 90, 2026: 100 },
  'commune.share_dossiers_online': { 2024: 70, 2025: 80, 2026: 90 },
};

const round1 = (x: number) => Math.round(x * 10) / 10;
const percent = (num: number, den: number) => round1((100 * num) / den);

/** Builds the models of the commune versions, predecessors first. */
export function buildCommuneModels(
  communes: readonly DemoCommuneVersion[],
  predecessorsOf: (key: string) => readonly string[],
  seedProvinceOf: (c: DemoCommuneVersion) => string,
): Map<string, CommuneModel> {
  const models = new Map<string, CommuneModel>();
  const sorted = [...communes].sort((a, b) => (a.validFrom ?? '').localeCompare(b.validFrom ?? '') || a.code.localeCompare(b.code));
  for (const c of sorted) {
    const preds = predecessorsOf(versionKey(c))
      .map((k) => models.get(k))
      .filter((m): m is CommuneModel => m !== undefined);
    models.set(versionKey(c), communeModel(c, seedProvinceOf(c), preds));
  }
  return models;
}

/** The values of one commune version; adds its share numerators and denominators to `inputs.shareSums`. */
export function communeRecords(m: CommuneModel, inputs: CommuneInputs): DemoRecord[] {
  const c = m.commune;
  const key = versionKey(c);
  const out: DemoRecord[] = [];
  const emit = (indicatorCode: string, periodKey: string, value: IndicatorValue, breakdown = '', series: Series = 'actual') =>
    out.push({ unitKey: key, indicatorCode, period: periodKey, breakdown, series, value });
  const share = (indicatorCode: string, periodKey: string, num: number, den: number) => {
    if (den <= 0) return;
    emit(indicatorCode, periodKey, percent(num, den));
    const k = `${c.provinceCode}|${indicatorCode}|${periodKey}`;
    const s = inputs.shareSums.get(k) ?? [0, 0];
    inputs.shareSums.set(k, [s[0] + num, s[1] + den]);
  };

  for (const period of [...DEMO_YEARS, ...CURRENT_QUARTERS]) {
    if (!holdsStock(c, period)) continue;
    const periodKey = formatPeriod(period);
    const villages = inputs.villagesByCommune.get(`${c.code}|${periodKey}`) ?? [];
    const add = (indicatorCode: string, value: IndicatorValue, breakdown = '') => {
      if (period.type === 'quarter' && !QUARTERLY.has(indicatorCode)) return;
      if (period.year < (FROM_YEAR[indicatorCode] ?? FIRST_YEAR)) return;
      if (ONLY_2016.has(indicatorCode) && period.year !== 2016) return;
      emit(indicatorCode, periodKey, value, breakdown);
    };
    if (villages.length > 0) {
      add('commune.villages', villages.length);
      share(
        'commune.share_villages_mobile_broadband',
        periodKey,
        count(villages, (v) => v.state.broadband),
        villages.length,
      );
      if (period.type === 'year') {
        const loud = count(villages, (v) => v.state.loudspeaker);
        add('commune.villages_with_loudspeakers', loud);
        share('commune.share_villages_loudspeakers', periodKey, loud, villages.length);
        if (period.year >= FROM_YEAR['commune.share_households_with_fibre']!) {
          const households = sumOf(villages, (v) => v.state.households);
          share(
            'commune.share_households_with_fibre',
            periodKey,
            sumOf(villages, (v) => v.state.householdsWithFibre),
            households,
          );
        }
      }
    }
    if (period.type !== 'year') continue;
    addYearEnd(m, period.year, add);
    if (period.year >= 2022 && villages.length > 0) {
      const n = ntmStatus(m, period.year, villages.length);
      add('commune.smartphone_subscriptions', n.smartphones);
      add('commune.mobile_subscriptions', n.mobile);
      share('commune.smartphone_subscription_share', periodKey, n.smartphones, n.mobile);
      add('commune.working_age_people', n.workingAge);
      add('commune.working_age_with_smartphone', n.workingAgeWithSmartphone);
      share('commune.working_age_smartphone_share', periodKey, n.workingAgeWithSmartphone, n.workingAge);
      add('commune.meets_advanced_2021_set', n.advanced);
      add('commune.income_ratio_to_advanced_level', n.incomeRatio);
      add('commune.smart_villages', n.smartVillages);
      add('commune.model_outstanding_field', n.field);
    }
    const o = officials(m, period.year);
    share('commune.share_officials_with_digital_signature', periodKey, o.signatures, o.officials);
  }

  for (const period of flowPeriods()) {
    if (!holdsFlow(c, period)) continue;
    const periodKey = formatPeriod(period);
    const households = householdsOf(c, period.year, inputs.villagesByCommune);
    let total = 0;
    let online = 0;
    for (const q of quartersOf(period)) {
      const d = quarterDossiers(m, period.year, q, households);
      total += d.total;
      online += d.online;
    }
    emit('commune.dossiers_total', periodKey, total);
    emit('commune.dossiers_online', periodKey, online);
    if (period.type === 'year') share('commune.share_dossiers_online', periodKey, online, total);
    else if (total > 0) emit('commune.share_dossiers_online', periodKey, percent(online, total));
  }

  for (const [indicatorCode, byYear] of Object.entries(PLANS)) {
    for (const [year, target] of Object.entries(byYear)) {
      const period: Period = { type: 'year', year: Number(year), index: 1 };
      if (holdsStock(c, period)) emit(indicatorCode, year, target, '', 'plan');
    }
  }
  return out;
}

/** The postal point, radio station, IT use and officials at a year end. */
function addYearEnd(m: CommuneModel, year: number, add: (code: string, value: IndicatorValue, breakdown?: string) => void): void {
  const p = postalPoint(m, year);
  const points = p.parts.vietnam_post + p.parts.viettel_post + p.parts.other;
  add('commune.postal_points', points);
  if (year >= DETAIL_FROM_YEAR) for (const [op, n] of Object.entries(p.parts)) add('commune.postal_points', n, `operator=${op}`);
  add('commune.postal_point_type', p.type);
  add('commune.postal_point_hours', p.hours);
  add('commune.postal_point_max_letter_kg', p.maxLetterKg);
  add('commune.postal_point_max_parcel_kg', p.maxParcelKg);
  add('commune.postal_point_premises_fit', p.premisesFit);
  add('commune.postal_point_name_sign', p.nameSign);
  add('commune.postal_point_posted_hours', p.postedHours);
  add('commune.postal_point_posted_services', p.postedServices);
  add('commune.postal_point_citizen_computer', p.citizenComputer);
  add('commune.postal_point_scanner', p.scanner);
  add('commune.postal_point_trained_staff', p.trainedStaff);
  // The 2010 set asked for a letter box, daily mail and a public telecom point (R-463-8.1).
  add('commune.public_letter_box', m.remote < 0.85);
  add('commune.mail_collected_delivered_daily', m.remote < (m.isMountain ? 0.75 : 0.95));
  add('commune.public_telecom_point', m.remote < (m.isMountain ? 0.55 : 0.8));
  const r = radioStation(m, year);
  add('commune.radio_station', r.station);
  add('commune.radio_station_operating', r.operating);
  if (year >= DETAIL_FROM_YEAR) {
    add('commune.radio_station_operating', r.wired, 'transmission=wired');
    add('commune.radio_station_operating', r.wireless, 'transmission=wireless');
    add('commune.radio_station_operating', r.ip, 'transmission=ip');
  }
  const it = itInUse(m, year);
  add('commune.dms_in_use', it.dms);
  add('commune.web_page_live', it.web);
  const o = officials(m, year);
  add('commune.officials', o.officials);
  add('commune.officials_using_computers', o.computers);
  add('commune.officials_with_digital_signature', o.signatures);
}

/**
 * Smartphones and NTM recognition at a year end: smartphone take-up grows each year and is lower in
 * remote communes; a few accessible communes reach the advanced set, fewer the model rule's conditions.
 */
function ntmStatus(m: CommuneModel, year: number, villages: number) {
  const key = `${versionKey(m.commune)}|ntm`;
  const u = uniformFor(key);
  const households = villages * intBetween(uniformFor(`${key}|hh`), 60, 140);
  const workingAge = Math.round(households * between(uniformFor(`${key}|wa`), 1.9, 2.6));
  const mobile = Math.round(workingAge * between(uniformFor(`${key}|mob`), 1.05, 1.35));
  const take = Math.min(0.95, between(u, 0.45, 0.62) + 0.05 * (year - 2022) - 0.15 * m.remote);
  const advanced = !m.isMountain && m.remote < 0.35 && u < 0.5 && year >= 2023;
  const incomeRatio = Math.round(between(uniformFor(`${key}|inc`), 95, 125) * 10) / 10;
  const fields = ['none', 'education', 'culture', 'production', 'digital'] as const;
  return {
    smartphones: Math.round(mobile * take),
    mobile,
    workingAge,
    workingAgeWithSmartphone: Math.round(workingAge * Math.min(0.97, take + 0.05)),
    advanced,
    incomeRatio,
    smartVillages: advanced ? intBetween(uniformFor(`${key}|sv|${year}`), 0, Math.min(2, villages)) : 0,
    field: advanced ? (fields[intBetween(uniformFor(`${key}|f`), 0, fields.length - 1)] ?? 'none') : 'none',
  };
}

/** Dossier periods: every complete year up to 2024, the halves of 2025, every quarter from 2025 (the reform year). */
function flowPeriods(): Period[] {
  return [...DEMO_YEARS.filter((p) => p.year <= DETAIL_FROM_YEAR), ...REFORM_HALVES, ...detailPeriods('quarter').filter((p) => p.year > DETAIL_FROM_YEAR)];
}

function quartersOf(p: Period): number[] {
  if (p.type === 'quarter') return [p.index];
  if (p.type === 'half') return p.index === 1 ? [1, 2] : [3, 4];
  return [1, 2, 3, 4];
}

/** The commune's households at the last year end it was in force (the size its dossiers scale with). */
export function householdsOf(c: DemoCommuneVersion, year: number, villagesByCommune: ReadonlyMap<string, readonly VillagePoint[]>): number {
  const last = Math.min(year, LAST_FULL_YEAR, CURRENT_YEAR);
  for (const strict of [true, false]) {
    for (let y = strict ? last : Math.min(last, LAST_FULL_YEAR - 1); y >= FIRST_YEAR; y--) {
      const points = villagesByCommune.get(`${c.code}|${y}`);
      if (points && (!strict || isVersionInForce(c, `${y}-12-31`))) return sumOf(points, (v) => v.state.households);
    }
  }
  return 1200;
}

function count<T>(xs: readonly T[], f: (x: T) => boolean): number {
  let n = 0;
  for (const x of xs) if (f(x)) n++;
  return n;
}

function sumOf<T>(xs: readonly T[], f: (x: T) => number): number {
  let n = 0;
  for (const x of xs) n += f(x);
  return n;
}
