/**
 * Streams generated value rows into indicator_value with one COPY on a dedicated connection. The
 * table's indexes (primary key included) are dropped before and built again after, and the foreign-key
 * triggers are skipped for the session (session_replication_role = replica): every unit id comes from
 * the rows just inserted, every indicator from the catalogue, and the batch is created first. The
 * definitions are read from the catalog, so indexes added by later migrations come back as they were.
 */
import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import pg from 'pg';
import { from as copyFrom } from 'pg-copy-streams';
import { VALUE_COLUMNS } from './value-lines.ts';

interface IndexDef {
  name: string;
  def: string;
  constraintName: string | null;
  constraintDef: string | null;
}

/** Copies the chunks (COPY text) into indicator_value; returns the time of the COPY and of the index builds. */
export async function copyValues(url: string, chunks: Iterable<string>): Promise<{ copyMs: number; indexMs: number; indexes: string[] }> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    const { rows: indexes } = await client.query<IndexDef>(
      `select i.relname as name, pg_get_indexdef(i.oid) as def, c.conname as "constraintName", pg_get_constraintdef(c.oid) as "constraintDef"
         from pg_index x join pg_class i on i.oid = x.indexrelid
         left join pg_constraint c on c.conindid = x.indexrelid and c.conrelid = x.indrelid and c.contype in ('p', 'u')
        where x.indrelid = 'indicator_value'::regclass`,
    );
    for (const ix of indexes) {
      await client.query(ix.constraintName ? `alter table indicator_value drop constraint ${ix.constraintName}` : `drop index ${ix.name}`);
    }
    await client.query(`set session_replication_role = replica`);
    let t = performance.now();
    await pipeline(Readable.from(chunks), client.query(copyFrom(`copy indicator_value (${VALUE_COLUMNS.join(', ')}) from stdin`)));
    const copyMs = performance.now() - t;
    await client.query(`set session_replication_role = origin`);
    await client.query(`set maintenance_work_mem = '1GB'`);
    t = performance.now();
    for (const ix of indexes) {
      await client.query(ix.constraintName ? `alter table indicator_value add constraint ${ix.constraintName} ${ix.constraintDef}` : ix.def);
    }
    return { copyMs, indexMs: performance.now() - t, indexes: indexes.map((i) => i.name) };
  } finally {
    await client.end();
  }
}
