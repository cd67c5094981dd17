/**
 * What CLI commands call. Locally it is the service functions on a database this process opened; when
 * an `ictmon serve` owns the embedded data directory, it is that server's HTTP API, so there is only
 * ever one writer.
 */
import type { ServiceContext } from '../services/context.ts';
import { AppError, type ErrorDetail } from '../services/errors.ts';
import { runDoctor, type DoctorCheck } from '../services/setup/doctor.ts';
import { getMeta, type Meta } from '../services/setup/get-meta.ts';
import { getUnit } from '../services/units/get-unit.ts';
import { listUnits, type ListUnitsInput } from '../services/units/list-units.ts';
import { searchUnits } from '../services/units/search-units.ts';
import type { UnitDetail, UnitList, UnitSearchResult } from '../services/units/unit-views.ts';
import { diffUnitsFile, importUnitsFile, type UnitsDiff, type UnitsFileInput, type UnitsImportResult } from '../services/units-import/units-file-service.ts';
import { createReadStream } from 'node:fs';
import { Readable } from 'node:stream';
import { buildErrorReport } from '../services/values-import/error-report.ts';
import type { ImportJobView } from '../services/values-import/import-jobs.ts';
import type { ImportProgress, ValueImportOptions, ValueImportResult } from '../services/values-import/import-types.ts';
import { importValuesFile } from '../services/values-import/import-values.ts';
import { buildValueTemplate, type TemplateFile, type TemplateRequest } from '../services/values-import/value-template.ts';
import { listValues, type ListValuesInput, type ValueView } from '../services/values/list-values.ts';
import type { CriteriaOverlayDef } from '../domain/criteria/criteria-types.ts';
import { listCoverageGaps, type CoverageReport } from '../services/criteria/coverage-gaps.ts';
import { evaluateUnit, getCriteriaHistory, type HistoryLine, type UnitEvaluation } from '../services/criteria/evaluate-unit.ts';
import { listOverlays, saveOverlay } from '../services/criteria/overlays.ts';
import { recordCriteria, type RecordResult } from '../services/criteria/record-criteria.ts';
import { summarizeCriteria, type CriteriaSummary } from '../services/criteria/summarize-criteria.ts';
import { runWhatIf, type WhatIfChange } from '../services/criteria/what-if.ts';
import type { DashboardResult } from '../services/analytics/analytics-types.ts';
import { importBoundaries, type BoundaryImportResult, type ImportBoundariesInput } from '../services/boundaries/import-boundaries.ts';
import { listBoundaryBatches, type BoundaryBatchView } from '../services/boundaries/list-boundary-batches.ts';
import { getDashboard, type DashboardRequest } from '../services/analytics/dashboard.ts';
import type { AnnualReportRequest, ReportProgress } from '../domain/reports/report-types.ts';
import { buildReportFile, reportFileName, type ReportFormat } from '../services/reports/build-report-file.ts';
import type { ReportJobView } from '../services/reports/report-jobs.ts';
import { explainFigure, type FigureExplanation } from '../services/analytics/explain-figure.ts';
import { streamPivot, type PivotFormat } from '../services/analytics/pivot-export.ts';
import { planPivot, type PivotRequest } from '../services/analytics/pivot.ts';
import { rebuildAnalytics, type RebuildResult } from '../services/analytics/rollups.ts';
import { streamAuditLog, type AuditFilter, type AuditFormat } from '../services/audit/audit-log.ts';
import { getValueHistory, type ValueHistory, type ValueHistoryRequest } from '../services/values/get-value-history.ts';
import { getDeadlines, listDue, setDeadline, type DeadlineRow, type DueList, type DueRequest } from '../services/review/due-list.ts';
import { closePeriod, getClosures, grantException, reopenPeriod, type ClosureRequest, type ClosureRow } from '../services/review/period-closing.ts';
import { getSubmissionDetail, listReviewQueue, type QueuePage, type QueueRequest, type SubmissionDetail } from '../services/review/review-queue.ts';
import type { SubmissionRef } from '../services/review/resolve-submissions.ts';
import { moveSubmissions, type Transition, type TransitionResult } from '../services/review/submissions.ts';

