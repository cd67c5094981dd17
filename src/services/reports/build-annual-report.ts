/**
 * buildAnnualReport: the annual (six-month, quarterly) review of a province, written from the approved
 * figures (issue #7). Checks the request (every problem named by field), reads the data the sections
 * need, reports its progress step by step and composes the document; the CLI, the HTTP API and the web
 * page all call this function, then lay the document out with the renderers.
 */
import { composeAnnualReport } from '../../domain/reports/compose-report.ts';
import type { ReportData } from '../../domain/reports/report-data.ts';
import {
  REPORT_SECTIONS,
  type AnnualReportRequest,
  type ReportDocument,
  type ReportProgress,
  type ReportSectionId,
} from '../../domain/reports/report-types.ts';
import { periodLabel } from '../../domain/periods/period-text.ts';
import { MAX_YEAR, MIN_YEAR, periodEnd, periodStart, tryParsePeriod, PERIOD_FORMS } from '../../domain/periods/period.ts';
import { isIsoDate, todayInVietnam } from '../../domain/units/dates.ts';
import { findUnitVersions } from '../../db/queries/units/find-unit-versions.ts';
import { requireAction } from '../access/principal.ts';
import type { ServiceContext } from '../context.ts';
import { AppError, invalidInput, unitNotFound, type ErrorDetail } from '../errors.ts';
import { yearEarlier } from '../criteria/summarize-criteria.ts';
import { isDemoLoaded, needsOf, readReportCoverage, readReportCriteria, readReportFigures, type ReportScope } from './read-report-data.ts';

/** Called as the build moves on. */
export type ReportProgressListener = (progress: ReportProgress) => void;

const TEXT_LIMITS = { number: 30, agency: 200, signer: 100, recipient: 200, recipients: 30 } as const;

/** Builds the report document; throws invalid_input naming the field, not_found for an unknown province. */
export async function buildAnnualReport(
  ctx: ServiceContext,
  input: AnnualReportRequest,
  onProgress: ReportProgressListener = () => {},
  extraSteps = 0,
): Promise<ReportDocument> {
  requireAction(ctx, 'reports.build');
  const request = checkRequest(input);
  const needs = needsOf(request.sections);
  const steps = 2 + (needs.figures ? 1 : 0) + (needs.criteria ? 1 : 0) + (needs.coverage ? 1 : 0) + extraSteps;
  let step = 0;
  const progress = (vi: string, en: string) => onProgress({ step: ++step, steps, label: { vi, en } });

  progress('Xác định đơn vị và kỳ báo cáo', 'Finding the province and period');
  const scope = await resolveScope(ctx, request);
  const figures = needs.figures ? (progress('Đọc số liệu các chỉ tiêu', 'Reading the figures'), await readReportFigures(ctx, scope)) : new Map();
  const criteria = needs.criteria
    ? (progress('Đánh giá tiêu chí nông thôn mới của các xã', 'Evaluating the communes against the criterion'),
      await readReportCriteria(ctx, scope, request.compareYear))
    : null;
  let coverage = null;
  let coverageEarlier = null;
  if (needs.coverage) {
    progress('Tổng hợp thôn, bản chưa có sóng băng rộng di động', 'Listing the villages without mobile broadband');
    coverage = await readReportCoverage(ctx, scope.area.code, scope.at);
    const earlier = yearEarlier(scope.at);
    // A province formed on 01/07/2025 did not exist a year earlier under its code: then there is no earlier list.
    coverageEarlier =
      earlier >= '2016-01-01'
        ? await readReportCoverage(ctx, scope.area.code, earlier).catch((error: unknown) => {
            if (error instanceof AppError && (error.code === 'invalid_input' || error.code === 'unit_not_found')) return null;
            throw error;
          })
        : null;
  }
  progress('Soạn nội dung báo cáo', 'Writing the report');
  const data: ReportData = { ...scope, figures, criteria, coverage, coverageEarlier, demo: await isDemoLoaded(ctx) };
  return composeAnnualReport(data, request, new Date().toISOString());
}

/** How many steps a build of these sections reports (before any rendering step). */
export function countBuildSteps(sections: readonly ReportSectionId[]): number {
  const n = needsOf(sections);
  return 2 + (n.figures ? 1 : 0) + (n.criteria ? 1 : 0) + (n.coverage ? 1 : 0);
}

type CheckedRequest = AnnualReportRequest & { province: string | null; sections: ReportSectionId[]; date: string };

