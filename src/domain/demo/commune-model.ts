/**
 * How a demo commune's postal point, radio station, IT use and dossiers evolve. Each commune draws the
 * year each thing arrives; after arriving it stays (a station may be out of service for a year: TC-10).
 * A commune formed on 01/07/2025 inherits its predecessors' postal points and stations (they do not
 * vanish on a merger), handles more dossiers (district tasks moved to communes) and has more officials.
 */
import { TWO_TIER_START } from '../units/unit-types.ts';
import { curve, curveAt, isMountainProvince, isUrbanCommuneType, type Curve } from './demo-scope.ts';
import { between, intBetween, rngFor, uniformFor } from './prng.ts';
import { versionKey, type DemoCommuneVersion } from './demo-types.ts';

/** The postal service point assessed for criterion 8.1: the commune's best point (QĐ 441/QĐ-BTTTT art. 3). */
export interface PostalPoint {
  parts: { vietnam_post: number; viettel_post: number; other: number };
  type: 'bdvhx' | 'post_office' | 'agent';
  hours: number;
  maxLetterKg: number;
  maxParcelKg: number;
  premisesFit: boolean;
  nameSign: boolean;
  postedHours: boolean;
  postedServices: boolean;
  citizenComputer: boolean;
  scanner: boolean;
  trainedStaff: boolean;
}

/** The commune radio station and its transmissions (R-1127-8.3: any transmission operating is enough). */
export interface RadioStation {
  station: boolean;
  operating: boolean;
  wired: boolean;
  wireless: boolean;
  ip: boolean;
}

/** A commune's fixed draws. */
export interface CommuneModel {
  commune: DemoCommuneVersion;
  isUrban: boolean;
  isMountain: boolean;
  remote: number;
  /** True for a commune of the two-tier government (from 01/07/2025). */
  reformed: boolean;
  /** The commune versions it continues (lineage into it), whose points and stations it keeps. */
  predecessors: readonly CommuneModel[];
  years: Readonly<Record<'viettelPost' | 'premises' | 'sign' | 'postedHours' | 'postedServices' | 'computer' | 'scanner' | 'trained', number>>;
  vietnamPostPoints: number;
  otherAgents: number;
  pointType: PostalPoint['type'];
  hours: number;
  hoursUpgradeYear: number;
  maxParcelKg: number;
  radioYear: number;
  /** A year the station was out of service (transmitter broken), or 0. */
  brokenYear: number;
  wired: boolean;
  ipYear: number;
  dmsYear: number;
  webYear: number;
  officials: number;
  computerOffset: number;
  signatureOffset: number;
  /** Dossiers per household per year in 2016. */
  dossierRate: number;
  onlineOffset: number;
}

/** Share of commune officials with a personal digital signature (2026 target: all, regulations.md §4.5). */
const SIGNATURE_SHARE: Curve = curve([2016, 0.02], [2018, 0.08], [2020, 0.3], [2022, 0.6], [2024, 0.82], [2025, 0.9], [2026, 0.95]);
/** Share of a commune's dossiers handled online (instants in years, 2025 = end of 2024). */
const ONLINE_SHARE: Curve = curve([2016, 0.01], [2018, 0.05], [2020, 0.2], [2022, 0.45], [2023, 0.6], [2024, 0.72], [2025, 0.82], [2026, 0.88], [2027, 0.92]);
/** Dossiers by quarter of the year (the first quarter holds Tết). */
const QUARTER_SEASON = [0.88, 1.02, 1.0, 1.1] as const;

/** Draws a commune version's model; a commune of 01/07/2025 is built on its predecessors' models. */
export function communeModel(commune: DemoCommuneVersion, seedProvince: string, predecessors: readonly CommuneModel[]): CommuneModel {
  const rng = rngFor(`commune:${versionKey(commune)}`);
  const isUrban = isUrbanCommuneType(commune.typeCode);
  const isMountain = isMountainProvince(seedProvince);
  const remote = isUrban ? 0.35 * uniformFor(`remote:${commune.code}`) : uniformFor(`remote:${commune.code}`);
  const late = isMountain ? Math.round(remote * 4) : 0;
  const year = (from: number, to: number) => intBetween(rng(), from, to) + late;
  const reformed = commune.validFrom !== null && commune.validFrom >= TWO_TIER_START;
  const pointType: PostalPoint['type'] = isUrban ? 'post_office' : rng() < 0.93 ? 'bdvhx' : 'agent';
  return {
    commune,
    isUrban,
    isMountain,
    remote,
    reformed,
    predecessors,
    years: {
      viettelPost: year(2018, 2027),
      premises: year(2010, 2019),
      sign: year(2010, 2017),
      postedHours: year(2010, 2018),
      postedServices: year(2010, 2019),
      computer: year(2020, 2026),
      scanner: year(2021, 2027),
      trained: year(2021, 2025),
    },
    vietnamPostPoints: isUrban && rng() < 0.3 ? 2 : 1,
    otherAgents: isUrban ? intBetween(rng(), 1, 3) : !isMountain && rng() < 0.4 ? 1 : 0,
    pointType,
    hours: pointType === 'post_office' ? 8 : pointType === 'agent' ? 10 : [4, 4.5, 6, 8][intBetween(rng(), 0, 3)]!,
    hoursUpgradeYear: year(2018, 2026),
    maxParcelKg: pointType === 'post_office' ? 30 : rng() < 0.85 ? 5 : 10,
    radioYear: rng() < 0.9 ? 2010 : year(2016, 2019),
    brokenYear: rng() < 0.04 ? intBetween(rng(), 2018, 2024) : 0,
    wired: rng() < 0.55,
    ipYear: year(2020, 2030),
    dmsYear: year(2013, 2018),
    webYear: year(2015, 2021),
    officials: reformed ? intBetween(rng(), 32, 55) : intBetween(rng(), 19, 24),
    computerOffset: between(rng(), -0.08, 0.06),
    signatureOffset: between(rng(), -0.1, 0.05),
    dossierRate: (isUrban ? 2 : 1.2) * between(rng(), 0.8, 1.25),
    onlineOffset: between(rng(), -0.06, 0.06) - (isMountain ? 0.08 * remote : 0),
  };
}

