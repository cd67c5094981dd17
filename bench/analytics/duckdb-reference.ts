/**
 * The columnar reference for the pivot (issue #5): the same stored rows the pivot reads, exported from
 * PostgreSQL with COPY … TO STDOUT and loaded into an in-memory DuckDB, with the register's units and
 * province lineage. Ancestors are resolved in DuckDB from admin_unit alone (not from ictmon's
 * unit_ancestor), once per unit and year before timing: a value counts for the province it lay in on the
 * day it was observed (the period's end, or its unit's last day: R-HIST-3). The timed query is then plain
 * SQL over the raw rows: per unit and year a stock's last sub-period or a flow's sum, grouped by that
 * province; a province of `at` that did not exist in the year gets the sum of the provinces merged into
 * it, and a flow in the year it began adds their months to its own (R-HIST-7); a ratio is the sum of numerators over the sum of denominators (R-AGG-2).
 */
import { createWriteStream, mkdirSync } from 'node:fs';
import { pipeline } from 'node:stream/promises';
/** The part of @duckdb/node-api this reference uses. */
interface DuckDBConnection {
  run(sql: string): Promise<unknown>;
  runAndReadAll(sql: string): Promise<{ getRowsJS(): unknown[][] }>;
  closeSync(): void;
}
interface DuckDBInstance {
  connect(): Promise<DuckDBConnection>;
  closeSync(): void;
}

/**
 * @duckdb/node-api is installed for the bench only (`npm install --no-save @duckdb/node-api`): it is kept
 * out of package.json because this registry lacks its bindings for other platforms, and a lock file
 * without them makes `npm ci` refuse to install.
 */
async function loadDuckDB(): Promise<{ create(path: string): Promise<DuckDBInstance> }> {
  const name = '@duckdb/node-api';
  try {
    const mod = (await import(name)) as { DuckDBInstance: { create(path: string): Promise<DuckDBInstance> } };
    return mod.DuckDBInstance;
  } catch {
    throw new Error('the DuckDB reference needs @duckdb/node-api: run `npm install --no-save @duckdb/node-api` first');
  }
}
import pg from 'pg';
import { to as copyTo } from 'pg-copy-streams';

/** One province × year figure of the reference. */
export interface ReferenceCell {
  unit: string;
  year: number;
  value: number | null;
  numerator: number | null;
  denominator: number | null;
}

/** What the reference was loaded with. */
export interface ReferenceLoad {
  valueRows: number;
  unitRows: number;
  exportMs: number;
  loadMs: number;
  mapMs: number;
}

const FIRST = 2016;
const LAST = 2026;

/** The in-memory DuckDB reference over the exported rows of `indicators`. */
export class DuckReference {
  private constructor(
    private readonly instance: DuckDBInstance,
    private readonly conn: DuckDBConnection,
    readonly load: ReferenceLoad,
  ) {}

  /** Exports the rows of `indicators` (and the register) from PostgreSQL into `dir` and loads them into DuckDB. */
  static async create(pgUrl: string, indicators: readonly string[], dir: string): Promise<DuckReference> {
    mkdirSync(dir, { recursive: true });
    let t = performance.now();
    const client = new pg.Client({ connectionString: pgUrl });
    await client.connect();
    const list = indicators.map((c) => `'${c.replace(/'/g, "''")}'`).join(', ');
    const exports: Array<[string, string]> = [
      ['units', `select id, code, level, coalesce(parent_code, ''), coalesce(valid_from, '1900-01-01'), coalesce(valid_to, '2999-12-31') from admin_unit`],
      ['lineage', `select l.from_unit_id, l.to_unit_id from unit_lineage l join admin_unit f on f.id = l.from_unit_id where f.level = 'province'`],
      [
        'vals',
        `select unit_id, indicator_code, period, coalesce(value_num, case when value_bool then 1 else 0 end)
           from indicator_value
          where indicator_code in (${list}) and breakdown = '' and series = 'actual' and status <> 'rejected' and value_text is null`,
      ],
    ];
    try {
      for (const [name, sql] of exports)
        await pipeline(client.query(copyTo(`copy (${sql}) to stdout with (format csv)`)), createWriteStream(`${dir}/${name}.csv`));
    } finally {
      await client.end();
    }
    const exportMs = performance.now() - t;

    t = performance.now();
    const instance = await (await loadDuckDB()).create(':memory:');
    const conn = await instance.connect();
    await conn.run(`create table units as select * from read_csv('${dir}/units.csv', header = false,
      columns = {'id': 'INTEGER', 'code': 'VARCHAR', 'level': 'VARCHAR', 'parent_code': 'VARCHAR', 'valid_from': 'DATE', 'valid_to': 'DATE'})`);
    await conn.run(
      `create table lineage as select * from read_csv('${dir}/lineage.csv', header = false, columns = {'from_id': 'INTEGER', 'to_id': 'INTEGER'})`,
    );
    await conn.run(`create table vals as
      select unit_id, indicator_code, cast(substr(period, 1, 4) as integer) as year,
             case when length(period) = 4 then 12 when substr(period, 5, 1) = 'S' then 6 * cast(substr(period, 6, 1) as integer)
                  when substr(period, 5, 1) = 'Q' then 3 * cast(substr(period, 6, 1) as integer) else cast(substr(period, 6, 2) as integer) end as end_month,
             case when length(period) = 4 then 0 when substr(period, 5, 1) = 'S' then 1 when substr(period, 5, 1) = 'Q' then 2 else 3 end as grain, x
        from read_csv('${dir}/vals.csv', header = false, columns = {'unit_id': 'INTEGER', 'indicator_code': 'VARCHAR', 'period': 'VARCHAR', 'x': 'DECIMAL(18,3)'})
       order by indicator_code, unit_id, period`);
    const loadMs = performance.now() - t;

    // Untimed set-up: each stored unit's province on the day each year's values are observed.
    t = performance.now();
    await conn.run(`create table unit_year as
      with o as (
        select u.id, u.level, u.parent_code, y.year, least(make_date(y.year, 12, 31), u.valid_to) as obs
          from units u join (select distinct unit_id from vals) s on s.unit_id = u.id
          cross join (select unnest(range(${FIRST}, ${LAST + 1})) as year) y
         where u.valid_from <= make_date(y.year, 12, 31) and u.valid_to >= make_date(y.year, 1, 1)
      ), a1 as (
        select o.*, p.id as p1, p.level as l1, p.parent_code as c1 from o
          left join units p on p.code = o.parent_code and o.obs between p.valid_from and p.valid_to
      ), a2 as (
        select a1.*, p.id as p2, p.level as l2, p.parent_code as c2 from a1
          left join units p on p.code = a1.c1 and a1.obs between p.valid_from and p.valid_to
      ), a3 as (
        select a2.*, p.id as p3, p.level as l3 from a2
          left join units p on p.code = a2.c2 and a2.obs between p.valid_from and p.valid_to
      )
      select id as unit_id, year,
             case when level = 'province' then id when l1 = 'province' then p1 when l2 = 'province' then p2 when l3 = 'province' then p3 end as province_id
        from a3`);
    await conn.run(`create table lineage_closure as
      with recursive c(from_id, to_id) as (select from_id, to_id from lineage union select l.from_id, c.to_id from lineage l join c on c.from_id = l.to_id)
      select distinct * from c`);
    const mapMs = performance.now() - t;
    const count = async (sql: string) => Number((await conn.runAndReadAll(sql)).getRowsJS()[0]![0]);
    return new DuckReference(instance, conn, {
      valueRows: await count('select count(*) from vals'),
      unitRows: await count('select count(*) from units'),
      exportMs,
      loadMs,
      mapMs,
    });
  }

