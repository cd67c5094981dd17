/**
 * A bench province version's figures: monthly revenue (by operator), postal and dossier flows and
 * subscription stocks 2016M01–2026M10, documents by quarter, coverage, households with Internet and online
 * services by year, and plans for revenue, broadband subscriptions and electronic documents 2016–2026. A
 * province of 01/07/2025 gives the sums of the old provinces merged into it (R-HIST-7), so the series
 * continue across the merger; dossiers are at least the communes' (cross-check), households with Internet
 * at most the villages' households.
 */
import { uniformFor } from '../../src/domain/demo/prng.ts';
import { holds, MONTHS, PLAN_YEARS, QUARTERS, YEARS } from './bench-periods.ts';
import type { CommuneTotals } from './commune-series.ts';
import type { NationalUnit } from './list-national-units.ts';
import type { ValueLines } from './value-lines.ts';
import { provinceDevelopment } from './village-series.ts';

const OPERATORS = { vnpt: 0.3, viettel: 0.45, mobifone: 0.14, vietnamobile: 0.03, fpt: 0.06, other: 0.02 } as const;

/** Millions of people of an old province (fixed draw). */
const scaleOf = (code: string) => 0.3 + 2.5 * uniformFor(`bench5-province-scale:${code}`);

/** Monthly telecom revenue of an old province by operator, in thousandths of a billion đồng (whole numbers). */
function revenueParts(code: string, t: number, month: number): Record<keyof typeof OPERATORS, number> {
  const total = scaleOf(code) * (40 + 80 * provinceDevelopment(code)) * 1.06 ** (t - 2016) * (1 + 0.08 * Math.sin(month));
  const out = {} as Record<keyof typeof OPERATORS, number>;
  for (const [op, share] of Object.entries(OPERATORS)) out[op as keyof typeof OPERATORS] = Math.round(total * share * 1000);
  return out;
}

/** Writes the values of one province version; `constituents` are the old province codes it gives figures for. */
export function writeProvinceValues(v: NationalUnit, constituents: readonly string[], out: ValueLines, communes: CommuneTotals): void {
  const sum = (f: (code: string) => number) => constituents.reduce((a, c) => a + f(c), 0);
  for (const m of MONTHS) {
    const t = m.t;
    if (holds(v, m, 'flow')) {
      const parts = constituents.map((c) => revenueParts(c, t, m.index));
      let total = 0;
      for (const op of Object.keys(OPERATORS) as (keyof typeof OPERATORS)[]) {
        const x = parts.reduce((a, p) => a + p[op], 0);
        total += x;
        out.add(v.id, 'province.telecom_revenue', m.key, x / 1000, `operator=${op}`);
      }
      out.add(v.id, 'province.telecom_revenue', m.key, total / 1000);
      out.add(v.id, 'province.postal_revenue', m.key, Math.round(sum((c) => scaleOf(c) * 6000 * 1.08 ** (t - 2016))) / 1000);
      out.add(v.id, 'province.postal_admin_dossiers', m.key, Math.round(sum((c) => scaleOf(c) * 900 * (1 + 0.1 * (t - 2016)))));
      const quarter = `${m.year}Q${Math.ceil(m.index / 3)}`;
      const fromCommunes = Math.ceil(((communes.dossiers.get(`${v.code}|${quarter}`) ?? 0) * 1.25) / 3);
      const dossiers = fromCommunes + Math.round(sum((c) => scaleOf(c) * 3000));
      out.add(v.id, 'province.dossiers_total', m.key, dossiers);
      out.add(v.id, 'province.dossiers_online', m.key, Math.round(dossiers * Math.min(0.95, 0.1 + 0.08 * (t - 2016))));
    }
    if (holds(v, m, 'stock')) {
      const people = sum((c) => scaleOf(c) * 1e6 * (1 + 0.012 * (t - 2016)));
      out.add(v.id, 'province.fixed_telephone_subscriptions', m.key, Math.round(people * Math.max(0.01, 0.08 - 0.006 * (t - 2016))));
      out.add(v.id, 'province.mobile_telephone_subscriptions', m.key, Math.round(people * 1.3));
      out.add(v.id, 'province.fixed_broadband_subscriptions', m.key, Math.round(people * Math.min(0.35, 0.08 + 0.025 * (t - 2016))));
      out.add(v.id, 'province.mobile_broadband_subscriptions', m.key, Math.round(people * Math.min(1.1, 0.35 + 0.07 * (t - 2016))));
    }
  }
  for (const q of QUARTERS) {
    if (!holds(v, q, 'flow')) continue;
    const all = Math.round(sum((c) => scaleOf(c) * 4000));
    out.add(v.id, 'province.documents_outgoing', q.key, all);
    out.add(v.id, 'province.documents_outgoing_electronic', q.key, Math.round(all * Math.min(0.99, 0.3 + 0.08 * (q.t - 2016))));
  }
  for (const p of YEARS) {
    if (!holds(v, p, 'stock')) continue;
    const t = p.t - 2016;
    const weight = sum((c) => scaleOf(c));
    const coverage = (tech: number) => Math.round(10 * Math.min(99.9, (sum((c) => scaleOf(c) * (tech + 0.1 * provinceDevelopment(c))) / weight) * 100)) / 10;
    out.add(v.id, 'province.mobile_population_coverage', p.key, coverage(Math.min(0.89, 0.85 + 0.004 * t)));
    out.add(v.id, 'province.mobile_population_coverage', p.key, coverage(Math.min(0.89, 0.84 + 0.004 * t)), 'technology=2g');
    out.add(v.id, 'province.mobile_population_coverage', p.key, coverage(Math.min(0.89, 0.7 + 0.02 * t)), 'technology=3g');
    if (p.year >= 2017) out.add(v.id, 'province.mobile_population_coverage', p.key, coverage(Math.min(0.89, 0.5 + 0.05 * t)), 'technology=4g');
    if (p.year >= 2024) out.add(v.id, 'province.mobile_population_coverage', p.key, coverage(0.05 * (p.year - 2023)), 'technology=5g');
    const households = communes.households.get(`${v.code}|${p.key}`) ?? 0;
    out.add(v.id, 'province.households_with_internet', p.key, Math.round(households * Math.min(0.95, 0.4 + 0.05 * t)));
    const full = Math.round(100 + 40 * t);
    const partial = Math.round(300 + 60 * t);
    out.add(v.id, 'province.online_public_services', p.key, full + partial);
    out.add(v.id, 'province.online_public_services', p.key, full, 'online_service_level=full');
    out.add(v.id, 'province.online_public_services', p.key, partial, 'online_service_level=partial');
  }
  for (const p of PLAN_YEARS) {
    if (!holds(v, p, 'stock')) continue;
    const off = 1 + 0.1 * (uniformFor(`bench5-plan:${v.code}:${p.year}`) - 0.5);
    const revenue = sum((c) => Object.values(revenueParts(c, p.year + 0.5, 6)).reduce((a, b) => a + b, 0) * 12) / 1000;
    out.add(v.id, 'province.telecom_revenue', p.key, Math.round(revenue * off), '', 'plan');
    const people = sum((c) => scaleOf(c) * 1e6 * (1 + 0.012 * (p.year + 1 - 2016)));
    out.add(
      v.id,
      'province.mobile_broadband_subscriptions',
      p.key,
      Math.round((people * Math.min(1.1, 0.35 + 0.07 * (p.year + 1 - 2016)) * off) / 100) * 100,
      '',
      'plan',
    );
    out.add(v.id, 'province.share_documents_electronic', p.key, Math.min(100, 40 + 6 * (p.year - 2016)), '', 'plan');
  }
}
