/**
 * Reads one data row of a values file into values ready to store, or the problems that stop it: the
 * unit (known, in force in the period, at a level the indicator is collected at, named as the register
 * names it), the period, the series, the breakdown, and each value's type and range.
 */
import type { CompiledCatalogue, IndicatorDef, IndicatorValue } from '../indicators/indicator-types.ts';
import { validateBreakdown, validateValue } from '../indicators/validate-value.ts';
import { periodLabel, parseUserPeriod } from '../periods/period-text.ts';
import { PERIOD_TYPES, formatPeriod, periodEnd, periodStart, type Period } from '../periods/period.ts';
import { foldVietnamese } from '../text/fold.ts';
import { hasControlCharacter, readUnitCode } from '../units-file/cell-values.ts';
import type { UnitLevel } from '../units/unit-types.ts';
import { formatBreakdown, type Series, type ValueRecord } from '../values/value-types.ts';
import { cellDisplay, isEmptyCell, readBooleanCell, readDateCell, readNumberCell, type Cell } from './read-cells.ts';
import type { UnitIndex, IndexedUnit } from './unit-index.ts';
import { foldHeader, matchHeader, type ColumnRole, type LayoutColumn, type ValueLayout } from './value-columns.ts';
import { valueIssue, type ValueIssue } from './value-issue.ts';

export interface RowContext {
  catalogue: CompiledCatalogue;
  units: UnitIndex;
  layout: ValueLayout;
  aliases: ReadonlyMap<string, { indicator: string; breakdown: Record<string, string> }>;
  /** The period of rows without one (option, or the title rows). */
  defaultPeriod?: Period | undefined;
  defaultSeries: Series;
  /** Today (YYYY-MM-DD): actual figures cannot be for a period that has not begun. */
  today: string;
}

export interface RowResult {
  records: ValueRecord[];
  issues: ValueIssue[];
  /** Numbers of a spreadsheet cell rounded to the indicator's decimals (formula results). */
  rounded: number;
  /** A row with no unit and no value, or a total row ("Tổng cộng"): not data. */
  skipped: boolean;
}

const LEVEL_VI: Record<UnitLevel, string> = { province: 'tỉnh', district: 'huyện', commune: 'xã', village: 'thôn' };
const TOTAL_ROW = /^(tong|tong cong|cong|total|tong so|toan tinh|toan huyen|chung)\b/;

/** Reads rows with the state they share: columns by role and caches of periods and long-layout indicators. */
export class ValueRowReader {
  private readonly col: Partial<Record<ColumnRole['kind'], LayoutColumn>> = {};
  private readonly rowDimensions: LayoutColumn[] = [];
  private readonly indicatorColumns: LayoutColumn[] = [];
  private readonly periods = new Map<string, Period | undefined>();
  /** The province of the last unit resolved: unknown codes are most likely meant in the same province. */
  private lastProvince: string | undefined;
  private readonly longIndicators = new Map<string, { indicator: string; breakdown: Record<string, string> } | undefined>();

  constructor(private readonly ctx: RowContext) {
    for (const c of ctx.layout.columns) {
      if (c.role.kind === 'indicator') this.indicatorColumns.push(c);
      else if (c.role.kind === 'rowDimension') this.rowDimensions.push(c);
      else this.col[c.role.kind] ??= c;
    }
  }

  /** True when the file says the period per row. */
  get hasPeriodColumn(): boolean {
    return this.col.period !== undefined;
  }

