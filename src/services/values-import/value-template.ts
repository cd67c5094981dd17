/**
 * Templates for values files: one row per unit of the chosen area (the communes of a province, the
 * villages of a commune, or the province itself), one column per indicator of the chosen indicator set,
 * Vietnamese headers as the import reads them, and a sheet explaining every column.
 */
import ExcelJS from 'exceljs';
import { stringify } from 'csv-stringify/sync';
import { findUnitVersions } from '../../db/queries/units/find-unit-versions.ts';
import { listDescendants } from '../../db/queries/units/list-descendants.ts';
import { SECTOR_CATALOGUE } from '../../domain/indicators/sector-catalogue.ts';
import { INDICATOR_AREA_NAMES, INDICATOR_AREAS, type IndicatorArea, type IndicatorDef, type IndicatorLevel } from '../../domain/indicators/indicator-types.ts';
import { valueBounds } from '../../domain/indicators/validate-value.ts';
import { periodLabel } from '../../domain/periods/period-text.ts';
import { isInForce } from '../../domain/units/dates.ts';
import { formatPeriod, periodEnd } from '../../domain/periods/period.ts';
import type { ServiceContext } from '../context.ts';
import { invalidInput, unitNotFound } from '../errors.ts';
import { readPeriodInput } from '../values/period-input.ts';

export interface TemplateRequest {
  area: IndicatorArea;
  /** The province or commune whose units the rows list. */
  unit: string;
  period: string;
  format: 'xlsx' | 'csv';
  /** The level of the rows when the area has indicators at several levels (default: the finest under `unit`). */
  level?: IndicatorLevel;
}

export interface TemplateFile {
  fileName: string;
  contentType: string;
  bytes: Buffer;
}

const LEVEL_VI: Record<IndicatorLevel, string> = { village: 'thôn', commune: 'xã', province: 'tỉnh' };

/** The Vietnamese header of an indicator column (or of one part of it), as the import reads it back. */
export function templateHeader(ind: IndicatorDef, part?: { dimension: string; value: string }): string {
  const unit = ind.valueType === 'boolean' || ind.valueType === 'enum' ? '' : ` (${ind.unit.vi})`;
  if (!part) return `${ind.name.vi}${unit}`;
  const option = SECTOR_CATALOGUE.dimensionByCode.get(part.dimension)?.values.find((o) => o.value === part.value);
  return `${ind.name.vi} – ${option?.vi ?? part.value}${unit}`;
}

function howToFill(ind: IndicatorDef): string {
  if (ind.valueType === 'boolean') return 'Có / Không (để trống nếu chưa có số liệu)';
  if (ind.valueType === 'enum') return `Một trong: ${(ind.options ?? []).map((o) => o.vi).join('; ')}`;
  const b = valueBounds(ind);
  const range = [b.min !== undefined ? `≥ ${b.min}` : '', b.max !== undefined ? `≤ ${b.max}` : ''].filter(Boolean).join(', ');
  const kind = ind.valueType === 'count' ? 'Số nguyên' : ind.valueType === 'percent' ? 'Tỷ lệ %, ví dụ 96,5' : `Số, tối đa ${ind.decimals} chữ số thập phân`;
  return `${kind}${range ? ` (${range})` : ''}; đơn vị: ${ind.unit.vi}`;
}

