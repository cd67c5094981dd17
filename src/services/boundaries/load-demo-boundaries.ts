/**
 * Loads the 2025 boundaries shipped beside ictmon for tests and demos (../shared/data/vn-admin/gis:
 * 34 provinces and 3,321 communes of QĐ 19/2025/QĐ-TTg, MIT via thanglequoc, display quality only),
 * through the same import as users' files, on 01/07/2025. A file already imported on that date is skipped.
 */
import { createHash } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { findBoundaryBatchBySha256 } from '../../db/queries/boundaries/find-boundary-batch-by-sha256.ts';
import type { ServiceContext } from '../context.ts';
import { importBoundaries, type BoundaryImportResult } from './import-boundaries.ts';

export const DEMO_BOUNDARIES_AT = '2025-07-01';

const DEMO_FILES = [
  { key: 'provinces', path: 'gis/provinces-2025.geojson', level: 'province' },
  { key: 'communes', path: 'gis/communes-2025.topojson', level: 'commune' },
] as const;

export interface DemoBoundariesResult {
  /** Per file: the import, or the earlier batch when the same file was already imported on that date. */
  provinces: BoundaryImportResult | { skipped: true; batchId: number } | null;
  communes: BoundaryImportResult | { skipped: true; batchId: number } | null;
}

/** Imports the shared 2025 boundaries from `sharedDir` (the vn-admin folder); null when neither file is there. */
export async function loadDemoBoundaries(ctx: ServiceContext, sharedDir: string): Promise<DemoBoundariesResult | null> {
  const present = DEMO_FILES.filter((f) => existsSync(join(sharedDir, f.path)));
  if (present.length === 0) return null;
  const result: DemoBoundariesResult = { provinces: null, communes: null };
  for (const f of present) {
    const bytes = readFileSync(join(sharedDir, f.path));
    const sha256 = createHash('sha256').update(bytes).digest('hex');
    const done = await findBoundaryBatchBySha256(ctx.db, sha256, DEMO_BOUNDARIES_AT);
    result[f.key] = done
      ? { skipped: true, batchId: done.id }
      : await importBoundaries(ctx, { bytes, fileName: f.path.split('/').pop()!, at: DEMO_BOUNDARIES_AT, level: f.level });
  }
  return result;
}
