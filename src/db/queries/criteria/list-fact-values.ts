import type { Queryable } from '../../database.ts';

/** One stored actual value, not rejected, of a candidate period. */
export interface FactValueRow {
  unitId: number;
  indicatorCode: string;
  breakdown: string;
  period: string;
  valueNum: string | null;
  valueBool: boolean | null;
  valueText: string | null;
}

/**
 * The actual, not rejected values of the given indicators for the given units in the candidate periods:
 * every period row, for the caller to choose by its rule (latest stock, year-to-date flows).
 */
export function listFactValues(db: Queryable, unitIds: readonly number[], indicators: readonly string[], periods: readonly string[]): Promise<FactValueRow[]> {
  return db.query<FactValueRow>(
    `select v.unit_id as "unitId", v.indicator_code as "indicatorCode", v.breakdown, v.period,
            v.value_num as "valueNum", v.value_bool as "valueBool", v.value_text as "valueText"
       from indicator_value v
      where v.unit_id = any($1::int[]) and v.indicator_code = any($2::text[]) and v.period = any($3::text[])
        and v.series = 'actual' and v.status <> 'rejected'`,
    [unitIds, indicators, periods],
  );
}
