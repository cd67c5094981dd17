import type { Queryable } from '../../database.ts';

/** Per commune, the highest sequence of its assigned village codes (01840-007 → 7), over all history. */
export function listMaxVillageSeqs(db: Queryable, communeCodes: readonly string[]): Promise<Array<{ communeCode: string; seq: number }>> {
  return db.query(
    `select substring(code from 1 for 5) as "communeCode", max(substring(code from 7)::int) as seq
     from admin_unit
     where level = 'village' and code ~ '^[0-9]{5}-[0-9]{1,9}$' and substring(code from 1 for 5) = any($1::text[])
     group by 1`,
    [communeCodes],
  );
}
