/**
 * Screen `/import` (Nhập số liệu): 1. download a template, 2. upload a file, which the server checks
 * (a dry run), 3. preview the check and confirm, which stores the values as one batch. The job id is
 * kept in the address (`?job=`), so a reload comes back to the same preview. Uploading needs an account
 * that enters figures (issue #6): the public is asked to sign in; an account that submits may have the
 * figures submitted for review once stored, or submit them from the result.
 */
import { useEffect, useState } from 'react';
import { useSearchParams } from 'react-router';
import { ApiError } from '../api/http.ts';
import { commitImport, discardImport, useImportJob, type ImportJob } from '../api/imports.ts';
import { useCatalogue } from '../api/indicators.ts';
import { useValueBatches } from '../api/values.ts';
import { RequireAction } from '../components/auth/access-notice.tsx';
import { ErrorPanel } from '../components/feedback.tsx';
import { ImportJobPanel } from '../components/import/import-job-panel.tsx';
import { RecentBatches } from '../components/import/recent-batches.tsx';
import { TemplateStep } from '../components/import/template-step.tsx';
import { UploadStep } from '../components/import/upload-step.tsx';
import { useI18n } from '../i18n/i18n.tsx';
import { useSession } from '../lib/session.tsx';
import { useDocumentTitle } from '../lib/use-document-title.ts';

/** The import page. */
export function ImportPage() {
  const { t } = useI18n();
  useDocumentTitle(t.importTitle);
  const catalogue = useCatalogue();
  const batches = useValueBatches(10);
  const [params, setParams] = useSearchParams();
  const { can } = useSession();
  // A discarded job is dropped at once, before the address loses its ?job= (or it would be polled again).
  const [dropped, setDropped] = useState<string | null>(null);
  const jobParam = params.get('job');
  // A job belongs to the account that uploaded it: signed out, there is none to follow.
  const jobId = jobParam !== dropped && can('values.enter') ? jobParam : null;
  const [seed, setSeed] = useState<ImportJob | undefined>(undefined);
  const [actionError, setActionError] = useState<ApiError | undefined>(undefined);
  const [isSending, setIsSending] = useState(false);
  const { job, error: pollError } = useImportJob(jobId, seed);
  const [hasFile, setHasFile] = useState(false);
  const refreshBatches = batches.retry;

  // The list of batches gains a row when a commit ends.
  useEffect(() => {
    if (job?.state === 'committed') refreshBatches();
  }, [job?.state, refreshBatches]);

  const setJob = (next: ImportJob | null) => {
    setDropped(next ? null : jobId);
    setSeed(next ?? undefined);
    setActionError(undefined);
    setParams(
      (prev) => {
        const p = new URLSearchParams(prev);
        if (next) p.set('job', String(next.id));
        else p.delete('job');
        return p;
      },
      { replace: next === null },
    );
  };

  const confirm = async () => {
    if (!jobId) return;
    setIsSending(true);
    setActionError(undefined);
    try {
      setSeed(await commitImport(jobId));
    } catch (err) {
      setActionError(err instanceof ApiError ? err : new ApiError(0, 'network', String(err)));
    } finally {
      setIsSending(false);
    }
  };

  const discard = async () => {
    if (!jobId) return;
    setIsSending(true);
    try {
      await discardImport(jobId);
    } catch {
      // A job already gone is as good as discarded.
    } finally {
      setIsSending(false);
      setJob(null);
    }
  };

  const isBusy = jobId !== null && job?.state !== 'committed' && job?.state !== 'failed' && pollError?.status !== 404;
  const step = jobId ? 3 : hasFile ? 2 : 1;

  return (
    <div className="import-page">
      <h1 className="page-title">{t.importTitle}</h1>
      <p className="muted page-intro">{t.importIntro}</p>
      <ol className="stepper" aria-label={t.importStepsLabel}>
        {[t.stepTemplate, t.stepUpload, t.stepPreview].map((label, i) => (
          <li key={label} aria-current={step === i + 1 ? 'step' : undefined} className={step > i + 1 ? 'done' : undefined}>
            <span className="step-number" aria-hidden="true">
              {i + 1}
            </span>
            {label}
          </li>
        ))}
      </ol>
      {catalogue.error ? <ErrorPanel error={catalogue.error} onRetry={catalogue.retry} /> : null}
      <div className="import-grid">
        <TemplateStep catalogue={catalogue.data} />
        <RequireAction action="values.enter" what={t.needImport}>
          <UploadStep onUploaded={setJob} onFileChange={setHasFile} isBusy={isBusy} canSubmit={can('submission.submit')} />
        </RequireAction>
      </div>
      {jobId ? (
        <ImportJobPanel
          jobId={jobId}
          job={job}
          pollError={pollError}
          actionError={actionError}
          isSending={isSending}
          catalogue={catalogue.data}
          onConfirm={() => void confirm()}
          onDiscard={() => void discard()}
          onReset={() => setJob(null)}
        />
      ) : null}
      <RecentBatches batches={batches} />
    </div>
  );
}
