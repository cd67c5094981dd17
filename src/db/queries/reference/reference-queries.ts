/**
 * The SQL of the reference loader, one statement per function. Unit versions are matched by their
 * key (code, valid_from), the same expression as the unique index admin_unit_version_key. Bulk
 * writes pass one array per column through unnest (STYLE.md "SQL is plain and close").
 */
import type { Queryable } from '../../database.ts';
import type { RefLineage, RefUnit } from '../../../domain/reference/reference-types.ts';
import { foldVietnamese } from '../../../domain/text/fold.ts';

/** `source like any(...)` patterns that select the rows a reference package wrote. */
export type SourcePatterns = string[];

const UNIT_COLUMNS = `unnest($1::text[], $2::date[], $3::text[], $4::text[], $5::text[], $6::text[], $7::text[],
  $8::text[], $9::text[], $10::date[], $11::boolean[], $12::boolean[], $13::text[])
  as i(code, valid_from, level, type_code, name, full_name, search_text, parent_code, code_list_id, valid_to,
       valid_from_exact, valid_to_exact, source)`;

const SAME_KEY = (a: string, b: string) =>
  `${a}.code = ${b}.code and coalesce(${a}.valid_from, '-infinity'::date) = coalesce(${b}.valid_from, '-infinity'::date)`;

/** The column arrays of a list of units, in UNIT_COLUMNS order. */
function unitArrays(units: readonly RefUnit[]) {
  return [
    units.map((u) => u.code),
    units.map((u) => u.validFrom),
    units.map((u) => u.level),
    units.map((u) => u.typeCode),
    units.map((u) => u.name),
    units.map((u) => u.fullName),
    // search_text: diacritic-free name, full name and code, so "bac kan" finds "Bắc Kạn" (migration 0001)
    units.map((u) => foldVietnamese(`${u.name} ${u.fullName} ${u.code}`)),
    units.map((u) => u.parentCode),
    units.map((u) => u.codeList),
    units.map((u) => u.validTo),
    units.map((u) => u.validFromExact),
    units.map((u) => u.validToExact),
    units.map((u) => u.source),
  ];
}

/** Deletes the lineage edges written by reference packages; returns how many. */
export async function deleteReferenceLineage(tx: Queryable, sources: SourcePatterns): Promise<number> {
  const row = await tx.one<{ n: number }>(
    'with d as (delete from unit_lineage where source like any($1::text[]) returning 1) select count(*)::int as n from d',
    [sources],
  );
  return row.n;
}

/** Counts the unit versions written by reference packages. */
export async function countReferenceUnits(tx: Queryable, sources: SourcePatterns): Promise<number> {
  return (await tx.one<{ n: number }>('select count(*)::int as n from admin_unit where source like any($1::text[])', [sources])).n;
}

/** Incoming versions whose key is already held by a row that is not reference data (a user import). */
export function findKeysHeldByOthers(tx: Queryable, units: readonly RefUnit[], sources: SourcePatterns) {
  return tx.query<{ code: string; validFrom: string | null; source: string }>(
    `select a.code, a.valid_from as "validFrom", a.source
       from unnest($1::text[], $2::date[]) as i(code, valid_from)
       join admin_unit a on ${SAME_KEY('a', 'i')}
      where not (a.source like any($3::text[]))
      order by a.code limit 20`,
    [units.map((u) => u.code), units.map((u) => u.validFrom), sources],
  );
}

/** Reference versions absent from the incoming list that user data (attributes, lineage) points at. */
export function findReferencedVanishingUnits(tx: Queryable, units: readonly RefUnit[], sources: SourcePatterns) {
  // Three separate exists (not one with "or") so that each uses its index.
  return tx.query<{ code: string; validFrom: string | null; fullName: string }>(
    `with gone as (
       select a.id, a.code, a.valid_from, a.full_name from admin_unit a
        where a.source like any($3::text[])
          and not exists (select 1 from unnest($1::text[], $2::date[]) as i(code, valid_from) where ${SAME_KEY('a', 'i')}))
     select g.code, g.valid_from as "validFrom", g.full_name as "fullName" from gone g
      where exists (select 1 from unit_attribute x where x.unit_id = g.id)
         or exists (select 1 from unit_lineage l where l.from_unit_id = g.id)
         or exists (select 1 from unit_lineage l where l.to_unit_id = g.id)
      order by g.code limit 20`,
    [units.map((u) => u.code), units.map((u) => u.validFrom), sources],
  );
}

/** Imported units whose parent code only reference rows carry and the incoming list no longer has. */
export function findImportedUnitsLosingParent(tx: Queryable, units: readonly RefUnit[], sources: SourcePatterns) {
  return tx.query<{ code: string; parentCode: string }>(
    `select distinct a.code, a.parent_code as "parentCode" from admin_unit a
      where not (a.source like any($2::text[])) and a.parent_code is not null
        and not exists (select 1 from admin_unit p where p.code = a.parent_code and not (p.source like any($2::text[])))
        and not (a.parent_code = any($1::text[]))
      order by a.code limit 20`,
    [[...new Set(units.map((u) => u.code))], sources],
  );
}

/** Deletes reference versions absent from the incoming list; returns how many. */
export async function deleteVanishedReferenceUnits(tx: Queryable, units: readonly RefUnit[], sources: SourcePatterns): Promise<number> {
  const row = await tx.one<{ n: number }>(
    `with d as (
       delete from admin_unit a
        where a.source like any($3::text[])
          and not exists (select 1 from unnest($1::text[], $2::date[]) as i(code, valid_from) where ${SAME_KEY('a', 'i')})
        returning 1)
     select count(*)::int as n from d`,
    [units.map((u) => u.code), units.map((u) => u.validFrom), sources],
  );
  return row.n;
}

