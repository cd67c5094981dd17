/**
 * A commune's criterion across the versions of the rules: its evaluation at each year end under the set
 * and guidance in force then (computed from today's stored values) and the evaluations recorded for it.
 */
import { Link } from 'react-router';
import { asOutcome, useCriteriaHistory, type CriteriaSetView } from '../../api/criteria.ts';
import { useI18n } from '../../i18n/i18n.tsx';
import { setsInForce } from '../../lib/criteria-dates.ts';
import { pick } from '../../lib/criteria-format.ts';
import { communePath } from '../../lib/criteria-params.ts';
import { ErrorPanel, Loading } from '../feedback.tsx';
import { OutcomeBadge } from './outcome-badge.tsx';

interface HistoryProps {
  code: string;
  /** The evaluation shown on the page, marked in the table. */
  shown: { date: string; setId: string };
  sets: readonly CriteriaSetView[] | undefined;
}

/** The history panel. */
export function CriteriaHistoryTable({ code, shown, sets }: HistoryProps) {
  const { t, lang, formatDate, formatDateTime } = useI18n();
  const history = useCriteriaHistory(code);
  const lines = history.data?.lines ?? [];
  // A line's link names its set only when it is not the base set in force on its date (the page's default).
  const setParam = (date: string, setId: string) => (sets && setsInForce(sets, date).find((s) => s.kind === 'base')?.id === setId ? undefined : setId);

  return (
    <section className="panel" aria-labelledby="crit-history-heading" data-testid="criteria-history">
      <h2 id="crit-history-heading">
        {t.critHistoryHeading} {history.data ? <span className="count">{lines.length}</span> : null}
      </h2>
      <p className="hint">{t.critHistoryIntro}</p>
      {history.isLoading ? <Loading /> : null}
      {history.error ? <ErrorPanel error={history.error} onRetry={history.retry} compact /> : null}
      {history.data && lines.length === 0 ? <p className="muted">{t.critHistoryNone}</p> : null}
      {lines.length > 0 ? (
        <div className="table-scroll">
          <table className="data-table stack-on-phone" data-testid="history-table">
            <thead>
              <tr>
                <th scope="col">{t.critColDate}</th>
                <th scope="col">{t.critColSet}</th>
                <th scope="col">{t.critColGuidance}</th>
                <th scope="col">{t.critColOverall}</th>
                <th scope="col">{t.critColSubs}</th>
                <th scope="col">{t.critColSource}</th>
              </tr>
            </thead>
            <tbody>
              {lines.map((l, i) => {
                const isShown = l.date === shown.date && l.setId === shown.setId && l.source === 'computed';
                return (
                  <tr
                    key={`${l.date}|${l.setId}|${l.source}|${l.runId ?? i}`}
                    className={isShown ? 'row-current' : undefined}
                    aria-current={isShown ? 'true' : undefined}
                    data-date={l.date}
                    data-source={l.source}
                    data-outcome={l.outcome}
                  >
                    <th scope="row" className="nowrap">
                      <Link to={communePath(code, l.date, setParam(l.date, l.setId))}>{formatDate(l.date)}</Link>
                    </th>
                    <td className="nowrap" data-label={t.critColSet}>
                      {l.setId}
                    </td>
                    <td data-label={t.critColGuidance}>{l.guidanceId ?? '—'}</td>
                    <td data-label={t.critColOverall} title={pick(l.summary, lang)}>
                      <OutcomeBadge outcome={asOutcome(l.outcome)} compact />
                    </td>
                    <td data-label={t.critColSubs}>
                      <ul className="crit-sub-outcomes">
                        {Object.entries(l.sub).map(([id, o]) => (
                          <li key={id}>
                            <span className="crit-sub-id">{id}</span> <OutcomeBadge outcome={asOutcome(o)} compact />
                          </li>
                        ))}
                      </ul>
                    </td>
                    <td data-label={t.critColSource}>
                      {l.source === 'recorded' ? (
                        <span className="tag tag-full">{t.critRecordedRun(String(l.runId ?? '?'), l.recordedAt ? formatDateTime(l.recordedAt) : '')}</span>
                      ) : (
                        <span className="tag">{t.critComputed}</span>
                      )}
                    </td>
                  </tr>
                );
              })}
            </tbody>
          </table>
        </div>
      ) : null}
    </section>
  );
}
