/**
 * The moves a signed-in account may make on the submissions chosen (issue #6): "Gửi duyệt" for those who
 * enter figures, "Phê duyệt" and "Trả lại…" for reviewers, "Mở lại…" for approved ones. A move applies
 * only when every chosen submission is in a state it moves from; the server moves all or none and names
 * each refusal, shown here with its reason.
 */
import { useState } from 'react';
import type { Action } from '../../../../src/domain/access/roles.ts';
import { toApiError, type ApiError } from '../../api/http.ts';
import { moveSubmissions, type SubmissionState, type Transition } from '../../api/review.ts';
import { useI18n } from '../../i18n/i18n.tsx';
import { useSession } from '../../lib/session.tsx';
import { MoveError } from './move-error.tsx';
import { ReasonDialog } from './reason-dialog.tsx';

interface MoveRule {
  transition: Transition;
  action: Action;
  from: readonly SubmissionState[];
  needsReason: boolean;
  label: 'submitSelected' | 'approveSelected' | 'returnSelected' | 'reopenSelected';
  isSecondary: boolean;
}

/** The same rules as the server's TRANSITIONS (src/services/review/submissions.ts), for what to offer. */
const MOVES: readonly MoveRule[] = [
  { transition: 'submit', action: 'submission.submit', from: ['draft', 'returned'], needsReason: false, label: 'submitSelected', isSecondary: false },
  { transition: 'approve', action: 'submission.review', from: ['submitted'], needsReason: false, label: 'approveSelected', isSecondary: false },
  { transition: 'return', action: 'submission.review', from: ['submitted'], needsReason: true, label: 'returnSelected', isSecondary: true },
  { transition: 'reopen', action: 'submission.reopen', from: ['approved'], needsReason: true, label: 'reopenSelected', isSecondary: true },
];

interface MoveBarProps {
  selected: ReadonlyArray<{ id: number; state: SubmissionState }>;
  /** After a move went through: which and how many. */
  onMoved(transition: Transition, count: number): void;
  /** A single submission's page: no "Đã chọn 3", moves named plainly, and only the moves that apply. */
  isSingle?: boolean;
}

/** The buttons, the reason dialog and the refusal. */
export function MoveBar({ selected, onMoved, isSingle = false }: MoveBarProps) {
  const { t, formatNumber } = useI18n();
  const { can } = useSession();
  const [asking, setAsking] = useState<MoveRule | null>(null);
  const [isBusy, setIsBusy] = useState(false);
  const [error, setError] = useState<ApiError | null>(null);
  const applies = (rule: MoveRule) => selected.length > 0 && selected.every((s) => rule.from.includes(s.state));
  const offered = MOVES.filter((m) => can(m.action) && (!isSingle || applies(m)));
  if (offered.length === 0) return null;

  const run = async (rule: MoveRule, reason?: string) => {
    setIsBusy(true);
    setError(null);
    try {
      const result = await moveSubmissions(
        rule.transition,
        selected.map((s) => ({ id: s.id })),
        reason,
      );
      setAsking(null);
      onMoved(rule.transition, result.moved.length);
    } catch (err) {
      setAsking(null);
      setError(toApiError(err));
    } finally {
      setIsBusy(false);
    }
  };

  return (
    <div className="move-bar" data-testid="move-bar">
      <div className="actions">
        {!isSingle ? (
          <span className="muted" role="status" data-testid="selected-count">
            {t.selectedCount(formatNumber(selected.length))}
          </span>
        ) : null}
        {offered.map((rule) => {
          const isApplicable = applies(rule);
          const label = isSingle ? `${t.transitionName(rule.transition)}${rule.needsReason ? '…' : ''}` : t[rule.label];
          return (
            <button
              key={rule.transition}
              type="button"
              className={rule.isSecondary ? 'button button-secondary' : 'button'}
              disabled={!isApplicable || isBusy}
              title={isApplicable ? undefined : t.moveOnlyFrom(rule.transition, rule.from.map((s) => t.submissionStateName(s)).join(' / '))}
              data-testid={`move-${rule.transition}`}
              onClick={() => (rule.needsReason ? setAsking(rule) : void run(rule))}
            >
              {isBusy && !rule.needsReason ? t.moveBusy : label}
            </button>
          );
        })}
      </div>
      {error ? <MoveError error={error} /> : null}
      {asking ? (
        <ReasonDialog
          title={t.reasonDialogTitle(asking.transition, formatNumber(selected.length))}
          confirmLabel={t.reasonConfirm(asking.transition)}
          isBusy={isBusy}
          onConfirm={(reason) => void run(asking, reason)}
          onCancel={() => setAsking(null)}
        />
      ) : null}
    </div>
  );
}
