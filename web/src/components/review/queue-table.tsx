/**
 * The review queue as a table (issue #6): a checkbox per submission (and one for the page), the unit and
 * period, the source (the unit itself or an operator), the state with the reason of a return, how many
 * figures are new and changed, the outliers and warnings, the last move, and a link to the detail.
 */
import { Link, useLocation } from 'react-router';
import type { QueueItem } from '../../api/review.ts';
import { useI18n } from '../../i18n/i18n.tsx';
import { periodName } from '../../lib/period-input.ts';
import { submissionLabel } from '../../lib/review-format.ts';
import { SubmissionStateBadge } from './submission-state-badge.tsx';

interface QueueTableProps {
  items: QueueItem[];
  selected: ReadonlySet<number>;
  onSelect(ids: number[], on: boolean): void;
  /** Whether the account can move anything (no checkboxes otherwise). */
  isSelectable: boolean;
  isLoading: boolean;
}

/** The table. */
export function QueueTable({ items, selected, onSelect, isSelectable, isLoading }: QueueTableProps) {
  const { t, lang, formatNumber, formatDateTime } = useI18n();
  const { search } = useLocation();
  const allOn = items.length > 0 && items.every((i) => selected.has(i.id));
  return (
    <div className="table-scroll">
      <table className="data-table queue-table stack-on-phone" data-testid="queue-table" aria-busy={isLoading}>
        <thead>
          <tr>
            {isSelectable ? (
              <th scope="col" className="select-cell">
                <input
                  type="checkbox"
                  checked={allOn}
                  aria-label={t.queueSelectAll}
                  data-testid="queue-select-all"
                  onChange={(e) =>
                    onSelect(
                      items.map((i) => i.id),
                      e.target.checked,
                    )
                  }
                />
              </th>
            ) : null}
            <th scope="col">{t.colSubmission}</th>
            <th scope="col">{t.colSubmissionPeriod}</th>
            <th scope="col">{t.colParty}</th>
            <th scope="col">{t.colState}</th>
            <th scope="col">{t.colQueueChanges}</th>
            <th scope="col">{t.colChecks}</th>
            <th scope="col">{t.colLastMove}</th>
            <th scope="col">
              <span className="visually-hidden">{t.openDetail}</span>
            </th>
          </tr>
        </thead>
        <tbody>
          {items.map((item) => {
            const label = submissionLabel(item, lang);
            return (
              <tr
                key={item.id}
                data-testid="queue-row"
                data-id={item.id}
                data-state={item.state}
                data-unit={item.unit.code}
                className={selected.has(item.id) ? 'row-current' : undefined}
              >
                {isSelectable ? (
                  <td className="select-cell">
                    <input
                      type="checkbox"
                      checked={selected.has(item.id)}
                      aria-label={t.queueSelect(label)}
                      data-testid="queue-select"
                      onChange={(e) => onSelect([item.id], e.target.checked)}
                    />
                  </td>
                ) : null}
                <th scope="row">
                  <span className="break">{item.unit.name}</span> <span className="unit-code">({item.unit.code})</span>
                </th>
                <td className="nowrap" data-label={t.colSubmissionPeriod}>
                  {periodName(item.period, lang)}
                </td>
                <td data-label={t.colParty}>{item.party ? item.party : <span className="muted">{t.partyOwn}</span>}</td>
                <td data-label={t.colState}>
                  <SubmissionStateBadge state={item.state} />
                  {item.reason && item.state === 'returned' ? (
                    <p className="queue-reason break" data-testid="queue-reason">
                      {item.reason}
                    </p>
                  ) : null}
                </td>
                <td className="nowrap" data-label={t.colQueueChanges} data-testid="queue-changes">
                  {t.queueChangesText(formatNumber(item.newValues), formatNumber(item.changedValues))}
                </td>
                <td data-label={t.colChecks}>
                  {item.outliers > 0 ? (
                    <span className="badge badge-ended" data-testid="queue-outliers">
                      {t.outliersBadge(formatNumber(item.outliers))}
                    </span>
                  ) : null}{' '}
                  {item.warnings.length > 0 ? (
                    <span className="badge badge-future" title={item.warnings.join('\n')} data-testid="queue-warnings">
                      {t.warningsBadge(formatNumber(item.warnings.length))}
                    </span>
                  ) : null}
                  {item.outliers === 0 && item.warnings.length === 0 ? <span className="muted">{t.checksNone}</span> : null}
                </td>
                <td className="small-text" data-label={t.colLastMove}>
                  {t.lastMove(formatDateTime(item.changedAt), item.changedBy)}
                </td>
                <td>
                  <Link to={`/tham-dinh/${item.id}${search}`} data-testid="queue-open" aria-label={`${t.openDetail}: ${label}`}>
                    {t.openDetail}
                  </Link>
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}
