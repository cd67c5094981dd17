/**
 * "Chốt kết quả đánh giá": stores the province's evaluations on the date (national parameters, the set in
 * force) as the official record, after a confirmation; then names the run and its counts.
 */
import { useEffect, useId, useRef, useState } from 'react';
import { Link } from 'react-router';
import { ApiError } from '../../api/http.ts';
import { recordEvaluations, type BoardQuery, type CriteriaSummary, type RecordResult } from '../../api/criteria.ts';
import { useI18n } from '../../i18n/i18n.tsx';
import { useSession } from '../../lib/session.tsx';
import { useSignInLink } from '../auth/access-notice.tsx';
import { ErrorPanel } from '../feedback.tsx';

/** The panel; `onRecorded` lets the page refresh what depends on records. */
export function RecordPanel({ query, summary, onRecorded }: { query: BoardQuery; summary: CriteriaSummary; onRecorded?(result: RecordResult): void }) {
  const { t, formatDate, formatNumber } = useI18n();
  const id = useId();
  const [isConfirming, setIsConfirming] = useState(false);
  const [reason, setReason] = useState('');
  const [isSaving, setIsSaving] = useState(false);
  const [result, setResult] = useState<RecordResult | null>(null);
  const [error, setError] = useState<ApiError | null>(null);
  const openRef = useRef<HTMLButtonElement>(null);
  const reasonRef = useRef<HTMLInputElement>(null);
  const hasToggled = useRef(false);
  const { user, can } = useSession();
  const signInLink = useSignInLink();

  // Keep the keyboard where the user is: in the confirmation when it opens, on the button when it closes.
  useEffect(() => {
    if (!hasToggled.current) return;
    if (isConfirming) reasonRef.current?.focus();
    else openRef.current?.focus();
  }, [isConfirming]);

  const toggle = (open: boolean) => {
    hasToggled.current = true;
    setIsConfirming(open);
  };
  const area = summary.area ? `${summary.area.name} (${summary.area.code})` : query.province;

  const confirm = async () => {
    setIsSaving(true);
    setError(null);
    try {
      const recorded = await recordEvaluations(query, reason);
      setResult(recorded);
      toggle(false);
      onRecorded?.(recorded);
    } catch (err) {
      setError(err instanceof ApiError ? err : new ApiError(0, 'network', String(err)));
    } finally {
      setIsSaving(false);
    }
  };

  return (
    <section className="panel crit-record" aria-labelledby={`${id}-heading`} data-testid="record-panel">
      <h2 id={`${id}-heading`}>{t.critRecordHeading}</h2>
      <p className="hint">{t.critRecordIntro}</p>
      {/* Recording is for reviewers and administrators (issue #6); the server checks it again. */}
      {!can('criteria.record') ? (
        <p className="notice" data-testid="record-not-allowed">
          {user ? (
            t.roleNotAllowed(t.roleName(user.role, user.scope === null), t.needRecord)
          ) : (
            <>
              {t.signInRequired(t.needRecord)} <Link to={signInLink}>{t.signInLink}</Link>
            </>
          )}
        </p>
      ) : !isConfirming ? (
        <button
          ref={openRef}
          type="button"
          className="button"
          data-testid="record-open"
          onClick={() => {
            toggle(true);
            setResult(null);
          }}
        >
          {t.critRecordButton}
        </button>
      ) : (
        <div className="crit-confirm" role="group" aria-labelledby={`${id}-confirm`} data-testid="record-confirm">
          <p id={`${id}-confirm`}>
            <strong>{t.critRecordConfirm(area, formatDate(query.date), summary.setId, formatNumber(summary.counts.inScope))}</strong>
          </p>
          <div className="field">
            <label htmlFor={`${id}-reason`} className="field-label">
              {t.critRecordReason}
            </label>
            <input
              ref={reasonRef}
              id={`${id}-reason`}
              className="input"
              maxLength={500}
              value={reason}
              data-testid="record-reason"
              onChange={(e) => setReason(e.target.value)}
            />
          </div>
          <div className="actions">
            <button type="button" className="button" data-testid="record-confirm-button" disabled={isSaving} onClick={confirm}>
              {isSaving ? t.critRecordSaving : t.critRecordConfirmButton}
            </button>
            <button type="button" className="button button-secondary" disabled={isSaving} onClick={() => toggle(false)}>
              {t.critRecordCancel}
            </button>
          </div>
        </div>
      )}
      {error ? <ErrorPanel error={error} /> : null}
      {result ? (
        <p className="outcome outcome-accepted" role="status" data-testid="record-result" data-run={result.runId}>
          {t.critRecorded(
            String(result.runId),
            formatDate(result.date),
            result.setId,
            result.guidanceId ?? '—',
            formatNumber(result.communes),
            formatNumber(result.passed),
            formatNumber(result.failed),
            formatNumber(result.missing),
          )}
        </p>
      ) : null}
    </section>
  );
}
