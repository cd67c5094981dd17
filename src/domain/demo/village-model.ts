/**
 * How a demo village's coverage evolves. Each village draws its remoteness once (mixed with its
 * commune's, so remote communes hold most remote villages); a service reaches it when the province's
 * share of covered villages passes its remoteness. Shares only rise, so a village once covered stays
 * covered; mobile broadband needs the signal that voice has, fibre the line that fixed broadband has.
 * Sơn La and Bắc Kạn keep a few lõm sóng / trắng sóng bản in their remotest communes.
 */
import { curve, curveAt, type Curve } from './demo-scope.ts';
import { between, mixUniform, rngFor, uniformFor } from './prng.ts';
import type { DemoVillageChain } from './demo-types.ts';

/** Per seed province: the share of villages covered over time (instants in years: 2026 = end of 2025). */
interface VillageCurves {
  voice: Curve;
  broadband: Curve;
  fixedBroadband: Curve;
  fibre: Curve;
  fixedTelephone: Curve;
  grid: Curve;
  loudspeaker: Curve;
  /** Share of villages in the support area of the public-utility telecom fund (the remotest). */
  usoShare: number;
  /** Villages with broadband at the centre that still have residential clusters without signal. */
  clusterGap: number;
  /** Households of a village in 2016 before its own spread: the demo has fewer, larger villages than the provinces. */
  householdBase: number;
  householdGrowth: readonly [number, number];
}

const CURVES: Readonly<Record<string, VillageCurves>> = {
  '06': {
    voice: curve([2016, 0.86], [2019, 0.92], [2021, 0.95], [2024, 0.975], [2026, 0.985], [2026.75, 0.99]),
    broadband: curve([2016, 0.5], [2018, 0.66], [2019, 0.74], [2021, 0.86], [2023, 0.92], [2025, 0.955], [2026, 0.97], [2026.75, 0.98]),
    fixedBroadband: curve([2016, 0.22], [2019, 0.35], [2021, 0.5], [2023, 0.68], [2026, 0.88]),
    fibre: curve([2016, 0], [2021, 0.2], [2022, 0.3], [2023, 0.45], [2026, 0.82]),
    fixedTelephone: curve([2016, 0.62], [2026, 0.72]),
    grid: curve([2016, 0.94], [2026, 0.985]),
    loudspeaker: curve([2016, 0.5], [2021, 0.72], [2026, 0.92]),
    usoShare: 0.4,
    clusterGap: 0.012,
    householdBase: 97,
    householdGrowth: [0.005, 0.015],
  },
  '14': {
    voice: curve([2016, 0.8], [2019, 0.88], [2021, 0.92], [2024, 0.96], [2026, 0.975], [2026.75, 0.985]),
    broadband: curve([2016, 0.45], [2018, 0.62], [2019, 0.7], [2021, 0.82], [2023, 0.89], [2025, 0.94], [2026, 0.955], [2026.75, 0.975]),
    fixedBroadband: curve([2016, 0.12], [2019, 0.25], [2021, 0.4], [2023, 0.58], [2026, 0.78]),
    fibre: curve([2016, 0], [2021, 0.12], [2022, 0.2], [2023, 0.33], [2026, 0.68]),
    fixedTelephone: curve([2016, 0.5], [2026, 0.62]),
    grid: curve([2016, 0.9], [2026, 0.965]),
    loudspeaker: curve([2016, 0.4], [2021, 0.65], [2026, 0.85]),
    usoShare: 0.5,
    clusterGap: 0.015,
    householdBase: 170,
    householdGrowth: [0.008, 0.02],
  },
  '60': {
    voice: curve([2016, 0.97], [2019, 0.99], [2021, 1]),
    broadband: curve([2016, 0.75], [2018, 0.86], [2019, 0.92], [2021, 0.98], [2023, 0.995], [2025, 1]),
    fixedBroadband: curve([2016, 0.5], [2019, 0.65], [2021, 0.8], [2023, 0.92], [2026, 0.99]),
    fibre: curve([2016, 0], [2021, 0.4], [2022, 0.55], [2023, 0.72], [2026, 0.96]),
    fixedTelephone: curve([2016, 0.85], [2026, 0.88]),
    grid: curve([2016, 0.99], [2021, 1]),
    loudspeaker: curve([2016, 0.7], [2021, 0.85], [2026, 0.97]),
    usoShare: 0.12,
    clusterGap: 0.005,
    householdBase: 340,
    householdGrowth: [0.003, 0.012],
  },
  '74': {
    voice: curve([2016, 1]),
    broadband: curve([2016, 0.96], [2018, 0.99], [2019, 1]),
    fixedBroadband: curve([2016, 0.85], [2019, 0.95], [2021, 1]),
    fibre: curve([2016, 0], [2021, 0.75], [2022, 0.85], [2023, 0.93], [2026, 1]),
    fixedTelephone: curve([2016, 0.95], [2026, 0.96]),
    grid: curve([2016, 1]),
    loudspeaker: curve([2016, 0.8], [2021, 0.9], [2026, 0.99]),
    usoShare: 0,
    clusterGap: 0,
    householdBase: 1200,
    householdGrowth: [0.02, 0.045],
  },
};

