import type { Queryable } from '../../database.ts';

/**
 * Villages not made by the demo under the given commune codes (any date), and per commune code the highest
 * sequence of their assigned codes (01840-007 → 7), so demo villages never take a code in use.
 */
export async function listForeignVillages(
  db: Queryable,
  communeCodes: readonly string[],
  demoSource: string,
): Promise<{ count: number; maxSeqs: Array<{ communeCode: string; seq: number }> }> {
  const { count } = await db.one<{ count: number }>(
    `select count(*)::int as count from admin_unit where level = 'village' and source <> $2 and parent_code = any($1::text[])`,
    [communeCodes, demoSource],
  );
  const maxSeqs = await db.query<{ communeCode: string; seq: number }>(
    `select substring(code from 1 for 5) as "communeCode", max(substring(code from 7)::int) as seq
       from admin_unit
      where level = 'village' and source <> $2 and code ~ '^[0-9]{5}-[0-9]{1,9}$' and substring(code from 1 for 5) = any($1::text[])
      group by 1`,
    [communeCodes, demoSource],
  );
  return { count, maxSeqs };
}
