/**
 * The staging table of an import: a temporary table on the import's own session, filled by COPY,
 * checked with set-based queries and applied in one transaction. It lives on the session only, so an
 * import killed mid-file leaves nothing behind (the connection, and its temporary tables, die with it).
 */
import { randomBytes } from 'node:crypto';
import { assertIdentifier, copyText, type Queryable, type Session } from '../../database.ts';
import type { ValueRecord } from '../../../domain/values/value-types.ts';

export interface ValueStage {
  table: string;
}

const STAGE_COLUMNS = [
  'unit_id',
  'indicator_code',
  'period',
  'breakdown',
  'series',
  'value_num',
  'value_bool',
  'value_text',
  'reported_on',
  'source_row',
  'field',
] as const;

/** Creates an empty staging table on the session. */
export async function createValueStage(session: Session): Promise<ValueStage> {
  const table = assertIdentifier(`value_stage_${randomBytes(6).toString('hex')}`);
  // Temporary tables live in session-local buffers (8 MB by default); a large stage would spill to
  // disk page by page. Effective only before the session first touches a temporary table.
  await session.exec(`set temp_buffers = '${session.engine === 'pglite' ? '64MB' : '256MB'}'`).catch(() => undefined);
  await session.exec(`create temporary table ${table} (
    unit_id integer not null,
    indicator_code text not null,
    period text not null,
    breakdown text not null,
    series text not null,
    value_num numeric,
    value_bool boolean,
    value_text text,
    reported_on date,
    source_row integer,
    field text
  )`);
  return { table };
}

/** Drops the staging table and its submission map (also dropped with the session). */
export async function dropValueStage(session: Session, stage: ValueStage): Promise<void> {
  await session.exec(`drop table if exists ${stage.table}; drop table if exists ${submissionMapOf(stage)}`);
}

/** The table mapping each staged (unit, period) to the unit whose submission its values join. */
export function submissionMapOf(stage: ValueStage): string {
  return `${stage.table}_sub`;
}

/** SQL: the party of a value from its breakdown — the operator of an `operator=…` part, '' otherwise. */
export const PARTY_OF = (breakdown: string) => `(case when ${breakdown} like 'operator=%' then substr(${breakdown}, 10) else '' end)`;

/**
 * Creates (once) the stage's submission map: for each staged unit and period, the unit whose submission
 * its values join — the unit itself, or a village's commune on the period's last day. Built from the
 * distinct units and periods, so a large file costs one aggregate, not a rewrite of the stage.
 */
export async function ensureSubmissionMap(q: Queryable, stage: ValueStage): Promise<void> {
  const map = submissionMapOf(stage);
  await q.query(
    `create temporary table if not exists ${map} as
     select k.unit_id, k.period,
            coalesce((select a.ancestor_id from unit_ancestor a
                       where a.unit_id = k.unit_id and a.unit_level = 'village' and a.ancestor_level = 'commune'
                         and period_end_date(k.period) between a.valid_from and a.valid_to
                       order by a.valid_from desc limit 1), k.unit_id) as sub_unit
       from (select distinct unit_id, period from ${stage.table}) k`,
  );
  // Statistics for the joins that follow (a temporary table has none until analysed).
  await q.query(`analyze ${map}`);
}

/** SQL: the stage's rows with the unit (`sub_unit`) and `party` of the submission each joins. */
export function stagedWithSubmission(stage: ValueStage): string {
  return `(select s.*, m.sub_unit, ${PARTY_OF('s.breakdown')} as party
             from ${stage.table} s join ${submissionMapOf(stage)} m on m.unit_id = s.unit_id and m.period = s.period)`;
}

/** Appends records to the stage with one COPY. */
export async function copyIntoStage(session: Session, stage: ValueStage, records: readonly ValueRecord[]): Promise<void> {
  if (records.length === 0) return;
  const lines: string[] = new Array<string>(records.length);
  for (let i = 0; i < records.length; i++) {
    const r = records[i]!;
    const v = r.value;
    lines[i] = [
      r.unitId,
      copyText(r.indicatorCode),
      copyText(r.period),
      copyText(r.breakdown),
      r.series,
      typeof v === 'number' ? String(v) : '\\N',
      typeof v === 'boolean' ? (v ? 't' : 'f') : '\\N',
      typeof v === 'string' ? copyText(v) : '\\N',
      copyText(r.reportedOn ?? null),
      copyText(r.sourceRow ?? null),
      copyText(r.field ?? null),
    ].join('\t');
  }
  await session.copyIn(stage.table, STAGE_COLUMNS, `${lines.join('\n')}\n`);
}

