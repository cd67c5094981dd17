/**
 * Step 2 of the import: a file (chosen or dropped), the period and series used when the file has none,
 * then the upload with its progress. The server answers with a check job.
 */
import { useId, useRef, useState, type DragEvent } from 'react';
import { SERIES, type Series } from '../../../../src/domain/values/value-types.ts';
import type { ApiError } from '../../api/http.ts';
import { MAX_IMPORT_BYTES, uploadImport, type ImportJob, type Upload } from '../../api/imports.ts';
import { useI18n } from '../../i18n/i18n.tsx';
import { formatBytes } from '../../lib/format-bytes.ts';
import { readPeriodInput } from '../../lib/period-input.ts';
import { ErrorPanel } from '../feedback.tsx';
import { PeriodField } from '../period-field.tsx';
import { ImportProgressBar } from './import-progress.tsx';

const ACCEPT = '.xlsx,.csv,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet,text/csv';

interface UploadStepProps {
  /** Called with the job the server started. */
  onUploaded(job: ImportJob): void;
  /** Whether a file is chosen (the page marks step 2 as current). */
  onFileChange(hasFile: boolean): void;
  /** While a file is being checked or previewed, a new upload waits. */
  isBusy: boolean;
  /** Whether the account submits figures for review (offers "Gửi duyệt ngay sau khi lưu"). */
  canSubmit: boolean;
}

/** The upload panel. */
export function UploadStep({ onUploaded, onFileChange, isBusy, canSubmit }: UploadStepProps) {
  const { t, formatNumber } = useI18n();
  const id = useId();
  const [file, setFile] = useState<File | null>(null);
  const [fileProblem, setFileProblem] = useState<string | null>(null);
  const [periodText, setPeriodText] = useState('');
  const [series, setSeries] = useState<Series>('actual');
  const [submitAfter, setSubmitAfter] = useState(false);
  const [sent, setSent] = useState<{ done: number; total: number } | null>(null);
  const [error, setError] = useState<ApiError | null>(null);
  const [isDragging, setIsDragging] = useState(false);
  const upload = useRef<Upload | null>(null);
  const fileInput = useRef<HTMLInputElement>(null);
  const period = readPeriodInput(periodText);

  const choose = (chosen: File | undefined) => {
    setError(null);
    if (!chosen) return;
    setFile(chosen);
    onFileChange(true);
    if (!/\.(xlsx|csv)$/i.test(chosen.name)) setFileProblem(t.fileWrongType);
    else if (chosen.size > MAX_IMPORT_BYTES) setFileProblem(t.fileTooLarge(formatBytes(chosen.size, formatNumber)));
    else setFileProblem(null);
  };

  const start = () => {
    if (!file || fileProblem || period.isInvalid) return;
    setError(null);
    setSent({ done: 0, total: file.size });
    const current = uploadImport(file, {
      ...(period.canonical ? { period: period.canonical } : {}),
      series,
      submit: canSubmit && submitAfter,
      onProgress: (done, total) => setSent({ done, total }),
    });
    upload.current = current;
    current.job.then(
      (job) => {
        upload.current = null;
        setSent(null);
        setFile(null);
        if (fileInput.current) fileInput.current.value = '';
        onFileChange(false);
        onUploaded(job);
      },
      (err: ApiError) => {
        upload.current = null;
        setSent(null);
        if (err.code !== 'aborted') setError(err);
      },
    );
  };

  const isUploading = sent !== null;
  const canStart = file !== null && fileProblem === null && !period.isInvalid && !isUploading && !isBusy;

  const onDrop = (event: DragEvent) => {
    event.preventDefault();
    setIsDragging(false);
    if (!isUploading && !isBusy) choose(event.dataTransfer.files[0]);
  };

  return (
    <section className="panel import-step" aria-labelledby={`${id}-heading`} data-testid="upload-step">
      <h2 id={`${id}-heading`}>{t.uploadHeading}</h2>
      <div
        className={isDragging ? 'dropzone dragging' : 'dropzone'}
        data-testid="dropzone"
        onDragOver={(e) => {
          e.preventDefault();
          setIsDragging(true);
        }}
        onDragLeave={() => setIsDragging(false)}
        onDrop={onDrop}
      >
        <span id={`${id}-label`} className="field-label">
          {t.fileLabel}
        </span>
        <div className="dropzone-row">
          <span className="muted" aria-hidden="true">
            {t.dropHere}
          </span>
          {/* The native control is hidden: its button and "no file" text follow the browser's language, not the page's. */}
          <input
            ref={fileInput}
            id={`${id}-file`}
            data-testid="file-input"
            className="file-input"
            type="file"
            accept={ACCEPT}
            disabled={isUploading || isBusy}
            aria-labelledby={`${id}-label`}
            aria-describedby={`${id}-file-status`}
            aria-invalid={fileProblem !== null}
            onChange={(e) => choose(e.target.files?.[0])}
          />
          <label htmlFor={`${id}-file`} className="button button-secondary file-button" aria-hidden="true">
            {t.chooseFile}
          </label>
        </div>
        <p id={`${id}-file-status`} className={fileProblem ? 'field-error' : 'hint'} role={fileProblem ? 'alert' : undefined}>
          {fileProblem ?? (file ? t.fileChosen(file.name, formatBytes(file.size, formatNumber)) : t.noFileChosen)}
        </p>
      </div>
      <div className="form-grid">
        <PeriodField label={t.uploadPeriodLabel} hint={t.uploadPeriodHint} value={periodText} onChange={setPeriodText} testId="upload-period" />
        <fieldset className="field radio-group">
          <legend className="field-label">{t.seriesLabel}</legend>
          {SERIES.map((s) => (
            <label key={s} className="radio">
              <input type="radio" name={`${id}-series`} value={s} checked={series === s} onChange={() => setSeries(s)} data-testid={`series-${s}`} />
              {t.seriesName(s)}
            </label>
          ))}
        </fieldset>
      </div>
      {canSubmit ? (
        <div className="field">
          <label className="radio">
            <input
              type="checkbox"
              checked={submitAfter}
              onChange={(e) => setSubmitAfter(e.target.checked)}
              aria-describedby={`${id}-submit-hint`}
              data-testid="submit-after-save"
            />
            {t.submitAfterSave}
          </label>
          <p id={`${id}-submit-hint`} className="hint">
            {t.submitAfterSaveHint}
          </p>
        </div>
      ) : null}
      <div className="actions">
        <button type="button" className="button" data-testid="upload-button" disabled={!canStart} onClick={start}>
          {t.checkFile}
        </button>
        {isUploading ? (
          <button type="button" className="button button-secondary" onClick={() => upload.current?.abort()}>
            {t.cancelUpload}
          </button>
        ) : null}
      </div>
      {sent ? <ImportProgressBar phase="uploading" done={sent.done} total={sent.total} /> : null}
      {error ? <ErrorPanel error={error} title={t.jobFailed} onRetry={file ? start : undefined} /> : null}
    </section>
  );
}
