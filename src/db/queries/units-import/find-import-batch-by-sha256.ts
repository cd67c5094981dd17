import type { Queryable } from '../../database.ts';

export interface ImportBatchRow {
  id: number;
  fileName: string;
  effectiveDate: string;
  importedAt: Date;
}

/** The latest batch that imported a file with this SHA-256 and effective date, if any. */
export function findImportBatchBySha256(db: Queryable, sha256: string, effectiveDate: string): Promise<ImportBatchRow | undefined> {
  return db.maybeOne<ImportBatchRow>(
    `select id, file_name as "fileName", effective_date as "effectiveDate", imported_at as "importedAt"
     from unit_import_batch where file_sha256 = $1 and effective_date = $2::date order by id desc limit 1`,
    [sha256, effectiveDate],
  );
}
