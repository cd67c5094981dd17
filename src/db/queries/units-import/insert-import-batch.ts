import type { Queryable } from '../../database.ts';
import type { UnitsFileKind } from '../../../domain/units-file/units-file-types.ts';

export interface NewImportBatch {
  /** 'attributes' needs migration 0002-attribute-files (the check constraint of 0001 allows the other two). */
  kind: UnitsFileKind;
  fileName: string;
  sha256: string;
  effectiveDate: string;
  legalBasis: string | null;
  actor: string;
  /** The client's address, for the audit events (not stored with the batch). */
  ip?: string | null | undefined;
  summary: unknown;
}

/** Records one applied units file; returns the batch id. */
export async function insertImportBatch(tx: Queryable, b: NewImportBatch): Promise<number> {
  const row = await tx.one<{ id: number }>(
    `insert into unit_import_batch (kind, file_name, file_sha256, effective_date, legal_basis, actor, summary)
     values ($1, $2, $3, $4::date, $5, $6, $7::jsonb) returning id`,
    [b.kind, b.fileName, b.sha256, b.effectiveDate, b.legalBasis, b.actor, JSON.stringify(b.summary)],
  );
  return row.id;
}
