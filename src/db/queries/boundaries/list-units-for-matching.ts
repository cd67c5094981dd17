import type { Queryable } from '../../database.ts';

export interface MatchUnitRow {
  id: number;
  code: string;
  level: 'province' | 'district' | 'commune';
  name: string;
  fullName: string;
}

/** The province, district and commune versions in force on `at`: what boundary codes are matched against. */
export function listUnitsForMatching(db: Queryable, at: string): Promise<MatchUnitRow[]> {
  return db.query<MatchUnitRow>(
    `select u.id, u.code, u.level, u.name, u.full_name as "fullName" from admin_unit u
     where u.level in ('province', 'district', 'commune')
       and (u.valid_from is null or u.valid_from <= $1::date) and (u.valid_to is null or u.valid_to >= $1::date)
     order by u.code`,
    [at],
  );
}
