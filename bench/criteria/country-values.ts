/**
 * Synthetic criterion-8 inputs for one commune and its villages in one year (regulations.md §2,
 * R-1127-8.1…8.4): most communes meet every sub-criterion, about one in ten fails one of them in a way
 * seen in practice (a post point open 3 h, parcels only to 3 kg, one village without signal, the radio
 * station down, no document-management system…), and about one in fifty lacks one reported value.
 * Deterministic: every draw comes from a generator seeded by the commune code and the period.
 */
import { intBetween, rngFor, type Rng } from '../../src/domain/demo/prng.ts';

export type SubCriterion = '8.1' | '8.2' | '8.3' | '8.4';

export interface CommuneValuesInput {
  communeId: number;
  communeCode: string;
  /** The year, as a period string ('2024'). */
  period: string;
  villageIds: readonly number[];
  batchId: number;
}

export interface CommuneValues {
  /** Rows in COPY text format for indicator_value (see VALUE_COPY_COLUMNS). */
  lines: string[];
  /** The sub-criterion made to fail, if any. */
  failing: SubCriterion | null;
  /** True when one value was left out. */
  isMissingOne: boolean;
}

/** The indicator_value columns of the COPY lines. */
export const VALUE_COPY_COLUMNS = [
  'unit_id',
  'indicator_code',
  'period',
  'breakdown',
  'series',
  'value_num',
  'value_bool',
  'status',
  'batch_id',
  'recorded_by',
] as const;

const pick = <T>(r: Rng, items: readonly T[]): T => items[Math.min(items.length - 1, Math.floor(r() * items.length))]!;
const chance = (r: Rng, p: number) => r() < p;

/** The values of one commune and its villages for one year. */
export function generateCommuneValues(input: CommuneValuesInput): CommuneValues {
  const r = rngFor(`bench-values:${input.period}:${input.communeCode}`);
  const failing: SubCriterion | null = chance(r, 0.1) ? pick(r, ['8.1', '8.2', '8.3', '8.4'] as const) : null;
  const isMissingOne = chance(r, 0.02);
  const tail = `\tactual`;
  const suffix = `\tapproved\t${input.batchId}\tbench`;
  type Row = [unitId: number, code: string, breakdown: string, value: number | boolean];
  const rows: Row[] = [];
  const commune = (code: string, value: number | boolean, breakdown = '') => rows.push([input.communeId, `commune.${code}`, breakdown, value]);
  const n = input.villageIds.length;

  // 8.1 — a postal service point: ≥ 4 h per working day, letters to 2 kg, parcels to 5 kg, sign and notices.
  const postalFault = failing === '8.1' ? pick(r, ['none', 'hours', 'parcel', 'sign', 'services'] as const) : null;
  const points = postalFault === 'none' ? 0 : chance(r, 0.2) ? 2 : 1;
  commune('postal_points', points);
  if (points > 0) {
    commune('postal_point_hours', postalFault === 'hours' ? pick(r, [3, 3.5]) : 4 + intBetween(r(), 0, 12) / 2);
    commune('postal_point_max_letter_kg', 2);
    commune('postal_point_max_parcel_kg', postalFault === 'parcel' ? 3 : pick(r, [5, 5, 5, 10, 20, 30]));
    commune('postal_point_premises_fit', true);
    commune('postal_point_name_sign', postalFault !== 'sign');
    commune('postal_point_posted_hours', true);
    commune('postal_point_posted_services', postalFault !== 'services');
  }

  // 8.2 — every village has a telephone service and an Internet access service.
  const blind = failing === '8.2' ? intBetween(r(), 0, n - 1) : -1;
  const blindKind = pick(r, ['no_signal', 'voice_only'] as const);
  // 8.3 — an operating radio station and loudspeakers working in the villages.
  const radioFault = failing === '8.3' ? pick(r, ['station_down', 'silent_villages'] as const) : null;
  const silent = radioFault === 'station_down' ? n : radioFault === 'silent_villages' ? intBetween(r(), 1, Math.min(3, n)) : 0;
  input.villageIds.forEach((id, i) => {
    let voice = true;
    let mobileBroadband = chance(r, 0.96);
    let fixedBroadband = !mobileBroadband || chance(r, 0.5);
    let fixedPhone = chance(r, 0.15);
    if (i === blind) {
      mobileBroadband = false;
      fixedBroadband = false;
      fixedPhone = false;
      voice = blindKind === 'voice_only';
    }
    rows.push([id, 'village.mobile_voice', '', voice], [id, 'village.fixed_telephone', '', fixedPhone]);
    rows.push([id, 'village.mobile_broadband', '', mobileBroadband], [id, 'village.fixed_broadband', '', fixedBroadband]);
    rows.push([id, 'village.loudspeaker_working', '', i >= silent]);
  });
  const isOperating = radioFault !== 'station_down';
  commune('radio_station', true);
  commune('radio_station_operating', isOperating);
  commune('radio_station_operating', isOperating, `transmission=${pick(r, ['wired', 'wired', 'wireless', 'wireless', 'ip'])}`);
  commune('villages', n);
  commune('villages_with_loudspeakers', n - silent);

  // 8.4 — IT in management: document-management system, commune web page, dossiers handled online.
  const itFault = failing === '8.4' ? pick(r, ['dms', 'web', 'offline'] as const) : null;
  commune('dms_in_use', itFault !== 'dms');
  commune('web_page_live', itFault !== 'web');
  const total = intBetween(r(), 150, 2500);
  commune('dossiers_total', total);
  commune('dossiers_online', itFault === 'offline' ? 0 : Math.round(total * (0.6 + 0.4 * r())));

  if (isMissingOne) rows.splice(intBetween(r(), 0, rows.length - 1), 1);
  const lines = rows.map(([unitId, code, breakdown, v]) =>
    typeof v === 'number'
      ? `${unitId}\t${code}\t${input.period}\t${breakdown}${tail}\t${v}\t\\N${suffix}`
      : `${unitId}\t${code}\t${input.period}\t${breakdown}${tail}\t\\N\t${v ? 't' : 'f'}${suffix}`,
  );
  return { lines, failing, isMissingOne };
}
