/**
 * The reporting deadlines (issue #6): days after the end of each kind of period. Everyone who works on
 * figures reads them; a national administrator changes them.
 */
import { useState } from 'react';
import { toApiError, type ApiError } from '../../api/http.ts';
import { setDeadline, useDeadlines, type Deadline } from '../../api/review.ts';
import { useI18n } from '../../i18n/i18n.tsx';
import { useSession } from '../../lib/session.tsx';
import { ErrorPanel, Loading } from '../feedback.tsx';

/** The panel. */
export function DeadlinesPanel() {
  const { t } = useI18n();
  const { can } = useSession();
  const deadlines = useDeadlines(true);
  const [error, setError] = useState<ApiError | null>(null);
  const [isSaved, setIsSaved] = useState(false);
  const canSet = can('deadline.set');
  return (
    <section className="panel" data-testid="deadlines">
      <h2>{t.deadlinesTitle}</h2>
      {!canSet ? <p className="hint">{t.deadlinesNational}</p> : null}
      {deadlines.error ? <ErrorPanel error={deadlines.error} onRetry={deadlines.retry} /> : null}
      {!deadlines.data && deadlines.isLoading ? <Loading /> : null}
      {deadlines.data ? (
        <ul className="plain-list deadline-list">
          {deadlines.data.map((d) => (
            <DeadlineLine
              key={`${d.periodType}-${d.daysAfterEnd}`}
              deadline={d}
              canSet={canSet}
              onSaved={() => {
                setIsSaved(true);
                setError(null);
                deadlines.retry();
              }}
              onError={(err) => {
                setIsSaved(false);
                setError(err);
              }}
            />
          ))}
        </ul>
      ) : null}
      {error ? <ErrorPanel error={error} compact /> : null}
      {isSaved ? (
        <p className="outcome outcome-accepted" role="status">
          {t.deadlineSaved}
        </p>
      ) : null}
    </section>
  );
}

function DeadlineLine({ deadline, canSet, onSaved, onError }: { deadline: Deadline; canSet: boolean; onSaved(): void; onError(err: ApiError): void }) {
  const { t, formatNumber, formatDateTime } = useI18n();
  const [days, setDays] = useState(String(deadline.daysAfterEnd));
  const [isBusy, setIsBusy] = useState(false);
  const value = Number(days);
  const isValid = /^\d+$/.test(days) && value <= 366;
  const save = async () => {
    setIsBusy(true);
    try {
      await setDeadline(deadline.periodType, value);
      onSaved();
    } catch (err) {
      onError(toApiError(err));
    } finally {
      setIsBusy(false);
    }
  };
  const name = t.periodTypeName(deadline.periodType);
  return (
    <li data-testid="deadline" data-type={deadline.periodType}>
      {canSet ? (
        <span className="deadline-edit">
          <label>
            <strong>{name}</strong> · {t.deadlinesEdit}{' '}
            <input className="input days-input" inputMode="numeric" value={days} aria-invalid={!isValid} onChange={(e) => setDays(e.target.value)} />
          </label>{' '}
          <button
            type="button"
            className="button button-secondary button-small"
            disabled={isBusy || !isValid || value === deadline.daysAfterEnd}
            onClick={() => void save()}
          >
            {t.deadlineSave}
          </button>
        </span>
      ) : (
        <span>{t.deadlineText(name, formatNumber(deadline.daysAfterEnd))}</span>
      )}{' '}
      <span className="muted small-text">{t.deadlineChanged(formatDateTime(deadline.changedAt), deadline.changedBy)}</span>
    </li>
  );
}