/** Rewrites, in place (ids kept), the reference versions whose key is incoming; returns how many. */
export async function updateReferenceUnits(tx: Queryable, units: readonly RefUnit[], sources: SourcePatterns): Promise<number> {
  const row = await tx.one<{ n: number }>(
    `with i as (select * from ${UNIT_COLUMNS}),
     -- versions a user import closed (an imported later version of the code follows): they keep that end
     closed as (
       select a.id from admin_unit a join i on ${SAME_KEY('a', 'i')}
        where a.valid_to is not null and (i.valid_to is null or a.valid_to < i.valid_to)
          and exists (select 1 from admin_unit n where n.code = a.code
                        and n.valid_from > coalesce(a.valid_from, '-infinity'::date) and not (n.source like any($14::text[])))
     ),
     u as (
       update admin_unit a
          set level = i.level, type_code = i.type_code, name = i.name, full_name = i.full_name,
              search_text = i.search_text, parent_code = i.parent_code, code_list_id = i.code_list_id,
              valid_from_exact = i.valid_from_exact, source = i.source,
              valid_to = case when a.id in (select id from closed) then a.valid_to else i.valid_to end,
              valid_to_exact = case when a.id in (select id from closed) then a.valid_to_exact else i.valid_to_exact end
         from i
        where ${SAME_KEY('a', 'i')} and a.source like any($14::text[])
        returning 1)
     select count(*)::int as n from u`,
    [...unitArrays(units), sources],
  );
  return row.n;
}

/** Inserts the incoming versions whose key is not stored yet; returns how many. */
export async function insertMissingUnits(tx: Queryable, units: readonly RefUnit[]): Promise<number> {
  const row = await tx.one<{ n: number }>(
    `with ins as (
       insert into admin_unit (code, valid_from, level, type_code, name, full_name, search_text, parent_code,
                               code_list_id, valid_to, valid_from_exact, valid_to_exact, source)
       select i.code, i.valid_from, i.level, i.type_code, i.name, i.full_name, i.search_text, i.parent_code,
              i.code_list_id, i.valid_to, i.valid_from_exact, i.valid_to_exact, i.source
         from ${UNIT_COLUMNS}
        where not exists (select 1 from admin_unit a where ${SAME_KEY('a', 'i')})
       returning 1)
     select count(*)::int as n from ins`,
    unitArrays(units),
  );
  return row.n;
}

/** Inserts lineage edges, resolving each endpoint to its unit id by (code, valid_from); returns how many. */
export async function insertLineage(tx: Queryable, edges: readonly RefLineage[]): Promise<number> {
  const row = await tx.one<{ n: number }>(
    `with ins as (
       insert into unit_lineage (from_unit_id, to_unit_id, coverage, effective_date, legal_basis, source)
       select f.id, t.id, e.coverage, e.effective_date, e.legal_basis, e.source
         from unnest($1::text[], $2::date[], $3::text[], $4::date[], $5::text[], $6::date[], $7::text[], $8::text[])
              as e(from_code, from_valid_from, to_code, to_valid_from, coverage, effective_date, legal_basis, source)
         join admin_unit f on f.code = e.from_code and coalesce(f.valid_from, '-infinity'::date) = coalesce(e.from_valid_from, '-infinity'::date)
         join admin_unit t on t.code = e.to_code and coalesce(t.valid_from, '-infinity'::date) = coalesce(e.to_valid_from, '-infinity'::date)
       returning 1)
     select count(*)::int as n from ins`,
    [
      edges.map((e) => e.from.code),
      edges.map((e) => e.from.validFrom),
      edges.map((e) => e.to.code),
      edges.map((e) => e.to.validFrom),
      edges.map((e) => e.coverage),
      edges.map((e) => e.effectiveDate),
      edges.map((e) => e.legalBasis),
      edges.map((e) => e.source),
    ],
  );
  return row.n;
}

export interface StoredReference {
  version: string;
  summary: Record<string, unknown>;
}

/** The loaded reference dataset row, if any (locked for update inside a transaction when asked). */
export function findReferenceDataset(db: Queryable, id: string, lock = false): Promise<StoredReference | undefined> {
  return db.maybeOne<StoredReference>(`select version, summary from reference_dataset where id = $1${lock ? ' for update' : ''}`, [id]);
}

/** Records the loaded version and its summary. */
export async function upsertReferenceDataset(tx: Queryable, id: string, version: string, summary: unknown): Promise<void> {
  await tx.query(
    `insert into reference_dataset (id, version, loaded_at, summary) values ($1, $2, now(), $3::jsonb)
     on conflict (id) do update set version = excluded.version, loaded_at = excluded.loaded_at, summary = excluded.summary`,
    [id, version, JSON.stringify(summary)],
  );
}

/** Writes one audit event. */
export async function insertAuditEvent(
  tx: Queryable,
  e: { actor: string; action: string; entity: string; entityKey: string; before: unknown; after: unknown; reason: string },
): Promise<void> {
  await tx.query('insert into audit_event (actor, action, entity, entity_key, before, after, reason) values ($1, $2, $3, $4, $5::jsonb, $6::jsonb, $7)', [
    e.actor,
    e.action,
    e.entity,
    e.entityKey,
    e.before === null ? null : JSON.stringify(e.before),
    JSON.stringify(e.after),
    e.reason,
  ]);
}
