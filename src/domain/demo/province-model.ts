/**
 * How an old province's sector figures evolve month by month: revenue and subscriptions scale with its
 * population and grow a few per cent a year (fixed telephone lines decline as people move to mobile);
 * coverage, Internet households and e-government shares follow curves by profile. Money is counted in
 * whole millions of đồng and split between operators so the parts add up to the total exactly.
 */
import { PROVINCE_SCALES, curve, curveAt, type Curve, type ProvinceProfile, type ProvinceScale } from './demo-scope.ts';
import { uniformFor } from './prng.ts';

/** Parts of a total by operator: shares by profile, drifting a little each year. */
type Split = Readonly<Record<string, number>>;

const byProfile = <T>(mountain: T, midland: T, lowland: T, urban: T, metro: T): Readonly<Record<ProvinceProfile, T>> => ({
  mountain,
  midland,
  lowland,
  urban,
  metro,
});

/** Telecom revenue per person and year in 2016, millions of đồng. */
const REVENUE_PER_PERSON = byProfile(0.85, 1.15, 1.2, 1.55, 2.3);
const POSTAL_PER_PERSON = byProfile(0.035, 0.05, 0.05, 0.08, 0.12);
/** Subscriptions per person (mobile) or household (fixed broadband): 2016 → 2026. */
const MOBILE_PER_PERSON = byProfile([0.95, 1.18], [1.15, 1.35], [1.1, 1.3], [1.45, 1.62], [1.6, 1.75]);
const MOBILE_BROADBAND_PER_PERSON = byProfile([0.22, 0.78], [0.35, 0.88], [0.33, 0.86], [0.5, 1.0], [0.6, 1.1]);
const FIXED_BROADBAND_PER_HOUSEHOLD = byProfile([0.08, 0.55], [0.2, 0.78], [0.2, 0.75], [0.35, 0.92], [0.45, 0.95]);
const FIXED_TELEPHONE_PER_PERSON = byProfile(0.03, 0.05, 0.05, 0.08, 0.12);

const TELECOM_SPLIT = byProfile<Split>(
  { vnpt: 0.27, viettel: 0.58, mobifone: 0.08, vietnamobile: 0.01, fpt: 0.03, other: 0.03 },
  { vnpt: 0.28, viettel: 0.5, mobifone: 0.12, vietnamobile: 0.02, fpt: 0.05, other: 0.03 },
  { vnpt: 0.27, viettel: 0.5, mobifone: 0.13, vietnamobile: 0.02, fpt: 0.05, other: 0.03 },
  { vnpt: 0.24, viettel: 0.45, mobifone: 0.15, vietnamobile: 0.03, fpt: 0.09, other: 0.04 },
  { vnpt: 0.23, viettel: 0.42, mobifone: 0.17, vietnamobile: 0.03, fpt: 0.1, other: 0.05 },
);
const MOBILE_SPLIT = byProfile<Split>(
  { vnpt: 0.25, viettel: 0.62, mobifone: 0.1, vietnamobile: 0.02, other: 0.01 },
  { vnpt: 0.27, viettel: 0.52, mobifone: 0.16, vietnamobile: 0.04, other: 0.01 },
  { vnpt: 0.26, viettel: 0.52, mobifone: 0.17, vietnamobile: 0.04, other: 0.01 },
  { vnpt: 0.24, viettel: 0.46, mobifone: 0.22, vietnamobile: 0.06, other: 0.02 },
  { vnpt: 0.23, viettel: 0.44, mobifone: 0.24, vietnamobile: 0.07, other: 0.02 },
);
const FIXED_SPLIT = byProfile<Split>(
  { vnpt: 0.55, viettel: 0.38, fpt: 0.04, other: 0.03 },
  { vnpt: 0.45, viettel: 0.38, fpt: 0.13, other: 0.04 },
  { vnpt: 0.45, viettel: 0.38, fpt: 0.13, other: 0.04 },
  { vnpt: 0.36, viettel: 0.36, fpt: 0.22, other: 0.06 },
  { vnpt: 0.33, viettel: 0.34, fpt: 0.26, other: 0.07 },
);

