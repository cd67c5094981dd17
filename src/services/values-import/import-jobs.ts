/**
 * Imports that run in the background for the web screen and remote CLI: an uploaded file is kept in a
 * private temporary folder, checked (a dry run) with progress, then committed on request or discarded.
 * Jobs and their files are forgotten an hour after their last use.
 */
import { randomUUID } from 'node:crypto';
import { createWriteStream, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pipeline } from 'node:stream/promises';
import { Transform, type Readable } from 'node:stream';
import { notSignedIn, principalOf, requireAction } from '../access/principal.ts';
import type { ServiceContext } from '../context.ts';
import { AppError, fileTooLarge } from '../errors.ts';
import { buildErrorReport } from './error-report.ts';
import type { ImportProgress, ValueImportOptions, ValueImportResult } from './import-types.ts';
import { importValuesFile } from './import-values.ts';
import { MAX_VALUES_FILE_BYTES } from './row-source.ts';

export type ImportJobState = 'checking' | 'checked' | 'committing' | 'committed' | 'failed';

export interface ImportJobView {
  id: string;
  fileName: string;
  state: ImportJobState;
  progress: ImportProgress;
  result?: ValueImportResult;
  error?: { code: string; message: string; messageVi: string; details: unknown[] };
}

interface Job extends ImportJobView {
  path: string;
  options: Pick<ValueImportOptions, 'period' | 'series' | 'decision' | 'submit'>;
  /** Who uploaded: the check and the commit run as them, and only they see the job. */
  context: ServiceContext;
  touched: number;
}

const TTL_MS = 60 * 60 * 1000;

function sameUploader(a: ServiceContext, b: ServiceContext): boolean {
  const p = principalOf(a);
  const q = principalOf(b);
  return p.kind === q.kind && p.userId === q.userId && p.kind !== 'public';
}

function jobNotFound(id: string): AppError {
  return new AppError('import_not_found', 404, `no import ${id} (imports are kept for an hour)`, `không có lần nhập ${id} (lần nhập được giữ trong một giờ)`);
}

export class ImportJobs {
  private readonly jobs = new Map<string, Job>();
  private readonly dir: string;

  constructor() {
    this.dir = mkdtempSync(join(tmpdir(), 'ictmon-uploads-'));
  }

  /** Saves an upload (refusing more than the limit) and starts checking it, as `context`. */
  async upload(body: Readable, fileName: string, options: Job['options'], context: ServiceContext): Promise<ImportJobView> {
    this.sweep();
    requireAction(context, options.series === 'plan' ? 'values.plan' : 'values.enter');
    const id = randomUUID();
    const path = join(this.dir, id);
    let bytes = 0;
    const limit = new Transform({
      transform(chunk: Buffer, _enc, done) {
        bytes += chunk.length;
        if (bytes > MAX_VALUES_FILE_BYTES) done(fileTooLarge(MAX_VALUES_FILE_BYTES));
        else done(null, chunk);
      },
    });
    try {
      await pipeline(body, limit, createWriteStream(path));
    } catch (err) {
      rmSync(path, { force: true });
      throw err;
    }
    const job: Job = {
      id,
      fileName,
      path,
      options,
      context,
      state: 'checking',
      progress: { phase: 'reading', bytesRead: 0, totalBytes: bytes, rowsRead: 0 },
      touched: Date.now(),
    };
    this.jobs.set(id, job);
    void this.run(job, true);
    return this.view(job);
  }

  get(id: string, asker: ServiceContext): ImportJobView {
    return this.view(this.job(id, asker));
  }

  /** Stores a checked file that passed (it is read and checked again: the database may have changed). */
  commit(id: string, asker: ServiceContext): ImportJobView {
    const job = this.job(id, asker);
    if (job.state !== 'checked' || job.result?.outcome !== 'accepted') {
      throw new AppError(
        'import_not_ready',
        409,
        job.state === 'checked' ? 'this file was refused or changes nothing; there is nothing to commit' : `the import is ${job.state}`,
        job.state === 'checked' ? 'tệp này bị từ chối hoặc không thay đổi gì; không có gì để xác nhận' : `lần nhập đang ở trạng thái ${job.state}`,
      );
    }
    job.state = 'committing';
    void this.run(job, false);
    return this.view(job);
  }

  /** The XLSX error report of a refused file. */
  async report(id: string, lang: 'vi' | 'en', asker: ServiceContext): Promise<{ fileName: string; bytes: Buffer }> {
    const job = this.job(id, asker);
    if (!job.result || job.result.outcome !== 'rejected') {
      throw new AppError('no_report', 409, 'there is no error report: the file was not refused', 'không có báo cáo lỗi: tệp không bị từ chối');
    }
    const bytes = await buildErrorReport(job.path, job.result, lang);
    return { fileName: `loi-${job.fileName.replace(/\.[^.]+$/, '')}.xlsx`, bytes };
  }

  discard(id: string, asker: ServiceContext): void {
    const job = this.job(id, asker);
    this.jobs.delete(id);
    rmSync(job.path, { force: true });
  }

  /** Deletes every kept file (server shutdown). */
  close(): void {
    this.jobs.clear();
    rmSync(this.dir, { recursive: true, force: true });
  }

  private async run(job: Job, dryRun: boolean): Promise<void> {
    try {
      const result = await importValuesFile(
        job.context,
        { path: job.path, fileName: job.fileName },
        {
          ...job.options,
          dryRun,
          onProgress: (p) => {
            job.progress = p;
          },
        },
      );
      job.result = result;
      job.state = dryRun ? 'checked' : result.outcome === 'rejected' ? 'checked' : 'committed';
    } catch (err) {
      const e = err instanceof AppError ? err : new AppError('internal', 500, (err as Error).message, 'lỗi hệ thống');
      job.error = { code: e.code, message: e.message, messageVi: e.messageVi, details: e.details };
      job.state = 'failed';
    }
    job.touched = Date.now();
  }

  /** The job, for the one who uploaded it (another account is told it does not exist). */
  private job(id: string, asker: ServiceContext): Job {
    if (principalOf(asker).kind === 'public') throw notSignedIn();
    const job = this.jobs.get(id);
    if (!job || !sameUploader(job.context, asker)) throw jobNotFound(id);
    job.touched = Date.now();
    return job;
  }

  private view(job: Job): ImportJobView {
    return {
      id: job.id,
      fileName: job.fileName,
      state: job.state,
      progress: job.progress,
      ...(job.result ? { result: job.result } : {}),
      ...(job.error ? { error: job.error } : {}),
    };
  }

  private sweep(): void {
    const now = Date.now();
    for (const job of this.jobs.values()) {
      if (now - job.touched > TTL_MS && job.state !== 'checking' && job.state !== 'committing') {
        this.jobs.delete(job.id);
        rmSync(job.path, { force: true });
      }
    }
  }
}
