/**
 * A bench commune version's figures: villages each quarter (counted from the villages generated under its
 * code), dossiers each quarter it is in force for the whole quarter, and its yearly facilities, radio,
 * IT and smartphone figures 2016–2025, each count bounded by its denominator (online ≤ total, officials
 * with a signature ≤ officials, villages with loudspeakers = the villages whose loudspeakers work);
 * plans for the two share targets 2024–2026. Also sums the dossiers and households per province.
 */
import { intBetween, rngFor, type Rng } from '../../src/domain/demo/prng.ts';
import { holds, PLAN_YEARS, QUARTERS, YEARS } from './bench-periods.ts';
import type { NationalUnit } from './list-national-units.ts';
import type { ValueLines } from './value-lines.ts';
import { provinceDevelopment, type VillageTotals } from './village-series.ts';

/** Per province code: commune dossiers by quarter (`code|2024Q3`) and village households by year (`code|2024`). */
export interface CommuneTotals {
  dossiers: Map<string, number>;
  households: Map<string, number>;
}

const bump = (m: Map<string, number>, k: string, by: number) => m.set(k, (m.get(k) ?? 0) + by);
const pick = <T>(r: Rng, items: readonly T[]): T => items[Math.min(items.length - 1, Math.floor(r() * items.length))]!;
const FIELDS = ['none', 'production', 'education', 'culture', 'health', 'tourism', 'environment', 'security', 'digital', 'other'] as const;

/** Writes the values of one commune version. */
export function writeCommuneValues(c: NationalUnit, out: ValueLines, villages: VillageTotals, totals: CommuneTotals): void {
  const d = provinceDevelopment(c.provinceCode);
  const key = `${c.code}@${c.validFrom ?? ''}`;
  const base = rngFor(`bench5-commune-version:${key}`);
  const size = 0.6 + 0.8 * base() + d;
  const onlineStart = 0.05 + 0.3 * d;
  const officials0 = intBetween(base(), 15, 28);
  const people = Math.round(3000 + 9000 * size);

  for (const q of QUARTERS) {
    if (holds(c, q, 'stock')) out.add(c.id, 'commune.villages', q.key, villages.villages.get(`${c.code}|${q.key}`) ?? 0);
    if (holds(c, q, 'flow')) {
      const r = rngFor(`bench5-dossiers:${key}:${q.key}`);
      const total = Math.round((80 + 400 * size) * (0.85 + 0.3 * r()) * (1 + 0.05 * (q.t - 2016)));
      const online = Math.round(total * Math.min(0.98, onlineStart + 0.08 * (q.t - 2016) * r() + 0.04 * (q.t - 2016)));
      out.add(c.id, 'commune.dossiers_total', q.key, total);
      out.add(c.id, 'commune.dossiers_online', q.key, Math.min(online, total));
      bump(totals.dossiers, `${c.provinceCode}|${q.key}`, total);
    }
  }

  for (const p of YEARS) {
    if (!holds(c, p, 'stock')) continue;
    const y = p.year;
    const t = p.t - 2016;
    const r = rngFor(`bench5-commune-year:${key}:${y}`);
    const add = (indicator: string, value: number | boolean | string, breakdown = '') => out.add(c.id, indicator, p.key, value, breakdown);
    const nVillages = villages.villages.get(`${c.code}|${y}Q4`) ?? 0;
    bump(totals.households, `${c.provinceCode}|${y}`, villages.households.get(`${c.code}|${y}`) ?? 0);

    const points = r() < 0.15 ? 2 : 1;
    add('commune.postal_points', points);
    add('commune.postal_points', 1, 'operator=vietnam_post');
    if (points > 1) add('commune.postal_points', 1, 'operator=viettel_post');
    add('commune.postal_point_type', pick(r, ['bdvhx', 'bdvhx', 'post_office', 'agent']));
    add('commune.postal_point_hours', 4 + intBetween(r(), 0, 12) / 2);
    add('commune.postal_point_max_letter_kg', 2);
    add('commune.postal_point_max_parcel_kg', pick(r, [5, 5, 10, 20, 30]));
    add('commune.postal_point_premises_fit', r() < 0.9);
    add('commune.postal_point_name_sign', r() < 0.93);
    add('commune.postal_point_posted_hours', r() < 0.9);
    add('commune.postal_point_posted_services', r() < 0.88);
    if (y >= 2022) {
      add('commune.postal_point_citizen_computer', r() < 0.5 + 0.4 * d);
      add('commune.postal_point_scanner', r() < 0.45 + 0.4 * d);
      add('commune.postal_point_trained_staff', r() < 0.6 + 0.3 * d);
    }
    add('commune.public_letter_box', r() < 0.6 + 0.3 * d);
    add('commune.mail_collected_delivered_daily', r() < 0.7 + 0.25 * d);
    add('commune.public_telecom_point', r() < 0.4 + 0.4 * d);
    const station = r() < 0.85 + 0.1 * d + 0.01 * t;
    add('commune.radio_station', station);
    add('commune.radio_station_operating', station && r() < 0.93);
    add('commune.villages_with_loudspeakers', villages.loudspeakers.get(`${c.code}|${y}`) ?? 0);
    add('commune.dms_in_use', r() < 0.5 + 0.06 * t + 0.2 * d);
    add('commune.web_page_live', r() < 0.4 + 0.06 * t + 0.2 * d);
    const officials = officials0 + intBetween(r(), -1, 1);
    add('commune.officials', officials);
    add('commune.officials_using_computers', Math.round(officials * Math.min(1, 0.6 + 0.04 * t + 0.1 * r())));
    if (y >= 2019) add('commune.officials_with_digital_signature', Math.round(officials * Math.min(1, 0.1 + 0.1 * (y - 2019) + 0.15 * r())));
    if (y >= 2020) {
      const mobile = Math.round(people * (1.1 + 0.2 * d) * (1 + 0.02 * t));
      add('commune.mobile_subscriptions', mobile);
      add('commune.smartphone_subscriptions', Math.round(mobile * Math.min(0.97, 0.45 + 0.05 * (y - 2020) + 0.2 * d + 0.05 * r())));
      const workingAge = Math.round(people * 0.62);
      add('commune.working_age_people', workingAge);
      add('commune.working_age_with_smartphone', Math.round(workingAge * Math.min(0.98, 0.5 + 0.05 * (y - 2020) + 0.2 * d + 0.05 * r())));
    }
    if (y >= 2022) {
      add('commune.meets_advanced_2021_set', r() < 0.1 + 0.08 * (y - 2022) + 0.2 * d);
      add('commune.income_ratio_to_advanced_level', Math.round(700 + 500 * r()) / 10);
      add('commune.smart_villages', Math.min(nVillages, Math.floor(nVillages * (0.05 * (y - 2021)) * r())));
      add('commune.model_outstanding_field', pick(r, FIELDS));
    }
  }

  for (const p of PLAN_YEARS) {
    if (p.year < 2024 || !holds(c, p, 'stock')) continue;
    const step = p.year - 2024;
    out.add(c.id, 'commune.share_officials_with_digital_signature', p.key, [80, 90, 100][step]!, '', 'plan');
    out.add(c.id, 'commune.share_dossiers_online', p.key, [70, 80, 90][step]!, '', 'plan');
  }
}
