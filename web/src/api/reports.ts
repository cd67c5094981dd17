/**
 * The annual review report API (issue #7): the choices (`/api/reports/options`), a build started as a job
 * (`POST /api/reports/annual/jobs`, CSRF header through requestJsonBody), its progress polled every
 * 400 ms, and the built file (`…/jobs/:id/file`). The report's content model comes from the server's
 * domain (src/domain/reports/report-types.ts); the answers' shapes are restated here.
 */
import { useCallback, useEffect, useRef, useState } from 'react';
import type { AnnualReportRequest, ReportDocument, ReportProgress, ReportSectionId } from '../../../src/domain/reports/report-types.ts';
import { ApiError, fetchJson, requestJsonBody, toApiError } from './http.ts';
import { useApi, type ApiState } from './use-api.ts';

export type { ReportDocument, ReportProgress, ReportSectionId };

/** The files a report is laid out as. */
export type ReportFileFormat = 'docx' | 'xlsx' | 'pdf';
/** What a job makes: the document as data for the preview, or a file. */
export type ReportJobFormat = 'preview' | ReportFileFormat;
export type ReportJobState = 'running' | 'done' | 'failed';

/** GET /api/reports/options. */
export interface ReportOptions {
  sections: Array<{ id: ReportSectionId; name: { vi: string; en: string } }>;
  formats: ReportFileFormat[];
  /** False when the server has no Chromium to print PDF. */
  pdf: boolean;
  /** Today in Vietnam (YYYY-MM-DD). */
  today: string;
}

/** The body of POST /api/reports/annual/jobs: a report request and what to make of it. */
export type ReportJobInput = AnnualReportRequest & { format: ReportJobFormat };

/** A job as GET /api/reports/annual/jobs/:id answers it. */
export interface ReportJob {
  id: string;
  state: ReportJobState;
  format: ReportJobFormat;
  progress: ReportProgress | null;
  error: { code: string; message: string; messageVi: string } | null;
  fileName: string | null;
  /** The document, for a preview once done. */
  document: ReportDocument | null;
}

const JOBS_URL = '/api/reports/annual/jobs';
const POLL_MS = 400;

/** The report choices (sections, formats, whether PDF can be made, today). */
export function useReportOptions(): ApiState<ReportOptions> {
  return useApi<ReportOptions>('/api/reports/options');
}

/** Starts a build; the answer (202) says whether it is running. */
export async function startReportJob(input: ReportJobInput): Promise<ReportJob> {
  const started = await requestJsonBody<Pick<ReportJob, 'id' | 'state' | 'progress'>>('POST', JOBS_URL, input);
  return { error: null, fileName: null, document: null, ...started, format: input.format };
}

/** Reads a job's state. */
export function readReportJob(id: string, signal?: AbortSignal): Promise<ReportJob> {
  return fetchJson<ReportJob>(`${JOBS_URL}/${encodeURIComponent(id)}`, signal);
}

/** Where a finished job's file is downloaded. */
export function reportFileUrl(id: string): string {
  return `${JOBS_URL}/${encodeURIComponent(id)}/file`;
}

/** A built file, ready to download. */
export interface ReportFile {
  jobId: string;
  format: ReportFileFormat;
  url: string;
  fileName: string | null;
}

export interface ReportJobs {
  /** The job started last (running, done or failed), or null. */
  job: ReportJob | null;
  /** Why the last start or poll failed (a 400 names its fields in `details`). */
  error: ApiError | null;
  /** The job was forgotten by the server (kept about an hour) while it was being followed. */
  isExpired: boolean;
  /** True from the click until the job is done or failed: the buttons wait. */
  isBusy: boolean;
  /** The document of the last finished preview. */
  preview: ReportDocument | null;
  /** The file of the last finished download job. */
  file: ReportFile | null;
  start(input: ReportJobInput): void;
}

/** Runs report jobs one at a time: starts one, polls it until it ends, keeps the last preview and file. */
export function useReportJobs(): ReportJobs {
  const [job, setJob] = useState<ReportJob | null>(null);
  const [error, setError] = useState<ApiError | null>(null);
  const [isExpired, setIsExpired] = useState(false);
  const [isSending, setIsSending] = useState(false);
  const [preview, setPreview] = useState<ReportDocument | null>(null);
  const [file, setFile] = useState<ReportFile | null>(null);
  // Each start gets a generation; answers of an older one (or after leaving the page) are dropped.
  const generation = useRef(0);
  const controller = useRef<AbortController | null>(null);

  useEffect(
    () => () => {
      generation.current += 1;
      controller.current?.abort();
    },
    [],
  );

  const start = useCallback((input: ReportJobInput) => {
    const mine = ++generation.current;
    controller.current?.abort();
    const abort = new AbortController();
    controller.current = abort;
    const isMine = () => generation.current === mine;
    setIsSending(true);
    setError(null);
    setIsExpired(false);
    setJob(null);

    const settle = (current: ReportJob) => {
      setJob(current);
      if (current.state === 'running') {
        window.setTimeout(() => void poll(current.id), POLL_MS);
        return;
      }
      setIsSending(false);
      if (current.state !== 'done') return;
      if (current.format === 'preview') setPreview(current.document);
      else setFile({ jobId: current.id, format: current.format, url: reportFileUrl(current.id), fileName: current.fileName });
    };
    const fail = (err: unknown) => {
      if (!isMine()) return;
      setError(toApiError(err));
      setIsSending(false);
    };
    const poll = async (id: string) => {
      if (!isMine()) return;
      try {
        const current = await readReportJob(id, abort.signal);
        if (isMine()) settle(current);
      } catch (err) {
        if (isMine() && err instanceof ApiError && err.status === 404) {
          setIsExpired(true);
          setIsSending(false);
          return;
        }
        fail(err);
      }
    };

    // The start's answer has no document nor file name: a job already over is read once more for them.
    startReportJob(input).then((started) => {
      if (!isMine()) return;
      if (started.state === 'running') settle(started);
      else void poll(started.id);
    }, fail);
  }, []);

  return { job, error, isExpired, isBusy: isSending, preview, file, start };
}
