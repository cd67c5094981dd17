import type { Queryable } from '../../database.ts';

/** Whether a version of the unit `code` is in force on `at`. */
export async function isUnitInForce(db: Queryable, code: string, at: string): Promise<boolean> {
  const row = await db.maybeOne(
    `select 1 from admin_unit u where u.code = $1 and (u.valid_from is null or u.valid_from <= $2::date) and (u.valid_to is null or u.valid_to >= $2::date) limit 1`,
    [code, at],
  );
  return row !== undefined;
}