/** What the criteria commands ask for. */
export interface CriteriaRequest {
  date: string;
  setId?: string | undefined;
  parameters?: Record<string, number | boolean | null> | undefined;
}

export interface ValuesImportInput {
  path: string;
  fileName: string;
  dryRun: boolean;
  period?: string | undefined;
  series?: 'actual' | 'plan' | undefined;
  /** The decision that set the file's plan targets. */
  decision?: string | undefined;
  /** Submit the figures for review once stored. */
  submit?: boolean | undefined;
  /** Also build the XLSX error report when the file is refused. */
  wantReport: boolean;
  onProgress?: (p: ImportProgress) => void;
}

export interface Backend {
  /** "local" (this process owns the database) or the URL of the server it talks to. */
  readonly via: string;
  listUnits(input: ListUnitsInput): Promise<UnitList>;
  searchUnits(input: { q: string; at: string; limit?: number }): Promise<UnitSearchResult>;
  getUnit(input: { code: string; at: string }): Promise<UnitDetail>;
  diffUnitsFile(input: UnitsFileInput): Promise<UnitsDiff>;
  importUnitsFile(input: UnitsFileInput): Promise<UnitsImportResult>;
  importValues(input: ValuesImportInput): Promise<{ result: ValueImportResult; report?: Buffer }>;
  valueTemplate(input: TemplateRequest): Promise<TemplateFile>;
  listValues(input: ListValuesInput): Promise<{ total: number; rows: ValueView[] }>;
  evaluateCriteria(input: CriteriaRequest & { unit: string }): Promise<UnitEvaluation>;
  criteriaHistory(input: { unit: string }): Promise<{ unit: { code: string; name: string }; lines: HistoryLine[] }>;
  summarizeCriteria(input: CriteriaRequest & { province: string }): Promise<CriteriaSummary>;
  /** The pivot as a byte stream in the format asked (JSON, CSV, XLSX). */
  pivot(input: PivotRequest, format: PivotFormat, lang: 'vi' | 'en'): Promise<Readable>;
  /** Every value one figure has had, newest first. */
  valueHistory(input: ValueHistoryRequest): Promise<ValueHistory>;
  /** The audit log as a byte stream (JSON, CSV, XLSX). */
  auditLog(filter: AuditFilter, format: AuditFormat, lang: 'vi' | 'en'): Promise<Readable>;
  dashboard(input: DashboardRequest): Promise<DashboardResult>;
  explainFigure(input: {
    unit: string;
    indicator: string;
    period: string;
    at?: string | undefined;
    series?: 'actual' | 'plan' | undefined;
  }): Promise<FigureExplanation>;
  rebuildAnalytics(): Promise<RebuildResult>;
  importBoundaries(input: ImportBoundariesInput): Promise<BoundaryImportResult>;
  listBoundaryBatches(input: { limit?: number | undefined }): Promise<BoundaryBatchView[]>;
  whatIf(input: CriteriaRequest & { province: string }): Promise<{ base: CriteriaSummary; whatIf: CriteriaSummary; changed: WhatIfChange[] }>;
  coverage(input: { province: string; date: string }): Promise<CoverageReport>;
  recordCriteria(input: { province: string; date: string; setId?: string | undefined; reason?: string | undefined }): Promise<RecordResult>;
  saveOverlay(overlay: unknown): Promise<CriteriaOverlayDef>;
  listOverlays(): Promise<CriteriaOverlayDef[]>;
  getMeta(): Promise<Meta>;
  runDoctor(): Promise<DoctorCheck[]>;
  /** Review workflow (issue #6). */
  reviewQueue(input: QueueRequest): Promise<QueuePage>;
  submissionDetail(id: number): Promise<SubmissionDetail>;
  moveSubmissions(transition: Transition, refs: SubmissionRef[], reason?: string | undefined): Promise<TransitionResult>;
  due(input: DueRequest): Promise<DueList>;
  closures(period?: string | undefined): Promise<ClosureRow[]>;
  closePeriod(input: ClosureRequest): Promise<ClosureRow>;
  reopenPeriod(input: ClosureRequest): Promise<{ reopened: ClosureRow }>;
  grantException(input: ClosureRequest & { unit: string; reason: string }): Promise<ClosureRow>;
  deadlines(): Promise<DeadlineRow[]>;
  setDeadline(periodType: string, days: number): Promise<DeadlineRow[]>;
  /** The annual review as a file (issue #7), reporting the build's steps. */
  report(input: AnnualReportRequest, format: ReportFormat, onProgress: (p: ReportProgress) => void): Promise<{ bytes: Buffer; fileName: string }>;
}