/** Population coverage by technology, per cent at year ends (instants: 2026 = end of 2025). */
const COVERAGE: Readonly<Record<ProvinceProfile, Readonly<Record<'total' | '2g' | '3g' | '4g' | '5g', Curve>>>> = {
  mountain: coverage(94.6, 98.9, 82, [58, 90, 97.9], [3, 9]),
  midland: coverage(97.6, 99.7, 90, [70, 95, 99.4], [6, 22]),
  lowland: coverage(98.4, 99.9, 93, [75, 96, 99.7], [8, 30]),
  urban: coverage(99.5, 100, 98, [88, 99, 99.95], [18, 58]),
  metro: coverage(99.8, 100, 99, [92, 99.5, 100], [25, 70]),
};

/** Curves of one profile: total and 2G from 2016 to 2025, 3G, 4G from its 2017 launch, 5G from 2024. */
function coverage(total16: number, total25: number, g3: number, g4: readonly [number, number, number], g5: readonly [number, number]) {
  const total = curve([2017, total16], [2021, (total16 + 3 * total25) / 4], [2026, total25]);
  return {
    total,
    '2g': total.map(([t, v]) => [t, Math.max(0, v - 0.05)] as const),
    '3g': curve([2017, g3], [2021, Math.min(total25 - 0.3, g3 + 6)], [2026, total25 - 0.3]),
    '4g': curve([2017, 0], [2018, g4[0]], [2020, g4[1]], [2026, g4[2]]),
    '5g': curve([2024, 0], [2025, g5[0]], [2026, g5[1]]),
  };
}

const HOUSEHOLD_INTERNET = byProfile<Curve>(
  curve([2017, 0.32], [2021, 0.58], [2026, 0.8]),
  curve([2017, 0.48], [2021, 0.72], [2026, 0.9]),
  curve([2017, 0.45], [2021, 0.7], [2026, 0.89]),
  curve([2017, 0.62], [2021, 0.84], [2026, 0.96]),
  curve([2017, 0.7], [2021, 0.88], [2026, 0.97]),
);
const ELECTRONIC_DOCUMENTS: Curve = curve([2016, 0.2], [2018, 0.45], [2020, 0.75], [2022, 0.9], [2024, 0.96], [2026, 0.985], [2027, 0.99]);
const ONLINE_DOSSIERS: Curve = curve([2016, 0.03], [2018, 0.1], [2020, 0.28], [2022, 0.5], [2024, 0.7], [2025, 0.8], [2026, 0.86], [2027, 0.9]);
const ONLINE_SERVICES: Curve = curve([2017, 150], [2019, 400], [2021, 1100], [2023, 1500], [2025, 1750], [2026, 1850]);
const FULLY_ONLINE_SHARE: Curve = curve([2017, 0.05], [2021, 0.25], [2023, 0.4], [2026, 0.55]);
/** Months of the year: more traffic and dossiers around Tết and at year end. */
const MONTH_SEASON = [1.06, 1.04, 0.97, 0.98, 0.99, 0.98, 0.99, 1.0, 0.98, 1.0, 1.0, 1.01] as const;

/** The scale of an old province (every province of the demo has one). */
export function provinceScale(code: string): ProvinceScale {
  const s = PROVINCE_SCALES[code];
  if (!s) throw new Error(`no demo scale for province ${code}`);
  return s;
}

/** Population at an instant (in years). */
export function population(code: string, t: number): number {
  const s = provinceScale(code);
  return s.population2016 * (1 + s.populationGrowth) ** (t - 2016);
}

/** Households at an instant, from population (used for provinces without demo villages). */
export function modelHouseholds(code: string, t: number): number {
  return Math.round(population(code, t) / provinceScale(code).householdSize);
}

const noise = (key: string, spread: number) => 1 + spread * (uniformFor(key) - 0.5);

/** A month's flows: revenue in millions of đồng by operator, postal revenue, dossiers. */
export function monthFlows(code: string, year: number, month: number) {
  const s = provinceScale(code);
  const t = year + (month - 0.5) / 12;
  const people = population(code, t);
  const season = MONTH_SEASON[month - 1]!;
  const key = `${code}:${year}M${month}`;
  const telecom = Math.round(((people * REVENUE_PER_PERSON[s.profile] * 1.03 ** (t - 2016)) / 12) * season * noise(`telecom:${key}`, 0.05));
  const postal = Math.round(((people * POSTAL_PER_PERSON[s.profile] * 1.1 ** (t - 2016)) / 12) * noise(`postal:${key}`, 0.08));
  const postalDossiers = Math.round(((people * 0.004 * 1.18 ** Math.min(t - 2016, 8)) / 12) * noise(`bcci:${key}`, 0.1));
  const households = people / s.householdSize;
  const dossiers = Math.round(((households * 4 * 1.03 ** (t - 2016)) / 12) * season * noise(`dossiers:${key}`, 0.06));
  return {
    telecom: split(telecom, drift(TELECOM_SPLIT[s.profile], 'fpt', 'viettel', 0.003 * (year - 2016))),
    postal: split(postal, drift({ vietnam_post: 0.6, viettel_post: 0.22, other: 0.18 }, 'viettel_post', 'vietnam_post', 0.012 * (year - 2016))),
    postalDossiers,
    dossiers,
    dossiersOnline: Math.round(dossiers * curveAt(ONLINE_DOSSIERS, t)),
  };
}