  read(rowNumber: number, cells: readonly Cell[]): RowResult {
    const result: RowResult = { records: [], issues: [], rounded: 0, skipped: false };
    const cell = (c: LayoutColumn | undefined): Cell => (c ? (cells[c.index] ?? null) : null);
    const place = (c: LayoutColumn | undefined, value?: Cell) => ({
      row: rowNumber,
      field: c?.label,
      value: value === undefined ? undefined : cellDisplay(value),
    });
    const codeCol = this.col.unitCode!;
    const codeCell = cell(codeCol);
    const nameCell = cell(this.col.unitName);
    const valueCells = this.ctx.layout.layout === 'long' ? [this.col.value] : this.indicatorColumns;
    const hasValues = valueCells.some((c) => !isEmptyCell(cell(c)));
    if (isEmptyCell(codeCell)) {
      const name = foldVietnamese(cellDisplay(nameCell));
      if (!hasValues || TOTAL_ROW.test(name)) return { ...result, skipped: true };
      result.issues.push(valueIssue('required', place(codeCol), 'the unit code is empty', 'mã đơn vị bị để trống'));
      return result;
    }
    // Hostile text anywhere in the row is refused before anything is read from it.
    for (const [i, c] of cells.entries()) {
      if (typeof c === 'string' && hasControlCharacter(c)) {
        const column = this.ctx.layout.columns.find((x) => x.index === i);
        result.issues.push(
          valueIssue(
            'control_character',
            { row: rowNumber, field: column?.label ?? `#${i + 1}`, value: JSON.stringify(c) },
            'contains a control or invisible character',
            'có ký tự điều khiển hoặc ký tự ẩn',
          ),
        );
      }
    }
    if (result.issues.length > 0) return result;
    if (TOTAL_ROW.test(foldVietnamese(cellDisplay(codeCell)))) return { ...result, skipped: true };

    // A code a spreadsheet stored as a number (1843) is read as written, then padded like any code.
    const read = readUnitCode(typeof codeCell === 'number' && Number.isInteger(codeCell) ? String(codeCell) : cellDisplay(codeCell), {
      row: rowNumber,
      field: codeCol.label,
    });
    if (!read.ok || read.value === undefined) {
      if (!read.ok) result.issues.push(read.issue);
      return result;
    }
    const code = read.value;
    const period = this.readPeriod(rowNumber, cells, result);
    const series = this.readSeries(rowNumber, cells, result);
    const reportedOn = this.readReportedOn(rowNumber, cells, result);
    if (!period || !series || reportedOn === null) return result;

    const unit = this.resolveUnit(code, period, rowNumber, codeCol, codeCell, nameCell, result);
    if (!unit) return result;
    const rowBreakdown = this.readRowDimensions(rowNumber, cells, result);
    if (!rowBreakdown) return result;

    if (this.ctx.layout.layout === 'long') {
      const target = this.readLongIndicator(rowNumber, cells, result);
      if (!target) return result;
      const breakdown = this.readLongBreakdown(target.indicator, rowNumber, cells, result);
      if (!breakdown) return result;
      // A part the indicator does not have is the breakdown cell's fault, not the value's.
      const partColumn = Object.keys(breakdown).length > 0 ? this.col.breakdown : undefined;
      this.readValue(result, {
        row: rowNumber,
        column: this.col.value!,
        cell: cell(this.col.value),
        unit,
        period,
        series,
        reportedOn,
        indicatorCode: target.indicator,
        breakdown: { ...target.breakdown, ...breakdown, ...rowBreakdown },
        partColumn,
        partCell: cell(this.col.breakdown),
      });
    } else {
      for (const c of this.indicatorColumns) {
        const v = cell(c);
        if (isEmptyCell(v)) continue;
        const role = c.role as Extract<ColumnRole, { kind: 'indicator' }>;
        this.readValue(result, {
          row: rowNumber,
          column: c,
          cell: v,
          unit,
          period,
          series: role.series ?? series,
          reportedOn,
          indicatorCode: role.indicator,
          breakdown: { ...role.breakdown, ...rowBreakdown },
        });
      }
    }
    return result;
  }

  private readonly spans = new Map<Period, { from: string; to: string }>();
  /** First and last day of a period (periods are cached objects, so this is a lookup per row). */
  private span(period: Period): { from: string; to: string } {
    let span = this.spans.get(period);
    if (!span) {
      span = { from: periodStart(period), to: periodEnd(period) };
      this.spans.set(period, span);
    }
    return span;
  }

  private readPeriod(row: number, cells: readonly Cell[], result: RowResult): Period | undefined {
    const c = this.col.period;
    const raw = c ? (cells[c.index] ?? null) : null;
    if (!c || isEmptyCell(raw)) {
      if (this.ctx.defaultPeriod) return this.ctx.defaultPeriod;
      result.issues.push(
        valueIssue(
          'missing_period',
          { row, field: c?.label ?? 'Kỳ báo cáo' },
          'no period: add a column "Kỳ báo cáo", or give the period of the file (--period)',
          'không có kỳ báo cáo: thêm cột "Kỳ báo cáo", hoặc chọn kỳ của tệp (--period)',
        ),
      );
      return undefined;
    }
    const text = typeof raw === 'number' && Number.isInteger(raw) ? String(raw) : cellDisplay(raw).trim();
    let p = this.periods.get(text);
    if (!this.periods.has(text)) {
      try {
        p = parseUserPeriod(text);
      } catch {
        p = undefined;
      }
      this.periods.set(text, p);
    }
    if (!p) {
      result.issues.push(
        valueIssue(
          'bad_period',
          { row, field: c.label, value: text },
          'is not a period (2024, 2024S1, 2024Q3, 2024M07, "Quý III/2024", "Tháng 7/2024")',
          'không phải kỳ báo cáo (2024, 2024S1, 2024Q3, 2024M07, "Quý III/2024", "Tháng 7/2024")',
        ),
      );
    }
    return p;
  }

