/**
 * The key figures of the year, one card each: the value (1.463,5 with the indicator's unit), the plan,
 * the same period a year earlier, the sentence comparing them (R-AGG-3) and where the figure comes from.
 */
import type { KeyFigure } from '../../api/analytics.ts';
import { useI18n } from '../../i18n/i18n.tsx';
import { formatCellValue, formatIndicatorNumber } from '../../lib/dashboard-format.ts';
import { FigureBadges, useSourceText } from './figure-badges.tsx';

/** The cards. */
export function KeyFigureCards({ figures }: { figures: readonly KeyFigure[] }) {
  const { t } = useI18n();
  return (
    <section className="dash-section" aria-labelledby="dash-key-heading" data-testid="key-figures">
      <h2 id="dash-key-heading">{t.dashKeyFigures}</h2>
      {figures.length === 0 ? (
        <p className="empty-note">{t.dashNoKeyFigures}</p>
      ) : (
        <div className="kf-grid">
          {figures.map((figure) => (
            <KeyFigureCard key={figure.indicator.code} figure={figure} />
          ))}
        </div>
      )}
    </section>
  );
}

function KeyFigureCard({ figure }: { figure: KeyFigure }) {
  const { t, lang } = useI18n();
  const sourceText = useSourceText();
  const { indicator, cell } = figure;
  const words = { yes: t.dashYes, no: t.dashNo, none: t.dashNoValue };
  const number = (value: number | null) => (value === null ? t.dashNone : formatIndicatorNumber(value, indicator, lang));
  const hasValue = cell.value !== null;
  return (
    <article className="kf-card" data-testid="key-figure" data-indicator={indicator.code} data-source={cell.source}>
      <h3 className="kf-name">{indicator.name[lang]}</h3>
      <p className={hasValue ? 'kf-value' : 'kf-value kf-value-none'} data-testid="kf-value" title={sourceText(cell)}>
        {formatCellValue(cell.value, indicator, lang, words)}
      </p>
      <p className="kf-period">
        {figure.periodLabel[lang]} <FigureBadges cell={cell} />
      </p>
      <dl className="kf-compare">
        <div>
          <dt>{t.dashPlan}</dt>
          <dd data-testid="kf-plan">{number(figure.plan)}</dd>
        </div>
        <div>
          <dt>{t.dashPrevious}</dt>
          <dd data-testid="kf-previous">{number(figure.previous)}</dd>
        </div>
      </dl>
      {hasValue ? (
        <p className="kf-text" data-testid="kf-text">
          {figure.text[lang]}
        </p>
      ) : null}
      <p className="kf-source">{sourceText(cell)}</p>
      {cell.note ? <p className="kf-source">{cell.note[lang]}</p> : null}
    </article>
  );
}
