import type { Queryable } from '../../database.ts';

export interface LineageEdge {
  fromId: number;
  toId: number;
  coverage: 'full' | 'partial';
}

/** Records old → new edges of a reorganisation in one statement (R-HIST-2); an existing edge is kept. */
export async function insertUnitLineage(
  tx: Queryable,
  edges: readonly LineageEdge[],
  effectiveDate: string,
  legalBasis: string | null,
  source: string,
): Promise<void> {
  if (edges.length === 0) return;
  await tx.query(
    `insert into unit_lineage (from_unit_id, to_unit_id, coverage, effective_date, legal_basis, source)
     select e.from_id, e.to_id, e.coverage, $4::date, $5, $6
     from unnest($1::int[], $2::int[], $3::text[]) as e(from_id, to_id, coverage)
     on conflict (from_unit_id, to_unit_id) do nothing`,
    [edges.map((e) => e.fromId), edges.map((e) => e.toId), edges.map((e) => e.coverage), effectiveDate, legalBasis, source],
  );
}
