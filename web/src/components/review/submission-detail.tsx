/**
 * One submission (issue #6): its unit, period, source and state (with the reason of a return), the moves
 * the account may make on it, the warnings of its files, each figure with the value it replaced, the
 * approved values of earlier periods, its outlier check (with the range expected), its file and row, and
 * the timeline of its moves with their reasons. All strings are rendered as text.
 */
import { Link, useLocation } from 'react-router';
import { useSubmission, type SubmissionDetail, type Transition } from '../../api/review.ts';
import { useI18n } from '../../i18n/i18n.tsx';
import { periodName } from '../../lib/period-input.ts';
import { formatFigure } from '../../lib/review-format.ts';
import { ErrorPanel, Loading } from '../feedback.tsx';
import { MoveBar } from './move-bar.tsx';
import { SubmissionStateBadge } from './submission-state-badge.tsx';

/** The detail of submission `id`; `onMoved` after a move went through. */
export function SubmissionDetailView({ id, onMoved }: { id: number; onMoved(transition: Transition, count: number): void }) {
  const { t, lang } = useI18n();
  const { search } = useLocation();
  const detail = useSubmission(id);
  const back = (
    <Link to={`/tham-dinh${search}`} className="back-link" data-testid="detail-back">
      {t.detailBack}
    </Link>
  );
  if (detail.error) {
    return (
      <>
        {back}
        <ErrorPanel error={detail.error} onRetry={detail.retry} />
      </>
    );
  }
  if (!detail.data) return <Loading />;
  const { submission } = detail.data;
  return (
    <div className="submission-detail" data-testid="submission-detail" data-state={submission.state} data-id={submission.id}>
      {back}
      <section className="panel">
        <div className="panel-head">
          <h2 data-testid="detail-title">{t.detailTitle(`${submission.unit.name} (${submission.unit.code})`, periodName(submission.period, lang))}</h2>
          <SubmissionStateBadge state={submission.state} />
        </div>
        <p className="muted">{submission.party ? submission.party : t.partyOwn}</p>
        {submission.reason ? (
          <div className="reason-callout" data-testid="submission-reason">
            <strong>{t.detailReason}:</strong> <span className="break">{submission.reason}</span>
          </div>
        ) : null}
        <MoveBar
          selected={[submission]}
          isSingle
          onMoved={(transition, count) => {
            detail.retry();
            onMoved(transition, count);
          }}
        />
      </section>
      {detail.data.warnings.length > 0 ? (
        <section className="panel warnings" data-testid="detail-warnings">
          <h3>{t.detailWarnings}</h3>
          <ul>
            {detail.data.warnings.map((w) => (
              <li key={w} className="break">
                {w}
              </li>
            ))}
          </ul>
        </section>
      ) : null}
      <SubmissionValues detail={detail.data} />
      <Timeline events={detail.data.events} />
    </div>
  );
}

function SubmissionValues({ detail }: { detail: SubmissionDetail }) {
  const i18n = useI18n();
  const { t, formatNumber, formatDateTime } = i18n;
  return (
    <section className="panel" data-testid="submission-values">
      <h3>{t.detailValues(formatNumber(detail.values.length), formatNumber(detail.totalValues))}</h3>
      <div className="table-scroll">
        <table className="data-table stack-on-phone">
          <thead>
            <tr>
              <th scope="col">{t.colSubmission}</th>
              <th scope="col">{t.colReviewIndicator}</th>
              <th scope="col" className="num">
                {t.colValueNow}
              </th>
              <th scope="col" className="num">
                {t.colPrevious}
              </th>
              <th scope="col">{t.colHistory}</th>
              <th scope="col">{t.colOutlier}</th>
              <th scope="col">{t.colFile}</th>
              <th scope="col">{t.colRecorded}</th>
            </tr>
          </thead>
          <tbody>
            {detail.values.map((v) => (
              <tr
                key={`${v.unit.code}|${v.indicator.code}|${v.breakdown}|${v.series}`}
                data-testid="detail-value"
                data-unit={v.unit.code}
                data-indicator={v.indicator.code}
                data-outlier={v.outlier ? 'yes' : 'no'}
              >
                <th scope="row">
                  <span className="break">{v.unit.name}</span> <span className="unit-code">({v.unit.code})</span>
                </th>
                <td data-label={t.colReviewIndicator}>
                  {v.indicator.name}
                  {v.breakdown ? <span className="muted"> · {v.breakdown}</span> : null}
                  {v.series === 'plan' ? <span className="tag tag-plan">{t.seriesName('plan')}</span> : null}
                </td>
                <td className="num" data-label={t.colValueNow} data-testid="detail-value-now">
                  {formatFigure(v.value, i18n)}
                  {v.indicator.unit ? <span className="value-unit"> {v.indicator.unit}</span> : null}
                </td>
                <td className="num" data-label={t.colPrevious} data-testid="detail-value-previous">
                  {v.replaced ? formatFigure(v.previous, i18n) : <span className="tag">{t.previousNone}</span>}
                </td>
                <td data-label={t.colHistory}>
                  {v.history.length > 0 ? v.history.map((h) => formatNumber(h)).join(' · ') : <span className="muted">{t.historyNone}</span>}
                </td>
                <td data-label={t.colOutlier}>
                  {v.outlier ? (
                    <>
                      <span className="badge badge-ended" data-testid="outlier-badge">
                        {t.outlierBadge}
                      </span>
                      <span className="small-text">
                        {' '}
                        {t.outlierText(
                          formatNumber(v.outlier.expectedLow),
                          formatNumber(v.outlier.expectedHigh),
                          v.outlier.method,
                          formatNumber(v.outlier.score),
                          formatNumber(v.outlier.compared),
                        )}
                      </span>
                    </>
                  ) : (
                    <span className="muted">—</span>
                  )}
                </td>
                <td className="break" data-label={t.colFile}>
                  {v.file.row !== null ? t.fileRow(v.file.name, formatNumber(v.file.row)) : v.file.name}
                </td>
                <td className="small-text" data-label={t.colRecorded}>
                  {t.lastMove(formatDateTime(v.recordedAt), v.recordedBy)}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </section>
  );
}

function Timeline({ events }: { events: SubmissionDetail['events'] }) {
  const { t, formatDateTime } = useI18n();
  return (
    <section className="panel" data-testid="submission-timeline">
      <h3>{t.timelineTitle}</h3>
      {events.length === 0 ? <p className="muted">{t.timelineNone}</p> : null}
      <ol className="timeline">
        {events.map((e, i) => (
          <li key={`${e.at}-${i}`} data-action={e.action}>
            <span className="timeline-when">{formatDateTime(e.at)}</span>
            <span className="timeline-what">
              <strong>{t.stepName(e.action)}</strong>
              {e.from && e.to ? <span className="muted"> · {t.timelineMove(t.submissionStateName(e.from), t.submissionStateName(e.to))}</span> : null}
            </span>
            <span className="timeline-who break">{e.actor}</span>
            {e.reason ? (
              <span className="timeline-reason break" data-testid="timeline-reason">
                {t.timelineReason(e.reason)}
              </span>
            ) : null}
          </li>
        ))}
      </ol>
    </section>
  );
}
