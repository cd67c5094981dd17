import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { migrate, migrationStatus } from '../../src/db/migrate.ts';
import { DatabaseError } from '../../src/db/database.ts';
import { openTestDatabase, testEngine, type TestDatabase } from '../support/test-db.ts';

describe(`database facade on ${testEngine}`, () => {
  let t: TestDatabase;
  beforeAll(async () => {
    t = await openTestDatabase();
  });
  afterAll(() => t.dispose());

  it('returns the same value shapes on both engines', async () => {
    const row = await t.db.one<Record<string, unknown>>(
      `select 9007199254740::int8 as big, 3::int4 as small, 2.50::numeric as num, '2025-07-01'::date as d, true as b, null::text as n, '{"a":1}'::jsonb as j`,
    );
    expect(row).toEqual({ big: 9007199254740, small: 3, num: '2.50', d: '2025-07-01', b: true, n: null, j: { a: 1 } });
  });

  it('passes array parameters for bulk statements', async () => {
    const rows = await t.db.query<{ x: string; y: number }>('select * from unnest($1::text[], $2::int[]) as t(x, y)', [
      ['a', 'b'],
      [1, 2],
    ]);
    expect(rows).toEqual([
      { x: 'a', y: 1 },
      { x: 'b', y: 2 },
    ]);
  });

  it('rolls back a failed transaction entirely and reports the SQLSTATE', async () => {
    await t.db.exec('create table tx_probe (id int primary key)');
    const err = await t.db
      .transaction(async (tx) => {
        await tx.query('insert into tx_probe values (1)');
        await tx.query('insert into tx_probe values (1)');
      })
      .catch((e: unknown) => e);
    expect(err).toBeInstanceOf(DatabaseError);
    expect((err as DatabaseError).sqlState).toBe('23505');
    expect(await t.db.query('select * from tx_probe')).toEqual([]);
    await t.db.transaction(async (tx) => tx.query('insert into tx_probe values (2)'));
    expect(await t.db.query('select id from tx_probe')).toEqual([{ id: 2 }]);
  });

  it('keeps statements outside a transaction from interleaving with it', async () => {
    await t.db.exec('create table tx_order (n int)');
    const inTx = t.db.transaction(async (tx) => {
      await tx.query('insert into tx_order values (1)');
      await new Promise((r) => setTimeout(r, 50));
      await tx.query('insert into tx_order values (2)');
      throw new Error('abort');
    });
    const outside = t.db.query('insert into tx_order values (3)');
    await expect(inTx).rejects.toThrow('abort');
    await outside;
    expect(await t.db.query('select n from tx_order')).toEqual([{ n: 3 }]);
  });

  it('is migrated to the latest version and a second run applies nothing', async () => {
    expect(await migrate(t.db)).toEqual([]);
    const status = await migrationStatus(t.db);
    expect(status.pending).toEqual([]);
    expect(status.applied.length).toBe(status.latest);
  });
});
