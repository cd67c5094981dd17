/**
 * What the dashboard shows at each level (issue #5): the key figures of a province (revenue, subscribers,
 * coverage, online services, digital signatures…), of a commune and of a village, and the indicators of
 * the units one level down for the table and the map. Data, not code: a province may want others.
 */
import type { PivotLevelName } from './pivot-levels.ts';

export interface DashboardLevelSpec {
  /** Key figure cards and trend charts, in order. */
  keyFigures: readonly string[];
  /** The village-coverage figure ("a/b thôn được phủ sóng băng rộng di động", R-AGG-2). */
  coverage: string | null;
  /** The indicators of the units one level down (table columns, map layers). */
  children: readonly string[];
}

export const DASHBOARD_LEVELS: Readonly<Record<PivotLevelName, DashboardLevelSpec>> = {
  province: {
    keyFigures: [
      'province.telecom_revenue',
      'province.postal_revenue',
      'province.mobile_broadband_subscriptions',
      'province.fixed_broadband_subscriptions',
      'commune.share_villages_mobile_broadband',
      'province.mobile_population_coverage',
      'province.share_dossiers_online',
      'province.share_documents_electronic',
      'commune.share_officials_with_digital_signature',
      'commune.share_households_with_fibre',
    ],
    coverage: 'commune.share_villages_mobile_broadband',
    children: [
      'commune.share_villages_mobile_broadband',
      'village.mobile_broadband',
      'commune.villages',
      'commune.postal_points',
      'commune.share_villages_loudspeakers',
      'commune.share_dossiers_online',
      'commune.share_officials_with_digital_signature',
      'commune.share_households_with_fibre',
      'village.fibre',
    ],
  },
  district: {
    keyFigures: [
      'commune.share_villages_mobile_broadband',
      'commune.share_dossiers_online',
      'commune.share_officials_with_digital_signature',
      'commune.postal_points',
    ],
    coverage: 'commune.share_villages_mobile_broadband',
    children: [
      'commune.share_villages_mobile_broadband',
      'village.mobile_broadband',
      'commune.villages',
      'commune.postal_points',
      'commune.share_dossiers_online',
    ],
  },
  commune: {
    keyFigures: [
      'commune.share_villages_mobile_broadband',
      'commune.postal_points',
      'commune.share_villages_loudspeakers',
      'commune.share_dossiers_online',
      'commune.share_officials_with_digital_signature',
      'commune.share_households_with_fibre',
      'commune.smartphone_subscription_share',
    ],
    coverage: 'commune.share_villages_mobile_broadband',
    children: [
      'village.mobile_broadband',
      'village.mobile_voice',
      'village.fibre',
      'village.fixed_broadband',
      'village.loudspeaker_working',
      'village.grid_electricity',
      'village.households',
    ],
  },
  village: {
    keyFigures: [
      'village.mobile_broadband',
      'village.mobile_voice',
      'village.fibre',
      'village.fixed_broadband',
      'village.loudspeaker_working',
      'village.households',
    ],
    coverage: null,
    children: [],
  },
};
