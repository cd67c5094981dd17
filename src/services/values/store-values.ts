/**
 * Stores indicator values all or nothing: records are staged by COPY on a session of their own, checked
 * (no key twice, cross-field rules of the catalogue), then applied in one transaction. The import of
 * files and the demo loader both come through here.
 */
import { refreshRollupsForBatch } from '../analytics/rollups.ts';
import type { Queryable, Session } from '../../db/database.ts';
import {
  ANALYZE_AFTER_ROWS,
  analyzeValues,
  applyStage,
  copyIntoStage,
  createValueStage,
  dropValueStage,
  findCrossCheckFailures,
  findRatioFailures,
  findStagedDuplicates,
  indexStage,
  type BatchInput,
  type CrossCheckSpec,
  type RatioSpec,
  type StageDiff,
  type ValueStage,
} from '../../db/queries/values/value-stage.ts';
import { SECTOR_CATALOGUE } from '../../domain/indicators/sector-catalogue.ts';
import type { CompiledCatalogue } from '../../domain/indicators/indicator-types.ts';
import { periodLabel } from '../../domain/periods/period-text.ts';
import { parsePeriod } from '../../domain/periods/period.ts';
import type { ValueRecord } from '../../domain/values/value-types.ts';
import type { ServiceContext } from '../context.ts';
import { AppError, invalidInput } from '../errors.ts';
import { checkStageAccess, newSubmissionState } from '../review/write-gate.ts';
import type { ValueIssue } from '../values-import/import-types.ts';

/** Records staged per COPY statement: large enough to be fast, small enough to keep memory flat. */
export const STAGE_CHUNK = 20_000;

/**
 * Cross-checks that compare two values of one unit: both indicators collected at a level where the
 * check applies. Checks against a roll-up of the units below (village reports summed to a commune) are
 * the analytics' concern.
 */
export function sameUnitCrossChecks(catalogue: CompiledCatalogue = SECTOR_CATALOGUE): CrossCheckSpec[] {
  return catalogue.crossChecks
    .filter((c) => {
      const left = catalogue.byCode.get(c.left);
      const right = catalogue.byCode.get(c.other);
      return c.levels.some((level) => left?.levels.includes(level) && right?.levels.includes(level));
    })
    .map((c) => ({ id: c.id, left: c.left, op: c.op, right: c.other }));
}

/** Percentages whose numerator and denominator are collected at a level the share is: checked against them. */
export function sameUnitRatios(catalogue: CompiledCatalogue = SECTOR_CATALOGUE): RatioSpec[] {
  return catalogue.indicators.flatMap((i) => {
    if (i.aggregation.kind !== 'ratio_of_sums') return [];
    const { numerator, denominator } = i.aggregation;
    const num = catalogue.byCode.get(numerator);
    const den = catalogue.byCode.get(denominator);
    const shared = i.levels.some((l) => num?.levels.includes(l) && den?.levels.includes(l));
    return shared ? [{ share: i.code, numerator, denominator, decimals: i.decimals }] : [];
  });
}

/** Writes records to the stage in chunks as they come. Returns how many were staged. */
export async function stageRecords(
  session: Session,
  stage: ValueStage,
  source: AsyncIterable<readonly ValueRecord[]> | Iterable<readonly ValueRecord[]>,
): Promise<number> {
  let count = 0;
  let pending: ValueRecord[] = [];
  for await (const chunk of source) {
    for (const r of chunk) pending.push(r);
    if (pending.length >= STAGE_CHUNK) {
      await copyIntoStage(session, stage, pending);
      count += pending.length;
      pending = [];
    }
  }
  await copyIntoStage(session, stage, pending);
  return count + pending.length;
}

/** A unit's name for messages, by admin_unit id. */
export type UnitLabel = (unitId: number) => string;

