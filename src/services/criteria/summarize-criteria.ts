/**
 * A province's (or the country's) criterion board on a date: every commune evaluated under the set in
 * force (R-VER), "x/y xã đạt" (R-AGG-1) with the share, per sub-criterion and per district (before
 * 01/07/2025), and the same figure a year earlier under that date's own set. Parameters given here
 * make a what-if: the board is recounted and nothing is stored.
 */
import type { Bilingual } from '../../domain/indicators/indicator-types.ts';
import type { CriteriaEvaluation, CriteriaOverlayDef, CriteriaSetDef, CriteriaSetId, CriterionDef, ParamValue } from '../../domain/criteria/criteria-types.ts';
import { chooseSet, evaluateCommune, newEvaluationCache } from '../../domain/criteria/evaluate-commune.ts';
import { selectGuidance } from '../../domain/criteria/select-set.ts';
import {
  communeLine,
  countByDistrict,
  countEvaluations,
  countsText,
  tallySubCriteria,
  type CommuneLine,
  type CommuneScopeInfo,
  type CriteriaCounts,
  type SubCriterionTally,
} from '../../domain/criteria/summarize-evaluations.ts';
import { TWO_TIER_START } from '../../domain/units/unit-types.ts';
import { listCommunesInScope, listPredecessorProvinces } from '../../db/queries/criteria/list-communes-in-scope.ts';
import type { ServiceContext } from '../context.ts';
import { readCriteriaOptions, toAppError } from './criteria-options.ts';
import { loadCommuneFacts } from './load-commune-facts.ts';
import { loadOverlays } from './overlays.ts';
import { findAreaUnit } from './find-area.ts';

/** What a summary is asked for. */
export interface SummarizeInput {
  /** Province code, or null for the whole country. */
  area: string | null;
  date: string;
  setId?: string | undefined;
  parameters?: Readonly<Record<string, unknown>> | undefined;
  /** Also count the same date a year earlier (default true). */
  withPreviousYear?: boolean;
}

/** The board of an area on a date. */
export interface CriteriaSummary {
  area: { code: string; name: string } | null;
  date: string;
  setId: CriteriaSetId;
  setName: Bilingual;
  setKind: 'base' | 'advanced' | 'model';
  criterion: CriterionDef | null;
  guidanceId: string | null;
  guidanceName: Bilingual | null;
  overlayIds: string[];
  notes: Bilingual[];
  parameters: Record<string, ParamValue>;
  counts: CriteriaCounts;
  /** "64/110 xã đạt tiêu chí số 8 (58,2%)". */
  text: Bilingual;
  subCriteria: SubCriterionTally[];
  byDistrict: Array<{ code: string; name: string; counts: CriteriaCounts; text: Bilingual }>;
  communes: CommuneLine[];
  previousYear: {
    date: string;
    setId: CriteriaSetId;
    provinces: string[] | null;
    counts: CriteriaCounts;
    text: Bilingual;
    comparable: boolean;
    note?: Bilingual;
  } | null;
}

/** Evaluates every commune-level unit in force in the area on the date; the evaluations in code order. */
export async function evaluateArea(
  ctx: ServiceContext,
  area: string | readonly string[] | null,
  date: string,
  set: CriteriaSetDef,
  parameters: Readonly<Record<string, ParamValue>>,
  detail: 'full' | 'outcome' = 'outcome',
): Promise<{
  evaluations: CriteriaEvaluation[];
  info: Map<string, CommuneScopeInfo & { provinceCode: string; unitId: number }>;
  overlays: CriteriaOverlayDef[];
}> {
  const provinces = area === null ? null : typeof area === 'string' ? [area] : area;
  const communes = await listCommunesInScope(ctx.db, { provinces }, date);
  const overlays = (await loadOverlays(ctx, typeof area === 'string' ? area : null, set.id, date)).filter(
    (o) => provinces === null || provinces.includes(o.province),
  );
  const facts = await loadCommuneFacts(ctx.db, communes, date, set, overlays);
  const overlayOf = new Map(overlays.map((o) => [o.province, o]));
  const info = new Map(
    communes.map((c) => [c.code, { code: c.code, unitId: c.id, districtCode: c.districtCode, districtName: c.districtName, provinceCode: c.provinceCode }]),
  );
  const cache = newEvaluationCache();
  const evaluations = communes.map((c) => {
    const f = facts.get(c.code);
    if (!f) throw new Error(`facts of ${c.code} were not loaded`);
    const overlay = overlayOf.get(c.provinceCode);
    return evaluateCommune(f, { date, setId: set.id, parameters, cache, detail, ...(overlay ? { overlay } : {}) });
  });
  return { evaluations, info, overlays };
}

