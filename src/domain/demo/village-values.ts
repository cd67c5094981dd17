/**
 * The demo villages' values: coverage, telephone, Internet, fibre, electricity and loudspeakers at each
 * year end 2016–2025 (and, in the mountain provinces, the lõm sóng series each quarter of 2026), on the
 * village version in force at the period's end. Indicators start with the programme that asks for them:
 * fibre with TT 05/2022; signal at the centre, residential clusters and the grid with the 2024–2025 lõm
 * sóng surveys; the telecom fund area is given once (2025). Mobile broadband by technology is given for 2025.
 */
import { formatPeriod, type Period } from '../periods/period.ts';
import type { IndicatorValue } from '../indicators/indicator-types.ts';
import { CURRENT_QUARTERS, DEMO_YEARS, endInstant, versionAtEnd } from './demo-periods.ts';
import { isMountainProvince } from './demo-scope.ts';
import type { DemoRecord, DemoVillageChain, DemoVillageVersion } from './demo-types.ts';
import { broadbandTechnologies, villageModel, villageState, type VillageModel, type VillageState } from './village-model.ts';

/** A village at one period end: the version that holds the period's stocks and its state. */
export interface VillagePoint {
  period: Period;
  periodKey: string;
  version: DemoVillageVersion;
  state: VillageState;
}

/** A village's model and its state at every period the demo gives. */
export interface VillageTimeline {
  chain: DemoVillageChain;
  model: VillageModel;
  points: VillagePoint[];
}

/** The first year each indicator is given (the rest run 2016–2025). */
const FROM_YEAR: Readonly<Record<string, number>> = {
  'village.fibre': 2022,
  'village.households_with_fibre': 2022,
  // The fund's support area is a classification of the 2021–2025 programme (QĐ 2269/QĐ-TTg): given once.
  'village.uso_fund_area': 2025,
  'village.grid_electricity': 2024,
  'village.mobile_signal_at_centre': 2024,
  'village.clusters_without_signal': 2024,
};

/** Indicators also given for each quarter of the current year in the mountain provinces (the lõm sóng programme is tracked quarterly). */
const QUARTERLY = new Set(['village.mobile_broadband', 'village.mobile_signal_at_centre', 'village.clusters_without_signal']);

/** The year whose end carries the parts by technology and operator. */
const PARTS_YEAR = 2025;

/** Builds a village's timeline: its state at each year end and each quarter end of the current year. */
export function buildVillageTimeline(chain: DemoVillageChain): VillageTimeline {
  const model = villageModel(chain);
  const points: VillagePoint[] = [];
  const periods = isMountainProvince(chain.provinceCode) ? [...DEMO_YEARS, ...CURRENT_QUARTERS] : DEMO_YEARS;
  for (const period of periods) {
    const version = versionAtEnd(chain.versions, period);
    if (version) points.push({ period, periodKey: formatPeriod(period), version, state: villageState(model, endInstant(period)) });
  }
  return { chain, model, points };
}

/** The values of one village through its timeline. */
export function villageRecords(timeline: VillageTimeline): DemoRecord[] {
  const out: DemoRecord[] = [];
  for (const point of timeline.points) {
    const { period, periodKey, version, state: s } = point;
    const isQuarter = period.type === 'quarter';
    const add = (indicatorCode: string, value: IndicatorValue, breakdown = '') => {
      if (isQuarter && !QUARTERLY.has(indicatorCode)) return;
      if (period.year < (FROM_YEAR[indicatorCode] ?? 0)) return;
      out.push({ unitKey: version.key, indicatorCode, period: periodKey, breakdown, series: 'actual', value });
    };
    add('village.households', s.households);
    add('village.mobile_voice', s.voice);
    add('village.mobile_broadband', s.broadband);
    add('village.mobile_signal_at_centre', s.voice);
    add('village.clusters_without_signal', s.clustersWithoutSignal);
    add('village.fixed_telephone', s.fixedTelephone);
    add('village.fixed_broadband', s.fixedBroadband);
    add('village.fibre', s.fibre);
    add('village.households_with_fibre', s.householdsWithFibre);
    add('village.grid_electricity', s.grid);
    add('village.uso_fund_area', s.usoArea);
    add('village.loudspeaker_working', s.loudspeaker);
    if (period.type === 'year' && period.year === PARTS_YEAR) {
      const t = endInstant(period);
      for (const [tech, on] of Object.entries(broadbandTechnologies(timeline.model, s, t))) add('village.mobile_broadband', on, `technology=${tech}`);
    }
  }
  return out;
}
