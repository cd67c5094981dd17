/**
 * The board's headline: "56/96 xã đạt tiêu chí số 8 (58,3%)" with the set and guidance applied, the counts,
 * the same figure a year earlier (and whether it compares), and the set's notes. A set without the ICT
 * criterion (NTM-2026) gets its note in place of the figure, with the last review date that has one.
 */
import type { CriteriaSummary } from '../../api/criteria.ts';
import { useI18n } from '../../i18n/i18n.tsx';
import { pick } from '../../lib/criteria-format.ts';

interface HeadlineProps {
  summary: CriteriaSummary;
  /** A date whose set has the criterion, offered when this one has none. */
  suggestedDate: string | null;
  onDate(iso: string): void;
}

/** True when the board has a figure to show: a set with the ICT criterion, or the model-commune rule. */
export function isCountable(summary: Pick<CriteriaSummary, 'criterion' | 'setKind'>): boolean {
  return summary.criterion !== null || summary.setKind === 'model';
}

/** The headline panel. */
export function CriteriaHeadline({ summary, suggestedDate, onDate }: HeadlineProps) {
  const { t, lang, formatDate, formatNumber } = useI18n();
  const { counts, previousYear } = summary;
  const countable = isCountable(summary);
  const merged = previousYear?.provinces && summary.area && previousYear.provinces.join() !== summary.area.code ? previousYear.provinces : null;

  return (
    <section className="panel crit-headline" aria-labelledby="crit-headline" data-testid="criteria-summary">
      <p className="crit-applied" data-testid="criteria-applied">
        <span title={pick(summary.setName, lang)}>{summary.setId}</span>
        {summary.guidanceId ? <span title={pick(summary.guidanceName, lang)}> · {summary.guidanceId}</span> : null}
        {summary.overlayIds.length > 0 ? <span> · {t.critOverlays(summary.overlayIds.join(', '))}</span> : null}
        <span className="muted"> · {t.critOnDate(formatDate(summary.date))}</span>
      </p>
      <h2 id="crit-headline" className={countable ? 'crit-figure' : 'crit-figure crit-figure-none'} data-testid="criteria-headline">
        {pick(summary.text, lang)}
      </h2>
      <p className="muted crit-set-name">
        {pick(summary.setName, lang)}
        {summary.guidanceName ? ` — ${pick(summary.guidanceName, lang)}` : ''}
      </p>

      {!countable ? (
        <div className="crit-no-criterion" role="note" data-testid="criteria-no-criterion">
          {summary.notes.map((note, i) => (
            <p key={i}>{pick(note, lang)}</p>
          ))}
          {suggestedDate ? (
            <button type="button" className="button" data-testid="criteria-suggest-date" onClick={() => onDate(suggestedDate)}>
              {t.critSuggestDate(formatDate(suggestedDate))}
            </button>
          ) : null}
        </div>
      ) : (
        <>
          <ul className="crit-counts" aria-label={t.critCountsLabel}>
            <li className="crit-count crit-count-pass" data-testid="count-pass">
              <strong>{formatNumber(counts.passed)}</strong> {t.critOutcome('pass').toLowerCase()}
            </li>
            <li className="crit-count crit-count-fail" data-testid="count-fail">
              <strong>{formatNumber(counts.failed)}</strong> {t.critOutcome('fail').toLowerCase()}
            </li>
            <li className="crit-count crit-count-missing" data-testid="count-missing">
              <strong>{formatNumber(counts.missing)}</strong> {t.critOutcome('missing').toLowerCase()}
            </li>
            <li className="crit-count">{t.critOutOfScopeCount(formatNumber(counts.wards), formatNumber(counts.towns))}</li>
          </ul>
          {summary.notes.length > 0 ? (
            <ul className="crit-notes" data-testid="criteria-notes">
              {summary.notes.map((note, i) => (
                <li key={i}>{pick(note, lang)}</li>
              ))}
            </ul>
          ) : null}
        </>
      )}

      {previousYear ? (
        <p className="crit-previous" data-testid="criteria-previous">
          <span className="crit-previous-label">{t.critPreviousYear(formatDate(previousYear.date), previousYear.setId)}</span> {pick(previousYear.text, lang)}
          {merged ? <span className="muted"> {t.critPreviousProvinces(merged.join(', '))}</span> : null}
          {!previousYear.comparable ? <span className="tag tag-partial crit-not-comparable">{t.critNotComparable}</span> : null}
          {previousYear.note ? <span className="crit-previous-note">{pick(previousYear.note, lang)}</span> : null}
        </p>
      ) : null}
    </section>
  );
}
