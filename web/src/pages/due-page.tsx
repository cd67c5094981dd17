/**
 * Screen `/can-nop` (Việc cần làm / What is due, issue #6): for a commune (an officer's own by default)
 * or the communes of a province, each ended reporting period still owed — not entered, being entered,
 * returned — with its deadline (dd/mm/yyyy); late ones are highlighted. Optionally the submitted and
 * approved ones too. The unit, date and option live in the address.
 */
import { useState } from 'react';
import { Link } from 'react-router';
import { isIsoDate, parseUserDate, todayInVietnam } from '../../../src/domain/units/dates.ts';
import { useDue, type DueList } from '../api/review.ts';
import { RequireAction } from '../components/auth/access-notice.tsx';
import { ErrorPanel, Loading } from '../components/feedback.tsx';
import { SubmissionStateBadge } from '../components/review/submission-state-badge.tsx';
import { TextField } from '../components/text-field.tsx';
import { UnitPicker } from '../components/unit-picker.tsx';
import { useI18n } from '../i18n/i18n.tsx';
import { periodName } from '../lib/period-input.ts';
import { useSession } from '../lib/session.tsx';
import { useDocumentTitle } from '../lib/use-document-title.ts';
import { useSearchParamPatch } from '../lib/use-search-param-patch.ts';

/** The page. */
export function DuePage() {
  const { t } = useI18n();
  useDocumentTitle(t.dueTitle);
  return (
    <div className="due-page">
      <h1 className="page-title">{t.dueTitle}</h1>
      <p className="muted page-intro">{t.dueIntro}</p>
      <RequireAction action="values.readUnpublished" what={t.needDue}>
        <DueList />
      </RequireAction>
    </div>
  );
}

function DueList() {
  const { t, formatDate } = useI18n();
  const { user, can } = useSession();
  const { params, update } = useSearchParamPatch<'unit' | 'asOf' | 'all'>();
  const unit = params.get('unit') || undefined;
  const asOfParam = params.get('asOf');
  const asOf = asOfParam && isIsoDate(asOfParam) ? asOfParam : undefined;
  const all = params.get('all') === 'true';
  const [asOfText, setAsOfText] = useState(asOf ? formatDate(asOf) : '');
  const needsUnit = !unit && (user?.scope ?? null) === null;
  const due = useDue(needsUnit ? null : { unit, asOf, all });

  const applyDate = (text: string) => {
    setAsOfText(text);
    if (text.trim() === '') update({ asOf: undefined }, true);
    else {
      const iso = parseUserDate(text);
      if (iso) update({ asOf: iso }, true);
    }
  };
  const dateProblem = asOfText.trim() !== '' && !parseUserDate(asOfText) ? t.dateInvalid : undefined;

  return (
    <>
      <section className="panel" data-testid="due-filters">
        <div className="filter-grid">
          <div className="filter-wide">
            <UnitPicker
              label={t.dueUnit}
              hint={t.dueUnitHint}
              code={unit ?? null}
              onChange={(code) => update({ unit: code ?? undefined })}
              at={asOf ?? todayInVietnam()}
              testId="due-unit"
            />
          </div>
          <TextField label={t.dueAsOf} hint={t.dueAsOfHint} value={asOfText} onChange={applyDate} testId="due-as-of" problem={dateProblem} />
          <label className="radio due-all">
            <input type="checkbox" checked={all} onChange={(e) => update({ all: e.target.checked ? 'true' : undefined })} data-testid="due-all" />
            {t.dueAll}
          </label>
        </div>
      </section>
      {needsUnit ? (
        <p className="notice" role="status" data-testid="due-unit-needed">
          {t.dueUnitNeeded}
        </p>
      ) : null}
      {due.error ? <ErrorPanel error={due.error} onRetry={due.retry} /> : null}
      {!due.data && due.isLoading ? <Loading /> : null}
      {due.data ? <DueTable list={due.data} canEnter={can('values.enter')} isLoading={due.isLoading} /> : null}
    </>
  );
}

function DueTable({ list, canEnter, isLoading }: { list: DueList; canEnter: boolean; isLoading: boolean }) {
  const { t, lang, formatDate, formatNumber } = useI18n();
  return (
    <section className="panel" data-testid="due-list">
      <div className="panel-head">
        <h2 data-testid="due-counts">{t.dueCounts(formatNumber(list.counts.outstanding), formatNumber(list.counts.late), formatNumber(list.communes))}</h2>
        {canEnter ? (
          <Link className="button button-secondary" to="/import">
            {t.dueEnter}
          </Link>
        ) : null}
      </div>
      <p className="hint">{t.dueAsOfText(formatDate(list.asOf))}</p>
      {list.rows.length === 0 ? (
        <p className="muted empty-note" data-testid="due-none">
          {t.dueNone}
        </p>
      ) : (
        <div className="table-scroll">
          <table className="data-table stack-on-phone" aria-busy={isLoading}>
            <thead>
              <tr>
                <th scope="col">{t.colDueUnit}</th>
                <th scope="col">{t.colDuePeriod}</th>
                <th scope="col">{t.colPeriodEnd}</th>
                <th scope="col">{t.colDeadline}</th>
                <th scope="col">{t.colDueState}</th>
              </tr>
            </thead>
            <tbody>
              {list.rows.map((r) => (
                <tr
                  key={`${r.unit.code}|${r.period}`}
                  className={r.late ? 'row-late' : undefined}
                  data-testid="due-row"
                  data-unit={r.unit.code}
                  data-period={r.period}
                  data-state={r.state}
                  data-late={r.late ? 'yes' : 'no'}
                >
                  <th scope="row">
                    <span className="break">{r.unit.name}</span> <span className="unit-code">({r.unit.code})</span>
                  </th>
                  <td className="nowrap" data-label={t.colDuePeriod}>
                    {periodName(r.period, lang)}
                  </td>
                  <td className="nowrap" data-label={t.colPeriodEnd}>
                    {formatDate(r.periodEnd)}
                  </td>
                  <td className="nowrap" data-label={t.colDeadline} data-testid="due-deadline">
                    {formatDate(r.deadline)}
                  </td>
                  <td data-label={t.colDueState}>
                    <SubmissionStateBadge state={r.state} />{' '}
                    {r.late ? (
                      <span className="badge badge-late" data-testid="late-badge">
                        {t.lateBadge}
                      </span>
                    ) : null}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      <h3 className="due-deadlines-title">{t.deadlinesTitle}</h3>
      <ul className="plain-list small-text" data-testid="due-deadlines">
        {list.deadlines.map((d) => (
          <li key={d.periodType}>{t.deadlineText(t.periodTypeName(d.periodType), formatNumber(d.daysAfterEnd))}</li>
        ))}
      </ul>
    </section>
  );
}