/** The services, called in this process. */
export function localBackend(ctx: ServiceContext): Backend {
  return {
    via: 'local',
    report: (i, format, onProgress) => buildReportFile(ctx, i, format, onProgress),
    listUnits: (i) => listUnits(ctx, i),
    searchUnits: (i) => searchUnits(ctx, i),
    getUnit: (i) => getUnit(ctx, i),
    diffUnitsFile: (i) => diffUnitsFile(ctx, i),
    importUnitsFile: (i) => importUnitsFile(ctx, i),
    async importValues(i) {
      const options: ValueImportOptions = {
        dryRun: i.dryRun,
        period: i.period,
        series: i.series,
        ...(i.decision ? { decision: i.decision } : {}),
        ...(i.submit ? { submit: true } : {}),
        ...(i.onProgress ? { onProgress: i.onProgress } : {}),
      };
      const result = await importValuesFile(ctx, { path: i.path, fileName: i.fileName }, options);
      const report = i.wantReport && result.outcome === 'rejected' ? await buildErrorReport(i.path, result) : undefined;
      return report ? { result, report } : { result };
    },
    valueTemplate: (i) => buildValueTemplate(ctx, i),
    listValues: (i) => listValues(ctx, i),
    evaluateCriteria: (i) => evaluateUnit(ctx, i),
    criteriaHistory: (i) => getCriteriaHistory(ctx, i),
    summarizeCriteria: (i) => summarizeCriteria(ctx, { area: i.province, date: i.date, setId: i.setId, parameters: i.parameters }),
    pivot: async (i, format, lang) => streamPivot(ctx, await planPivot(ctx, i), format, lang),
    valueHistory: (i) => getValueHistory(ctx, i),
    auditLog: async (f, format, lang) => streamAuditLog(ctx, f, format, lang),
    dashboard: (i) => getDashboard(ctx, i),
    explainFigure: (i) => explainFigure(ctx, i),
    rebuildAnalytics: () => rebuildAnalytics(ctx.db, ctx.actor),
    importBoundaries: (i) => importBoundaries(ctx, i),
    listBoundaryBatches: (i) => listBoundaryBatches(ctx, i),
    whatIf: (i) => runWhatIf(ctx, { area: i.province, date: i.date, setId: i.setId, parameters: i.parameters ?? {} }),
    coverage: (i) => listCoverageGaps(ctx, { area: i.province, date: i.date }),
    recordCriteria: (i) => recordCriteria(ctx, { area: i.province, date: i.date, setId: i.setId, ...(i.reason ? { reason: i.reason } : {}) }),
    saveOverlay: (o) => saveOverlay(ctx, o),
    listOverlays: () => listOverlays(ctx),
    getMeta: () => getMeta(ctx),
    runDoctor: () => runDoctor(ctx),
    reviewQueue: (i) => listReviewQueue(ctx, i),
    submissionDetail: (id) => getSubmissionDetail(ctx, id),
    moveSubmissions: (t, refs, reason) => moveSubmissions(ctx, t, refs, reason ?? null),
    due: (i) => listDue(ctx, i),
    closures: (period) => getClosures(ctx, period),
    closePeriod: (i) => closePeriod(ctx, i),
    reopenPeriod: (i) => reopenPeriod(ctx, i),
    grantException: (i) => grantException(ctx, i),
    deadlines: () => getDeadlines(ctx),
    setDeadline: (t, d) => setDeadline(ctx, t, d),
  };
}

/** The same operations through a running server's HTTP API. */
/** A server the CLI talks to, and the credential it presents (the owner key, or an API token). */
export interface RemoteServer {
  url: string;
  /** Sent as `Authorization: Bearer …`. */
  bearer?: string | undefined;
  /** Who runs the command ("cli:user@host"), recorded by the server for owner-key requests. */
  actor?: string | undefined;
}

