/** Screen `/doi-mat-khau` (Đổi mật khẩu, issue #6): the signed-in account changes its password, giving the current one. */
import { useState, type FormEvent } from 'react';
import { changeOwnPassword } from '../api/accounts.ts';
import { toApiError, type ApiError } from '../api/http.ts';
import { SignInRequired } from '../components/auth/access-notice.tsx';
import { ErrorPanel, Loading } from '../components/feedback.tsx';
import { TextField } from '../components/text-field.tsx';
import { useI18n } from '../i18n/i18n.tsx';
import { useSession } from '../lib/session.tsx';
import { useDocumentTitle } from '../lib/use-document-title.ts';

/** The page. */
export function ChangePasswordPage() {
  const { t } = useI18n();
  useDocumentTitle(t.passwordTitle);
  const { status, user } = useSession();
  const [form, setForm] = useState({ current: '', next: '', again: '' });
  const [isSending, setIsSending] = useState(false);
  const [error, setError] = useState<ApiError | null>(null);
  const [isDone, setIsDone] = useState(false);
  const differ = form.again !== '' && form.again !== form.next;

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (form.next !== form.again) return;
    setIsSending(true);
    setError(null);
    setIsDone(false);
    try {
      await changeOwnPassword(form.current, form.next);
      setForm({ current: '', next: '', again: '' });
      setIsDone(true);
    } catch (err) {
      setError(toApiError(err));
    } finally {
      setIsSending(false);
    }
  };

  if (status === 'loading') return <Loading />;
  return (
    <div className="auth-page">
      <h1 className="page-title">{t.passwordTitle}</h1>
      {!user ? (
        <SignInRequired what={t.needPassword} />
      ) : (
        <form className="panel auth-form" onSubmit={(e) => void submit(e)} data-testid="password-form">
          <TextField
            label={t.currentPasswordLabel}
            value={form.current}
            onChange={(v) => setForm((f) => ({ ...f, current: v }))}
            testId="password-current"
            type="password"
            autoComplete="current-password"
            required
          />
          <TextField
            label={t.newPasswordLabel}
            hint={t.passwordRules}
            value={form.next}
            onChange={(v) => setForm((f) => ({ ...f, next: v }))}
            testId="password-new"
            type="password"
            autoComplete="new-password"
            required
          />
          <TextField
            label={t.passwordAgainLabel}
            value={form.again}
            onChange={(v) => setForm((f) => ({ ...f, again: v }))}
            testId="password-again"
            type="password"
            autoComplete="new-password"
            required
            problem={differ ? t.passwordsDiffer : undefined}
          />
          {error ? <ErrorPanel error={error} compact /> : null}
          {isDone ? (
            <p className="outcome outcome-accepted" role="status" data-testid="password-changed">
              {t.passwordChanged}
            </p>
          ) : null}
          <div className="actions">
            <button type="submit" className="button" disabled={isSending || differ} data-testid="password-submit">
              {t.passwordSave}
            </button>
          </div>
        </form>
      )}
    </div>
  );
}
