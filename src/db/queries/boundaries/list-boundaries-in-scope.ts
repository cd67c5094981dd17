import type { Queryable } from '../../database.ts';

export interface ScopedBoundaryRow {
  code: string;
  name: string;
  fullName: string;
  level: string;
  /** The GeoJSON geometry as JSON text (read as text: several times faster than as jsonb on the embedded engine); null when the unit has no stored boundary. */
  geometryJson: string | null;
  bbox: [number, number, number, number] | null;
}

export interface BoundaryScope {
  at: string;
  level: string;
  /** Only units under this unit (at any depth, by the parent chain in force on `at`). */
  parentCode?: string | undefined;
  codes?: readonly string[] | undefined;
}

/** The units in force on `at` at `level` (under the parent, among the codes) with their stored boundary, if any. */
export function listBoundariesInScope(db: Queryable, s: BoundaryScope): Promise<ScopedBoundaryRow[]> {
  const inForce = (a: string) => `(${a}.valid_from is null or ${a}.valid_from <= $1::date) and (${a}.valid_to is null or ${a}.valid_to >= $1::date)`;
  return db.query<ScopedBoundaryRow>(
    // before 01/07/2025 a commune's parent is its district: walk down the chain in force on the date
    `with recursive under (code, level, depth) as (
       select p.code, p.level, 0 from admin_unit p where $3::text is not null and p.code = $3 and ${inForce('p')}
       union all
       select c.code, c.level, under.depth + 1 from admin_unit c join under on c.parent_code = under.code
       where ${inForce('c')} and under.level <> $2 and under.depth < 4
     )
     select u.code, u.name, u.full_name as "fullName", u.level, b.geometry::text as "geometryJson",
       case when b.unit_id is null then null else array[b.west, b.south, b.east, b.north] end as bbox
     from admin_unit u left join unit_boundary b on b.unit_id = u.id
     where u.level = $2 and ${inForce('u')}
       and ($3::text is null or u.code in (select code from under where depth > 0))
       and ($4::text[] is null or u.code = any($4::text[]))
     order by u.code`,
    [s.at, s.level, s.parentCode ?? null, s.codes ? [...s.codes] : null],
  );
}