  /** The provinces in force on `at` × years: the indicator's figure (a ratio from its numerator and denominator). */
  async pivotProvinces(
    input:
      | { at: string; years: readonly number[]; indicator: string; kind: 'stock' | 'flow' }
      | { at: string; years: readonly number[]; numerator: Part; denominator: Part },
  ): Promise<ReferenceCell[]> {
    if ('indicator' in input) {
      const rows = await this.figures(input.at, input.years, { indicator: input.indicator, kind: input.kind });
      return [...rows.values()].map((r) => ({ unit: r.unit, year: r.year, value: r.x, numerator: null, denominator: null }));
    }
    const num = await this.figures(input.at, input.years, input.numerator);
    const den = await this.figures(input.at, input.years, input.denominator);
    return [...den.entries()].map(([k, d]) => {
      const n = num.get(k)?.x ?? null;
      return { unit: d.unit, year: d.year, numerator: n, denominator: d.x, value: n !== null && d.x ? (100 * n) / d.x : null };
    });
  }

  private async figures(at: string, years: readonly number[], part: Part): Promise<Map<string, { unit: string; year: number; x: number | null }>> {
    // Per unit version and year: a value stored for the year itself wins; else a stock's last sub-period
    // (the coarser on a tie: a half over its last quarter), a flow's sum over the coarsest kind of sub-period stored.
    const perUnit =
      part.kind === 'stock'
        ? `select unit_id, year, arg_max(x, end_month * 10 - grain) as x from vals
            where indicator_code = '${part.indicator}' and year in (${years.join(', ')})
            group by unit_id, year`
        : `select unit_id, year, sum(x) as x from (
             select unit_id, year, x, grain, min(grain) over (partition by unit_id, year) as coarsest from vals
              where indicator_code = '${part.indicator}' and year in (${years.join(', ')})
           ) where grain = coarsest
            group by unit_id, year`;
    const reader = await this.conn.runAndReadAll(
      `with per_unit as (
         ${perUnit}
       ), own as (
         select m.province_id, p.year, sum(p.x) as x from per_unit p join unit_year m using (unit_id, year) group by all
       ), targets as (
         select id, code, year(valid_from) as first_year from units where level = 'province' and date '${at}' between valid_from and valid_to
       ), related as (
         select t.id as target, t.code, t.first_year, t.id as province_id, true as is_self from targets t
         union all
         select t.id, t.code, t.first_year, l.from_id, false from targets t join lineage_closure l on l.to_id = t.id
       )
       -- A province's own figure in a year it existed all of; the provinces it was formed from before it
       -- existed; and for a flow in the year it began, its own months plus theirs (R-HIST-7: they ended the
       -- day before it began, so all their months of that year came first).
       select r.code, o.year,
              case when bool_or(r.is_self) and (${part.kind === 'stock'} or o.year <> any_value(r.first_year)) then sum(o.x) filter (where r.is_self)
                   else sum(o.x) end as x
         from related r join own o on o.province_id = r.province_id
        group by r.code, o.year`,
    );
    const out = new Map<string, { unit: string; year: number; x: number | null }>();
    for (const [code, year, x] of reader.getRowsJS()) out.set(`${code}|${year}`, { unit: String(code), year: Number(year), x: x === null ? null : Number(x) });
    return out;
  }

  /** Closes the in-memory database. */
  close(): void {
    this.conn.closeSync();
    this.instance.closeSync();
  }
}

/** One side of a figure: an indicator and whether its year is the last sub-period (stock) or the sum (flow). */
export interface Part {
  indicator: string;
  kind: 'stock' | 'flow';
}
