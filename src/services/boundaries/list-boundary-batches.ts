/** Use case: the boundary files imported so far, newest first. */
import { listBoundaryBatches as queryBoundaryBatches } from '../../db/queries/boundaries/list-boundary-batches.ts';
import type { ServiceContext } from '../context.ts';

export interface BoundaryBatchView {
  id: number;
  fileName: string;
  fileSha256: string;
  format: string;
  level: string;
  at: string;
  actor: string;
  importedAt: string;
  /** Boundaries written by the batch (added + replaced). */
  features: number;
  /** Units whose current boundary still comes from this batch (later imports replace). */
  unitsCurrent: number;
  summary: Record<string, unknown>;
}

/** The boundary batches, newest first (at most `limit`, default 100). */
export async function listBoundaryBatches(ctx: ServiceContext, input: { limit?: number | undefined } = {}): Promise<BoundaryBatchView[]> {
  const limit = Math.min(Math.max(Math.trunc(input.limit ?? 100), 1), 1000);
  const rows = await queryBoundaryBatches(ctx.db, limit);
  return rows.map((r) => ({
    id: r.id,
    fileName: r.fileName,
    fileSha256: r.fileSha256,
    format: r.format,
    level: r.level,
    at: r.at,
    actor: r.actor,
    importedAt: r.importedAt.toISOString(),
    features: typeof r.summary.features === 'number' ? r.summary.features : 0,
    unitsCurrent: r.unitsCurrent,
    summary: r.summary,
  }));
}