/** The backend of a running server's HTTP API. */
export function remoteBackend(server: RemoteServer): Backend {
  const baseUrl = server.url;
  const get = <T>(path: string, query: Record<string, string | number | undefined>) => call<T>(server, 'GET', path, query);
  const sendFile = <T>(path: string, i: UnitsFileInput) =>
    call<T>(server, 'POST', path, { fileName: i.fileName, effectiveDate: i.effectiveDate, legalBasis: i.legalBasis, kind: i.kind }, i.bytes);
  return {
    via: baseUrl,
    listUnits: (i) => get('/api/units', { at: i.at, level: i.level, parent: i.parent, limit: i.limit, offset: i.offset }),
    searchUnits: (i) => get('/api/units/search', { q: i.q, at: i.at, limit: i.limit }),
    getUnit: (i) => get(`/api/units/${encodeURIComponent(i.code)}`, { at: i.at }),
    diffUnitsFile: (i) => sendFile('/api/units/diff', i),
    importUnitsFile: (i) => sendFile('/api/units/import', i),
    importValues: (i) => remoteImportValues(server, i),
    async valueTemplate(i) {
      const res = await fetchOrFail(
        server,
        new URL(
          `/api/templates/values?${new URLSearchParams({ area: i.area, unit: i.unit, period: i.period, format: i.format, ...(i.level ? { level: i.level } : {}) })}`,
          baseUrl,
        ),
      );
      const name = /filename\*=UTF-8''([^;]+)/.exec(res.headers.get('content-disposition') ?? '')?.[1];
      return {
        fileName: name ? decodeURIComponent(name) : `template.${i.format}`,
        contentType: res.headers.get('content-type') ?? '',
        bytes: Buffer.from(await res.arrayBuffer()),
      };
    },
    listValues: (i) =>
      get('/api/values', {
        indicator: i.indicator,
        period: i.period,
        area: i.area,
        at: i.at,
        level: i.level,
        series: i.series,
        q: i.q,
        batch: i.batchId,
        limit: i.limit,
        offset: i.offset,
      }),
    evaluateCriteria: (i) => get('/api/criteria/evaluation', { unit: i.unit, date: i.date, set: i.setId, params: paramsQuery(i.parameters) }),
    criteriaHistory: (i) => get('/api/criteria/history', { unit: i.unit }),
    summarizeCriteria: (i) => get('/api/criteria/summary', { province: i.province, date: i.date, set: i.setId, params: paramsQuery(i.parameters) }),
    valueHistory: (i) =>
      get('/api/values/history', { unit: i.unit, indicator: i.indicator, period: i.period, breakdown: i.breakdown, series: i.series, at: i.at }),
    async auditLog(f, format, lang) {
      const url = new URL('/api/audit', baseUrl);
      const q: Record<string, string | undefined> = { from: f.from, to: f.to, entity: f.entity, action: f.action, actor: f.actor, format, lang };
      for (const [k, v] of Object.entries(q)) if (v !== undefined && v !== '') url.searchParams.set(k, v);
      const res = await fetchOrFail(server, url);
      return Readable.fromWeb(res.body! as import('node:stream/web').ReadableStream<Uint8Array>);
    },
    async pivot(i, format, lang) {
      const url = new URL('/api/analytics/pivot', baseUrl);
      const q: Record<string, string | undefined> = {
        indicators: i.indicators.join(','),
        level: i.level,
        periods: i.periods.join(','),
        parent: i.parent,
        units: i.units?.join(','),
        at: i.at,
        series: i.series,
        breakdown: i.breakdown,
        compare: i.compare === undefined ? undefined : String(i.compare),
        format,
        lang,
      };
      for (const [k, v] of Object.entries(q)) if (v !== undefined && v !== '') url.searchParams.set(k, v);
      const res = await fetchOrFail(server, url);
      return Readable.fromWeb(res.body! as import('node:stream/web').ReadableStream<Uint8Array>);
    },
    dashboard: (i) => get('/api/analytics/dashboard', { unit: i.unit, year: i.year, at: i.at }),
    explainFigure: (i) => get('/api/analytics/explain', { unit: i.unit, indicator: i.indicator, period: i.period, at: i.at, series: i.series }),
    rebuildAnalytics: () => sendJson(server, 'POST', '/api/analytics/rebuild', {}),
    importBoundaries: (i) =>
      call(server, 'POST', '/api/boundaries', { fileName: i.fileName, at: i.at, codeField: i.codeField, level: i.level, object: i.object }, i.bytes),
    listBoundaryBatches: async (i) => (await get<{ items: BoundaryBatchView[] }>('/api/boundaries/batches', { limit: i.limit })).items,
    whatIf: (i) =>
      sendJson(server, 'POST', '/api/criteria/what-if', {
        province: i.province,
        date: i.date,
        ...(i.setId ? { set: i.setId } : {}),
        parameters: i.parameters ?? {},
      }),
    coverage: (i) => get('/api/criteria/coverage', { province: i.province, date: i.date }),
    recordCriteria: (i) =>
      sendJson(server, 'POST', '/api/criteria/records', {
        province: i.province,
        date: i.date,
        ...(i.setId ? { set: i.setId } : {}),
        ...(i.reason ? { reason: i.reason } : {}),
      }),
    saveOverlay: (o) => sendJson(server, 'PUT', '/api/criteria/overlays', o),
    listOverlays: () => get('/api/criteria/overlays', {}),
    getMeta: () => get('/api/meta', {}),
    runDoctor: async () => (await get<{ checks: DoctorCheck[] }>('/api/doctor', {})).checks,
    reviewQueue: (i) =>
      get('/api/submissions', { state: i.states?.join(','), period: i.period, unit: i.unit, party: i.party, limit: i.limit, offset: i.offset }),
    submissionDetail: (id) => get(`/api/submissions/${id}`, {}),
    moveSubmissions: (t, refs, reason) => sendJson(server, 'POST', `/api/submissions/${t}`, { submissions: refs, ...(reason ? { reason } : {}) }),
    due: (i) => get('/api/due', { unit: i.unit, asOf: i.asOf, all: i.all ? 'true' : undefined }),
    closures: (period) => get('/api/periods/closures', { period }),
    closePeriod: (i) => sendJson(server, 'POST', '/api/periods/close', i),
    reopenPeriod: (i) => sendJson(server, 'POST', '/api/periods/reopen', i),
    grantException: (i) => sendJson(server, 'POST', '/api/periods/exceptions', i),
    deadlines: () => get('/api/deadlines', {}),
    setDeadline: (periodType, days) => sendJson(server, 'PUT', '/api/deadlines', { periodType, days }),
    async report(i, format, onProgress) {
      // The server builds it as a job: its steps are shown here as they come.
      let job = await sendJson<ReportJobView>(server, 'POST', '/api/reports/annual/jobs', { ...i, format: format === 'json' ? 'preview' : format });
      while (job.state === 'running') {
        if (job.progress) onProgress(job.progress);
        await new Promise((r) => setTimeout(r, 300));
        job = await get<ReportJobView>(`/api/reports/annual/jobs/${job.id}`, {});
      }
      if (job.state === 'done' && format === 'json' && job.document) {
        const doc = job.document;
        return { bytes: Buffer.from(JSON.stringify(doc), 'utf8'), fileName: reportFileName(doc, 'json') };
      }
      if (job.state === 'failed' || !job.fileName) {
        const e = job.error;
        throw new AppError(e?.code ?? 'internal', 500, e?.message ?? 'the report failed', e?.messageVi ?? 'dựng báo cáo không thành công');
      }
      const res = await fetchOrFail(server, new URL(`/api/reports/annual/jobs/${job.id}/file`, baseUrl));
      return { bytes: Buffer.from(await res.arrayBuffer()), fileName: job.fileName };
    },
  };
}

