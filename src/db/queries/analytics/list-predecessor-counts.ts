import type { Queryable } from '../../database.ts';
import { inForce } from '../units/unit-columns.ts';

/** A predecessor of a unit version, as in force at a date, with its counts for a period. */
export interface PredecessorCountRow {
  code: string;
  name: string;
  coverage: 'full' | 'partial';
  /** The stored value of the numerator at the predecessor, if any. */
  storedNumerator: string | null;
  storedDenominator: string | null;
  /** Villages of the predecessor in force at `at` whose numerator flag is true / stored at all. */
  villagesTrue: number;
  villagesReported: number;
  villages: number;
}

/**
 * The units that became (all or part of) the unit version `unitId`, in force on `at` (the end of the
 * observed period), each with its stored numerator and denominator for `period` and the counts of its
 * villages' `numerator` flags (R-HIST-3: the values stay on the units observed).
 */
export function listPredecessorCounts(
  db: Queryable,
  unitId: number,
  at: string,
  period: string,
  numerator: string,
  denominator: string,
): Promise<PredecessorCountRow[]> {
  return db.query<PredecessorCountRow>(
    `select f.code, f.name, l.coverage,
            (select v.value_num::text from indicator_value v where v.unit_id = f.id and v.indicator_code = $4 and v.period = $3 and v.breakdown = '' and v.series = 'actual' and v.status <> 'rejected') as "storedNumerator",
            (select v.value_num::text from indicator_value v where v.unit_id = f.id and v.indicator_code = $5 and v.period = $3 and v.breakdown = '' and v.series = 'actual' and v.status <> 'rejected') as "storedDenominator",
            (select count(*)::int from admin_unit t join indicator_value v on v.unit_id = t.id and v.indicator_code = $4 and v.period = $3 and v.breakdown = '' and v.series = 'actual' and v.status <> 'rejected'
              where t.level = 'village' and t.parent_code = f.code and ${inForce('t', '$2::date')} and v.value_bool) as "villagesTrue",
            (select count(*)::int from admin_unit t join indicator_value v on v.unit_id = t.id and v.indicator_code = $4 and v.period = $3 and v.breakdown = '' and v.series = 'actual' and v.status <> 'rejected'
              where t.level = 'village' and t.parent_code = f.code and ${inForce('t', '$2::date')}) as "villagesReported",
            (select count(*)::int from admin_unit t where t.level = 'village' and t.parent_code = f.code and ${inForce('t', '$2::date')}) as villages
       from unit_lineage l join admin_unit f on f.id = l.from_unit_id
      where l.to_unit_id = $1 and ${inForce('f', '$2::date')}
      order by f.code`,
    [unitId, at, period, numerator, denominator],
  );
}
