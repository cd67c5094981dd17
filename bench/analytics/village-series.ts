/**
 * A bench village's figures through its versions: the quarterly yes/no indicators 2016Q1–2026Q3 (signal
 * at the centre, clusters without signal and the grid from 2024, fibre from 2022), households and
 * loudspeakers each year end 2016–2025, households on fibre from 2022 and the fund area for 2025, each on
 * the version in force at the period's end. Coverage only rises, so a village once covered stays covered;
 * mobile broadband needs voice, fibre needs fixed broadband, households on fibre ≤ households. The draws
 * come from the village, its first commune and its first province (remote communes hold remote villages).
 */
import { mixUniform, rngFor, uniformFor } from '../../src/domain/demo/prng.ts';
import { holds, QUARTERS, YEARS, type BenchPeriod } from './bench-periods.ts';
import type { BenchVillageChain, BenchVillageVersion } from './plan-national-villages.ts';
import type { ValueLines } from './value-lines.ts';

/** What the commune and province figures are built from: village counts per commune code and period. */
export interface VillageTotals {
  /** Villages in force under a commune code at a quarter's end (`code|2024Q4`). */
  villages: Map<string, number>;
  /** Villages with working loudspeakers under a commune code at a year's end (`code|2024`). */
  loudspeakers: Map<string, number>;
  /** Households of the villages under a commune code at a year's end (`code|2024`). */
  households: Map<string, number>;
}

/** An empty set of totals. */
export function emptyVillageTotals(): VillageTotals {
  return { villages: new Map(), loudspeakers: new Map(), households: new Map() };
}

const clamp = (x: number, lo: number, hi: number) => Math.min(hi, Math.max(lo, x));
const bump = (m: Map<string, number>, k: string, by: number) => m.set(k, (m.get(k) ?? 0) + by);

/** How developed an old province is (0 remote mountains … 1 metropolis). */
export function provinceDevelopment(provinceCode: string): number {
  return uniformFor(`bench5-province:${provinceCode}`);
}

/** Writes the values of one village chain; `ids[v.index]` is the admin_unit id of version v. */
export function writeVillageValues(chain: BenchVillageChain, ids: ArrayLike<number>, out: ValueLines, totals: VillageTotals): void {
  const d = provinceDevelopment(chain.provinceCode);
  const r = rngFor(`bench5-village:${chain.seed}`);
  const remote = mixUniform(uniformFor(`bench5-commune:${chain.communeCode}`), r());
  const uFixed = mixUniform(remote, r());
  const uPhone = r();
  const uLoud = r();
  const uGrid = r();
  const households0 = Math.round(60 + 260 * r() * (0.5 + d));
  const growth = 0.005 + 0.02 * r();
  const at = (p: BenchPeriod): BenchVillageVersion | undefined => chain.versions.find((v) => holds(v, p, 'stock'));

  for (const q of QUARTERS) {
    const v = at(q);
    if (!v) continue;
    const id = ids[v.index]!;
    const y = q.t - 2016;
    const voiceShare = clamp(0.82 + 0.15 * d + 0.012 * y, 0, 0.998);
    const broadbandShare = Math.min(voiceShare, clamp(0.3 + 0.45 * d + 0.07 * y, 0, 0.995));
    const fixedShare = clamp(0.08 + 0.45 * d + 0.075 * y, 0, 0.99);
    const fibreShare = q.t <= 2021 ? 0 : Math.min(fixedShare, clamp(0.15 + 0.3 * d + 0.12 * (q.t - 2021), 0, 0.98));
    const voice = remote < voiceShare;
    const broadband = remote < broadbandShare;
    const fixedBroadband = uFixed < fixedShare;
    out.add(id, 'village.mobile_voice', q.key, voice);
    out.add(id, 'village.mobile_broadband', q.key, broadband);
    out.add(id, 'village.fixed_telephone', q.key, uPhone < 0.35 + 0.45 * d + 0.004 * y);
    out.add(id, 'village.fixed_broadband', q.key, fixedBroadband);
    if (q.year >= 2022) out.add(id, 'village.fibre', q.key, uFixed < fibreShare);
    if (q.year >= 2024) {
      out.add(id, 'village.mobile_signal_at_centre', q.key, voice);
      out.add(id, 'village.clusters_without_signal', q.key, broadband ? (remote > broadbandShare - 0.05 ? 1 : 0) : 1 + Math.floor(uPhone * 3));
      out.add(id, 'village.grid_electricity', q.key, uGrid < 0.96 + 0.04 * d);
    }
    bump(totals.villages, `${v.parentCode}|${q.key}`, 1);
  }

  for (const p of YEARS) {
    const v = at(p);
    if (!v) continue;
    const id = ids[v.index]!;
    const y = p.t - 2016;
    const households = Math.round(households0 * (1 + growth) ** (p.year - 2016));
    const loudspeaker = uLoud < clamp(0.45 + 0.3 * d + 0.045 * y, 0, 0.99);
    out.add(id, 'village.households', p.key, households);
    out.add(id, 'village.loudspeaker_working', p.key, loudspeaker);
    if (p.year >= 2022) {
      const fixedShare = clamp(0.08 + 0.45 * d + 0.075 * y, 0, 0.99);
      const hasFibre = uFixed < Math.min(fixedShare, clamp(0.15 + 0.3 * d + 0.12 * (p.t - 2021), 0, 0.98));
      out.add(id, 'village.households_with_fibre', p.key, hasFibre ? Math.round(households * clamp(0.25 + 0.3 * d + 0.1 * (p.year - 2022), 0, 0.95)) : 0);
    }
    if (p.year === 2025) out.add(id, 'village.uso_fund_area', p.key, remote > 0.75 - 0.3 * d);
    bump(totals.households, `${v.parentCode}|${p.key}`, households);
    if (loudspeaker) bump(totals.loudspeakers, `${v.parentCode}|${p.key}`, 1);
  }
}
