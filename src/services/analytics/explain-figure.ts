/**
 * Where one figure comes from (issue #5: "every figure can show where it came from"): the cell as the
 * pivot gives it; the unit versions behind it (the unit itself, or the units it was formed from, with
 * the lineage and its legal basis); the values stored on them for the period or inside it, each with its
 * file, batch and decision; and the figures of the units one level down that the roll-up summed.
 */
import { LEVEL_BELOW } from '../../domain/analytics/pivot-levels.ts';
import { SECTOR_CATALOGUE } from '../../domain/indicators/sector-catalogue.ts';
import { formatPeriod, tryParsePeriod } from '../../domain/periods/period.ts';
import { isIsoDate, todayInVietnam } from '../../domain/units/dates.ts';
import { listValuesBehind, type ValueBehindRow } from '../../db/queries/analytics/list-values-behind.ts';
import type { ServiceContext } from '../context.ts';
import { findUnitAt } from '../criteria/find-area.ts';
import { invalidInput, unitNotFound } from '../errors.ts';
import type { AnalyticsUnit, PivotCell, PivotLevel } from './analytics-types.ts';
import { FigureReader, pivot, presentAnalyticsUnit } from './pivot.ts';

export interface FigureExplanation {
  cell: PivotCell;
  at: string;
  /** The unit versions summed into the figure (with, one level down, the inputs' figures the roll-up summed): the unit itself, or its predecessors in force on the period's end. */
  parts: Array<{
    unit: AnalyticsUnit;
    whole: boolean;
    observedOn: string;
    values: ValueBehindRow[];
    below: { level: PivotLevel; cells: PivotCell[]; units: AnalyticsUnit[] } | null;
  }>;
  /** The indicators read: the indicator, or a ratio's numerator and denominator. */
  inputs: string[];
}

/** Explains the figure of `unit` (in force on `at`) for an indicator and period. */
export async function explainFigure(
  ctx: ServiceContext,
  q: { unit: string; indicator: string; period: string; at?: string | undefined; series?: 'actual' | 'plan' | undefined },
): Promise<FigureExplanation> {
  const d = SECTOR_CATALOGUE.byCode.get(q.indicator);
  const p = tryParsePeriod(q.period);
  const at = q.at ?? todayInVietnam();
  const bad = [
    ...(d ? [] : [{ field: 'indicator', value: q.indicator, message: 'unknown indicator code', messageVi: 'mã chỉ tiêu không có trong danh mục' }]),
    ...(p
      ? []
      : [{ field: 'period', value: q.period, message: 'a period: 2024, 2024S1, 2024Q3, 2024M07', messageVi: 'kỳ dạng 2024, 2024S1, 2024Q3, 2024M07' }]),
    ...(isIsoDate(at) ? [] : [{ field: 'at', value: at, message: 'a date YYYY-MM-DD', messageVi: 'ngày dạng YYYY-MM-DD' }]),
  ];
  if (bad.length > 0 || !d || !p) throw invalidInput('the figure cannot be explained as asked', 'yêu cầu giải thích số liệu không hợp lệ', bad);
  const unit = await findUnitAt(ctx, q.unit, at);
  if (!unit) throw unitNotFound(q.unit);
  const period = formatPeriod(p);
  const series = q.series ?? 'actual';
  const level = unit.level as PivotLevel;
  const result = await pivot(ctx, { indicators: [d.code], level, units: [unit.code], periods: [period], at, series });
  const inputs = d.aggregation.kind === 'ratio_of_sums' ? [d.aggregation.numerator, d.aggregation.denominator] : [d.code];
  const reader = await FigureReader.load(ctx, [unit], [d.code], [period], '', series === 'plan', false);
  const { parts, before } = reader.parts(unit, period, d.periodKind === 'flow');
  const all = [...parts, ...before];
  const values = await listValuesBehind(
    ctx.db,
    all.map((x) => x.id),
    [...new Set([d.code, ...inputs])],
    period,
    series,
  );
  const below = LEVEL_BELOW[level];
  const explained: FigureExplanation['parts'] = [];
  for (const part of all) {
    const version = reader.version(part.id)!;
    const observedOn = reader.observedOn(part.id, period);
    let belowCells: FigureExplanation['parts'][number]['below'] = null;
    if (below) {
      const kids = await pivot(ctx, { indicators: inputs, level: below, parent: version.code, periods: [period], at: observedOn, series });
      belowCells = { level: below, cells: kids.cells, units: kids.units };
    }
    explained.push({
      unit: presentAnalyticsUnit(version),
      whole: part.full,
      observedOn,
      values: values.filter((v) => v.unitId === part.id),
      below: belowCells,
    });
  }
  return { cell: result.cells[0]!, at, parts: explained, inputs };
}
