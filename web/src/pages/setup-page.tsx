/**
 * Screen `/setup` (Khởi tạo hệ thống, issue #6): while the installation has no administrator, the one-time
 * code `ictmon serve` printed on the console creates the first national administrator, who is then signed in.
 */
import { useId, useState, type FormEvent } from 'react';
import { Link, useNavigate } from 'react-router';
import { useSetupNeeded } from '../api/auth.ts';
import { toApiError, type ApiError } from '../api/http.ts';
import { ErrorPanel, Loading } from '../components/feedback.tsx';
import { TextField } from '../components/text-field.tsx';
import { useI18n } from '../i18n/i18n.tsx';
import { useSession } from '../lib/session.tsx';
import { useDocumentTitle } from '../lib/use-document-title.ts';

/** The setup page. */
export function SetupPage() {
  const { t } = useI18n();
  useDocumentTitle(t.setupTitle);
  const id = useId();
  const navigate = useNavigate();
  const session = useSession();
  const needed = useSetupNeeded();
  const [form, setForm] = useState({ code: '', username: '', displayName: '', password: '', again: '' });
  const [isSending, setIsSending] = useState(false);
  const [error, setError] = useState<ApiError | null>(null);
  const set = (key: keyof typeof form) => (value: string) => setForm((f) => ({ ...f, [key]: value }));
  const differ = form.again !== '' && form.again !== form.password;

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (form.password !== form.again) return;
    setIsSending(true);
    setError(null);
    try {
      await session.setup({ code: form.code.trim(), username: form.username.trim(), displayName: form.displayName.trim(), password: form.password });
      navigate('/tai-khoan', { replace: true });
    } catch (err) {
      setError(toApiError(err));
    } finally {
      setIsSending(false);
    }
  };

  if (needed.isLoading) return <Loading />;
  return (
    <div className="auth-page">
      <h1 className="page-title">{t.setupTitle}</h1>
      {needed.error ? <ErrorPanel error={needed.error} onRetry={needed.retry} /> : null}
      {needed.data && !needed.data.needed ? (
        <p className="notice" role="status" data-testid="setup-done">
          {t.setupDone} <Link to="/dang-nhap">{t.signInLink}</Link>
        </p>
      ) : null}
      {needed.data?.needed ? (
        <form className="panel auth-form" onSubmit={(e) => void submit(e)} data-testid="setup-form" aria-labelledby={`${id}-intro`}>
          <p id={`${id}-intro`} className="muted">
            {t.setupIntro}
          </p>
          <TextField
            label={t.setupCodeLabel}
            hint={t.setupCodeHint}
            value={form.code}
            onChange={set('code')}
            testId="setup-code"
            autoComplete="one-time-code"
            required
          />
          <TextField
            label={t.usernameLabel}
            hint={t.usernameRules}
            value={form.username}
            onChange={set('username')}
            testId="setup-username"
            autoComplete="username"
            required
          />
          <TextField
            label={t.displayNameLabel}
            value={form.displayName}
            onChange={set('displayName')}
            testId="setup-display-name"
            autoComplete="name"
            required
          />
          <TextField
            label={t.passwordLabel}
            hint={t.passwordRules}
            value={form.password}
            onChange={set('password')}
            testId="setup-password"
            type="password"
            autoComplete="new-password"
            required
          />
          <TextField
            label={t.passwordAgainLabel}
            value={form.again}
            onChange={set('again')}
            testId="setup-password-again"
            type="password"
            autoComplete="new-password"
            required
            problem={differ ? t.passwordsDiffer : undefined}
          />
          {error ? <ErrorPanel error={error} compact /> : null}
          <div className="actions">
            <button type="submit" className="button" disabled={isSending || differ} data-testid="setup-submit">
              {t.setupButton}
            </button>
          </div>
        </form>
      ) : null}
    </div>
  );
}
