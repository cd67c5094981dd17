/**
 * Values import jobs (`/api/imports…`): upload a file (XMLHttpRequest, for upload progress, with the
 * session's CSRF token like every request that changes state), which starts a check (dry run); poll the
 * job; commit it or discard it; download the error report.
 */
import { useEffect, useState } from 'react';
import type { Series } from '../../../src/domain/values/value-types.ts';
import type { ImportProgress, ValueImportResult } from '../../../src/services/values-import/import-types.ts';
import { ApiError, apiErrorFromBody, CSRF_HEADER, currentCsrfToken, fetchJson, isCsrfRefusal, readSession, sendJson, withQuery } from './http.ts';

export type ImportState = 'checking' | 'checked' | 'committing' | 'committed' | 'failed';

/** An import job as the server reports it. */
export interface ImportJob {
  id: string | number;
  fileName: string;
  state: ImportState;
  progress: ImportProgress;
  result?: ValueImportResult;
  error?: { code: string; message: string; messageVi: string; details?: unknown[] };
}

/** The largest file the server takes (it answers 413 above it). */
export const MAX_IMPORT_BYTES = 100 * 1024 * 1024;
const POLL_MS = 300;
const RETRY_MS = 1500;

/** True while the server is still working on the job. */
export function isJobRunning(job: ImportJob | undefined): boolean {
  return job?.state === 'checking' || job?.state === 'committing';
}

export interface UploadOptions {
  period?: string;
  series?: Series;
  /** Submit the figures for review as soon as they are stored (`submit=true`). */
  submit?: boolean;
  /** Bytes sent so far, of `total`. */
  onProgress(sent: number, total: number): void;
}

export interface Upload {
  /** The job the server started (state 'checking'). */
  job: Promise<ImportJob>;
  abort(): void;
}

/**
 * Sends the file's bytes to POST /api/imports, which starts a check (dry run) job. A refused CSRF token
 * (403 csrf_refused) is read again from the session and the file sent once more.
 */
export function uploadImport(file: File, options: UploadOptions): Upload {
  let current: XMLHttpRequest | null = null;
  let isAborted = false;
  const url = withQuery('/api/imports', { fileName: file.name, period: options.period, series: options.series, submit: options.submit ? 'true' : undefined });
  const send = () =>
    new Promise<ImportJob>((resolve, reject) => {
      const xhr = new XMLHttpRequest();
      current = xhr;
      xhr.open('POST', url);
      xhr.setRequestHeader('Content-Type', 'application/octet-stream');
      xhr.setRequestHeader('Accept', 'application/json');
      const token = currentCsrfToken();
      if (token) xhr.setRequestHeader(CSRF_HEADER, token);
      xhr.responseType = 'text';
      xhr.upload.onprogress = (e) => options.onProgress(e.loaded, e.lengthComputable ? e.total : file.size);
      xhr.onload = () => {
        let body: unknown;
        try {
          body = JSON.parse(xhr.responseText);
        } catch {
          body = undefined;
        }
        if (xhr.status >= 200 && xhr.status < 300 && body !== undefined) resolve(body as ImportJob);
        else reject(apiErrorFromBody(xhr.status, xhr.statusText, body));
      };
      xhr.onerror = () => reject(new ApiError(0, 'network', 'upload failed'));
      xhr.onabort = () => reject(new ApiError(0, 'aborted', 'upload cancelled'));
      xhr.send(file);
    });
  const job = send().catch(async (err: unknown) => {
    if (!isCsrfRefusal(err) || isAborted) throw err;
    await readSession();
    if (isAborted) throw new ApiError(0, 'aborted', 'upload cancelled');
    return send();
  });
  return {
    job,
    abort: () => {
      isAborted = true;
      current?.abort();
    },
  };
}

/** `/api/imports/:id`. */
export function importUrl(id: string | number): string {
  return `/api/imports/${encodeURIComponent(String(id))}`;
}

/** The error report workbook of a rejected file, in the UI language. */
export function importReportUrl(id: string | number, lang: 'vi' | 'en'): string {
  return withQuery(`${importUrl(id)}/report.xlsx`, { lang });
}

/** Asks the server to store the checked file; the job then goes committing → committed (or failed). */
export async function commitImport(id: string | number): Promise<ImportJob> {
  const job = await sendJson<ImportJob>('POST', `${importUrl(id)}/commit`);
  if (!job) throw new ApiError(204, 'invalid_json', 'The server did not answer with the job');
  return job;
}

/** Discards an uploaded file (and its check). */
export async function discardImport(id: string | number): Promise<void> {
  await sendJson('DELETE', importUrl(id));
}

export interface JobState {
  job: ImportJob | undefined;
  error: ApiError | undefined;
}

/**
 * Follows job `id`: loads it, then polls every 300 ms while it is checking or committing. `seed` is a job
 * answer already in hand (from the upload or the commit); a new seed restarts the polling.
 */
export function useImportJob(id: string | null, seed: ImportJob | undefined): JobState {
  const [state, setState] = useState<JobState & { id: string | null; seed: ImportJob | undefined }>({ id, seed, job: seed, error: undefined });
  const current = state.id === id && state.seed === seed ? state : { id, seed, job: seed, error: undefined };
  if (current !== state) setState(current);

  const running = current.job === undefined || isJobRunning(current.job);
  useEffect(() => {
    if (id === null || !running) return;
    const controller = new AbortController();
    let timer: number | undefined;
    const poll = () => {
      fetchJson<ImportJob>(importUrl(id), controller.signal).then(
        (job) => {
          setState((s) => (s.id === id ? { ...s, job, error: undefined } : s));
          if (isJobRunning(job)) timer = window.setTimeout(poll, POLL_MS);
        },
        (err: unknown) => {
          if (controller.signal.aborted) return;
          const error = err instanceof ApiError ? err : new ApiError(0, 'network', String(err));
          setState((s) => (s.id === id ? { ...s, error } : s));
          // The server unreachable or failing for a moment: keep asking; a 4xx (job gone) stops.
          if (error.status === 0 || error.status >= 500) timer = window.setTimeout(poll, RETRY_MS);
        },
      );
    };
    timer = window.setTimeout(poll, seed ? POLL_MS : 0);
    return () => {
      controller.abort();
      window.clearTimeout(timer);
    };
  }, [id, seed, running]);

  return { job: current.job, error: current.error };
}
