/**
 * Villages without mobile broadband and the lõm / trắng sóng classes (regulations.md §5.1), and
 * "a/b thôn được phủ sóng băng rộng di động" (R-AGG-2: counts summed, never averaged shares).
 * - trắng sóng: no mobile signal at the village centre (cultural house);
 * - lõm sóng: signal at the centre, but residential clusters without it (≥ coverage.lomSongMinClusters);
 * - chưa có sóng băng rộng di động (MOST 2025 usage): no 3G/4G/5G, classed by the public-utility fund
 *   area and by grid electricity.
 */
import type { Bilingual } from '../indicators/indicator-types.ts';
import type { Fact, ParamValue, UnitFacts } from './criteria-types.ts';

/** The coverage facts the classification reads. */
export const COVERAGE_FACTS = [
  'village.mobile_broadband',
  'village.mobile_voice',
  'village.mobile_signal_at_centre',
  'village.clusters_without_signal',
  'village.grid_electricity',
  'village.uso_fund_area',
] as const;

/** A village's coverage class. */
export interface VillageCoverage {
  code: string;
  name: string;
  typeCode?: string;
  communeCode: string;
  communeName: string;
  /** true / false / null (not reported). */
  broadband: boolean | null;
  signal: 'trang_song' | 'lom_song' | 'covered' | null;
  clustersWithoutSignal: number | null;
  grid: boolean | null;
  usoArea: boolean | null;
  /** The period the broadband value was reported for. */
  period: string | null;
}

const bool = (f: Fact | undefined): boolean | null => (typeof f?.value === 'boolean' ? f.value : null);

/** Classifies one village from its facts. */
export function classifyVillage(v: UnitFacts, commune: { code: string; name: string }, params: Readonly<Record<string, ParamValue>>): VillageCoverage {
  const f = v.facts;
  const atCentre = bool(f['village.mobile_signal_at_centre']) ?? bool(f['village.mobile_voice']);
  const clusters = typeof f['village.clusters_without_signal']?.value === 'number' ? (f['village.clusters_without_signal'].value as number) : null;
  const minClusters = typeof params['coverage.lomSongMinClusters'] === 'number' ? params['coverage.lomSongMinClusters'] : 1;
  let signal: VillageCoverage['signal'] = null;
  if (atCentre === false) signal = 'trang_song';
  else if (atCentre === true) signal = clusters !== null && clusters >= minClusters ? 'lom_song' : clusters === null ? 'covered' : 'covered';
  return {
    code: v.code,
    name: v.name,
    ...(v.typeCode ? { typeCode: v.typeCode } : {}),
    communeCode: commune.code,
    communeName: commune.name,
    broadband: bool(f['village.mobile_broadband']),
    signal,
    clustersWithoutSignal: clusters,
    grid: bool(f['village.grid_electricity']),
    usoArea: bool(f['village.uso_fund_area']),
    period: f['village.mobile_broadband']?.period ?? null,
  };
}

/** Counts of an area's villages. */
export interface CoverageCounts {
  villages: number;
  reported: number;
  broadband: number;
  withoutBroadband: number;
  trangSong: number;
  lomSong: number;
  /** Without broadband, by fund area × electricity. */
  withoutBroadbandBy: { usoWithGrid: number; usoWithoutGrid: number; otherWithGrid: number; otherWithoutGrid: number; unclassified: number };
  /** a/b × 100, one decimal: b = every village in scope (R-AGG-2); null when none. */
  share: number | null;
  /** Rural communes of the area with no village in the register: their villages cannot be counted. */
  communesWithoutVillages: number;
}

/** Counts the classes (R-AGG-2). */
export function countCoverage(list: readonly VillageCoverage[], communesWithoutVillages = 0): CoverageCounts {
  const by = { usoWithGrid: 0, usoWithoutGrid: 0, otherWithGrid: 0, otherWithoutGrid: 0, unclassified: 0 };
  let reported = 0;
  let broadband = 0;
  let trangSong = 0;
  let lomSong = 0;
  for (const v of list) {
    if (v.broadband !== null) reported++;
    if (v.broadband === true) broadband++;
    if (v.signal === 'trang_song') trangSong++;
    if (v.signal === 'lom_song') lomSong++;
    if (v.broadband === false) {
      if (v.usoArea === null || v.grid === null) by.unclassified++;
      else if (v.usoArea) by[v.grid ? 'usoWithGrid' : 'usoWithoutGrid']++;
      else by[v.grid ? 'otherWithGrid' : 'otherWithoutGrid']++;
    }
  }
  return {
    villages: list.length,
    reported,
    broadband,
    withoutBroadband: list.filter((v) => v.broadband === false).length,
    trangSong,
    lomSong,
    withoutBroadbandBy: by,
    share: list.length > 0 ? Math.round((1000 * broadband) / list.length) / 10 : null,
    communesWithoutVillages,
  };
}

/** "212/216 thôn, bản được phủ sóng băng rộng di động (98,1%)". */
export function coverageText(c: CoverageCounts): Bilingual {
  const share = c.share === null ? '' : ` (${String(c.share.toFixed(1)).replace('.', ',')}%)`;
  const shareEn = c.share === null ? '' : ` (${c.share.toFixed(1)}%)`;
  const unreported = c.villages - c.reported;
  const none = c.communesWithoutVillages;
  const note = `${unreported > 0 ? `; ${unreported} thôn chưa có số liệu` : ''}${none > 0 ? `; ${none} xã chưa có danh sách thôn (không tính)` : ''}`;
  const noteEn = `${unreported > 0 ? `; ${unreported} villages without data` : ''}${none > 0 ? `; ${none} communes with no village list (not counted)` : ''}`;
  return {
    vi: `${c.broadband}/${c.villages} thôn, bản được phủ sóng băng rộng di động${share}${note}`,
    en: `${c.broadband}/${c.villages} villages covered by mobile broadband${shareEn}${noteEn}`,
  };
}
