/**
 * The history of one figure ("lịch sử", issue #6): the steps it went through, oldest first — each value
 * entered (from which file), submitted, returned (with the reviewer's reason), reopened, approved, by whom
 * and when — then every value it has had, newest first, with the file and row, its status and when it was
 * replaced. Read from `/api/values/history`, which needs an account: the public is asked to sign in. All
 * strings are rendered as text.
 */
import { Link } from 'react-router';
import type { Catalogue } from '../../api/indicators.ts';
import { useValueHistory, type ValueHistoryKey } from '../../api/values.ts';
import { useI18n } from '../../i18n/i18n.tsx';
import { formatFigure } from '../../lib/review-format.ts';
import { useSession } from '../../lib/session.tsx';
import { valueUnit } from '../../lib/value-text.ts';
import { useSignInLink } from '../auth/access-notice.tsx';
import { ValueStatusBadge } from './value-status.tsx';

/** The panel: for an account, the history; for the public, the invitation to sign in. */
export function ValueHistoryPanel(props: { figure: ValueHistoryKey; label: string; catalogue: Catalogue | undefined }) {
  const { t } = useI18n();
  const { status, user } = useSession();
  const signIn = useSignInLink();
  if (status === 'loading') return <p className="muted">{t.historyLoading}</p>;
  if (!user) {
    return (
      <section className="value-history" data-testid="value-history" aria-label={t.historyTitle(props.label)}>
        <p data-testid="history-sign-in">
          <Link to={signIn}>{t.historySignIn}</Link>
        </p>
        <p className="muted small">{t.historySignInNote}</p>
      </section>
    );
  }
  return <HistoryOfFigure {...props} />;
}

function HistoryOfFigure({ figure, label, catalogue }: { figure: ValueHistoryKey; label: string; catalogue: Catalogue | undefined }) {
  const i18n = useI18n();
  const { t, lang, formatNumber, formatDateTime } = i18n;
  const history = useValueHistory(figure);
  const indicator = catalogue?.indicators.find((i) => i.code === figure.indicator);
  if (history.error) return <p className="error">{history.error.message}</p>;
  if (!history.data) return <p className="muted">{t.historyLoading}</p>;
  // A server that does not send the steps yet (older than issue #6) shows the versions alone.
  const steps = history.data.steps ?? [];
  return (
    <section className="value-history" data-testid="value-history" aria-label={t.historyTitle(label)}>
      <h3 className="value-history-title">{t.historyTitle(label)}</h3>
      <h4 className="value-history-subtitle">{t.historySteps}</h4>
      {steps.length === 0 ? <p className="muted">{t.historyStepsNone}</p> : null}
      <ol className="timeline history-steps" data-testid="history-steps">
        {steps.map((step, i) => (
          <li key={`${step.at}-${i}`} data-testid="history-step" data-action={step.action}>
            <span className="timeline-when">{formatDateTime(step.at)}</span>
            <span className="timeline-what">
              <strong>{t.stepName(step.action)}</strong>
              {step.action === 'entered' && step.value !== undefined ? <span> · {t.stepValue(formatFigure(step.value, i18n))}</span> : null}
              {step.file ? (
                <span className="muted break">
                  {' '}
                  ·{' '}
                  {t.stepFile(step.file.row !== null && step.file.row !== undefined ? t.fileRow(step.file.name, formatNumber(step.file.row)) : step.file.name)}
                </span>
              ) : null}
            </span>
            <span className="timeline-who break">{step.actor}</span>
            {step.reason ? (
              <span className="timeline-reason break" data-testid="history-step-reason">
                {t.stepReason(step.reason)}
              </span>
            ) : null}
          </li>
        ))}
      </ol>
      <table className="data-table">
        <thead>
          <tr>
            <th scope="col" />
            <th scope="col" className="num">
              {t.colValue}
            </th>
            <th scope="col">{t.colStatus}</th>
            <th scope="col">{t.historyRecorded}</th>
            <th scope="col">{t.historyBy}</th>
            <th scope="col">{t.historyFile}</th>
            <th scope="col">{t.historyReplacedAt}</th>
          </tr>
        </thead>
        <tbody>
          {history.data.versions.map((v) => {
            const text =
              typeof v.value === 'number'
                ? formatNumber(v.value)
                : typeof v.value === 'boolean'
                  ? v.value
                    ? t.yes
                    : t.no
                  : v.value === null
                    ? '—'
                    : (indicator?.options?.find((o) => o.value === v.value)?.[lang] ?? v.value);
            const unit = v.value === null ? '' : valueUnit({ value: v.value }, text, indicator, lang);
            return (
              <tr key={`${v.batch.id}|${v.recordedAt}`} data-state={v.state}>
                <th scope="row">{v.state === 'current' ? t.historyCurrent : t.historyReplaced}</th>
                <td className="num">
                  {text}
                  {unit ? <span className="value-unit"> {unit}</span> : null}
                </td>
                <td>
                  <ValueStatusBadge status={v.status} />
                </td>
                <td className="nowrap">{formatDateTime(v.recordedAt)}</td>
                <td className="break">{v.recordedBy}</td>
                <td className="break">
                  {v.batch.kind === 'demo' ? t.historyDemo : v.batch.fileName}
                  {v.sourceRow !== null ? <span className="muted"> · {t.sourceRow(formatNumber(v.sourceRow))}</span> : null}
                  {v.batch.decision ? <span className="muted"> · {v.batch.decision}</span> : null}
                </td>
                <td className="nowrap">{v.replacedAt ? formatDateTime(v.replacedAt) : '—'}</td>
              </tr>
            );
          })}
        </tbody>
      </table>
      <p className="muted small">{t.historyNote}</p>
    </section>
  );
}
