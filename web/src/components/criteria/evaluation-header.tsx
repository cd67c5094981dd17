/**
 * The head of a commune's criterion page: where the commune sits, the date, the set and guidance applied,
 * its regional column (2021–2025) or commune group (2026) with the reasons, the notes, and the overall result.
 */
import { Link } from 'react-router';
import type { UnitEvaluation } from '../../api/criteria.ts';
import { useI18n } from '../../i18n/i18n.tsx';
import { namedUnit, pick } from '../../lib/criteria-format.ts';
import { boardPath } from '../../lib/criteria-params.ts';
import { OutcomeBadge } from './outcome-badge.tsx';

interface HeaderProps {
  evaluation: UnitEvaluation;
  setParam: string | undefined;
  /** A date whose set has the criterion, offered when this one has none. */
  suggestedDate: string | null;
  onDate(iso: string): void;
}

/** The header and the overall summary. */
export function EvaluationHeader({ evaluation, setParam, suggestedDate, onDate }: HeaderProps) {
  const { t, lang, formatDate, formatNumber } = useI18n();
  const e = evaluation;
  // A set without the criterion says so in its summary; its note would only repeat it.
  const notes = e.notes.filter((n) => n.vi !== e.summary.vi);
  const hasNoCriterion = e.criterion === null && e.setKind === 'base';
  const board = boardPath(e.province.code, e.date, setParam);
  return (
    <>
      <nav aria-label={t.breadcrumbLabel} className="breadcrumbs">
        <ol>
          <li>
            <Link to={board}>{t.critBoardTitle}</Link>
          </li>
          <li>
            <Link to={board}>{e.province.name}</Link>
          </li>
          <li aria-current="page">{namedUnit(e.unit, lang)}</li>
        </ol>
      </nav>
      <header className="unit-head">
        <h1 data-testid="evaluation-title">
          {namedUnit(e.unit, lang)} <span className="title-code">({e.unit.code})</span>
        </h1>
        <p className="muted">
          {e.district ? `${e.district.name}, ` : ''}
          {e.province.name} · <Link to={`/units/${encodeURIComponent(e.unit.code)}?at=${e.date}`}>{t.critUnitPage}</Link> ·{' '}
          <Link to={board}>{t.critProvinceBoard}</Link>
        </p>
      </header>

      <section className="panel crit-overall" aria-labelledby="crit-overall-heading" data-testid="evaluation-overall">
        <h2 id="crit-overall-heading" className="visually-hidden">
          {t.critOverallHeading}
        </h2>
        <div className="crit-overall-line">
          <OutcomeBadge outcome={e.outcome} testId="evaluation-outcome" />
          <p className="crit-overall-text" data-testid="evaluation-summary">
            {pick(e.summary, lang)}
          </p>
        </div>
        <dl className="facts crit-facts-list">
          <dt>{t.critDateLabel}</dt>
          <dd>{formatDate(e.date)}</dd>
          <dt>{t.critSetLabel}</dt>
          <dd data-testid="evaluation-set">
            {e.setId} — {pick(e.setName, lang)}
          </dd>
          <dt>{t.critGuidanceLabel}</dt>
          <dd>{e.guidanceName ? pick(e.guidanceName, lang) : '—'}</dd>
          <dt>{t.critScopeLabel}</dt>
          <dd>{t.critScope(e.scope)}</dd>
          {e.region ? (
            <>
              <dt>{t.critRegionLabel}</dt>
              <dd data-testid="evaluation-region">
                {e.region.applied ? <strong>{e.region.applied} </strong> : null}
                {pick(e.region.reason, lang)}
              </dd>
            </>
          ) : null}
          {e.group ? (
            <>
              <dt>{t.critGroupLabel}</dt>
              <dd data-testid="evaluation-group">
                {e.group.group !== null ? <strong>{t.critGroup(String(e.group.group))} </strong> : null}
                {pick(e.group.reason, lang)}
              </dd>
            </>
          ) : null}
          <dt>{t.critDataLabel}</dt>
          <dd>{t.critDataCounts(formatNumber(e.villageCount), formatNumber(e.factCount))}</dd>
        </dl>
        {notes.length > 0 ? (
          <ul className="crit-notes" data-testid="evaluation-notes">
            {notes.map((n, i) => (
              <li key={i}>{pick(n, lang)}</li>
            ))}
          </ul>
        ) : null}
        {hasNoCriterion && suggestedDate ? (
          <button type="button" className="button" data-testid="criteria-suggest-date" onClick={() => onDate(suggestedDate)}>
            {t.critSuggestDate(formatDate(suggestedDate))}
          </button>
        ) : null}
      </section>
    </>
  );
}
