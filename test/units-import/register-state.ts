/** Test helpers for database state: a checksum of everything an import may write, and unit lookups. */
import type { Queryable } from '../../src/db/database.ts';

export interface RegisterState {
  units: number;
  unitsMd5: string;
  audits: number;
  auditsMd5: string;
  attributesMd5: string;
  lineageMd5: string;
  batches: number;
}

/** Row counts and an MD5 of every row of the tables an import writes; equal states mean nothing was written. */
export function readRegisterState(db: Queryable): Promise<RegisterState> {
  const md5 = (table: string, order: string) => `(select md5(coalesce(string_agg(t::text, '|' order by ${order}), '')) from ${table} t)`;
  return db.one<RegisterState>(
    `select (select count(*)::int from admin_unit) as units, ${md5('admin_unit', 't.id')} as "unitsMd5",
            (select count(*)::int from audit_event) as audits, ${md5('audit_event', 't.id')} as "auditsMd5",
            ${md5('unit_attribute', 't.unit_id, t.attribute, t.valid_from')} as "attributesMd5",
            ${md5('unit_lineage', 't.from_unit_id, t.to_unit_id')} as "lineageMd5",
            (select count(*)::int from unit_import_batch) as batches`,
  );
}

export interface StoredVersion {
  id: number;
  code: string;
  typeCode: string;
  name: string;
  fullName: string;
  parentCode: string | null;
  codeListId: string;
  validFrom: string | null;
  validTo: string | null;
  source: string;
  searchText: string;
}

/** Every version of the codes, oldest first. */
export function readVersions(db: Queryable, codes: string[]): Promise<StoredVersion[]> {
  return db.query<StoredVersion>(
    `select id, code, type_code as "typeCode", name, full_name as "fullName", parent_code as "parentCode", code_list_id as "codeListId",
            valid_from as "validFrom", valid_to as "validTo", source, search_text as "searchText"
     from admin_unit where code = any($1::text[]) order by code, valid_from nulls first`,
    [codes],
  );
}

/** Attribute rows of the versions of a code: "population 1234 2025-09-01…". */
export async function readAttributes(db: Queryable, code: string): Promise<string[]> {
  const rows = await db.query<{ attribute: string; value: unknown; validFrom: string; validTo: string | null; version: string }>(
    `select a.attribute, a.value, a.valid_from as "validFrom", a.valid_to as "validTo", u.valid_from::text as version
     from unit_attribute a join admin_unit u on u.id = a.unit_id where u.code = $1 order by u.valid_from, a.attribute, a.valid_from`,
    [code],
  );
  return rows.map((r) => `v${r.version} ${r.attribute} ${JSON.stringify(r.value)} ${r.validFrom}…${r.validTo ?? ''}`);
}

/** Lineage edges between versions of these codes: "old-code@from → new-code@from coverage date basis". */
export async function readLineage(db: Queryable, toCodes: string[]): Promise<string[]> {
  const rows = await db.query<{ edge: string }>(
    `select f.code || '@' || coalesce(f.valid_from::text, '-') || ' → ' || t.code || '@' || t.valid_from::text || ' ' || l.coverage || ' ' || l.effective_date::text || ' ' || coalesce(l.legal_basis, '-') as edge
     from unit_lineage l join admin_unit f on f.id = l.from_unit_id join admin_unit t on t.id = l.to_unit_id
     where t.code = any($1::text[]) and l.source like 'import:%' order by edge`,
    [toCodes],
  );
  return rows.map((r) => r.edge);
}