/** A village's fixed draws: what decides, with the province's curves, its figures at any instant. */
export interface VillageModel {
  chain: DemoVillageChain;
  curves: VillageCurves;
  /** Remoteness in [0, 1): the larger, the later services arrive. */
  remote: number;
  signal: number;
  fixedLine: number;
  telephone: number;
  grid: number;
  loudspeaker: number;
  households2016: number;
  householdGrowth: number;
  /** Share of households on fibre in the first year the village has it. */
  fibreStartShare: number;
  /** Residential clusters without signal: all of them in a trắng sóng village, some in a lõm sóng one. */
  clustersAll: number;
  clustersSome: number;
  /** Draws for the 2025 breakdown by technology. */
  parts: readonly number[];
}

/** The state of a village at an instant. */
export interface VillageState {
  households: number;
  voice: boolean;
  broadband: boolean;
  clustersWithoutSignal: number;
  fixedTelephone: boolean;
  fixedBroadband: boolean;
  fibre: boolean;
  householdsWithFibre: number;
  grid: boolean;
  usoArea: boolean;
  loudspeaker: boolean;
}

/** Draws a village's model from its chain (seeded by its first code and its first commune). */
export function villageModel(chain: DemoVillageChain): VillageModel {
  const curves = CURVES[chain.provinceCode] ?? CURVES['60']!;
  const rng = rngFor(`village:${chain.root}`);
  const commune = uniformFor(`remote:${chain.rootCommune}`);
  let remote = mixUniform(commune, rng());
  if (chain.isUrban) remote *= 0.35;
  const own = () => mixUniform(remote, rng());
  const [g0, g1] = curves.householdGrowth;
  return {
    chain,
    curves,
    remote,
    signal: remote,
    fixedLine: own(),
    telephone: own(),
    grid: own(),
    loudspeaker: mixUniform(commune, rng()),
    households2016: Math.max(12, Math.round(curves.householdBase * (chain.isUrban && chain.provinceCode !== '74' ? 1.8 : 1) * Math.exp(rng() - 0.5))),
    householdGrowth: between(rng(), g0, g1),
    fibreStartShare: between(rng(), 0.12, 0.35),
    clustersAll: 2 + Math.floor(rng() * 4),
    clustersSome: 1 + Math.floor(rng() * 2),
    parts: [rng(), rng()],
  };
}

/** The village at instant `t` (2025 = end of 2024). */
export function villageState(m: VillageModel, t: number): VillageState {
  const c = m.curves;
  const households = Math.round(m.households2016 * (1 + m.householdGrowth) ** (t - 2017));
  const voice = m.signal < curveAt(c.voice, t);
  const broadband = m.signal < curveAt(c.broadband, t);
  const fullyCovered = m.signal < curveAt(c.broadband, t) - c.clusterGap;
  const fixedBroadband = m.fixedLine < curveAt(c.fixedBroadband, t);
  const fibre = m.fixedLine < curveAt(c.fibre, t);
  return {
    households,
    voice,
    broadband,
    clustersWithoutSignal: fullyCovered ? 0 : voice ? m.clustersSome : m.clustersAll,
    fixedTelephone: m.telephone < curveAt(c.fixedTelephone, t),
    fixedBroadband,
    fibre,
    householdsWithFibre: fibre ? Math.floor(households * fibreShare(m, t)) : 0,
    grid: m.grid < curveAt(c.grid, t),
    usoArea: m.remote > 1 - c.usoShare,
    loudspeaker: m.loudspeaker < curveAt(c.loudspeaker, t),
  };
}

/** Households on fibre: a share from the first year-end the village has fibre, rising 13 points a year. */
function fibreShare(m: VillageModel, t: number): number {
  let first = t;
  for (let y = Math.floor(t); y >= 2017; y--) {
    if (m.fixedLine < curveAt(m.curves.fibre, y)) first = y;
    else break;
  }
  return Math.min(0.92, m.fibreStartShare + 0.13 * (t - first));
}

/** Which technologies reach a village with mobile broadband (3G stays on air; 5G in a few towns). */
export function broadbandTechnologies(m: VillageModel, s: VillageState, t: number): Record<'3g' | '4g' | '5g', boolean> {
  if (!s.broadband) return { '3g': false, '4g': false, '5g': false };
  const [p0, p1] = m.parts as [number, number];
  // The last villages reached are reached by 3G only in the mountains.
  const only3g = m.curves.clusterGap > 0.01 && m.signal > curveAt(m.curves.broadband, t) - 0.008;
  const fiveG = m.chain.isUrban && (m.chain.provinceCode === '74' ? p1 < 0.5 : m.chain.provinceCode === '60' ? p1 < 0.2 : false);
  return { '3g': only3g || p0 < 0.8, '4g': !only3g, '5g': fiveG && !only3g };
}
