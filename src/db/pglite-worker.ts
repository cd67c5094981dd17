/**
 * Worker thread that owns the embedded PGlite engine. PGlite runs PostgreSQL in WebAssembly on the
 * thread that calls it and blocks that thread for the length of a query, so it lives here and the HTTP
 * server's event loop stays free.
 */
import { parentPort, workerData } from 'node:worker_threads';
import { PGlite, types } from '@electric-sql/pglite';
import type { WorkerInit, WorkerRequest, WorkerResponse } from './pglite-protocol.ts';

const init = workerData as WorkerInit;
const port = parentPort;
if (!port) throw new Error('pglite-worker must run in a worker thread');

const ready = PGlite.create(init.pgdataDir, {
  // Same value shapes as the pg driver (see postgres-client.ts): dates as ISO strings, int8 as number.
  parsers: {
    [types.DATE]: (v: string) => v,
    [types.INT8]: (v: string) => Number(v),
  },
});

port.on('message', (req: WorkerRequest) => {
  void handle(req).then((res) => port.postMessage(res));
});

async function handle(req: WorkerRequest): Promise<WorkerResponse> {
  try {
    const db = await ready;
    if (req.kind === 'close') {
      await db.close();
      return { id: req.id, ok: true, rows: [] };
    }
    if (req.kind === 'exec') {
      await db.exec(req.sql);
      return { id: req.id, ok: true, rows: [] };
    }
    if (req.kind === 'copy') {
      await db.query(req.sql, [], { blob: new Blob([req.data]) });
      return { id: req.id, ok: true, rows: [] };
    }
    const result = await db.query(req.sql, req.params as unknown[]);
    return { id: req.id, ok: true, rows: result.rows as Record<string, unknown>[] };
  } catch (err) {
    const e = err as { message?: string; code?: string; detail?: string };
    return { id: req.id, ok: false, message: e.message ?? String(err), sqlState: e.code, detail: e.detail };
  }
}
