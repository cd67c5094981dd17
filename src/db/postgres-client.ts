/** A PostgreSQL server through node-postgres, with the same value shapes as the embedded engine. */
import pg from 'pg';
import { from as copyFrom } from 'pg-copy-streams';
import { pipeline } from 'node:stream/promises';
import { Readable } from 'node:stream';
import { assertIdentifier, DatabaseError, withRowHelpers, type Database, type Queryable, type Row, type Session, type SqlParam } from './database.ts';

const DATE_OID = 1082;
const INT8_OID = 20;

/** Type parsers matching pglite-worker.ts: dates stay 'YYYY-MM-DD', int8 becomes a number. */
const typeParsers = {
  getTypeParser(oid: number, format?: 'text' | 'binary') {
    if (oid === DATE_OID) return (v: string) => v;
    if (oid === INT8_OID) return (v: string) => Number(v);
    return pg.types.getTypeParser(oid, format ?? 'text');
  },
} as pg.CustomTypesConfig;

function toDatabaseError(err: unknown): Error {
  const e = err as { message?: string; code?: string; detail?: string };
  return new DatabaseError(e.message ?? String(err), e.code, e.detail);
}

function bind(run: (sql: string, params?: unknown[]) => Promise<pg.QueryResult>): Queryable {
  return withRowHelpers(
    async (sql: string, params: readonly SqlParam[]) => {
      try {
        return (await run(sql, params as unknown[])).rows as Row[];
      } catch (err) {
        throw toDatabaseError(err);
      }
    },
    async (sql: string) => {
      try {
        await run(sql);
      } catch (err) {
        throw toDatabaseError(err);
      }
    },
  );
}

/** Runs `fn` between BEGIN and COMMIT on one client, rolling back when it throws. */
async function inTransaction<T>(client: pg.PoolClient, fn: (tx: Queryable) => Promise<T>): Promise<T> {
  await client.query('begin');
  try {
    const result = await fn(bind((sql, params) => client.query(sql, params)));
    await client.query('commit');
    return result;
  } catch (err) {
    await client.query('rollback').catch(() => undefined);
    throw err;
  }
}

/** Removes the password from a connection URL for display. */
export function redactUrl(url: string): string {
  try {
    const u = new URL(url);
    if (u.password) u.password = '***';
    return u.toString();
  } catch {
    return '(invalid DATABASE_URL)';
  }
}

/** Connects to the server named by `url` (postgres://…). */
export async function openPostgresDatabase(url: string): Promise<Database> {
  // JIT compiling costs 50–200 ms per statement and pays off only for long analytic scans; ictmon's
  // queries are short and index-bound (a dashboard answers in tens of milliseconds), so it is off. So are
  // parallel workers: starting them costs more than these queries take (a pivot's count of villages below
  // 559 communes: 15 ms serial, 20 ms with two workers), and under many clients they only add processes
  // competing for the same cores. The full analytics rebuild turns them back on for its transaction.
  const pool = new pg.Pool({
    connectionString: url,
    types: typeParsers,
    max: 10,
    options: '-c jit=off -c max_parallel_workers_per_gather=0',
  });
  pool.on('error', () => undefined); // an idle client's socket error is reported on its next use
  const base = bind((sql, params) => pool.query(sql, params));
  await base.query('select 1').catch((err: Error) => {
    void pool.end();
    throw new DatabaseError(`cannot connect to ${redactUrl(url)}: ${err.message}`, undefined, undefined);
  });
  return {
    ...base,
    engine: 'postgres',
    location: redactUrl(url),
    async transaction<T>(fn: (tx: Queryable) => Promise<T>): Promise<T> {
      const client = await pool.connect();
      try {
        return await inTransaction(client, fn);
      } finally {
        client.release();
      }
    },
    async session<T>(fn: (session: Session) => Promise<T>): Promise<T> {
      const client = await pool.connect();
      const queryable = bind((sql, params) => client.query(sql, params));
      try {
        return await fn({
          ...queryable,
          engine: 'postgres',
          async copyIn(table: string, columns: readonly string[], data: string) {
            const sql = `copy ${assertIdentifier(table)} (${columns.map(assertIdentifier).join(', ')}) from stdin`;
            try {
              await pipeline(Readable.from([data]), client.query(copyFrom(sql)));
            } catch (err) {
              throw toDatabaseError(err);
            }
          },
          transaction: <R>(inner: (tx: Queryable) => Promise<R>) => inTransaction(client, inner),
        });
      } finally {
        // Destroyed rather than pooled, so the session's temporary tables go with it.
        client.release(true);
      }
    },
    async close() {
      await pool.end();
    },
  };
}
