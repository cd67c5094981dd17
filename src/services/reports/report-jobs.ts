/**
 * Report builds that take a while, run in the background so that the web page can show their progress:
 * start a job, read its state and step, then fetch the file (or the document for a preview). Jobs live in
 * this process for an hour and are visible only to whoever started them; each account runs at most two
 * at a time. A failed build keeps its error (named by field, like any other) for the page to show.
 */
import { randomUUID } from 'node:crypto';
import type { AnnualReportRequest, ReportDocument, ReportProgress } from '../../domain/reports/report-types.ts';
import { principalOf, requireAction } from '../access/principal.ts';
import type { ServiceContext } from '../context.ts';
import { AppError, conflict } from '../errors.ts';
import { checkRequest } from './build-annual-report.ts';
import { buildReportFile, type ReportFile, type ReportFormat } from './build-report-file.ts';

/** What a job is asked to make: a file, or the document for the page's preview. */
export type JobFormat = Exclude<ReportFormat, 'json'> | 'preview';

/** A job as its owner sees it. */
export interface ReportJobView {
  id: string;
  state: 'running' | 'done' | 'failed';
  format: JobFormat;
  progress: ReportProgress | null;
  error: { code: string; message: string; messageVi: string } | null;
  fileName: string | null;
  document: ReportDocument | null;
}

interface Job {
  id: string;
  owner: string;
  format: JobFormat;
  state: ReportJobView['state'];
  progress: ReportProgress | null;
  error: ReportJobView['error'];
  file: ReportFile | null;
  startedAt: number;
}

const KEEP_MS = 60 * 60 * 1000;
const RUNNING_PER_OWNER = 2;
const jobs = new Map<string, Job>();

/** Who a job belongs to: the account, or the actor of a system context. */
function ownerOf(ctx: ServiceContext): string {
  const p = principalOf(ctx);
  return p.kind === 'user' ? `user:${p.userId}` : `actor:${ctx.actor}`;
}

function sweep(now: number): void {
  for (const [id, j] of jobs) if (j.state !== 'running' && now - j.startedAt > KEEP_MS) jobs.delete(id);
}

/** Starts a build; the request is checked first, so a bad one is refused at once with its fields. */
export function startReportJob(ctx: ServiceContext, request: AnnualReportRequest, format: JobFormat): ReportJobView {
  requireAction(ctx, 'reports.build');
  checkRequest(request);
  const now = Date.now();
  sweep(now);
  const owner = ownerOf(ctx);
  const running = [...jobs.values()].filter((j) => j.owner === owner && j.state === 'running').length;
  if (running >= RUNNING_PER_OWNER) {
    throw conflict(
      `${running} reports are being built for you already: wait for one to finish`,
      `đang dựng ${running} báo cáo cho bạn: chờ một báo cáo xong rồi thử lại`,
    );
  }
  const job: Job = { id: randomUUID(), owner, format, state: 'running', progress: null, error: null, file: null, startedAt: now };
  jobs.set(job.id, job);
  buildReportFile(ctx, request, format === 'preview' ? 'json' : format, (p) => {
    job.progress = p;
  }).then(
    (file) => {
      job.file = file;
      job.state = 'done';
    },
    (error: unknown) => {
      job.state = 'failed';
      job.error =
        error instanceof AppError
          ? { code: error.code, message: error.message, messageVi: error.messageVi }
          : { code: 'internal', message: error instanceof Error ? error.message : String(error), messageVi: 'lỗi khi dựng báo cáo' };
    },
  );
  return view(job);
}

function find(ctx: ServiceContext, id: string): Job {
  const job = jobs.get(id);
  if (!job || job.owner !== ownerOf(ctx))
    throw new AppError('not_found', 404, `no report job ${id} (jobs are kept for an hour)`, `không có lượt dựng báo cáo ${id} (chỉ giữ trong một giờ)`);
  return job;
}

function view(job: Job): ReportJobView {
  return {
    id: job.id,
    state: job.state,
    format: job.format,
    progress: job.progress,
    error: job.error,
    fileName: job.file && job.format !== 'preview' ? job.file.fileName : null,
    document: job.state === 'done' && job.format === 'preview' ? (job.file?.document ?? null) : null,
  };
}

/** A job's state, step and (for a finished preview) document. */
export function getReportJob(ctx: ServiceContext, id: string): ReportJobView {
  return view(find(ctx, id));
}

/** A finished job's file; 409 while it runs or when it failed. */
export function getReportJobFile(ctx: ServiceContext, id: string): ReportFile {
  const job = find(ctx, id);
  if (job.state !== 'done' || !job.file || job.format === 'preview') {
    throw conflict(
      `the report job ${id} has no file (${job.state === 'running' ? 'still running' : job.state === 'failed' ? 'it failed' : 'a preview'})`,
      `lượt dựng ${id} chưa có tệp`,
    );
  }
  return job.file;
}