/** Subscriptions at a month's end, by operator. */
export function monthSubscriptions(code: string, year: number, month: number) {
  const s = provinceScale(code);
  const t = year + month / 12;
  const people = population(code, t);
  const along = ([a, b]: readonly number[]) => a! + (b! - a!) * Math.min(1, Math.max(0, (t - 2016) / 10));
  const jitter = noise(`subscriptions:${code}:${year}M${month}`, 0.004);
  const count = (x: number) => Math.round(x * jitter);
  return {
    fixedTelephone: split(count(people * FIXED_TELEPHONE_PER_PERSON[s.profile] * 0.93 ** (t - 2016)), FIXED_SPLIT[s.profile]),
    mobileTelephone: split(count(people * along(MOBILE_PER_PERSON[s.profile])), MOBILE_SPLIT[s.profile]),
    fixedBroadband: split(count((people / s.householdSize) * along(FIXED_BROADBAND_PER_HOUSEHOLD[s.profile])), FIXED_SPLIT[s.profile]),
    mobileBroadband: split(count(people * along(MOBILE_BROADBAND_PER_PERSON[s.profile])), MOBILE_SPLIT[s.profile]),
  };
}

/** Population coverage by technology at a year end, per cent (never falling). */
export function yearCoverage(code: string, year: number): Record<'total' | '2g' | '3g' | '4g' | '5g', number> {
  const curves = COVERAGE[provinceScale(code).profile];
  const at = (k: keyof typeof curves) => Math.min(100, curveAt(curves[k], year + 1));
  return { total: at('total'), '2g': at('2g'), '3g': at('3g'), '4g': Math.min(at('4g'), at('total')), '5g': at('5g') };
}

/** Share of households with Internet at a year end. */
export function householdInternetShare(code: string, year: number): number {
  return curveAt(HOUSEHOLD_INTERNET[provinceScale(code).profile], year + 1);
}

/** Outgoing documents in a quarter and how many were sent electronically. */
export function quarterDocuments(code: string, year: number, quarter: number): { total: number; electronic: number } {
  const t = year + (quarter * 3 - 1.5) / 12;
  const total = Math.round(((population(code, t) * 0.11 * 1.02 ** (t - 2016)) / 4) * noise(`documents:${code}:${year}Q${quarter}`, 0.1));
  return { total, electronic: Math.round(total * curveAt(ELECTRONIC_DOCUMENTS, t)) };
}

/** Online public services at a year end: fully online and partly online. */
export function onlineServices(code: string, year: number): { full: number; partial: number } {
  const total = Math.round(curveAt(ONLINE_SERVICES, year + 1) * noise(`services:${code}`, 0.2));
  const full = Math.round(total * curveAt(FULLY_ONLINE_SHARE, year + 1));
  return { full, partial: total - full };
}

/** Splits a whole total into parts by share; the last part takes the rounding so the parts add up. */
export function split(total: number, shares: Split): Record<string, number> {
  const keys = Object.keys(shares);
  const out: Record<string, number> = {};
  let rest = total;
  keys.forEach((k, i) => {
    const part = i === keys.length - 1 ? rest : Math.min(rest, Math.round(total * shares[k]!));
    out[k] = part;
    rest -= part;
  });
  return out;
}

/** Moves `amount` of share from one operator to another (FPT and Viettel Post gain over the years). */
function drift(shares: Split, to: string, from: string, amount: number): Split {
  const moved = Math.min(amount, (shares[from] ?? 0) * 0.5);
  return { ...shares, [to]: (shares[to] ?? 0) + moved, [from]: (shares[from] ?? 0) - moved };
}
