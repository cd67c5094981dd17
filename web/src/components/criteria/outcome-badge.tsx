/**
 * Đạt / Không đạt / Chưa đủ dữ liệu / Không áp dụng: a coloured label that also carries its word and a
 * symbol, so the outcome never rests on colour alone.
 */
import type { AnyOutcome } from '../../api/criteria.ts';
import { useI18n } from '../../i18n/i18n.tsx';

const SYMBOLS: Record<AnyOutcome, string> = { pass: '✓', fail: '✗', missing: '?', not_applicable: '–' };

/** The outcome label; `compact` draws it small for table cells. */
export function OutcomeBadge({ outcome, compact = false, testId }: { outcome: AnyOutcome; compact?: boolean; testId?: string }) {
  const { t } = useI18n();
  return (
    <span className={`crit-outcome crit-outcome-${outcome}${compact ? ' crit-outcome-compact' : ''}`} data-outcome={outcome} data-testid={testId}>
      <span className="crit-outcome-symbol" aria-hidden="true">
        {SYMBOLS[outcome]}
      </span>
      <span className="crit-outcome-word">{t.critOutcome(outcome)}</span>
    </span>
  );
}