/** Checks and completes a request; every problem is listed with its field. */
export function checkRequest(input: AnnualReportRequest): CheckedRequest {
  const details: ErrorDetail[] = [];
  const bad = (field: string, value: unknown, message: string, messageVi: string) => details.push({ field, value: String(value), message, messageVi });
  const today = todayInVietnam();
  // No province: the whole country.
  const country = input.province === null || input.province === undefined || String(input.province).trim() === '';
  if (!country && !/^\d{2}$/.test(String(input.province).trim())) {
    bad('province', input.province, 'a province code has two digits (e.g. 14)', 'mã tỉnh gồm hai chữ số (ví dụ 14)');
  }
  const p = typeof input.period === 'string' ? tryParsePeriod(input.period.trim()) : undefined;
  if (!p) bad('period', input.period, `expected ${PERIOD_FORMS}`, 'cần dạng YYYY, YYYYS1–S2 hoặc YYYYQ1–Q4');
  else if (p.type === 'month') bad('period', input.period, 'a report covers a year, six months or a quarter', 'báo cáo theo năm, 6 tháng hoặc quý');
  else if (periodStart(p) > today) bad('period', input.period, 'the period has not begun', 'kỳ báo cáo chưa bắt đầu');
  const sections = input.sections === undefined ? [...REPORT_SECTIONS] : [...new Set(input.sections)];
  for (const s of sections)
    if (!(REPORT_SECTIONS as readonly string[]).includes(s))
      bad('sections', s, `unknown section (one of ${REPORT_SECTIONS.join(', ')})`, `phần không có (một trong ${REPORT_SECTIONS.join(', ')})`);
  if (sections.length === 0) bad('sections', '', 'pick at least one section', 'chọn ít nhất một phần');
  const date = input.date ?? today;
  if (!isIsoDate(date)) bad('date', date, 'a date YYYY-MM-DD', 'ngày dạng YYYY-MM-DD');
  else if (p && date < periodStart(p))
    bad('date', date, 'the document cannot be dated before its period begins', 'ngày văn bản không thể trước ngày bắt đầu kỳ báo cáo');
  if (
    input.compareYear !== undefined &&
    (!Number.isInteger(input.compareYear) || input.compareYear < MIN_YEAR || input.compareYear > MAX_YEAR || (p && input.compareYear >= p.year))
  )
    bad('compareYear', input.compareYear, 'a year before the report’s year', 'một năm trước năm báo cáo');
  const text = (field: string, value: unknown, max: number) => {
    if (value === undefined) return;
    if (typeof value !== 'string') bad(field, value, 'must be text', 'phải là chuỗi ký tự');
    else if (value.length > max || /[\u0000-\u001f\u007f]/.test(value))
      bad(field, value.slice(0, 40), `at most ${max} characters, one line`, `tối đa ${max} ký tự, một dòng`);
  };
  text('number', input.number, TEXT_LIMITS.number);
  text('agency.superior', input.agency?.superior, TEXT_LIMITS.agency);
  text('agency.name', input.agency?.name, TEXT_LIMITS.agency);
  text('agency.symbol', input.agency?.symbol, 20);
  text('signer.authority', input.signer?.authority, TEXT_LIMITS.signer);
  text('signer.position', input.signer?.position, TEXT_LIMITS.signer);
  text('signer.name', input.signer?.name, TEXT_LIMITS.signer);
  if (input.recipients !== undefined) {
    if (!Array.isArray(input.recipients) || input.recipients.length > TEXT_LIMITS.recipients)
      bad('recipients', '', `at most ${TEXT_LIMITS.recipients} lines`, `tối đa ${TEXT_LIMITS.recipients} dòng`);
    else input.recipients.forEach((r, i) => text(`recipients[${i}]`, r, TEXT_LIMITS.recipient));
  }
  if (details.length > 0)
    throw invalidInput(
      `the report request is not valid: ${details.map((d) => `${d.field} ${d.message}`).join('; ')}`,
      `yêu cầu báo cáo không hợp lệ: ${details.map((d) => `${d.field} ${d.messageVi}`).join('; ')}`,
      details,
    );
  return {
    ...input,
    province: country ? null : String(input.province).trim(),
    period: (input.period as string).trim(),
    sections: REPORT_SECTIONS.filter((s) => sections.includes(s)),
    date,
  };
}

/** The province version in force on the report's date of units (the period's end, or today within it), or the country. */
async function resolveScope(ctx: ServiceContext, request: CheckedRequest): Promise<ReportScope & Pick<ReportData, 'date'>> {
  const p = tryParsePeriod(request.period)!;
  const today = todayInVietnam();
  const end = periodEnd(p);
  const at = end < today ? end : today;
  const period = { code: request.period, label: periodLabel(p, 'vi'), start: periodStart(p), end, year: p.year };
  if (request.province === null) return { area: { code: null, name: 'Việt Nam', fullName: 'cả nước', typeCode: null }, period, at, date: request.date };
  const versions = await findUnitVersions(ctx.db, request.province);
  if (versions.length === 0) throw unitNotFound(request.province);
  const unit = versions.find((v) => (v.validFrom === null || v.validFrom <= at) && (v.validTo === null || v.validTo >= at));
  if (!unit || unit.level !== 'province') {
    const reason = !unit ? `not in force on ${at}` : 'not a province';
    throw invalidInput(
      `unit ${request.province} is ${reason}`,
      `đơn vị ${request.province} ${!unit ? `không có hiệu lực ngày ${at}` : 'không phải cấp tỉnh'}`,
      [{ field: 'province', value: request.province, message: reason, messageVi: !unit ? 'không có hiệu lực vào cuối kỳ báo cáo' : 'không phải cấp tỉnh' }],
    );
  }
  return {
    area: { code: unit.code, name: unit.name, fullName: unit.fullName, typeCode: unit.typeCode },
    period,
    at,
    date: request.date,
  };
}
