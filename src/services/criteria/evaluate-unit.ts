/**
 * One commune's evaluation on a date from the stored values (`ictmon criteria evaluate --unit`,
 * `GET /api/criteria/evaluation`), and its history: the evaluation at each year end under the set in
 * force then (R-VER), and the evaluations recorded for it.
 */
import type { CriteriaEvaluation } from '../../domain/criteria/criteria-types.ts';
import { chooseSet, evaluateCommune } from '../../domain/criteria/evaluate-commune.ts';
import { selectCriteriaSet } from '../../domain/criteria/select-set.ts';
import { todayInVietnam } from '../../domain/units/dates.ts';
import { listCommunesInScope } from '../../db/queries/criteria/list-communes-in-scope.ts';
import { listRecordedEvaluations, type RecordedEvaluationRow } from '../../db/queries/criteria/recorded-evaluations.ts';
import { findUnitVersions } from '../../db/queries/units/find-unit-versions.ts';
import type { ServiceContext } from '../context.ts';
import { invalidInput, unitNotFound } from '../errors.ts';
import { readCriteriaOptions, toAppError, type CriteriaOptions, type CriteriaOptionsInput } from './criteria-options.ts';
import { findUnitAt } from './find-area.ts';
import { loadCommuneFacts } from './load-commune-facts.ts';
import { loadOverlays } from './overlays.ts';

/** A commune's evaluation with where it sits on the date and how many villages it had. */
export interface UnitEvaluation extends CriteriaEvaluation {
  province: { code: string; name: string };
  district: { code: string; name: string } | null;
  villageCount: number;
  /** How many stored values the evaluation found (commune and villages). */
  factCount: number;
}

/** Evaluates the commune with `unit` code on the date (the version in force then). */
export async function evaluateUnit(ctx: ServiceContext, input: CriteriaOptionsInput & { unit: string }): Promise<UnitEvaluation> {
  const options = readCriteriaOptions(input);
  const unit = await findUnitAt(ctx, input.unit, options.date);
  if (!unit) {
    const versions = await findUnitVersions(ctx.db, input.unit);
    if (versions.length === 0) throw unitNotFound(input.unit);
    const spans = versions.map((v) => `${v.validFrom ?? '…'} – ${v.validTo ?? '…'}`).join(', ');
    throw invalidInput(
      `unit ${input.unit} is not in force on ${options.date} (in force ${spans})`,
      `đơn vị ${input.unit} không có hiệu lực ngày ${options.date} (hiệu lực ${spans})`,
      [{ field: 'date', value: options.date, message: 'the unit is not in force on this date', messageVi: 'đơn vị không có hiệu lực vào ngày này' }],
    );
  }
  if (unit.level !== 'commune') {
    throw invalidInput(
      `${input.unit} is a ${unit.level}; the criterion is evaluated for communes`,
      `${input.unit} không phải đơn vị cấp xã; tiêu chí đánh giá cho xã`,
      [{ field: 'unit', value: input.unit, message: 'must be a commune', messageVi: 'phải là đơn vị cấp xã' }],
    );
  }
  return evaluateCommuneOn(ctx, unit.code, options);
}

/** Evaluates the commune version with `code` in force on the options' date (its code and level already checked). */
async function evaluateCommuneOn(ctx: ServiceContext, code: string, options: CriteriaOptions): Promise<UnitEvaluation> {
  let set;
  try {
    set = chooseSet(options);
  } catch (error) {
    throw toAppError(error);
  }
  const [scope] = await listCommunesInScope(ctx.db, { provinces: null, commune: code }, options.date);
  if (!scope) throw unitNotFound(code);
  const overlays = await loadOverlays(ctx, scope.provinceCode, set.id, options.date);
  const facts = (await loadCommuneFacts(ctx.db, [scope], options.date, set, overlays)).get(scope.code);
  if (!facts) throw unitNotFound(code);
  const evaluation = evaluateCommune(facts, {
    date: options.date,
    setId: set.id,
    parameters: options.parameters,
    ...(overlays[0] ? { overlay: overlays[0] } : {}),
  });
  return {
    ...evaluation,
    province: { code: scope.provinceCode, name: scope.provinceName },
    district: scope.districtCode ? { code: scope.districtCode, name: scope.districtName ?? scope.districtCode } : null,
    villageCount: facts.villages.length,
    factCount: Object.keys(facts.facts).length + facts.villages.reduce((n, v) => n + Object.keys(v.facts).length, 0),
  };
}

/** One line of a commune's history. */
export interface HistoryLine {
  date: string;
  /** The commune's name on that date (the unit version then). */
  name: string;
  setId: string;
  guidanceId: string | null;
  outcome: CriteriaEvaluation['outcome'];
  sub: Record<string, string>;
  summary: CriteriaEvaluation['summary'];
  /** 'computed': from today's stored values; 'recorded': as recorded then (run id). */
  source: 'computed' | 'recorded';
  runId?: number;
  recordedAt?: string;
}

/** The commune's evaluation at each year end it was in force (and today), and its recorded evaluations. */
export async function getCriteriaHistory(
  ctx: ServiceContext,
  input: { unit: string; today?: string },
): Promise<{ unit: { code: string; name: string }; lines: HistoryLine[] }> {
  const versions = await findUnitVersions(ctx.db, input.unit);
  if (versions.length === 0) throw unitNotFound(input.unit);
  const today = input.today ?? todayInVietnam();
  const dates: string[] = [];
  for (let y = 2010; y < Number(today.slice(0, 4)); y++) dates.push(`${y}-12-31`);
  dates.push(today);
  const lines: HistoryLine[] = [];
  for (const date of dates) {
    const version = versions.find((v) => (v.validFrom === null || v.validFrom <= date) && (v.validTo === null || v.validTo >= date));
    if (!version || version.level !== 'commune' || !selectCriteriaSet(date)) continue;
    // The versions are known: each year end is evaluated without looking the unit up again.
    const e = await evaluateCommuneOn(ctx, version.code, { date, parameters: {} });
    // Years with no stored value at all are left out rather than shown as "insufficient data".
    if (e.factCount === 0 && e.subCriteria.length > 0) continue;
    lines.push({
      date,
      name: version.name,
      setId: e.setId,
      guidanceId: e.guidanceId,
      outcome: e.outcome,
      sub: Object.fromEntries(e.subCriteria.map((s) => [s.id, s.outcome])),
      summary: e.summary,
      source: 'computed',
    });
  }
  const recorded = await listRecordedEvaluations(
    ctx.db,
    versions.map((v) => v.id),
  );
  const nameOf = new Map(versions.map((v) => [v.id, v.name]));
  lines.push(...recorded.map((r) => recordedLine(r, nameOf.get(r.unitId) ?? input.unit)));
  lines.sort((a, b) => a.date.localeCompare(b.date) || a.source.localeCompare(b.source));
  const name = versions[versions.length - 1]?.name ?? input.unit;
  return { unit: { code: input.unit, name }, lines };
}

function recordedLine(r: RecordedEvaluationRow, name: string): HistoryLine {
  const result = r.result as CriteriaEvaluation;
  return {
    date: r.evaluatedOn,
    name,
    setId: r.setId,
    guidanceId: r.guidanceId,
    outcome: r.outcome as CriteriaEvaluation['outcome'],
    sub: r.subOutcomes as Record<string, string>,
    summary: result.summary,
    source: 'recorded',
    runId: r.runId,
    recordedAt: r.createdAt.toISOString(),
  };
}
