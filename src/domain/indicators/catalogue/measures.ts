/** Units of measure and period settings shared by the seed files. */
import type { Bilingual, IndicatorDef } from '../indicator-types.ts';

/** Units of measure, Vietnamese as written in provincial reports. */
export const UNIT = {
  villages: { vi: 'thôn', en: 'villages' },
  communes: { vi: 'xã', en: 'communes' },
  households: { vi: 'hộ', en: 'households' },
  clusters: { vi: 'cụm dân cư', en: 'residential clusters' },
  points: { vi: 'điểm', en: 'service points' },
  percent: { vi: '%', en: '%' },
  billionVnd: { vi: 'tỷ đồng', en: 'billion VND' },
  subscriptions: { vi: 'thuê bao', en: 'subscriptions' },
  hoursPerDay: { vi: 'giờ/ngày', en: 'hours/day' },
  kg: { vi: 'kg', en: 'kg' },
  dossiers: { vi: 'hồ sơ', en: 'dossiers' },
  people: { vi: 'người', en: 'people' },
  documents: { vi: 'văn bản', en: 'documents' },
  services: { vi: 'dịch vụ', en: 'services' },
} as const satisfies Record<string, Bilingual>;

type PeriodFields = Pick<IndicatorDef, 'periodType' | 'periodKind'>;

/** Snapshot at year end: infrastructure, equipment, status assessed in the annual NTM review. */
export const YEARLY_STOCK: PeriodFields = { periodType: 'year', periodKind: 'stock' };
/** Snapshot each quarter: coverage tracked through the year (lõm sóng programme, §5.2). */
export const QUARTERLY_STOCK: PeriodFields = { periodType: 'quarter', periodKind: 'stock' };
/** Snapshot each month: subscriptions at the report date (TT 04/2022/TT-BTTTT monthly forms). */
export const MONTHLY_STOCK: PeriodFields = { periodType: 'month', periodKind: 'stock' };
/** Total over each quarter. */
export const QUARTERLY_FLOW: PeriodFields = { periodType: 'quarter', periodKind: 'flow' };
/** Total over each month (TT 04/2022/TT-BTTTT, art. 7: month = 1st to last day). */
export const MONTHLY_FLOW: PeriodFields = { periodType: 'month', periodKind: 'flow' };

/** Counts of units and items sum up the hierarchy and carry no decimals. */
export const COUNT = { valueType: 'count', aggregation: { kind: 'sum' }, decimals: 0 } as const satisfies Partial<IndicatorDef>;
/** A yes/no per unit; above it, the number of units where it is yes. */
export const FLAG = { valueType: 'boolean', aggregation: { kind: 'count_true' }, decimals: 0 } as const satisfies Partial<IndicatorDef>;
