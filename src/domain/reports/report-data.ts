/**
 * What the report is written from, as the service reads it: the figures of the area for the period (and
 * the plan and the same period a year earlier), the criterion board and the villages' coverage now and a
 * year earlier. Plain data: composing the report from it is pure.
 */
import type { FigureRef } from './report-types.ts';

/** One figure of the area for the period. */
export interface ReportFigure {
  indicator: string;
  breakdown: string;
  value: number | null;
  plan: number | null;
  previous: number | null;
  /** For shares: the summed numerator and denominator (R-AGG-2). */
  numerator: number | null;
  denominator: number | null;
  /** Computed on units that did not exist then (re-based, R-HIST-4/7). */
  derived: boolean;
  /** The stored periods behind the figure when not the period itself (a year to date: 2026M01..2026M10). */
  from: string[] | null;
  /** Where the figure comes from: a pivot cell of the province, or (country-wide) the sum of the provinces' cells. */
  ref: FigureRef;
  planRef: FigureRef;
  /** The plan is the whole year's while the figure covers part of it (six months, a quarter, a year to date). */
  planIsYear: boolean;
  previousRef: FigureRef;
  /** Country-wide: how many provinces the figure was made from, of how many in force (null for a province). */
  reporting: { units: number; of: number } | null;
  /** Country-wide: why an indicator is not combined across provinces (null otherwise). */
  notCombined: string | null;
}

/** A criterion board's counts (R-AGG-1). */
export interface ReportCriteriaCounts {
  inScope: number;
  passed: number;
  failed: number;
  missing: number;
  wards: number;
  towns: number;
  share: number | null;
}

/** One commune's line for the appendix. */
export interface ReportCommuneLine {
  code: string;
  name: string;
  districtName: string | null;
  outcome: 'pass' | 'fail' | 'missing' | 'not_applicable';
  /** The sub-criteria not met or not known, with the first reason ("8.2: 1/16 thôn chưa có …"). */
  notMet: string[];
}

/** The criterion board of the area at the period's end, and earlier. */
export interface ReportCriteria {
  date: string;
  setId: string;
  setName: string;
  /** The ICT criterion of the set ("Tiêu chí số 8 — Thông tin và Truyền thông"), or null (NTM-2026 has none). */
  criterion: { number: string; name: string } | null;
  guidanceName: string | null;
  counts: ReportCriteriaCounts;
  subCriteria: Array<{ id: string; name: string; passed: number; failed: number; missing: number }>;
  communes: ReportCommuneLine[];
  /** The same date a year earlier, and a further year asked for; each under its own set (R-VER). */
  earlier: Array<{ year: number; date: string; setId: string; counts: ReportCriteriaCounts; comparable: boolean }>;
}

/** A village without mobile broadband (regulations.md §5.1). */
export interface ReportVillageGap {
  code: string;
  name: string;
  communeName: string;
  broadband: boolean | null;
  signal: 'trang_song' | 'lom_song' | 'covered' | null;
  grid: boolean | null;
  usoArea: boolean | null;
}

/** The villages' coverage on a date. */
export interface ReportCoverage {
  date: string;
  villages: number;
  broadband: number;
  withoutBroadband: number;
  trangSong: number;
  lomSong: number;
  withoutGrid: number;
  share: number | null;
  gaps: ReportVillageGap[];
  /** The latest period the villages without broadband were reported for (a stock carried from it), or null. */
  asOf: string | null;
}

/** Everything a report is composed from. */
export interface ReportData {
  area: { code: string | null; name: string; fullName: string; typeCode: string | null };
  period: { code: string; label: string; start: string; end: string; year: number };
  at: string;
  /** Figures by `indicator|breakdown`. */
  figures: ReadonlyMap<string, ReportFigure>;
  criteria: ReportCriteria | null;
  coverage: ReportCoverage | null;
  coverageEarlier: ReportCoverage | null;
  /** The values behind the figures include the demo dataset. */
  demo: boolean;
  /** The document's date. */
  date: string;
}

/** The key of a figure in `ReportData.figures`. */
export function figureKey(indicator: string, breakdown = ''): string {
  return `${indicator}|${breakdown}`;
}
