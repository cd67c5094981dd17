/**
 * Coverage and the criterion at a glance: "212/216 thôn được phủ sóng băng rộng di động" with a bar, and
 * "x/y xã đạt tiêu chí số 8" with the counts by outcome and a link to the criterion board.
 */
import { Link } from 'react-router';
import type { DashboardResult } from '../../api/analytics.ts';
import { useI18n } from '../../i18n/i18n.tsx';
import { boardPath, communePath } from '../../lib/criteria-params.ts';
import { formatDecimal } from '../../lib/dashboard-format.ts';
import { outcomeClass } from '../../lib/dashboard-map-layer.ts';

/** The coverage panel. */
export function CoveragePanel({ coverage }: { coverage: DashboardResult['coverage'] }) {
  const { t, lang, formatNumber } = useI18n();
  return (
    <section className="panel dash-panel" aria-labelledby="dash-coverage-heading" data-testid="coverage">
      <h2 id="dash-coverage-heading">{t.dashCoverage}</h2>
      {coverage === null ? (
        <p className="empty-note">{t.dashCoverageNone}</p>
      ) : (
        <>
          <p className="dash-big">
            <span data-testid="coverage-count">
              {formatNumber(coverage.covered)}/{formatNumber(coverage.total)}
            </span>
            {coverage.share !== null ? <span className="dash-big-share"> ({formatDecimal(coverage.share * 100, lang, 1)}%)</span> : null}
          </p>
          {coverage.share !== null ? (
            <div className="dash-meter" aria-hidden="true">
              <span style={{ width: `${Math.min(100, Math.max(0, coverage.share * 100))}%` }} />
            </div>
          ) : null}
          <p data-testid="coverage-text">
            {coverage.text[lang]}
            {coverage.derived ? (
              <>
                {' '}
                <span className="badge badge-derived" title={t.dashDerivedHint}>
                  {t.dashDerived}
                </span>
              </>
            ) : null}
          </p>
          <p className="hint">{coverage.period}</p>
        </>
      )}
    </section>
  );
}

const OUTCOMES = ['pass', 'fail', 'missing', 'out_of_scope'] as const;

/** The criterion panel. */
export function CriteriaPanel({ dashboard }: { dashboard: DashboardResult }) {
  const { t, lang, formatNumber, formatDate } = useI18n();
  const criteria = dashboard.criteria;
  const counts = criteria?.communes.reduce<Record<string, number>>(
    (acc, c) => ({ ...acc, [outcomeClass(c.outcome)]: (acc[outcomeClass(c.outcome)] ?? 0) + 1 }),
    {},
  );
  return (
    <section className="panel dash-panel" aria-labelledby="dash-criteria-heading" data-testid="criteria-status">
      <h2 id="dash-criteria-heading">{t.dashCriteria}</h2>
      {criteria === null ? (
        <p className="empty-note">{t.dashCriteriaNone}</p>
      ) : (
        <>
          <p className="dash-big" data-testid="criteria-count">
            {formatNumber(criteria.counts.passed)}/{formatNumber(criteria.counts.inScope)}
          </p>
          <p data-testid="criteria-text">{criteria.text[lang]}</p>
          <ul className="dash-outcomes">
            {OUTCOMES.filter((o) => (counts?.[o] ?? 0) > 0).map((o) => (
              <li key={o} className={`dash-outcome dash-outcome-${o}`}>
                {t.dashOutcome(o)}: <strong>{formatNumber(counts?.[o] ?? 0)}</strong>
              </li>
            ))}
          </ul>
          <p className="hint">
            {criteria.setName[lang]} · {formatDate(criteria.date)}
          </p>
          <Link to={criteriaLink(dashboard, criteria.date)} data-testid="criteria-link">
            {t.dashCriteriaLink}
          </Link>
        </>
      )}
    </section>
  );
}

/** The criterion screen for the unit: a commune's evaluation, else the board of its province. */
function criteriaLink(dashboard: DashboardResult, date: string): string {
  const { unit, ancestors } = dashboard;
  if (unit.level === 'commune') return communePath(unit.code, date);
  const province = unit.level === 'province' ? unit.code : (ancestors.find((a) => a.level === 'province')?.code ?? unit.code);
  return boardPath(province, date);
}
