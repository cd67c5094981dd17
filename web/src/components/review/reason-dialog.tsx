/**
 * The reason asked before a return or a reopen (issue #6): a modal dialog (the browser's own <dialog>,
 * which keeps the keyboard inside and closes on Escape) with a required reason of at least 3 characters.
 */
import { useEffect, useId, useRef, useState, type FormEvent } from 'react';
import { useI18n } from '../../i18n/i18n.tsx';

interface ReasonDialogProps {
  title: string;
  confirmLabel: string;
  isBusy: boolean;
  onConfirm(reason: string): void;
  onCancel(): void;
}

export const MIN_REASON = 3;

/** The dialog, open while mounted. */
export function ReasonDialog({ title, confirmLabel, isBusy, onConfirm, onCancel }: ReasonDialogProps) {
  const { t } = useI18n();
  const id = useId();
  const ref = useRef<HTMLDialogElement>(null);
  const [reason, setReason] = useState('');
  const [isTouched, setIsTouched] = useState(false);
  const isShort = reason.trim().length < MIN_REASON;

  useEffect(() => {
    const dialog = ref.current;
    if (dialog && !dialog.open) dialog.showModal();
    return () => dialog?.close();
  }, []);

  const submit = (event: FormEvent) => {
    event.preventDefault();
    setIsTouched(true);
    if (!isShort) onConfirm(reason.trim());
  };

  return (
    <dialog
      ref={ref}
      className="reason-dialog"
      aria-labelledby={`${id}-title`}
      data-testid="reason-dialog"
      onCancel={(e) => {
        e.preventDefault();
        if (!isBusy) onCancel();
      }}
    >
      <form onSubmit={submit} noValidate>
        <h2 id={`${id}-title`}>{title}</h2>
        <div className="field">
          <label htmlFor={`${id}-reason`} className="field-label">
            {t.reasonLabel}
          </label>
          <textarea
            id={`${id}-reason`}
            className="input"
            rows={4}
            maxLength={2000}
            required
            value={reason}
            aria-invalid={isTouched && isShort}
            aria-describedby={`${id}-hint`}
            data-testid="reason-input"
            onChange={(e) => setReason(e.target.value)}
          />
          <p id={`${id}-hint`} className={isTouched && isShort ? 'field-error' : 'hint'} role={isTouched && isShort ? 'alert' : undefined}>
            {isTouched && isShort ? t.reasonTooShort : t.reasonHint}
          </p>
        </div>
        <div className="actions">
          <button type="submit" className="button" disabled={isBusy} data-testid="reason-confirm">
            {isBusy ? t.moveBusy : confirmLabel}
          </button>
          <button type="button" className="button button-secondary" disabled={isBusy} onClick={onCancel}>
            {t.reasonCancel}
          </button>
        </div>
      </form>
    </dialog>
  );
}