const inherits = (m: CommuneModel) => m.predecessors.length > 0;

/** The postal points and the assessed point in a year; a merged commune keeps its predecessors' points. */
export function postalPoint(m: CommuneModel, year: number): PostalPoint {
  if (inherits(m)) {
    const olds = m.predecessors.map((p) => postalPoint(p, year));
    const best = olds.find((p) => p.type === 'post_office') ?? olds[0]!;
    const any = (k: keyof PostalPoint) => olds.some((p) => p[k] === true);
    return {
      ...best,
      parts: {
        vietnam_post: sum(olds.map((p) => p.parts.vietnam_post)),
        viettel_post: sum(olds.map((p) => p.parts.viettel_post)),
        other: sum(olds.map((p) => p.parts.other)),
      },
      hours: Math.max(...olds.map((p) => p.hours)),
      premisesFit: any('premisesFit'),
      nameSign: any('nameSign'),
      postedHours: any('postedHours'),
      postedServices: any('postedServices'),
      citizenComputer: any('citizenComputer'),
      scanner: any('scanner'),
      trainedStaff: any('trainedStaff'),
    };
  }
  const y = m.years;
  return {
    parts: { vietnam_post: m.vietnamPostPoints, viettel_post: year >= y.viettelPost ? 1 : 0, other: year >= 2016 ? m.otherAgents : 0 },
    type: m.pointType,
    hours: m.pointType === 'bdvhx' && year >= m.hoursUpgradeYear ? 8 : m.hours,
    maxLetterKg: 2,
    maxParcelKg: m.maxParcelKg,
    premisesFit: year >= y.premises,
    nameSign: year >= y.sign,
    postedHours: year >= y.postedHours,
    postedServices: year >= y.postedServices,
    citizenComputer: year >= y.computer,
    scanner: year >= y.scanner,
    trainedStaff: year >= y.trained,
  };
}

/** The radio station in a year; a merged commune keeps the stations of its predecessors. */
export function radioStation(m: CommuneModel, year: number): RadioStation {
  if (inherits(m)) {
    const olds = m.predecessors.map((p) => radioStation(p, year));
    const any = (k: keyof RadioStation) => olds.some((r) => r[k]);
    return { station: any('station'), operating: any('operating'), wired: any('wired'), wireless: any('wireless'), ip: any('ip') };
  }
  const station = year >= m.radioYear;
  const operating = station && year !== m.brokenYear;
  const ip = operating && year >= m.ipYear;
  const wired = operating && m.wired;
  return { station, operating, wired, wireless: operating && (!m.wired || !ip), ip };
}

/** Officials, those using computers, those with a digital signature at a year end. */
export function officials(m: CommuneModel, year: number): { officials: number; computers: number; signatures: number } {
  // NĐ 34/2019/NĐ-CP cut the number of commune officials from 2020.
  const n = m.reformed ? m.officials : year >= 2020 ? m.officials - 1 - (m.officials % 2) : m.officials;
  const computerShare = Math.min(1, 0.55 + 0.05 * (year - 2016) + m.computerOffset);
  const signatureShare = Math.min(1, Math.max(0, curveAt(SIGNATURE_SHARE, year + 1) + m.signatureOffset + (m.reformed ? 0.06 : 0)));
  return { officials: n, computers: Math.round(n * computerShare), signatures: Math.floor(n * signatureShare) };
}

/** Dossiers handled in one quarter, given the commune's households, and how many of them online. */
export function quarterDossiers(m: CommuneModel, year: number, quarter: number, households: number): { total: number; online: number } {
  const rate = inherits(m) ? (m.reformed ? 1.35 : 1) * average(m.predecessors.map((p) => p.dossierRate)) : m.dossierRate;
  const noise = 1 + 0.08 * (uniformFor(`dossiers:${versionKey(m.commune)}:${year}Q${quarter}`) - 0.5);
  const total = Math.round(((households * rate * 1.03 ** (year - 2016)) / 4) * QUARTER_SEASON[quarter - 1]! * noise);
  const offset = inherits(m) ? average(m.predecessors.map((p) => p.onlineOffset)) : m.onlineOffset;
  const share = Math.min(0.98, Math.max(0, curveAt(ONLINE_SHARE, year + quarter / 4) + offset));
  return { total, online: Math.round(total * share) };
}

/** True when the commune uses the document-management system / has a live web page in a year. */
export function itInUse(m: CommuneModel, year: number): { dms: boolean; web: boolean } {
  // Communes of 01/07/2025 work on the province's shared systems from their first day.
  if (m.reformed) return { dms: true, web: true };
  return { dms: year >= m.dmsYear, web: year >= m.webYear };
}

function sum(xs: readonly number[]): number {
  return xs.reduce((a, b) => a + b, 0);
}

function average(xs: readonly number[]): number {
  return xs.length === 0 ? 1 : sum(xs) / xs.length;
}
