/** The embedded engine: PGlite in a worker thread, one session, behind a mutex. */
import { Worker } from 'node:worker_threads';
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { assertIdentifier, DatabaseError, Mutex, withRowHelpers, type Database, type Queryable, type Row, type Session, type SqlParam } from './database.ts';
import type { WorkerInit, WorkerRequest, WorkerResponse } from './pglite-protocol.ts';

type Pending = { resolve: (rows: Row[]) => void; reject: (err: Error) => void };

/** Opens (creating if needed) the PGlite database in `dataDir/pgdata`. The caller holds the directory lock. */
export async function openPgliteDatabase(dataDir: string, onClose?: () => void): Promise<Database> {
  const pgdataDir = join(dataDir, 'pgdata');
  mkdirSync(pgdataDir, { recursive: true });
  const init: WorkerInit = { entry: new URL('./pglite-worker.ts', import.meta.url).href, pgdataDir };
  const worker = new Worker(new URL('./worker-boot.mjs', import.meta.url), { workerData: init });
  const pending = new Map<number, Pending>();
  let nextId = 1;
  let failure: Error | undefined;

  worker.on('message', (res: WorkerResponse) => {
    const p = pending.get(res.id);
    if (!p) return;
    pending.delete(res.id);
    if (res.ok) p.resolve(res.rows);
    else p.reject(new DatabaseError(res.message, res.sqlState, res.detail));
  });
  const failAll = (err: Error) => {
    failure = err;
    for (const p of pending.values()) p.reject(err);
    pending.clear();
  };
  worker.on('error', failAll);
  worker.on('exit', (code) => failAll(new DatabaseError(`embedded database worker exited (${code})`, undefined, undefined)));

  type RequestBody = WorkerRequest extends infer R ? (R extends WorkerRequest ? Omit<R, 'id'> : never) : never;
  const send = (req: RequestBody): Promise<Row[]> => {
    if (failure) return Promise.reject(failure);
    const id = nextId++;
    return new Promise<Row[]>((resolve, reject) => {
      pending.set(id, { resolve, reject });
      worker.postMessage({ ...req, id } as WorkerRequest);
    });
  };
  const direct = withRowHelpers(
    (sql: string, params: readonly SqlParam[]) => send({ kind: 'query', sql, params }),
    async (sql: string) => {
      await send({ kind: 'exec', sql });
    },
  );
  const mutex = new Mutex();
  const serialised = withRowHelpers(
    (sql, params) => mutex.run(() => direct.query(sql, params)),
    (sql) => mutex.run(() => direct.exec(sql)),
  );

  await serialised.query('select 1'); // surfaces a broken data directory at open time
  let closed = false;
  const transaction = <T>(fn: (tx: Queryable) => Promise<T>): Promise<T> =>
    mutex.run(async () => {
      await direct.exec('begin');
      try {
        const result = await fn(direct);
        await direct.exec('commit');
        return result;
      } catch (err) {
        await direct.exec('rollback').catch(() => undefined);
        throw err;
      }
    });

  return {
    ...serialised,
    engine: 'pglite',
    location: dataDir,
    transaction,
    // One connection only: a session is the same connection, its statements serialised like any other.
    session<T>(fn: (session: Session) => Promise<T>): Promise<T> {
      const copyIn = (table: string, columns: readonly string[], data: string) =>
        mutex.run(async () => {
          await send({ kind: 'copy', sql: `copy ${assertIdentifier(table)} (${columns.map(assertIdentifier).join(', ')}) from '/dev/blob'`, data });
        });
      return fn({ ...serialised, engine: 'pglite', copyIn, transaction });
    },
    async close() {
      if (closed) return;
      closed = true;
      await mutex.run(async () => {
        await send({ kind: 'close' }).catch(() => undefined);
        worker.removeAllListeners('exit');
        await worker.terminate();
      });
      onClose?.();
    },
  };
}