/** Builds a template file for an area's indicators and a province's or commune's units. */
export async function buildValueTemplate(ctx: ServiceContext, req: TemplateRequest): Promise<TemplateFile> {
  if (!INDICATOR_AREAS.includes(req.area)) {
    throw invalidInput(`unknown indicator set "${req.area}" (one of ${INDICATOR_AREAS.join(', ')})`, `không có nhóm chỉ tiêu "${req.area}"`);
  }
  const period = readPeriodInput(req.period);
  if (!period) throw invalidInput('a period is required', 'cần chọn kỳ báo cáo');
  const date = periodEnd(period);
  const versions = await findUnitVersions(ctx.db, req.unit);
  const scope = versions.find((v) => isInForce(v.validFrom, v.validTo, date)) ?? versions[versions.length - 1];
  if (!scope) throw unitNotFound(req.unit);
  const areaIndicators = SECTOR_CATALOGUE.indicators.filter((i) => i.area === req.area && PERIOD_ORDER[i.periodType] >= PERIOD_ORDER[period.type]);
  const levels = [...new Set(areaIndicators.flatMap((i) => i.levels))] as IndicatorLevel[];
  const level =
    req.level ??
    (['village', 'commune', 'province'] as const).find((l) => levels.includes(l) && l !== scope.level && canList(scope.level, l)) ??
    (levels.includes(scope.level as IndicatorLevel) ? (scope.level as IndicatorLevel) : levels[0]);
  if (!level) throw invalidInput(`no indicator of ${req.area} is reported per ${period.type}`, `không có chỉ tiêu nào của nhóm này báo cáo theo kỳ đã chọn`);
  const indicators = areaIndicators.filter((i) => i.levels.includes(level) && !(i.aggregation.kind === 'ratio_of_sums' && level !== 'province'));
  const units = level === scope.level ? [scope] : await listDescendants(ctx.db, scope.code, level, date);
  const columns: Array<{ header: string; ind: IndicatorDef }> = [];
  for (const ind of indicators) {
    columns.push({ header: templateHeader(ind), ind });
  }
  const fixed = [`Mã ${LEVEL_VI[level]}`, `Tên ${LEVEL_VI[level]}`];
  const title = `MẪU NHẬP SỐ LIỆU: ${INDICATOR_AREA_NAMES[req.area].vi.toUpperCase()}`;
  const scopeLine = `Đơn vị: ${scope.fullName} (${scope.code}) · ${units.length} ${LEVEL_VI[level]}`;
  const periodLine = `Kỳ báo cáo: ${periodLabel(period, 'vi')}`;
  const baseName = `mau-${req.area.replace(/_/g, '-')}-${scope.code}-${formatPeriod(period)}`;
  const rows = units.map((u) => [u.code, u.fullName]);

  if (req.format === 'csv') {
    const csv = stringify([[title], [scopeLine], [periodLine], [...fixed, ...columns.map((c) => c.header)], ...rows], { delimiter: ';' });
    return {
      fileName: `${baseName}.csv`,
      contentType: 'text/csv; charset=utf-8',
      bytes: Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(csv, 'utf8')]),
    };
  }
  const wb = new ExcelJS.Workbook();
  wb.creator = 'ictmon';
  const ws = wb.addWorksheet('Số liệu');
  const width = fixed.length + columns.length;
  ws.addRow([title]).font = { bold: true, size: 13 };
  ws.mergeCells(1, 1, 1, Math.max(2, width));
  ws.addRow([scopeLine]);
  ws.addRow([periodLine]).font = { bold: true };
  ws.addRow([]);
  const header = ws.addRow([...fixed, ...columns.map((c) => c.header)]);
  header.font = { bold: true };
  header.alignment = { wrapText: true, vertical: 'middle' };
  header.height = 60;
  header.eachCell((c) => (c.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFD9E1F2' } }));
  columns.forEach((c, i) => {
    header.getCell(fixed.length + i + 1).note = `${c.ind.code}\n${howToFill(c.ind)}`;
  });
  for (const r of rows) ws.addRow(r);
  ws.getColumn(1).numFmt = '@';
  ws.getColumn(1).width = 12;
  ws.getColumn(2).width = 28;
  for (let i = 0; i < columns.length; i++) {
    const col = ws.getColumn(fixed.length + i + 1);
    col.width = 18;
    const ind = columns[i]!.ind;
    if (ind.valueType === 'boolean' || ind.valueType === 'enum') {
      const list = ind.valueType === 'boolean' ? '"Có,Không"' : `"${(ind.options ?? []).map((o) => o.vi.replace(/[",]/g, ' ')).join(',')}"`;
      for (let r = 6; r < 6 + rows.length; r++) ws.getCell(r, fixed.length + i + 1).dataValidation = { type: 'list', allowBlank: true, formulae: [list] };
    }
  }
  ws.views = [{ state: 'frozen', ySplit: 5, xSplit: 2 }];
  const help = wb.addWorksheet('Hướng dẫn');
  help.addRow(['Cột', 'Mã chỉ tiêu', 'Cách ghi', 'Căn cứ']).font = { bold: true };
  help.addRow([fixed[0], '', 'Mã đơn vị hành chính (giữ nguyên số 0 ở đầu)', 'QĐ 124/2004/QĐ-TTg; QĐ 19/2025/QĐ-TTg']);
  help.addRow([fixed[1], '', 'Tên đơn vị, để đối chiếu với mã', '']);
  for (const c of columns) help.addRow([c.header, c.ind.code, howToFill(c.ind), c.ind.source.basis]);
  help.addRow([]);
  help.addRow(['Để trống ô chưa có số liệu. Mỗi tệp chỉ nhập một kỳ; có thể thêm cột "Kỳ báo cáo" để ghi kỳ cho từng dòng. Xem docs/values-files.md.']);
  help.columns = [{ width: 50 }, { width: 38 }, { width: 60 }, { width: 60 }];
  return {
    fileName: `${baseName}.xlsx`,
    contentType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
    bytes: Buffer.from(await wb.xlsx.writeBuffer()),
  };
}

const PERIOD_ORDER = { year: 0, half: 1, quarter: 2, month: 3 } as const;

/** True when units of `level` lie under a unit of `scopeLevel`. */
function canList(scopeLevel: string, level: IndicatorLevel): boolean {
  const rank: Record<string, number> = { province: 0, district: 1, commune: 2, village: 3 };
  return (rank[level] ?? 0) > (rank[scopeLevel] ?? 0);
}
