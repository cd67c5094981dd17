/**
 * The database facade every service uses: plain parameterised SQL, the same on the embedded engine
 * (PGlite) and on a PostgreSQL server. Values come back normalised the same way on both engines:
 * `date` as 'YYYY-MM-DD' strings, `int8` as numbers, `numeric` as strings, `timestamptz` as Date.
 */
export type SqlScalar = string | number | boolean | null | Date;
export type SqlParam = SqlScalar | readonly SqlScalar[];
export type Row = Record<string, unknown>;

export interface Queryable {
  /** Runs one parameterised statement and returns its rows. */
  query<T = Row>(sql: string, params?: readonly SqlParam[]): Promise<T[]>;
  /** Runs one statement that must return exactly one row. */
  one<T = Row>(sql: string, params?: readonly SqlParam[]): Promise<T>;
  /** Runs one statement that returns at most one row. */
  maybeOne<T = Row>(sql: string, params?: readonly SqlParam[]): Promise<T | undefined>;
  /** Runs a script of several statements without parameters (migrations). */
  exec(sql: string): Promise<void>;
}

export type Engine = 'pglite' | 'postgres';

/**
 * One connection kept for a while: its temporary tables live until the session ends (and vanish with
 * the connection if the process dies), so a long import can stage rows there between short statements.
 */
export interface Session extends Queryable {
  readonly engine: Engine;
  /** Runs `copy <table> (<columns>) from stdin` with `data` in COPY text format (tab-separated, \N for null). */
  copyIn(table: string, columns: readonly string[], data: string): Promise<void>;
  /** Runs `fn` in one transaction on this session's connection. */
  transaction<T>(fn: (tx: Queryable) => Promise<T>): Promise<T>;
}

export interface Database extends Queryable {
  readonly engine: Engine;
  /** Where the data lives: the data directory, or the server URL without its password. */
  readonly location: string;
  /** Runs `fn` in one transaction: committed when it resolves, rolled back when it throws. */
  transaction<T>(fn: (tx: Queryable) => Promise<T>): Promise<T>;
  /** Runs `fn` on one dedicated connection; temporary tables it creates are gone when it returns. */
  session<T>(fn: (session: Session) => Promise<T>): Promise<T>;
  /** Closes the connection(s) and releases the data directory. */
  close(): Promise<void>;
}

/** A database error with the PostgreSQL SQLSTATE code, the same shape on both engines. */
export class DatabaseError extends Error {
  constructor(
    message: string,
    readonly sqlState: string | undefined,
    readonly detail: string | undefined,
  ) {
    super(message);
    this.name = 'DatabaseError';
  }
}

type RawQuery = (sql: string, params: readonly SqlParam[]) => Promise<Row[]>;

/** Builds the `one` / `maybeOne` helpers on top of a plain query function. */
export function withRowHelpers(query: RawQuery, exec: (sql: string) => Promise<void>): Queryable {
  return {
    query: <T>(sql: string, params: readonly SqlParam[] = []) => query(sql, params) as Promise<T[]>,
    async one<T>(sql: string, params: readonly SqlParam[] = []) {
      const rows = await query(sql, params);
      if (rows.length !== 1) throw new DatabaseError(`expected one row, got ${rows.length}`, undefined, sql);
      return rows[0] as T;
    },
    async maybeOne<T>(sql: string, params: readonly SqlParam[] = []) {
      const rows = await query(sql, params);
      if (rows.length > 1) throw new DatabaseError(`expected at most one row, got ${rows.length}`, undefined, sql);
      return rows[0] as T | undefined;
    },
    exec,
  };
}

/** Serialises access to a single-session engine: one statement or one transaction at a time. */
export class Mutex {
  private tail: Promise<void> = Promise.resolve();

  /** Runs `fn` once every earlier holder has finished. */
  run<T>(fn: () => Promise<T>): Promise<T> {
    const result = this.tail.then(fn);
    this.tail = result.then(
      () => undefined,
      () => undefined,
    );
    return result;
  }
}

/** One value in COPY text format: \N for null, backslash, tab and newlines escaped. */
export function copyText(value: string | number | boolean | null | undefined): string {
  if (value === null || value === undefined) return '\\N';
  if (typeof value !== 'string') return String(value);
  return value.replace(/[\\\t\n\r]/g, (c) => (c === '\\' ? '\\\\' : c === '\t' ? '\\t' : c === '\n' ? '\\n' : '\\r'));
}

/** A safe SQL identifier for a table or column name made by ictmon (letters, digits, underscores). */
export function assertIdentifier(name: string): string {
  if (!/^[a-z_][a-z0-9_]*$/.test(name)) throw new Error(`not a plain SQL identifier: ${name}`);
  return name;
}
