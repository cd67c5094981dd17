/**
 * Builds commune facts documents (the JSON `ictmon criteria evaluate --input` reads) for tests: a fully
 * compliant commune by default (TC-01 of regulations.md §7), changed by options.
 */
export type Values = Record<string, number | boolean | string>;

export interface VillageSpec {
  name?: string;
  type?: string;
  values?: Values;
}

export interface BuildOptions {
  code?: string;
  name?: string;
  type?: string;
  villages?: number;
  /** Values of the commune, replacing the compliant defaults (undefined removes a default). */
  commune?: Record<string, number | boolean | string | undefined>;
  /** Values given to every village, replacing the defaults. */
  everyVillage?: Record<string, number | boolean | string | undefined>;
  /** Values of particular villages by index (0-based), applied last. */
  village?: Record<number, VillageSpec>;
  attributes?: Record<string, number | boolean | string>;
}

const COMPLIANT_POINT: Values = {
  'commune.postal_points': 1,
  'commune.postal_point_type': 'bdvhx',
  'commune.postal_point_premises_fit': true,
  'commune.postal_point_name_sign': true,
  'commune.postal_point_posted_hours': true,
  'commune.postal_point_posted_services': true,
  'commune.postal_point_hours': 8,
  'commune.postal_point_max_letter_kg': 2,
  'commune.postal_point_max_parcel_kg': 5,
};

/** A facts document; defaults describe TC-01 (everything compliant). */
export function buildFactsDocument(options: BuildOptions = {}) {
  const n = options.villages ?? 12;
  const communeValues: Values = {
    ...COMPLIANT_POINT,
    'commune.radio_station': true,
    'commune.radio_station_operating': true,
    'commune.villages': n,
    'commune.villages_with_loudspeakers': n,
    'commune.dms_in_use': true,
    'commune.web_page_live': true,
    'commune.dossiers_total': 120,
    'commune.dossiers_online': 120,
  };
  for (const [k, v] of Object.entries(options.commune ?? {})) {
    if (v === undefined) delete communeValues[k];
    else communeValues[k] = v;
  }
  const villages = Array.from({ length: n }, (_, i) => {
    const values: Values = { 'village.mobile_voice': true, 'village.mobile_broadband': true, 'village.loudspeaker_working': true };
    for (const [k, v] of Object.entries(options.everyVillage ?? {})) {
      if (v === undefined) delete values[k];
      else values[k] = v;
    }
    const spec = options.village?.[i];
    for (const [k, v] of Object.entries(spec?.values ?? {})) values[k] = v;
    return { code: `V${String(i + 1).padStart(2, '0')}`, name: spec?.name ?? `Thôn ${i + 1}`, type: spec?.type ?? 'thon', values };
  });
  return {
    commune: {
      code: options.code ?? 'TEST01',
      name: options.name ?? 'Xã Thử Nghiệm',
      type: options.type ?? 'commune',
      ...(options.attributes ? { attributes: options.attributes } : {}),
      values: communeValues,
    },
    villages,
  };
}
