/** Messages between the main thread and the PGlite worker thread. */
import type { Row, SqlParam } from './database.ts';

export type WorkerRequest =
  | { id: number; kind: 'query'; sql: string; params: readonly SqlParam[] }
  | { id: number; kind: 'exec'; sql: string }
  /** `copy … from '/dev/blob'` with `data` as the blob (PGlite's way of COPY FROM STDIN). */
  | { id: number; kind: 'copy'; sql: string; data: string }
  | { id: number; kind: 'close' };

export type WorkerResponse = { id: number; ok: true; rows: Row[] } | { id: number; ok: false; message: string; sqlState?: string; detail?: string };

export interface WorkerInit {
  entry: string;
  pgdataDir: string;
}
