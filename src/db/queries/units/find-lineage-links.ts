import type { Queryable } from '../../database.ts';
import { unitColumns, type UnitRow } from './unit-columns.ts';

export interface LineageRow {
  unit: UnitRow;
  coverage: 'full' | 'partial';
  effectiveDate: string;
  legalBasis: string | null;
}

/** Predecessors (edges into the version) or successors (edges out of it), with the unit on the other side. */
export async function findLineageLinks(db: Queryable, unitId: number, direction: 'predecessors' | 'successors'): Promise<LineageRow[]> {
  const [near, far] = direction === 'predecessors' ? ['to_unit_id', 'from_unit_id'] : ['from_unit_id', 'to_unit_id'];
  const rows = await db.query<UnitRow & { coverage: 'full' | 'partial'; effectiveDate: string; legalBasis: string | null }>(
    `select ${unitColumns('o')}, l.coverage, l.effective_date as "effectiveDate", l.legal_basis as "legalBasis"
     from unit_lineage l join admin_unit o on o.id = l.${far}
     where l.${near} = $1
     order by o.code`,
    [unitId],
  );
  return rows.map(({ coverage, effectiveDate, legalBasis, ...unit }) => ({ unit, coverage, effectiveDate, legalBasis }));
}