  private readSeries(row: number, cells: readonly Cell[], result: RowResult): Series | undefined {
    const c = this.col.series;
    const raw = c ? (cells[c.index] ?? null) : null;
    if (!c || isEmptyCell(raw)) return this.ctx.defaultSeries;
    const key = foldHeader(cellDisplay(raw));
    if (['thuchien', 'th', 'actual', 'ketqua'].includes(key)) return 'actual';
    if (['kehoach', 'kh', 'plan', 'chitieukehoach'].includes(key)) return 'plan';
    result.issues.push(
      valueIssue('bad_series', { row, field: c.label, value: cellDisplay(raw) }, 'must be "Thực hiện" or "Kế hoạch"', 'phải là "Thực hiện" hoặc "Kế hoạch"'),
    );
    return undefined;
  }

  /** The as-of date; undefined when not given, null when refused. */
  private readReportedOn(row: number, cells: readonly Cell[], result: RowResult): string | undefined | null {
    const c = this.col.reportedOn;
    const raw = c ? (cells[c.index] ?? null) : null;
    if (!c || isEmptyCell(raw)) return undefined;
    const date = readDateCell(raw);
    if (date) return date;
    result.issues.push(valueIssue('bad_date', { row, field: c.label, value: cellDisplay(raw) }, 'is not a date dd/mm/yyyy', 'không phải ngày dạng dd/mm/yyyy'));
    return null;
  }

  private resolveUnit(
    code: string,
    period: Period,
    row: number,
    codeCol: LayoutColumn,
    codeCell: Cell,
    nameCell: Cell,
    result: RowResult,
  ): IndexedUnit | undefined {
    const { units } = this.ctx;
    const { from, to } = this.span(period);
    const r = units.resolve(code, from, to);
    const name = cellDisplay(nameCell).trim();
    if (!r.ok && r.reason === 'unknown') {
      const guess = name ? units.suggest(name, { code, province: this.lastProvince, from, to }) : undefined;
      const hint = guess ? `${guess.code} ${guess.fullName}` : undefined;
      result.issues.push(
        valueIssue(
          'unknown_unit',
          { row, field: codeCol.label, value: cellDisplay(codeCell) },
          `no unit has code ${code}${hint ? `; did you mean ${hint}?` : ''}`,
          `không có đơn vị mã ${code}${hint ? `; có phải ${hint}?` : ''}`,
          hint,
        ),
      );
      return undefined;
    }
    if (!r.ok) {
      const v = r.versions[r.versions.length - 1]!;
      const span = validity(r.versions);
      result.issues.push(
        valueIssue(
          'unit_not_in_force',
          { row, field: codeCol.label, value: code },
          `${v.fullName} (${code}) was not in force in ${formatPeriod(period)} (${span.en})`,
          `${v.fullName} (${code}) không còn hoặc chưa có hiệu lực trong ${periodLabel(period, 'vi')} (${span.vi})`,
        ),
      );
      return undefined;
    }
    if (name && this.col.unitName && !units.nameMatches(code, name)) {
      result.issues.push(
        valueIssue(
          'name_mismatch',
          { row, field: this.col.unitName.label, value: name },
          `code ${code} is ${r.unit.fullName}, not "${name}"; check the code`,
          `mã ${code} là ${r.unit.fullName}, không phải "${name}"; hãy kiểm tra lại mã`,
        ),
      );
      return undefined;
    }
    this.lastProvince = units.provinceOf(r.unit);
    return r.unit;
  }

  private readRowDimensions(row: number, cells: readonly Cell[], result: RowResult): Record<string, string> | undefined {
    const breakdown: Record<string, string> = {};
    for (const c of this.rowDimensions) {
      const raw = cells[c.index] ?? null;
      if (isEmptyCell(raw)) continue;
      const dimension = (c.role as Extract<ColumnRole, { kind: 'rowDimension' }>).dimension;
      const value = this.dimensionValue(dimension, cellDisplay(raw));
      if (!value) {
        const d = this.ctx.catalogue.dimensionByCode.get(dimension);
        const allowed = d?.values.map((o) => o.vi).join(', ') ?? '';
        result.issues.push(
          valueIssue(
            'unknown_dimension_value',
            { row, field: c.label, value: cellDisplay(raw) },
            `must be one of: ${allowed}`,
            `phải là một trong: ${allowed}`,
          ),
        );
        return undefined;
      }
      breakdown[dimension] = value;
    }
    return breakdown;
  }

