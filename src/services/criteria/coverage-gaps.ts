/**
 * A province's villages without mobile broadband on a date, classed by regulations.md §5.1 (trắng /
 * lõm sóng; fund area × electricity), with "a/b thôn được phủ sóng băng rộng di động" (R-AGG-2).
 */
import { resolveParameters } from '../../domain/criteria/resolve-parameters.ts';
import {
  classifyVillage,
  countCoverage,
  coverageText,
  COVERAGE_FACTS,
  type CoverageCounts,
  type VillageCoverage,
} from '../../domain/criteria/village-coverage.ts';
import type { Bilingual } from '../../domain/indicators/indicator-types.ts';
import { listCommunesInScope } from '../../db/queries/criteria/list-communes-in-scope.ts';
import type { ServiceContext } from '../context.ts';
import { readCriteriaOptions } from './criteria-options.ts';
import { findAreaUnit } from './find-area.ts';
import { loadFacts } from './load-commune-facts.ts';

/** The coverage of a province's villages on a date. */
export interface CoverageReport {
  area: { code: string; name: string };
  date: string;
  counts: CoverageCounts;
  text: Bilingual;
  /** Villages without broadband, trắng or lõm sóng, or not reported. */
  villages: VillageCoverage[];
}

/** Lists the villages of a province (or, with area null, of the country) that lack mobile broadband or signal on the date. */
export async function listCoverageGaps(
  ctx: ServiceContext,
  input: { area: string | null; date: string; parameters?: Readonly<Record<string, unknown>> },
): Promise<CoverageReport> {
  const options = readCriteriaOptions({ date: input.date, parameters: input.parameters });
  const area = input.area === null ? { code: '', name: 'Cả nước' } : await findAreaUnit(ctx, input.area, options.date);
  const communes = await listCommunesInScope(ctx.db, { provinces: input.area === null ? null : [input.area] }, options.date);
  const facts = await loadFacts(ctx.db, communes, options.date, { commune: [], village: [...COVERAGE_FACTS] });
  const params = resolveParameters([], options.parameters);
  const all: VillageCoverage[] = [];
  let withoutVillages = 0;
  for (const c of communes) {
    const villages = facts.get(c.code)?.villages ?? [];
    if (villages.length === 0 && (c.typeCode === 'commune' || c.typeCode === 'special_zone')) withoutVillages++;
    for (const v of villages) all.push(classifyVillage(v, { code: c.code, name: c.name }, params));
  }
  const counts = countCoverage(all, withoutVillages);
  return {
    area: { code: area.code, name: area.name },
    date: options.date,
    counts,
    text: coverageText(counts),
    villages: all.filter((v) => v.broadband !== true || v.signal === 'trang_song' || v.signal === 'lom_song'),
  };
}
