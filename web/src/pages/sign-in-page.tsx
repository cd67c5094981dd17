/**
 * Screen `/dang-nhap` (Đăng nhập, issue #6): username and password; on success back to the page that
 * asked (`?next=`, same-site paths only) or to the role's usual screen. Refusals (wrong password, locked
 * account, too many attempts) are the server's words. Links to the first-run setup while it is needed.
 */
import { useId, useState, type FormEvent } from 'react';
import { Link, useNavigate, useSearchParams } from 'react-router';
import { useSetupNeeded } from '../api/auth.ts';
import { toApiError, type ApiError } from '../api/http.ts';
import { ErrorPanel, Loading } from '../components/feedback.tsx';
import { useI18n } from '../i18n/i18n.tsx';
import { useSession } from '../lib/session.tsx';
import { useDocumentTitle } from '../lib/use-document-title.ts';

/** Where a role usually starts. */
const HOME_OF_ROLE: Record<string, string> = {
  officer: '/can-nop',
  reviewer: '/tham-dinh',
  admin: '/tham-dinh',
  operator: '/ma-truy-cap',
  inspector: '/values',
};

/** A `next` that stays on this site: a path, never `//host` or a scheme. */
export function safeNext(next: string | null): string | null {
  return next && next.startsWith('/') && !next.startsWith('//') && !next.startsWith('/\\') ? next : null;
}

/** The sign-in page. */
export function SignInPage() {
  const { t } = useI18n();
  useDocumentTitle(t.signInTitle);
  const id = useId();
  const navigate = useNavigate();
  const [params] = useSearchParams();
  const session = useSession();
  const setup = useSetupNeeded();
  const [username, setUsername] = useState('');
  const [password, setPassword] = useState('');
  const [isSending, setIsSending] = useState(false);
  const [error, setError] = useState<ApiError | null>(null);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setIsSending(true);
    setError(null);
    try {
      const user = await session.signIn(username, password);
      setPassword('');
      navigate(safeNext(params.get('next')) ?? (user ? (HOME_OF_ROLE[user.role] ?? '/') : '/'), { replace: true });
    } catch (err) {
      setError(toApiError(err));
    } finally {
      setIsSending(false);
    }
  };

  if (session.status === 'loading') return <Loading />;

  return (
    <div className="auth-page">
      <h1 className="page-title">{t.signInTitle}</h1>
      {setup.data?.needed ? (
        <p className="notice" role="status" data-testid="setup-needed">
          {t.setupNeededNotice} <Link to="/setup">{t.setupNeededLink}</Link>
        </p>
      ) : null}
      {session.user ? (
        <section className="panel">
          <p data-testid="signed-in-as">{t.signedInAs(`${session.user.displayName} (${session.user.username})`)}</p>
          <button type="button" className="button button-secondary" onClick={() => void session.signOut()}>
            {t.signOut}
          </button>
        </section>
      ) : (
        <form className="panel auth-form" onSubmit={(e) => void submit(e)} data-testid="sign-in-form" aria-labelledby={`${id}-intro`}>
          <p id={`${id}-intro`} className="muted">
            {t.signInIntro}
          </p>
          <div className="field">
            <label htmlFor={`${id}-username`} className="field-label">
              {t.usernameLabel}
            </label>
            <input
              id={`${id}-username`}
              className="input"
              name="username"
              autoComplete="username"
              autoCapitalize="none"
              spellCheck={false}
              required
              maxLength={64}
              value={username}
              data-testid="sign-in-username"
              onChange={(e) => setUsername(e.target.value)}
            />
          </div>
          <div className="field">
            <label htmlFor={`${id}-password`} className="field-label">
              {t.passwordLabel}
            </label>
            <input
              id={`${id}-password`}
              className="input"
              type="password"
              name="password"
              autoComplete="current-password"
              required
              maxLength={1024}
              value={password}
              data-testid="sign-in-password"
              onChange={(e) => setPassword(e.target.value)}
            />
          </div>
          {error ? <ErrorPanel error={error} title={t.signInFailed} compact /> : null}
          <div className="actions">
            <button type="submit" className="button" disabled={isSending} data-testid="sign-in-submit">
              {isSending ? t.signingIn : t.signInButton}
            </button>
          </div>
        </form>
      )}
    </div>
  );
}