/** Gathers the stage's statistics once filled, so the checks and the apply get hash joins, not guesses. */
export async function indexStage(session: Session, stage: ValueStage): Promise<void> {
  await session.exec(`analyze ${stage.table}`);
}

export interface StagedDuplicate {
  unit_id: number;
  indicator_code: string;
  period: string;
  breakdown: string;
  series: string;
  /** The first rows giving the key (at most limit + 1). */
  rows: number[];
  fields: string[];
  /** Repeats in the whole file: rows giving a key already given. */
  total: number;
}

/** Keys the file gives more than once, with the rows that give them. */
export async function findStagedDuplicates(q: Queryable, stage: ValueStage, limit: number): Promise<StagedDuplicate[]> {
  return q.query<StagedDuplicate>(
    `select unit_id, indicator_code, period, breakdown, series,
            (array_agg(source_row order by source_row))[1:$1 + 1] as rows, (array_agg(field order by source_row))[1:$1 + 1] as fields,
            (sum(count(*) - 1) over ())::int as total
       from ${stage.table}
      group by unit_id, indicator_code, period, breakdown, series
     having count(*) > 1
      order by min(source_row)
      limit $1`,
    [limit],
  );
}

/**
 * CTEs `file_totals` and `merged`: the totals (no breakdown) of the indicators in CTE `codes`, as the
 * stage would leave them — the file's values, and the stored ones of the same unit, period and series
 * the file does not replace. `from_file` tells which is which.
 */
function mergedTotals(stageTable: string): string {
  return `file_totals as (
       select unit_id, indicator_code, period, series, value_num, value_bool, source_row, field
         from ${stageTable} where breakdown = '' and indicator_code in (select code from codes)
     ),
     merged as (
       select unit_id, indicator_code, period, series, value_num, value_bool, source_row, field, true as from_file from file_totals
       union all
       select v.unit_id, v.indicator_code, v.period, v.series, v.value_num, v.value_bool, null, null, false
         from indicator_value v
         join (select distinct unit_id, period, series from file_totals) k using (unit_id, period, series)
        where v.breakdown = '' and v.indicator_code in (select code from codes)
          and not exists (select 1 from file_totals f
                           where f.unit_id = v.unit_id and f.indicator_code = v.indicator_code and f.period = v.period and f.series = v.series)
     )`;
}

export interface CrossCheckSpec {
  id: string;
  left: string;
  op: string;
  right: string;
}

export interface StagedCrossCheckFailure {
  check_id: string;
  unit_id: number;
  period: string;
  series: string;
  left_row: number | null;
  left_field: string | null;
  left_num: string | null;
  left_bool: boolean | null;
  right_row: number | null;
  right_field: string | null;
  right_num: string | null;
  right_bool: boolean | null;
  total: number;
}

/**
 * Cross-field rules between totals of the same unit, period and series, read on the stored values as
 * the file would leave them (file values replace stored ones). Only pairs touching the file are
 * reported: the file is not blamed for what is already stored.
 */
export async function findCrossCheckFailures(
  q: Queryable,
  stage: ValueStage,
  checks: readonly CrossCheckSpec[],
  limit: number,
): Promise<StagedCrossCheckFailure[]> {
  if (checks.length === 0) return [];
  const s = stage.table;
  return q.query<StagedCrossCheckFailure>(
    `with checks as (
       select * from unnest($1::text[], $2::text[], $3::text[], $4::text[]) as c(id, left_code, op, right_code)
     ),
     codes as (select left_code as code from checks union select right_code from checks),
     ${mergedTotals(s)}
     select c.id as check_id, l.unit_id, l.period, l.series,
            l.source_row as left_row, l.field as left_field, l.value_num as left_num, l.value_bool as left_bool,
            r.source_row as right_row, r.field as right_field, r.value_num as right_num, r.value_bool as right_bool,
            count(*) over () as total
       from checks c
       join merged l on l.indicator_code = c.left_code
       join merged r on r.unit_id = l.unit_id and r.period = l.period and r.series = l.series and r.indicator_code = c.right_code
      where (l.from_file or r.from_file)
        and case c.op
              when 'lte' then l.value_num > r.value_num
              when 'gte' then l.value_num < r.value_num
              when 'eq' then l.value_num <> r.value_num
              when 'implies' then coalesce(l.value_bool, l.value_num > 0) and not coalesce(r.value_bool, r.value_num > 0)
            end
      order by coalesce(l.source_row, r.source_row), c.id
      limit $5`,
    [checks.map((c) => c.id), checks.map((c) => c.left), checks.map((c) => c.op), checks.map((c) => c.right), limit],
  );
}

