/** Stored values with their unit, parent and provenance, filtered, one page at a time. */
import type { Queryable } from '../../database.ts';
import { inForce } from '../units/unit-columns.ts';
import { inScopeSql, scopeRootsCte } from '../access/scope-units.ts';

export interface ValuesFilter {
  indicator?: string | undefined;
  period?: string | undefined;
  /** A unit code: that unit and every unit under it on `date`. */
  area?: string | undefined;
  level?: string | undefined;
  series?: string | undefined;
  /** Folded text matched against the unit's search text. */
  q?: string | undefined;
  batchId?: number | undefined;
  /** The date the hierarchy under `area` is read on. */
  date: string;
  /** Who reads: the public sees approved values only; an account also the others within its scope (null: everywhere). */
  unpublished: { scopeUnitId: number | null } | null;
  limit: number;
  offset: number;
}

export interface ValueRow {
  unitCode: string;
  unitName: string;
  unitLevel: string;
  parentName: string | null;
  validFrom: string | null;
  validTo: string | null;
  indicatorCode: string;
  period: string;
  breakdown: string;
  series: string;
  valueNum: string | null;
  valueBool: boolean | null;
  valueText: string | null;
  status: string;
  batchId: number;
  batchKind: string;
  fileName: string;
  sourceRow: number | null;
  recordedAt: Date;
  recordedBy: string;
  total: number;
}

export function listValues(q: Queryable, f: ValuesFilter): Promise<ValueRow[]> {
  return q.query<ValueRow>(
    `with recursive ${scopeRootsCte('$12')}, scope as (
       select a.code from admin_unit a where $3::text is not null and a.code = $3 and ${inForce('a', '$7::date')}
       union
       select c.code from admin_unit c join scope s on c.parent_code = s.code where ${inForce('c', '$7::date')}
     )
     select u.code as "unitCode", u.full_name as "unitName", u.level as "unitLevel",
            (select p.full_name from admin_unit p
              where p.code = u.parent_code and ${inForce('p', 'coalesce(u.valid_to, $7::date)')} limit 1) as "parentName",
            u.valid_from as "validFrom", u.valid_to as "validTo",
            v.indicator_code as "indicatorCode", v.period, v.breakdown, v.series,
            v.value_num as "valueNum", v.value_bool as "valueBool", v.value_text as "valueText",
            v.status, v.batch_id as "batchId", b.kind as "batchKind", b.file_name as "fileName",
            v.source_row as "sourceRow", v.recorded_at as "recordedAt", v.recorded_by as "recordedBy",
            count(*) over ()::int as total
       from indicator_value v
       join admin_unit u on u.id = v.unit_id
       join value_batch b on b.id = v.batch_id
      where ($1::text is null or v.indicator_code = $1)
        and ($2::text is null or v.period = $2)
        and ($3::text is null or u.code in (select code from scope))
        and ($4::text is null or u.level = $4)
        and ($5::text is null or v.series = $5)
        and ($6::text is null or u.search_text like '%' || $6 || '%')
        and ($8::int is null or v.batch_id = $8)
        and (v.status = 'approved' or ($11::boolean and ($12::int is null or ${inScopeSql('v.unit_id')})))
      order by v.period desc, u.code, v.indicator_code, v.breakdown, v.series
      limit $9 offset $10`,
    [
      f.indicator ?? null,
      f.period ?? null,
      f.area ?? null,
      f.level ?? null,
      f.series ?? null,
      f.q ?? null,
      f.date,
      f.batchId ?? null,
      f.limit,
      f.offset,
      f.unpublished !== null,
      f.unpublished?.scopeUnitId ?? null,
    ],
  );
}

/** Periods that have values of an indicator (or of any), newest first. */
export function listValuePeriods(q: Queryable, indicator: string | undefined): Promise<Array<{ period: string }>> {
  return q.query(`select distinct period from indicator_value where ($1::text is null or indicator_code = $1) order by period desc limit 500`, [
    indicator ?? null,
  ]);
}

export interface BatchRow {
  id: number;
  kind: string;
  fileName: string;
  actor: string;
  importedAt: Date;
  rowsRead: number;
  valuesInserted: number;
  valuesUpdated: number;
  valuesUnchanged: number;
}

export function listValueBatches(q: Queryable, limit: number): Promise<BatchRow[]> {
  return q.query<BatchRow>(
    `select id, kind, file_name as "fileName", actor, imported_at as "importedAt", rows_read as "rowsRead",
            values_inserted as "valuesInserted", values_updated as "valuesUpdated", values_unchanged as "valuesUnchanged"
       from value_batch order by id desc limit $1`,
    [limit],
  );
}
