/**
 * After a file is stored by an account (issue #6): which of its submissions still wait to be submitted
 * (the import answers the submissions its figures went into), and "Gửi duyệt ngay" to submit them all —
 * the figures are published only once a reviewer approves them.
 */
import { useState } from 'react';
import { toApiError, type ApiError } from '../../api/http.ts';
import { moveSubmissions } from '../../api/review.ts';
import { useI18n } from '../../i18n/i18n.tsx';
import type { ValueImportResult } from '../../../../src/services/values-import/import-types.ts';
import { MoveError } from '../review/move-error.tsx';

type BatchSubmission = NonNullable<ValueImportResult['submissions']>[number];

/** The panel for the submissions a stored file went into. */
export function SubmitBatch({ submissions }: { submissions: readonly BatchSubmission[] }) {
  const { t, formatNumber } = useI18n();
  const [isSending, setIsSending] = useState(false);
  const [error, setError] = useState<ApiError | null>(null);
  const [submitted, setSubmitted] = useState<number | null>(null);
  const open = submitted === null ? submissions.filter((s) => s.state === 'draft' || s.state === 'returned') : [];

  const submit = async () => {
    setIsSending(true);
    setError(null);
    try {
      const result = await moveSubmissions(
        'submit',
        open.map((s) => ({ id: s.id })),
      );
      setSubmitted(result.moved.length);
    } catch (err) {
      setError(toApiError(err));
    } finally {
      setIsSending(false);
    }
  };

  return (
    <div className="submit-batch" data-testid="submit-batch" data-open={open.length}>
      {submitted !== null ? (
        <p className="outcome outcome-accepted" role="status" data-testid="batch-submitted">
          {t.batchSubmitted(formatNumber(submitted))}
        </p>
      ) : null}
      {open.length > 0 ? (
        <div className="notice">
          <p>{t.batchSubmissionsOpen(formatNumber(open.length))}</p>
          <button type="button" className="button" disabled={isSending} onClick={() => void submit()} data-testid="submit-now">
            {isSending ? t.moveBusy : t.batchSubmitNow}
          </button>
        </div>
      ) : submissions.length > 0 && submitted === null ? (
        <p className="muted" data-testid="batch-already-submitted">
          {t.batchSubmissionsSubmitted}
        </p>
      ) : null}
      {error ? <MoveError error={error} /> : null}
    </div>
  );
}