export interface RatioSpec {
  share: string;
  numerator: string;
  denominator: string;
  decimals: number;
}

export interface StagedRatioFailure {
  share: string;
  unit_id: number;
  period: string;
  series: string;
  row: number | null;
  field: string | null;
  share_num: string;
  num: string;
  den: string;
  total: number;
}

/**
 * A percentage given beside its own counts must be their ratio (R-AGG-2: shares are computed from
 * counts): share = 100 × numerator / denominator, rounded to the share's decimals. Read on the values
 * as the file would leave them; only shares or counts from the file are reported.
 */
export async function findRatioFailures(q: Queryable, stage: ValueStage, ratios: readonly RatioSpec[], limit: number): Promise<StagedRatioFailure[]> {
  if (ratios.length === 0 || limit <= 0) return [];
  const s = stage.table;
  return q.query<StagedRatioFailure>(
    `with ratios as (
       select * from unnest($1::text[], $2::text[], $3::text[], $4::int[]) as r(share, num, den, decimals)
     ),
     codes as (select share as code from ratios union select num from ratios union select den from ratios),
     ${mergedTotals(s)}
     select r.share, p.unit_id, p.period, p.series, coalesce(p.source_row, n.source_row, d.source_row) as row,
            coalesce(p.field, n.field, d.field) as field, p.value_num as share_num, n.value_num as num, d.value_num as den,
            count(*) over () as total
       from ratios r
       join merged p on p.indicator_code = r.share
       join merged n on n.unit_id = p.unit_id and n.period = p.period and n.series = p.series and n.indicator_code = r.num
       join merged d on d.unit_id = p.unit_id and d.period = p.period and d.series = p.series and d.indicator_code = r.den
      where (p.from_file or n.from_file or d.from_file)
        and d.value_num > 0
        and abs(p.value_num - round(100 * n.value_num / d.value_num, r.decimals)) > 0.5 * power(10, -r.decimals)
      order by 5, 1
      limit $5`,
    [ratios.map((r) => r.share), ratios.map((r) => r.numerator), ratios.map((r) => r.denominator), ratios.map((r) => r.decimals), limit],
  );
}

export interface StageDiff {
  inserted: number;
  updated: number;
  unchanged: number;
}

const CHANGED = `(v.value_num, v.value_bool, v.value_text, v.reported_on) is distinct from (s.value_num, s.value_bool, s.value_text, s.reported_on)`;
const KEY_JOIN = `v.unit_id = s.unit_id and v.indicator_code = s.indicator_code and v.period = s.period and v.breakdown = s.breakdown and v.series = s.series`;

/** What applying the stage would do: new values, changed values, values already stored as given. */
export async function diffStage(q: Queryable, stage: ValueStage): Promise<StageDiff> {
  const row = await q.one<{ inserted: number; updated: number; unchanged: number }>(
    `select count(*) filter (where v.unit_id is null)::int as inserted,
            count(*) filter (where v.unit_id is not null and ${CHANGED})::int as updated,
            count(*) filter (where v.unit_id is not null and not ${CHANGED})::int as unchanged
       from ${stage.table} s left join indicator_value v on ${KEY_JOIN}`,
  );
  return row;
}

export interface BatchInput {
  kind: 'file' | 'demo';
  fileName: string;
  fileSha256: string;
  fileBytes: number;
  format: string;
  actor: string;
  catalogueVersion: string;
  rowsRead: number;
  summary: unknown;
  /** The state of the submissions this batch creates: 'draft' for an account's figures, 'approved' for the installation's own. */
  status: 'draft' | 'approved';
  /** The client's address, for the audit trail. */
  ip?: string | undefined;
  /** The decision that set the batch's plan targets, if it holds any ("Quyết định số 25/QĐ-UBND ngày 15/01/2024"). */
  decision?: string | null;
}

/**
 * Applies the stage in the caller's transaction (nothing when it would change nothing): a batch row, the replaced values kept as revisions,
 * new and changed values written, unchanged ones left as they are, one audit event. Serialised with
 * other imports by an advisory lock.
 */
