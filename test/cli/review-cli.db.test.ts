/**
 * `ictmon review …` (issue #6) on the installation's own database: an officer's draft (stored as the
 * account would) is submitted, returned with a reason, submitted again and approved from the command
 * line; the queue, a submission and what is due are printed; refusals name the field.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openDatabase } from '../../src/db/open-database.ts';
import { storeValueRecords } from '../../src/services/values/store-values.ts';
import { runCliCaptured } from '../support/run-cli.ts';
import { createTestTarget, testEngine } from '../support/test-db.ts';

let target: { dataDir: string; databaseUrl?: string };
let dispose: () => Promise<void>;
const ictmon = (...args: string[]) => runCliCaptured(target, args);

describe(`ictmon review on ${testEngine}`, () => {
  beforeAll(async () => {
    ({ target, dispose } = await createTestTarget());
    const { db } = await openDatabase(target, 'test');
    try {
      const commune = await db.one<{ id: number; code: string }>(`select id, code from admin_unit where code = '01840' and valid_from = '2025-07-01'`);
      const officer = {
        db,
        actor: 'user:canbo.ducxuan',
        principal: {
          kind: 'user' as const,
          userId: null,
          username: 'canbo.ducxuan',
          role: 'officer' as const,
          scopeUnitId: commune.id,
          operatorCode: null,
          via: 'session' as const,
          tokenId: null,
        },
      };
      await storeValueRecords(
        officer,
        [[{ unitId: commune.id, indicatorCode: 'commune.officials', period: '2025', breakdown: '', series: 'actual', value: 25, sourceRow: 2 }]],
        {
          kind: 'file',
          fileName: 'can-bo-2025.csv',
          fileSha256: 'can-bo-2025',
          fileBytes: 1,
          format: 'csv',
          actor: officer.actor,
          catalogueVersion: 'test',
          rowsRead: 1,
          summary: {},
        },
      );
    } finally {
      await db.close();
    }
  });
  afterAll(() => dispose());

  it('submits, returns with a reason, and approves from the command line', async () => {
    const queued = await ictmon('review', 'queue', '--state', 'draft', '--format', 'json');
    expect(queued.code, queued.err).toBe(0);
    const page = JSON.parse(queued.out) as { items: Array<{ id: number; unit: { code: string }; state: string }> };
    expect(page.items).toEqual([expect.objectContaining({ unit: expect.objectContaining({ code: '01840' }), state: 'draft' })]);
    const id = String(page.items[0]!.id);

    expect((await ictmon('review', 'submit', '--unit', '01840', '--period', '2025')).out).toMatch(/01840 .* 2025 +→ chờ duyệt/);
    const noReason = await ictmon('review', 'return', id);
    expect(noReason.code).toBe(1);
    expect(noReason.err).toContain('reason');
    expect((await ictmon('review', 'return', id, '--reason', 'Số cán bộ chưa khớp danh sách')).out).toMatch(/→ bị trả lại/);
    const shown = await ictmon('review', 'show', id);
    expect(shown.out).toContain('«Số cán bộ chưa khớp danh sách»');
    await ictmon('review', 'submit', id);
    expect((await ictmon('review', 'approve', id)).out).toMatch(/→ đã duyệt/);
    const history = await ictmon('values', 'history', '--unit', '01840', '--indicator', 'commune.officials', '--period', '2025', '--format', 'json');
    const steps = (JSON.parse(history.out) as { steps: Array<{ action: string }> }).steps.map((s) => s.action);
    expect(steps).toEqual(['entered', 'submitted', 'returned', 'submitted', 'approved']);
  });

  it('lists what is due and the deadlines, and refuses a bad deadline naming the option', async () => {
    const due = await ictmon('review', 'due', '--unit', '01840', '--as-of', '2026-11-22', '--all', '--format', 'json');
    expect(due.code, due.err).toBe(0);
    const rows = (JSON.parse(due.out) as { rows: Array<{ period: string; state: string }> }).rows;
    expect(rows).toEqual(expect.arrayContaining([expect.objectContaining({ period: '2025', state: 'approved' })]));
    const set = await ictmon('review', 'deadlines', '--set', 'quarter=20');
    expect(set.code, set.err).toBe(0);
    expect(set.out).toMatch(/quarter +20/);
    const bad = await ictmon('review', 'deadlines', '--set', 'quarter=abc');
    expect(bad.code).toBe(1);
    expect(bad.err).toContain('set');
  });
});
