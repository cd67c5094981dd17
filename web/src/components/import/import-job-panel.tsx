/**
 * Step 3 of the import: the server's check of the uploaded file (progress, then the preview with its
 * warnings and errors), the confirmation, the commit's progress and its outcome.
 */
import { useEffect, useId, useRef } from 'react';
import { Link } from 'react-router';
import type { ValueImportResult } from '../../../../src/services/values-import/import-types.ts';
import { ApiError } from '../../api/http.ts';
import type { ImportJob } from '../../api/imports.ts';
import type { Catalogue } from '../../api/indicators.ts';
import { useI18n } from '../../i18n/i18n.tsx';
import { useSession } from '../../lib/session.tsx';
import { ErrorPanel } from '../feedback.tsx';
import { ErrorReportLink, ImportErrors, ImportWarnings } from './import-issues.tsx';
import { ImportProgressBar } from './import-progress.tsx';
import { ImportSummary } from './import-summary.tsx';
import { SubmitBatch } from './submit-batch.tsx';

interface ImportJobPanelProps {
  jobId: string;
  job: ImportJob | undefined;
  /** Polling failed (404: the job is gone). */
  pollError: ApiError | undefined;
  /** The commit request itself failed. */
  actionError: ApiError | undefined;
  isSending: boolean;
  catalogue: Catalogue | undefined;
  onConfirm(): void;
  onDiscard(): void;
  onReset(): void;
}

/** The panel. */
export function ImportJobPanel(props: ImportJobPanelProps) {
  const { jobId, job, pollError, actionError, isSending, catalogue, onConfirm, onDiscard, onReset } = props;
  const { t, formatNumber } = useI18n();
  const id = useId();
  const headingRef = useRef<HTMLHeadingElement>(null);
  const state = job?.state;

  // A finished step moves the keyboard (and screen readers) to its result.
  useEffect(() => {
    if (state === 'checked' || state === 'committed' || state === 'failed') headingRef.current?.focus();
  }, [state]);

  if (pollError?.status === 404) {
    return (
      <section className="panel import-step" data-testid="import-job">
        <p className="notice" role="alert">
          {t.jobLost}
        </p>
        <button type="button" className="button" onClick={onReset}>
          {t.importAnother}
        </button>
      </section>
    );
  }

  const result = job?.result;
  return (
    <section className="panel import-step" aria-labelledby={`${id}-heading`} data-testid="import-job" data-state={state ?? 'loading'}>
      <h2 id={`${id}-heading`} ref={headingRef} tabIndex={-1}>
        {state === 'committed' ? t.committedHeading : t.previewHeading}
      </h2>
      {pollError ? <ErrorPanel error={pollError} compact /> : null}
      {job && (state === 'checking' || state === 'committing') ? (
        <ImportProgressBar phase={job.progress.phase} done={job.progress.bytesRead} total={job.progress.totalBytes} rowsRead={job.progress.rowsRead} />
      ) : null}
      {state === 'failed' && job?.error ? (
        <ErrorPanel error={new ApiError(0, job.error.code, job.error.message, job.error.messageVi)} title={t.jobFailed} />
      ) : null}
      {state === 'committed' && result ? <Committed result={result} onReset={onReset} /> : null}
      {(state === 'checked' || state === 'committing') && result ? (
        <>
          <Outcome result={result} />
          {actionError ? <ErrorPanel error={actionError} title={t.jobFailed} /> : null}
          <div className="actions">
            {result.outcome === 'rejected' ? <ErrorReportLink jobId={jobId} /> : null}
            {result.outcome === 'accepted' ? (
              <button type="button" className="button" data-testid="confirm-import" disabled={isSending || state === 'committing'} onClick={onConfirm}>
                {t.confirmImport} ({formatNumber(result.values)})
              </button>
            ) : null}
            <button
              type="button"
              className="button button-secondary"
              data-testid="discard-import"
              disabled={isSending || state === 'committing'}
              onClick={onDiscard}
            >
              {t.discardFile}
            </button>
          </div>
          {result.outcome === 'rejected' ? (
            <>
              <p id="error-report-hint" className="hint">
                {t.reportHint}
              </p>
              <ImportErrors result={result} />
            </>
          ) : null}
          <ImportWarnings warnings={result.warnings} />
          <ImportSummary result={result} catalogue={catalogue} />
        </>
      ) : null}
      {state === 'failed' ? (
        <button type="button" className="button" onClick={onReset}>
          {t.importAnother}
        </button>
      ) : null}
    </section>
  );
}

/** Accepted, unchanged or rejected, in one sentence. */
function Outcome({ result }: { result: ValueImportResult }) {
  const { t, formatNumber } = useI18n();
  if (result.outcome === 'rejected') {
    return (
      <p className="outcome outcome-rejected" role="alert" data-testid="import-outcome" data-outcome="rejected">
        {t.outcomeRejected(formatNumber(result.errorCount))}
      </p>
    );
  }
  return (
    <p className={`outcome outcome-${result.outcome}`} role="status" data-testid="import-outcome" data-outcome={result.outcome}>
      {result.outcome === 'unchanged' ? t.outcomeUnchanged : t.outcomeAccepted(formatNumber(result.values))}
    </p>
  );
}

/** The stored batch, with a link to its values and, for an account that submits, what is left to submit. */
function Committed({ result, onReset }: { result: ValueImportResult; onReset(): void }) {
  const { t, formatNumber } = useI18n();
  const { can } = useSession();
  const params = new URLSearchParams();
  if (result.indicators.length === 1 && result.indicators[0]) params.set('indicator', result.indicators[0]);
  if (result.periods.length === 1 && result.periods[0]) params.set('period', result.periods[0]);
  if (result.batchId !== undefined) params.set('batch', String(result.batchId));
  return (
    <div data-testid="import-committed" data-batch={result.batchId ?? ''}>
      <p className="outcome outcome-accepted" role="status">
        {result.batchId !== undefined
          ? t.committedText(String(result.batchId), formatNumber(result.inserted), formatNumber(result.updated), formatNumber(result.unchanged))
          : t.committedUnchanged}
      </p>
      {result.submissions && result.submissions.length > 0 && can('submission.submit') ? <SubmitBatch submissions={result.submissions} /> : null}
      <div className="actions">
        <Link className="button" to={`/values?${params.toString()}`} data-testid="view-imported">
          {t.viewImported}
        </Link>
        <button type="button" className="button button-secondary" onClick={onReset}>
          {t.importAnother}
        </button>
      </div>
    </div>
  );
}
