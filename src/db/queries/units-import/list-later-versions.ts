import type { Queryable } from '../../database.ts';

/** Versions of these codes that start after `date` (history a file dated `date` must not rewrite). */
export function listLaterVersions(db: Queryable, codes: readonly string[], date: string): Promise<Array<{ code: string; validFrom: string }>> {
  return db.query(`select code, valid_from as "validFrom" from admin_unit where code = any($1::text[]) and valid_from > $2::date order by code, valid_from`, [
    codes,
    date,
  ]);
}
