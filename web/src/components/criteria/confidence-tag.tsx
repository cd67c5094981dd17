/** The confidence of a rule (regulations.md): [XN] confirmed by the text, [TH] as applied in practice, [CX] uncertain. */
import type { Confidence } from '../../api/criteria.ts';
import { useI18n } from '../../i18n/i18n.tsx';

/** "XN" / "TH" / "CX" with its meaning in the tooltip and for screen readers. */
export function ConfidenceTag({ confidence }: { confidence: Confidence }) {
  const { t } = useI18n();
  return (
    <span className={`tag crit-confidence crit-confidence-${confidence}`} title={t.critConfidenceMeaning(confidence)} data-testid="confidence-tag">
      {confidence}
      <span className="visually-hidden">: {t.critConfidenceMeaning(confidence)}</span>
    </span>
  );
}

/** The legend of the three tags, shown once above the sub-criteria. */
export function ConfidenceLegend() {
  const { t } = useI18n();
  return (
    <dl className="crit-legend" aria-label={t.critConfidenceLegend}>
      {(['XN', 'TH', 'CX'] as const).map((c) => (
        <div key={c}>
          <dt>
            <span className={`tag crit-confidence crit-confidence-${c}`}>{c}</span>
          </dt>
          <dd>{t.critConfidenceMeaning(c)}</dd>
        </div>
      ))}
    </dl>
  );
}
