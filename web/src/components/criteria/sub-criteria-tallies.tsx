/** Per sub-criterion: how many communes meet it, fail it or lack data, and which fail (expandable, linked). */
import { Link } from 'react-router';
import type { CriteriaSummary } from '../../api/criteria.ts';
import { useI18n } from '../../i18n/i18n.tsx';
import { pick } from '../../lib/criteria-format.ts';
import { communePath } from '../../lib/criteria-params.ts';

/** The tallies panel. */
export function SubCriteriaTallies({ summary }: { summary: CriteriaSummary }) {
  const { t, lang, formatNumber } = useI18n();
  if (summary.subCriteria.length === 0) return null;
  return (
    <section className="panel" aria-labelledby="crit-tallies-heading" data-testid="criteria-tallies">
      <h2 id="crit-tallies-heading">{t.critTalliesHeading}</h2>
      <ul className="crit-tallies">
        {summary.subCriteria.map((s) => {
          const total = s.passed + s.failed + s.missing;
          const width = (n: number) => `${total > 0 ? (100 * n) / total : 0}%`;
          return (
            <li key={s.id} className="crit-tally" data-sub={s.id}>
              <div className="crit-tally-head">
                <strong>{s.id}</strong> {pick(s.name, lang)} <span className="unit-code">{s.rule}</span>
              </div>
              <div className="crit-bar" aria-hidden="true">
                <span className="crit-bar-pass" style={{ width: width(s.passed) }} />
                <span className="crit-bar-fail" style={{ width: width(s.failed) }} />
                <span className="crit-bar-missing" style={{ width: width(s.missing) }} />
              </div>
              <p className="crit-tally-counts" data-testid="tally-counts">
                {t.critTallyCounts(formatNumber(s.passed), formatNumber(s.failed), formatNumber(s.missing))}
              </p>
              {s.failing.length > 0 ? (
                <details className="disclosure crit-failing">
                  <summary>{t.critFailingCommunes(formatNumber(s.failing.length))}</summary>
                  <ul className="crit-inline-list">
                    {s.failing.map((u) => (
                      <li key={u.code}>
                        <Link to={communePath(u.code, summary.date, summary.setKind === 'base' ? undefined : summary.setId)}>{u.name}</Link>{' '}
                        <span className="unit-code">({u.code})</span>
                      </li>
                    ))}
                  </ul>
                </details>
              ) : null}
            </li>
          );
        })}
      </ul>
    </section>
  );
}
