/**
 * The report's buttons — "Xem trước" and the downloads DOCX, XLSX, PDF (PDF disabled, with the reason,
 * when the server cannot print) — all waiting while a build runs, the build's progress, and the link to
 * the finished file, which the browser is asked to download once.
 */
import { useEffect, useId, useRef } from 'react';
import type { ReportFile, ReportFileFormat, ReportJob, ReportJobFormat } from '../../api/reports.ts';
import { useI18n } from '../../i18n/i18n.tsx';
import { ReportProgressBar } from './report-progress.tsx';

const FILE_FORMATS: readonly ReportFileFormat[] = ['docx', 'xlsx', 'pdf'];

interface ReportActionsProps {
  isBusy: boolean;
  /** Whether the server can make PDF. */
  hasPdf: boolean;
  job: ReportJob | null;
  file: ReportFile | null;
  onRun(format: ReportJobFormat): void;
}

/** The buttons, progress and file link. */
export function ReportActions({ isBusy, hasPdf, job, file, onRun }: ReportActionsProps) {
  const { t } = useI18n();
  const id = useId();
  return (
    <div className="report-actions" data-testid="report-actions" data-busy={isBusy ? '1' : '0'}>
      <div className="actions" role="group" aria-label={t.reportActionsLabel} aria-describedby={isBusy ? `${id}-busy` : undefined}>
        <button type="submit" className="button" disabled={isBusy} data-testid="report-preview-button">
          {t.reportPreviewButton}
        </button>
        <span className="report-download-label muted" aria-hidden="true">
          {t.reportDownloadLabel}:
        </span>
        {FILE_FORMATS.map((format) => {
          const isUnavailable = format === 'pdf' && !hasPdf;
          return (
            <button
              key={format}
              type="button"
              className="button button-secondary"
              disabled={isBusy || isUnavailable}
              aria-label={t.reportDownloadAs(format)}
              aria-describedby={isUnavailable ? `${id}-no-pdf` : undefined}
              title={isUnavailable ? t.reportPdfUnavailable : t.reportDownloadAs(format)}
              data-testid={`report-download-${format}`}
              onClick={() => onRun(format)}
            >
              {format.toUpperCase()}
            </button>
          );
        })}
      </div>
      {hasPdf ? null : (
        <p id={`${id}-no-pdf`} className="hint" data-testid="report-no-pdf">
          {t.reportPdfUnavailable}
        </p>
      )}
      {isBusy ? (
        <p id={`${id}-busy`} className="visually-hidden">
          {t.reportBusy}
        </p>
      ) : null}
      {isBusy ? <ReportProgressBar progress={job?.state === 'running' ? job.progress : null} /> : null}
      {/* Kept while another build runs: unmounting it would forget that this file was already downloaded. */}
      {file ? <ReportFileLink file={file} /> : null}
    </div>
  );
}

/** "Đã lập xong tệp …" with a plain download link, clicked once for the user when the file is new. */
function ReportFileLink({ file }: { file: ReportFile }) {
  const { t } = useI18n();
  const linkRef = useRef<HTMLAnchorElement>(null);
  const clicked = useRef<string | null>(null);

  useEffect(() => {
    if (clicked.current === file.jobId) return;
    clicked.current = file.jobId;
    linkRef.current?.click();
  }, [file.jobId]);

  return (
    <p className="outcome outcome-accepted report-file" role="status" data-testid="report-file" data-format={file.format}>
      {t.reportFileReady(file.format)}{' '}
      <a ref={linkRef} href={file.url} download={file.fileName ?? true} data-testid="report-file-link">
        {file.fileName ?? t.reportFormatName(file.format)}
      </a>
      <span className="report-file-kept">{t.reportFileKept}</span>
    </p>
  );
}