  private dimensionValue(dimension: string, text: string): string | undefined {
    const d = this.ctx.catalogue.dimensionByCode.get(dimension);
    const key = foldHeader(text);
    return d?.values.find(
      (o) => foldHeader(o.value) === key || foldHeader(o.vi) === key || foldHeader(o.en) === key || foldHeader(o.vi.replace(/\s*\(.*\)$/, '')) === key,
    )?.value;
  }

  private readLongIndicator(row: number, cells: readonly Cell[], result: RowResult) {
    const c = this.col.indicatorName!;
    const text = cellDisplay(cells[c.index] ?? null).trim();
    if (!text) {
      result.issues.push(valueIssue('required', { row, field: c.label }, 'the indicator is empty', 'chỉ tiêu bị để trống'));
      return undefined;
    }
    if (!this.longIndicators.has(text)) {
      const byCode = this.ctx.catalogue.byCode.get(text);
      const role = byCode ? undefined : matchHeader(text, this.ctx.aliases);
      this.longIndicators.set(
        text,
        byCode
          ? { indicator: byCode.code, breakdown: {} }
          : role?.kind === 'indicator'
            ? { indicator: role.indicator, breakdown: { ...role.breakdown } }
            : undefined,
      );
    }
    const target = this.longIndicators.get(text);
    if (!target)
      result.issues.push(
        valueIssue('unknown_indicator', { row, field: c.label, value: text }, 'is not an indicator of the catalogue', 'không phải chỉ tiêu trong danh mục'),
      );
    return target;
  }

  private readLongBreakdown(indicatorCode: string, row: number, cells: readonly Cell[], result: RowResult): Record<string, string> | undefined {
    const c = this.col.breakdown;
    const raw = c ? cellDisplay(cells[c.index] ?? null).trim() : '';
    if (!c || !raw || ['tong', 'tongso', 'total', 'chung'].includes(foldHeader(raw))) return {};
    const explicit = /^([a-z_]+)\s*=\s*([a-z0-9_]+)$/i.exec(raw);
    if (explicit) return { [explicit[1]!.toLowerCase()]: explicit[2]!.toLowerCase() };
    const ind = this.ctx.catalogue.byCode.get(indicatorCode);
    for (const d of ind?.disaggregations ?? []) {
      const value = this.dimensionValue(d.dimension, raw);
      if (value) return { [d.dimension]: value };
    }
    const allowed = (ind?.disaggregations ?? []).flatMap((d) => d.values).join(', ') || '—';
    result.issues.push(
      valueIssue(
        'unknown_dimension_value',
        { row, field: c.label, value: raw },
        `${indicatorCode} has no part "${raw}" (parts: ${allowed})`,
        `${indicatorCode} không có phân tổ "${raw}" (các phân tổ: ${allowed})`,
      ),
    );
    return undefined;
  }

  private readValue(
    result: RowResult,
    a: {
      row: number;
      column: LayoutColumn;
      cell: Cell;
      unit: IndexedUnit;
      period: Period;
      series: Series;
      reportedOn: string | undefined;
      indicatorCode: string;
      breakdown: Record<string, string>;
      /** The column the breakdown was read from (long layout), and its cell. */
      partColumn?: LayoutColumn | undefined;
      partCell?: Cell;
    },
  ): void {
    const ind = this.ctx.catalogue.byCode.get(a.indicatorCode)!;
    const place = { row: a.row, field: a.column.label, value: cellDisplay(a.cell) };
    if (isEmptyCell(a.cell)) return;
    if (!(ind.levels as readonly string[]).includes(a.unit.level)) {
      const levels = ind.levels.map((l) => LEVEL_VI[l]).join(', ');
      result.issues.push(
        valueIssue(
          'wrong_level',
          place,
          `${ind.code} is collected for ${ind.levels.join(', ')}, not for a ${a.unit.level} (${a.unit.code})`,
          `chỉ tiêu "${ind.name.vi}" thu thập cho cấp ${levels}, không cho ${LEVEL_VI[a.unit.level]} (${a.unit.code})`,
        ),
      );
      return;
    }
    if (PERIOD_TYPES.indexOf(a.period.type) > PERIOD_TYPES.indexOf(ind.periodType)) {
      result.issues.push(
        valueIssue(
          'period_too_fine',
          place,
          `${ind.code} is reported per ${ind.periodType} at the finest, not per ${a.period.type} (${formatPeriod(a.period)})`,
          `chỉ tiêu "${ind.name.vi}" báo cáo theo ${PERIOD_VI[ind.periodType]}, không theo ${PERIOD_VI[a.period.type]} (${periodLabel(a.period, 'vi')})`,
        ),
      );
      return;
    }
    if (a.series === 'actual' && this.span(a.period).from > this.ctx.today) {
      result.issues.push(
        valueIssue(
          'future_period',
          place,
          `${formatPeriod(a.period)} has not begun: actual figures cannot be given for it`,
          `${periodLabel(a.period, 'vi')} chưa bắt đầu: chưa thể có số liệu thực hiện`,
        ),
      );
      return;
    }
    const breakdownErrors = validateBreakdown(ind, a.breakdown);
    if (breakdownErrors.length > 0) {
      const partPlace = a.partColumn ? { row: a.row, field: a.partColumn.label, value: cellDisplay(a.partCell ?? null) } : place;
      for (const e of breakdownErrors) result.issues.push(valueIssue(e.code, partPlace, e.message, e.messageVi));
      return;
    }
    const typed = this.typedValue(ind, a.cell, result, place);
    if (typed === undefined) return;
    const check = validateValue(ind, typed);
    if (!check.ok) {
      result.issues.push(valueIssue(check.error.code, place, check.error.message, check.error.messageVi));
      return;
    }
    result.records.push({
      unitId: a.unit.id,
      indicatorCode: ind.code,
      period: formatPeriod(a.period),
      breakdown: formatBreakdown(a.breakdown),
      series: a.series,
      value: check.value,
      reportedOn: a.reportedOn,
      sourceRow: a.row,
      field: a.column.label,
    });
  }