/** Checks a filled stage: keys given twice, cross-field rules. At most `limit` issues, plus the total. */
export async function checkStage(
  q: Queryable,
  stage: ValueStage,
  unitLabel: UnitLabel,
  limit: number,
): Promise<{ issues: ValueIssue[]; total: number; totals: { duplicate: number; cross_check: number; ratio_mismatch: number } }> {
  const issues: ValueIssue[] = [];
  let total = 0;
  const duplicates = await findStagedDuplicates(q, stage, limit);
  for (const d of duplicates) {
    total = d.total;
    const [first, ...others] = d.rows;
    const what = `${unitLabel(d.unit_id)}, ${d.indicator_code}${d.breakdown ? ` (${d.breakdown})` : ''}, ${d.period}${d.series === 'plan' ? ', plan' : ''}`;
    const whatVi = `${unitLabel(d.unit_id)}, ${d.indicator_code}${d.breakdown ? ` (${d.breakdown})` : ''}, ${periodLabel(parsePeriod(d.period), 'vi')}${d.series === 'plan' ? ', kế hoạch' : ''}`;
    others.forEach((row, i) => {
      if (issues.length >= limit) return;
      issues.push({
        row,
        field: d.fields[i + 1] ?? undefined,
        code: 'duplicate',
        message: `gives again the value of row ${first} (${what})`,
        messageVi: `trùng số liệu với dòng ${first} (${whatVi})`,
      } as ValueIssue);
    });
  }
  const failures = await findCrossCheckFailures(q, stage, sameUnitCrossChecks(), Math.max(0, limit - issues.length));
  for (const f of failures) {
    const check = SECTOR_CATALOGUE.crossChecks.find((c) => c.id === f.check_id)!;
    const show = (num: string | null, bool: boolean | null) => (bool === null ? (num ?? '') : bool ? 'có' : 'không');
    const row = f.left_row ?? f.right_row ?? undefined;
    const field = f.left_row !== null ? f.left_field : f.right_field;
    const stored = f.left_row === null || f.right_row === null ? ' (one side already stored)' : '';
    const storedVi = f.left_row === null || f.right_row === null ? ' (một bên là số liệu đã lưu)' : '';
    issues.push({
      ...(row === undefined ? {} : { row }),
      ...(field ? { field } : {}),
      value: `${show(f.left_num, f.left_bool)} / ${show(f.right_num, f.right_bool)}`,
      code: 'cross_check',
      message: `${unitLabel(f.unit_id)}, ${f.period}: ${check.en}${stored}`,
      messageVi: `${unitLabel(f.unit_id)}, ${periodLabel(parsePeriod(f.period), 'vi')}: ${check.vi}${storedVi}`,
    });
  }
  const ratioFailures = await findRatioFailures(q, stage, sameUnitRatios(), Math.max(0, limit - issues.length));
  for (const f of ratioFailures) {
    const share = SECTOR_CATALOGUE.byCode.get(f.share)!;
    const expected = Number(((100 * Number(f.num)) / Number(f.den)).toFixed(share.decimals));
    issues.push({
      ...(f.row === null ? {} : { row: f.row }),
      ...(f.field ? { field: f.field } : {}),
      value: `${f.share_num}%`,
      code: 'ratio_mismatch',
      message: `${unitLabel(f.unit_id)}, ${f.period}: ${share.name.en} is ${f.share_num}%, but its own counts give ${f.num}/${f.den} = ${expected}%`,
      messageVi: `${unitLabel(f.unit_id)}, ${periodLabel(parsePeriod(f.period), 'vi')}: ${share.name.vi} ghi ${f.share_num}%, nhưng theo số liệu của chính nó ${f.num}/${f.den} = ${String(expected).replace('.', ',')}%`,
    });
  }
  const crossTotal = failures[0]?.total ?? 0;
  const ratioTotal = ratioFailures[0]?.total ?? 0;
  return { issues, total: total + crossTotal + ratioTotal, totals: { duplicate: total, cross_check: crossTotal, ratio_mismatch: ratioTotal } };
}

export interface StoreValuesMeta extends Omit<BatchInput, 'status'> {
  status?: BatchInput['status'];
}

export interface StoreValuesResult extends StageDiff {
  batchId?: number;
  staged: number;
}

/**
 * Stores a stream of records as one batch, all or nothing; throws (storing nothing) when a key repeats
 * or a cross-field rule fails. A batch that changes nothing is not recorded.
 */
export async function storeValueRecords(
  ctx: ServiceContext,
  source: AsyncIterable<readonly ValueRecord[]> | Iterable<readonly ValueRecord[]>,
  meta: StoreValuesMeta,
  unitLabel: UnitLabel = (id) => `#${id}`,
): Promise<StoreValuesResult> {
  return ctx.db.session(async (session) => {
    const stage = await createValueStage(session);
    try {
      const staged = await stageRecords(session, stage, source);
      await indexStage(session, stage);
      const { issues, total } = await checkStage(session, stage, unitLabel, 100);
      if (total > 0) {
        throw invalidInput(
          `${total} values break the rules; nothing was stored`,
          `${total} giá trị không hợp lệ; không lưu gì`,
          issues.map((i) => ({ ...i })),
        );
      }
      const access = await checkStageAccess(session, stage, ctx, unitLabel, 100);
      const refused = Object.values(access.totals).reduce((a, b) => a + b, 0);
      if (refused > 0) {
        throw new AppError(
          'outside_rights',
          403,
          `${refused} values may not be stored by this account; nothing was stored`,
          `${refused} giá trị tài khoản này không được lưu; không lưu gì`,
          access.issues,
        );
      }
      const applied = await session.transaction(async (tx) => {
        const r = await applyStage(tx, stage, { ...meta, status: meta.status ?? newSubmissionState(ctx), ip: ctx.ip });
        // The sums above the new values, in the same transaction: visible the moment the batch is stored.
        if (r.batchId !== undefined) await refreshRollupsForBatch(tx, r.batchId);
        return r;
      });
      if (applied.inserted + applied.updated >= ANALYZE_AFTER_ROWS) await analyzeValues(session);
      return { staged, ...applied };
    } finally {
      await dropValueStage(session, stage).catch(() => undefined);
    }
  });
}