/** The same day a year earlier (29/02 → 28/02). */
export function yearEarlier(date: string): string {
  const y = Number(date.slice(0, 4)) - 1;
  const md = date.slice(5) === '02-29' ? '02-28' : date.slice(5);
  return `${y}-${md}`;
}

/** Summarizes an area on a date (see the module comment). */
export async function summarizeCriteria(ctx: ServiceContext, input: SummarizeInput): Promise<CriteriaSummary> {
  const options = readCriteriaOptions({ date: input.date, setId: input.setId, parameters: input.parameters });
  const areaUnit = input.area === null ? null : await findAreaUnit(ctx, input.area, options.date);
  let set: CriteriaSetDef;
  try {
    set = chooseSet(options);
  } catch (error) {
    throw toAppError(error);
  }
  const { evaluations, info, overlays } = await evaluateArea(ctx, input.area, options.date, set, options.parameters);
  const counts = countEvaluations(evaluations);
  const guidance = selectGuidance(set, options.date);
  const first = evaluations.find((e) => e.scope === 'in_scope');
  const byDistrict = options.date < TWO_TIER_START ? countByDistrict(evaluations, info) : [];
  let previousYear: CriteriaSummary['previousYear'] = null;
  if (input.withPreviousYear !== false) previousYear = await summarizePreviousYear(ctx, input.area, options.date, set, options.setId !== undefined);
  return {
    area: areaUnit ? { code: areaUnit.code, name: areaUnit.name } : null,
    date: options.date,
    setId: set.id,
    setName: set.name,
    setKind: set.kind,
    criterion: set.criterion,
    guidanceId: guidance?.id ?? null,
    guidanceName: guidance?.name ?? null,
    overlayIds: overlays.map((o) => o.id),
    notes: [...(set.note ? [set.note] : []), ...(guidance?.note ? [guidance.note] : [])],
    parameters: first?.parameters ? { ...first.parameters } : { ...options.parameters },
    counts,
    text: countsText(counts, set.criterion, set.name, set.kind),
    subCriteria: tallySubCriteria(evaluations),
    byDistrict: byDistrict.map((d) => ({ ...d, text: countsText(d.counts, set.criterion, set.name, set.kind) })),
    communes: evaluations.map((e) => communeLine(e, info.get(e.unit.code) ?? { code: e.unit.code, districtCode: null, districtName: null })),
    previousYear,
  };
}

async function summarizePreviousYear(
  ctx: ServiceContext,
  area: string | null,
  date: string,
  set: CriteriaSetDef,
  explicitSet: boolean,
): Promise<CriteriaSummary['previousYear']> {
  return summarizeAtEarlierDate(ctx, area, date, yearEarlier(date), set, explicitSet);
}

/**
 * The board of an area on an earlier date, under that date's own set (R-VER), on the provinces the area
 * was formed from (R-HIST-7); `comparable` says whether its count may be compared with `date`'s under `set`.
 */
export async function summarizeAtEarlierDate(
  ctx: ServiceContext,
  area: string | null,
  date: string,
  earlier: string,
  set: CriteriaSetDef,
  explicitSet: boolean,
): Promise<CriteriaSummary['previousYear']> {
  let earlierSet: CriteriaSetDef;
  try {
    earlierSet = chooseSet({ date: earlier, ...(explicitSet && set.kind !== 'base' ? { setId: set.id } : {}) });
  } catch {
    return null;
  }
  // R-HIST-7: a merged province's earlier figure counts the communes of the provinces it was formed from.
  const predecessors = area === null ? [] : await listPredecessorProvinces(ctx.db, area, date, earlier);
  const earlierArea = area === null ? null : predecessors.length > 0 ? predecessors : [area];
  // R-VER: the earlier date is judged under its own set, national defaults (a what-if changes only the date asked).
  const { evaluations } = await evaluateArea(ctx, earlierArea, earlier, earlierSet, {});
  const counts = countEvaluations(evaluations);
  const comparable = earlierSet.id === set.id || (earlierSet.criterion !== null && set.criterion !== null && earlierSet.kind === set.kind);
  return {
    date: earlier,
    setId: earlierSet.id,
    provinces: earlierArea === null ? null : [...earlierArea],
    counts,
    text: countsText(counts, earlierSet.criterion, earlierSet.name, earlierSet.kind),
    comparable,
    ...(earlierSet.id !== set.id
      ? {
          note: {
            vi: `Cùng kỳ năm trước đánh giá theo ${earlierSet.id}, năm nay theo ${set.id}${comparable ? '' : ': không so sánh được'}`,
            en: `A year earlier is judged under ${earlierSet.id}, this year under ${set.id}${comparable ? '' : ': not comparable'}`,
          },
        }
      : {}),
  };
}