  private typedValue(ind: IndicatorDef, cell: Cell, result: RowResult, place: { row: number; field: string; value: string }): IndicatorValue | undefined {
    if (ind.valueType === 'boolean') {
      const b = readBooleanCell(cell);
      if (b === undefined)
        result.issues.push(valueIssue('wrong_type', place, 'must be yes or no (Có/Không, x, 1/0)', 'phải là Có hoặc Không (Có/Không, x, 1/0)'));
      return b;
    }
    if (ind.valueType === 'enum') {
      const key = foldHeader(cellDisplay(cell));
      const option = (ind.options ?? []).find((o) => foldHeader(o.value) === key || foldHeader(o.vi) === key || foldHeader(o.en) === key);
      if (option) return option.value;
      const allowed = (ind.options ?? []).map((o) => o.vi).join(', ');
      result.issues.push(valueIssue('unknown_option', place, `must be one of: ${allowed}`, `phải là một trong: ${allowed}`));
      return undefined;
    }
    const n = readNumberCell(cell);
    if (!n.ok) {
      result.issues.push(valueIssue('wrong_type', place, 'must be a number (e.g. 1.463,5)', 'phải là một số (ví dụ 1.463,5)'));
      return undefined;
    }
    if (n.percent && ind.valueType !== 'percent') {
      result.issues.push(
        valueIssue('wrong_type', place, `must be a number of ${ind.unit.en}, not a percentage`, `phải là số ${ind.unit.vi}, không phải tỷ lệ phần trăm`),
      );
      return undefined;
    }
    // A spreadsheet number off by binary floating-point noise (0.1 + 0.2) is rounded to the indicator's
    // decimals; a real extra decimal (2.5 for a count, 66.67 for one decimal) is refused like typed text.
    if (typeof cell === 'number' || (typeof cell === 'object' && cell !== null && !(cell instanceof Date))) {
      const rounded = Number(n.value.toFixed(ind.decimals));
      if (rounded !== n.value && Math.abs(rounded - n.value) <= 1e-9 * Math.max(1, Math.abs(n.value))) {
        result.rounded++;
        return rounded;
      }
    }
    return n.value;
  }
}

const PERIOD_VI: Record<Period['type'], string> = { year: 'năm', half: '6 tháng', quarter: 'quý', month: 'tháng' };

function validity(versions: readonly IndexedUnit[]): { en: string; vi: string } {
  const from = versions[0]!.validFrom;
  const to = versions[versions.length - 1]!.validTo;
  const vi = (d: string) => `${d.slice(8, 10)}/${d.slice(5, 7)}/${d.slice(0, 4)}`;
  if (from && to) return { en: `in force ${vi(from)}–${vi(to)}`, vi: `hiệu lực ${vi(from)}–${vi(to)}` };
  if (to) return { en: `ceased after ${vi(to)}`, vi: `hết hiệu lực sau ${vi(to)}` };
  return { en: `in force from ${vi(from!)}`, vi: `có hiệu lực từ ${vi(from!)}` };
}