export async function applyStage(tx: Queryable, stage: ValueStage, batch: BatchInput): Promise<{ batchId?: number } & StageDiff> {
  await tx.query(`select pg_advisory_xact_lock(hashtext('ictmon.indicator_value'))`);
  const diff = await diffStage(tx, stage);
  // Nothing new and nothing changed: no batch is recorded (re-importing a file changes nothing).
  if (diff.inserted + diff.updated === 0) return diff;
  const { id: batchId } = await tx.one<{ id: number }>(
    `insert into value_batch (kind, file_name, file_sha256, file_bytes, format, actor, catalogue_version, rows_read,
                              values_inserted, values_updated, values_unchanged, summary, decision)
     values ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13) returning id`,
    [
      batch.kind,
      batch.fileName,
      batch.fileSha256,
      batch.fileBytes,
      batch.format,
      batch.actor,
      batch.catalogueVersion,
      batch.rowsRead,
      diff.inserted,
      diff.updated,
      diff.unchanged,
      JSON.stringify(batch.summary),
      batch.decision ?? null,
    ],
  );
  if (diff.updated > 0) {
    await tx.query(
      `insert into indicator_value_revision (unit_id, indicator_code, period, breakdown, series, value_num, value_bool, value_text,
                                             reported_on, status, batch_id, source_row, recorded_by, recorded_at, replaced_by_batch)
       select v.unit_id, v.indicator_code, v.period, v.breakdown, v.series, v.value_num, v.value_bool, v.value_text,
              v.reported_on, v.status, v.batch_id, v.source_row, v.recorded_by, v.recorded_at, $1
         from indicator_value v join ${stage.table} s on ${KEY_JOIN}
        where ${CHANGED}`,
      [batchId],
    );
  }
  // Each value joins the submission of its unit (a village: its commune), period and party; new submissions start in the batch's state.
  await ensureSubmissionMap(tx, stage);
  await tx.query(
    `insert into submission (unit_id, period, party, state, changed_by)
     select distinct m.sub_unit, k.period, k.party, $2, $1
       from (select distinct unit_id, period, ${PARTY_OF('breakdown')} as party from ${stage.table}) k
       join ${submissionMapOf(stage)} m on m.unit_id = k.unit_id and m.period = k.period
     on conflict (unit_id, period, party) do nothing`,
    [batch.actor, batch.status],
  );
  await tx.query(
    `insert into indicator_value (unit_id, indicator_code, period, breakdown, series, value_num, value_bool, value_text,
                                  reported_on, status, batch_id, source_row, recorded_by, submission_id)
     select s.unit_id, s.indicator_code, s.period, s.breakdown, s.series, s.value_num, s.value_bool, s.value_text, s.reported_on,
            sub.state, $1, s.source_row, $2, sub.id
       from ${stagedWithSubmission(stage)} s join submission sub on sub.unit_id = s.sub_unit and sub.period = s.period and sub.party = s.party
     on conflict (unit_id, indicator_code, period, breakdown, series) do update
        set value_num = excluded.value_num, value_bool = excluded.value_bool, value_text = excluded.value_text,
            reported_on = excluded.reported_on, status = excluded.status, batch_id = excluded.batch_id,
            source_row = excluded.source_row, recorded_by = excluded.recorded_by, recorded_at = now(), submission_id = excluded.submission_id
      where (indicator_value.value_num, indicator_value.value_bool, indicator_value.value_text, indicator_value.reported_on)
            is distinct from (excluded.value_num, excluded.value_bool, excluded.value_text, excluded.reported_on)`,
    [batchId, batch.actor],
  );
  await tx.query(
    `insert into audit_event (actor, action, entity, entity_key, after, ip, province_ids)
     values ($1, 'values.import', 'value_batch', $2, $3, $4,
             (select array_agg(distinct x.id order by x.id) from (
                select a.ancestor_id as id from (select distinct sub_unit from ${submissionMapOf(stage)}) k
                  join unit_ancestor a on a.unit_id = k.sub_unit and a.ancestor_level = 'province'
                union select k.sub_unit from (select distinct sub_unit from ${submissionMapOf(stage)}) k
                  join admin_unit u on u.id = k.sub_unit and u.level = 'province') x))`,
    [batch.actor, String(batchId), JSON.stringify({ fileName: batch.fileName, sha256: batch.fileSha256, kind: batch.kind, ...diff }), batch.ip ?? null],
  );
  return { batchId, ...diff };
}

/** Rows written after which the planner's statistics of indicator_value are refreshed at once. */
export const ANALYZE_AFTER_ROWS = 10_000;

/**
 * Refreshes the statistics of indicator_value after a large write: PGlite has no autovacuum, and on a
 * server the next import's checks would otherwise be planned as if the table were still small (a
 * nested loop over hundreds of thousands of rows).
 */
export async function analyzeValues(q: Queryable): Promise<void> {
  await q.exec('analyze indicator_value');
  await q.exec('analyze indicator_rollup');
}
