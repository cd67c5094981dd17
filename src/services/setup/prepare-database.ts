/** Brings a database to the state ictmon needs: migrations applied, shipped reference data loaded. */
import type { Database } from '../../db/database.ts';
import { migrate } from '../../db/migrate.ts';
import { syncIndicatorCatalogue } from '../indicators/sync-catalogue.ts';
import { loadReferenceData, type ReferenceLoadResult } from '../reference/load-reference-data.ts';

export interface PrepareResult {
  migrationsApplied: number[];
  reference: ReferenceLoadResult;
  indicators: { version: string; changed: number; retired: number };
}

/** Applies pending migrations, loads the shipped reference data when it is missing or outdated, syncs the indicator catalogue. */
export async function prepareDatabase(db: Database): Promise<PrepareResult> {
  const migrationsApplied = await migrate(db);
  const reference = await loadReferenceData(db);
  const indicators = await syncIndicatorCatalogue(db);
  return { migrationsApplied, reference, indicators };
}
