/** Reading stored values for the values table, the CLI and the API: typed, labelled, formatted the Vietnamese way. */
import { listValueBatches, listValuePeriods, listValues as queryValues, type BatchRow } from '../../db/queries/values/list-values.ts';
import { SECTOR_CATALOGUE, INDICATOR_CATALOGUE_VERSION } from '../../domain/indicators/sector-catalogue.ts';
import { INDICATOR_AREA_NAMES, INDICATOR_AREAS } from '../../domain/indicators/indicator-types.ts';
import { formatFigureVi } from '../../domain/format/vi-format.ts';
import { periodLabel, parseUserPeriod } from '../../domain/periods/period-text.ts';
import { formatPeriod, periodEnd } from '../../domain/periods/period.ts';
import { foldVietnamese } from '../../domain/text/fold.ts';
import { parseUserDate, todayInVietnam } from '../../domain/units/dates.ts';
import { parseBreakdown, type Series, type ValueStatus } from '../../domain/values/value-types.ts';
import type { UnitLevel } from '../../domain/units/unit-types.ts';
import { may, principalOf } from '../access/principal.ts';
import type { ServiceContext } from '../context.ts';
import { invalidInput } from '../errors.ts';
import { readPeriodInput } from './period-input.ts';

export interface ListValuesInput {
  indicator?: string | undefined;
  period?: string | undefined;
  area?: string | undefined;
  level?: string | undefined;
  series?: string | undefined;
  q?: string | undefined;
  batchId?: number | undefined;
  /** Without a period: the date the units under `area` are read on (default today). */
  at?: string | undefined;
  limit?: number | undefined;
  offset?: number | undefined;
}

/** One stored value, with its unit (as observed), period, breakdown and provenance, as the API gives it. */
export interface ValueView {
  unitCode: string;
  unitName: string;
  unitLevel: UnitLevel;
  parentName: string | null;
  validFrom: string | null;
  validTo: string | null;
  indicatorCode: string;
  period: string;
  periodLabel: string;
  /** '' for the total, else 'operator=viettel'. */
  breakdown: string;
  breakdownLabel: string;
  series: Series;
  value: number | boolean | string;
  /** Formatted the Vietnamese way: '1.463,5', 'Có'. */
  valueText: string;
  status: ValueStatus;
  batchId: number;
  /** Where the value came from: an imported file, or demo data (always labelled as such). */
  batchKind: 'file' | 'demo';
  fileName: string;
  sourceRow: number | null;
  recordedAt: string;
  recordedBy: string;
}

/** The catalogue for the UI and the API. */
export function getIndicatorCatalogue() {
  const c = SECTOR_CATALOGUE;
  return {
    version: INDICATOR_CATALOGUE_VERSION,
    areas: INDICATOR_AREAS.map((code) => ({ code, ...INDICATOR_AREA_NAMES[code] })),
    dimensions: c.dimensions.map((d) => ({ code: d.code, vi: d.vi, en: d.en, values: d.values.map((v) => ({ ...v })) })),
    indicators: c.indicators.map((i) => ({
      code: i.code,
      area: i.area,
      nameVi: i.name.vi,
      nameEn: i.name.en,
      shortVi: i.shortVi,
      unitVi: i.unit.vi,
      unitEn: i.unit.en,
      valueType: i.valueType,
      ...(i.options ? { options: i.options.map((o) => ({ ...o })) } : {}),
      levels: [...i.levels],
      periodType: i.periodType,
      decimals: i.decimals,
      disaggregations: (i.disaggregations ?? []).map((d) => ({ dimension: d.dimension, values: [...d.values] })),
    })),
  };
}

/** A breakdown key in words: "operator=viettel" → "Viettel". */
export function breakdownLabel(key: string, lang: 'vi' | 'en' = 'vi'): string {
  return Object.entries(parseBreakdown(key))
    .map(([d, v]) => {
      const option = SECTOR_CATALOGUE.dimensionByCode.get(d)?.values.find((o) => o.value === v);
      return option ? option[lang] : v;
    })
    .join(', ');
}

/** Lists values matching the filters, newest period first. */
export async function listValues(ctx: ServiceContext, input: ListValuesInput): Promise<{ total: number; rows: ValueView[] }> {
  const parsed = readPeriodInput(input.period);
  const period = parsed ? formatPeriod(parsed) : undefined;
  if (input.indicator && !SECTOR_CATALOGUE.byCode.has(input.indicator)) {
    throw invalidInput(`unknown indicator ${input.indicator}`, `không có chỉ tiêu ${input.indicator}`, [
      { field: 'indicator', value: input.indicator, message: 'unknown indicator' },
    ]);
  }
  let at: string | undefined;
  if (input.at) {
    at = parseUserDate(input.at);
    if (!at)
      throw invalidInput(`invalid date "${input.at}"`, `ngày không hợp lệ "${input.at}"`, [
        { field: 'at', value: input.at, message: 'expected YYYY-MM-DD or dd/mm/yyyy' },
      ]);
  }
  const date = parsed ? periodEnd(parsed) : (at ?? todayInVietnam());
  const rows = await queryValues(ctx.db, {
    indicator: input.indicator,
    period,
    area: input.area,
    level: input.level,
    series: input.series,
    q: input.q ? foldVietnamese(input.q) : undefined,
    batchId: input.batchId,
    date,
    // Figures not yet approved are read by accounts, within their scope; the public reads the published ones.
    unpublished: may(ctx, 'values.readUnpublished') ? { scopeUnitId: principalOf(ctx).scopeUnitId } : null,
    limit: Math.min(Math.max(input.limit ?? 100, 1), 1000),
    offset: Math.max(input.offset ?? 0, 0),
  });
  return {
    total: rows[0]?.total ?? 0,
    rows: rows.map(({ total: _t, valueNum, valueBool, valueText, recordedAt, ...r }) => {
      const value = valueBool ?? (valueNum !== null ? Number(valueNum) : (valueText ?? ''));
      const ind = SECTOR_CATALOGUE.byCode.get(r.indicatorCode);
      const text =
        typeof value === 'boolean'
          ? value
            ? 'Có'
            : 'Không'
          : typeof value === 'number'
            ? formatFigureVi(value, ind?.decimals ?? 2)
            : (ind?.options?.find((o) => o.value === value)?.vi ?? value);
      return {
        ...r,
        unitLevel: r.unitLevel as UnitLevel,
        series: r.series as Series,
        status: r.status as ValueStatus,
        batchKind: r.batchKind as 'file' | 'demo',
        periodLabel: periodLabel(parseUserPeriod(r.period), 'vi'),
        breakdownLabel: breakdownLabel(r.breakdown),
        value,
        valueText: text,
        recordedAt: recordedAt instanceof Date ? recordedAt.toISOString() : String(recordedAt),
      };
    }),
  };
}

export async function getValuePeriods(ctx: ServiceContext, indicator?: string): Promise<{ periods: Array<{ period: string; label: string }> }> {
  const rows = await listValuePeriods(ctx.db, indicator);
  return { periods: rows.map((r) => ({ period: r.period, label: periodLabel(parseUserPeriod(r.period), 'vi') })) };
}

export async function getValueBatches(ctx: ServiceContext, limit = 50): Promise<{ rows: Array<Omit<BatchRow, 'importedAt'> & { importedAt: string }> }> {
  const rows = await listValueBatches(ctx.db, Math.min(Math.max(limit, 1), 500));
  return { rows: rows.map((r) => ({ ...r, importedAt: r.importedAt instanceof Date ? r.importedAt.toISOString() : String(r.importedAt) })) };
}
