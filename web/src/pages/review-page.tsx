/**
 * Screen `/tham-dinh` (Thẩm định, issue #6), and `/tham-dinh/:id` for one submission. Reviewers see what
 * waits for them (submitted), choose submissions and approve them in bulk or return them with a reason,
 * and reopen approved ones; a commune officer sees its own submissions being entered or returned (with
 * the reviewer's reason) and submits them. Filters live in the address.
 */
import { useState } from 'react';
import { Link, useParams } from 'react-router';
import { useQueue, type SubmissionState, type Transition } from '../api/review.ts';
import { RequireAction } from '../components/auth/access-notice.tsx';
import { ErrorPanel, Loading } from '../components/feedback.tsx';
import { MoveBar } from '../components/review/move-bar.tsx';
import { QueueFilterPanel, useQueueFilters } from '../components/review/queue-filters.tsx';
import { QueueTable } from '../components/review/queue-table.tsx';
import { SubmissionDetailView } from '../components/review/submission-detail.tsx';
import { Pagination } from '../components/values/pagination.tsx';
import { useI18n } from '../i18n/i18n.tsx';
import { useSession } from '../lib/session.tsx';
import { useDocumentTitle } from '../lib/use-document-title.ts';

const PAGE_SIZE = 50;

/** The review page. */
export function ReviewPage() {
  const { t, formatNumber } = useI18n();
  useDocumentTitle(t.reviewTitle);
  const { id } = useParams();
  const [done, setDone] = useState<string | null>(null);
  const onMoved = (transition: Transition, count: number) => setDone(t.moveDone(transition, formatNumber(count)));
  const detailId = id !== undefined && /^\d+$/.test(id) ? Number(id) : null;

  return (
    <div className="review-page">
      <h1 className="page-title">{t.reviewTitle}</h1>
      <RequireAction action="values.readUnpublished" what={t.needReview}>
        {done ? (
          <p className="outcome outcome-accepted" role="status" data-testid="move-done">
            {done}
          </p>
        ) : null}
        {detailId !== null ? (
          <SubmissionDetailView key={detailId} id={detailId} onMoved={onMoved} />
        ) : (
          <ReviewQueue onMoved={onMoved} onChange={() => setDone(null)} />
        )}
      </RequireAction>
    </div>
  );
}

function ReviewQueue({ onMoved, onChange }: { onMoved(transition: Transition, count: number): void; onChange(): void }) {
  const { t, formatNumber } = useI18n();
  const { can } = useSession();
  const isReviewer = can('submission.review');
  const defaults: SubmissionState[] = isReviewer ? ['submitted'] : ['draft', 'returned'];
  const { filters, update } = useQueueFilters(defaults);
  const query = { states: filters.states, period: filters.period, unit: filters.unit, limit: PAGE_SIZE, offset: (filters.page - 1) * PAGE_SIZE };
  const queue = useQueue(query);
  const [selection, setSelection] = useState<{ key: string; ids: Set<number> }>({ key: '', ids: new Set() });
  const key = JSON.stringify(query);
  // A new page or filter starts with nothing chosen.
  const selected = selection.key === key ? selection.ids : new Set<number>();
  const items = queue.data?.items ?? [];
  const isSelectable = can('submission.submit') || can('submission.review') || can('submission.reopen');

  const select = (ids: number[], on: boolean) => {
    const next = new Set(selected);
    for (const i of ids) {
      if (on) next.add(i);
      else next.delete(i);
    }
    setSelection({ key, ids: next });
    onChange();
  };

  const total = queue.data?.total ?? 0;
  const pages = Math.max(1, Math.ceil(total / PAGE_SIZE));
  return (
    <>
      <p className="muted page-intro">
        {isReviewer ? t.reviewIntroReviewer : t.reviewIntroOfficer}
        {can('period.close') ? (
          <>
            {' '}
            <Link to="/ky-bao-cao">{t.menuPeriods} →</Link>
          </>
        ) : null}
      </p>
      <QueueFilterPanel
        filters={filters}
        update={(patch) => {
          onChange();
          update(patch);
        }}
      />
      <section className="panel" data-testid="review-queue">
        <div className="panel-head">
          <h2>{filters.states.map((s) => t.submissionStateName(s)).join(', ')}</h2>
          <span className="muted" role="status" aria-live="polite" data-testid="queue-count">
            {queue.data ? t.queueCount(formatNumber(items.length), formatNumber(total)) : ''}
          </span>
        </div>
        {isSelectable ? (
          <MoveBar
            selected={items.filter((i) => selected.has(i.id))}
            onMoved={(transition, count) => {
              setSelection({ key: '', ids: new Set() });
              queue.retry();
              onMoved(transition, count);
            }}
          />
        ) : null}
        {queue.error ? <ErrorPanel error={queue.error} onRetry={queue.retry} /> : null}
        {!queue.data && queue.isLoading ? <Loading /> : null}
        {queue.data && items.length === 0 && !queue.isLoading ? (
          <p className="muted empty-note" data-testid="queue-empty">
            {t.queueEmpty}
          </p>
        ) : null}
        {items.length > 0 ? <QueueTable items={items} selected={selected} onSelect={select} isSelectable={isSelectable} isLoading={queue.isLoading} /> : null}
        <Pagination page={filters.page} pages={pages} onPage={(p) => update({ page: String(p) })} />
      </section>
    </>
  );
}