/** The headers that say who the CLI is: the bearer credential, and the user running it. */
function credentialHeaders(server: RemoteServer): Record<string, string> {
  return {
    ...(server.bearer ? { authorization: `Bearer ${server.bearer}` } : {}),
    ...(server.actor ? { 'x-ictmon-actor': server.actor } : {}),
  };
}

async function call<T>(server: RemoteServer, method: string, path: string, query: Record<string, string | number | undefined>, body?: Uint8Array): Promise<T> {
  const url = new URL(path, server.url);
  for (const [k, v] of Object.entries(query)) if (v !== undefined) url.searchParams.set(k, String(v));
  const init = body ? { method, body: Buffer.from(body), headers: { 'content-type': 'application/octet-stream' } } : { method };
  const res = await fetchOrFail(server, url, init);
  return (await res.json().catch(() => ({}))) as T;
}

const paramsQuery = (p: Record<string, unknown> | undefined) => (p && Object.keys(p).length > 0 ? JSON.stringify(p) : undefined);

/** One JSON request to a server's API (no body: none sent); the server's error, in its words, on failure. */
export async function sendJson<T>(server: RemoteServer, method: string, path: string, body?: unknown): Promise<T> {
  const init: RequestInit = body === undefined ? { method } : { method, body: JSON.stringify(body), headers: { 'content-type': 'application/json' } };
  const res = await fetchOrFail(server, new URL(path, server.url), init);
  return (await res.json().catch(() => ({}))) as T;
}

/** A request that must succeed; the server's error, in its words, otherwise. */
async function fetchOrFail(server: RemoteServer, url: URL, init?: RequestInit): Promise<Response> {
  let res: Response;
  try {
    res = await fetch(url, { ...init, headers: { ...credentialHeaders(server), ...(init?.headers as Record<string, string> | undefined) } });
  } catch (err) {
    throw new AppError(
      'server_unreachable',
      503,
      `the ictmon server at ${server.url} does not answer: ${(err as Error).message}`,
      `máy chủ ictmon tại ${server.url} không trả lời`,
    );
  }
  if (!res.ok) {
    const json = (await res.json().catch(() => ({}))) as { error?: { code: string; message: string; messageVi?: string; details?: ErrorDetail[] } };
    const e = json.error;
    throw new AppError(
      e?.code ?? 'http_error',
      res.status,
      e?.message ?? `HTTP ${res.status}`,
      e?.messageVi ?? e?.message ?? `HTTP ${res.status}`,
      e?.details ?? [],
    );
  }
  return res;
}

/** Uploads the file to the server's import jobs, follows the check, commits when asked and accepted. */
async function remoteImportValues(server: RemoteServer, i: ValuesImportInput): Promise<{ result: ValueImportResult; report?: Buffer }> {
  const query = new URLSearchParams({
    fileName: i.fileName,
    ...(i.period ? { period: i.period } : {}),
    ...(i.series ? { series: i.series } : {}),
    ...(i.decision ? { decision: i.decision } : {}),
    ...(i.submit ? { submit: 'true' } : {}),
  });
  const body = Readable.toWeb(createReadStream(i.path)) as unknown as BodyInit;
  const started = (await (
    await fetchOrFail(server, new URL(`/api/imports?${query}`, server.url), {
      method: 'POST',
      body,
      headers: { 'content-type': 'application/octet-stream' },
      duplex: 'half',
    } as RequestInit)
  ).json()) as ImportJobView;
  const follow = async (): Promise<ImportJobView> => {
    for (;;) {
      const job = (await (await fetchOrFail(server, new URL(`/api/imports/${started.id}`, server.url))).json()) as ImportJobView;
      i.onProgress?.(job.progress);
      if (job.state !== 'checking' && job.state !== 'committing') return job;
      await new Promise((r) => setTimeout(r, 200));
    }
  };
  let job = await follow();
  if (job.state === 'checked' && !i.dryRun && job.result?.outcome === 'accepted') {
    await fetchOrFail(server, new URL(`/api/imports/${started.id}/commit`, server.url), { method: 'POST' });
    job = await follow();
  }
  if (job.state === 'failed' || !job.result) {
    const e = job.error;
    throw new AppError(
      e?.code ?? 'import_failed',
      400,
      e?.message ?? 'the import failed',
      e?.messageVi ?? 'nhập số liệu thất bại',
      (e?.details ?? []) as ErrorDetail[],
    );
  }
  const result = job.result;
  let report: Buffer | undefined;
  if (i.wantReport && result.outcome === 'rejected') {
    report = Buffer.from(await (await fetchOrFail(server, new URL(`/api/imports/${started.id}/report.xlsx`, server.url))).arrayBuffer());
  }
  await fetch(new URL(`/api/imports/${started.id}`, server.url), { method: 'DELETE', headers: credentialHeaders(server) }).catch(() => undefined);
  return report ? { result, report } : { result };
}
