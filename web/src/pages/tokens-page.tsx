/**
 * Screen `/ma-truy-cap` (Mã truy cập API, issue #6): the signed-in account's API tokens. A new token is
 * shown once, with a copy button and the warning that it cannot be shown again; the list shows each
 * token's start (prefix), state, expiry and last use, and revokes one after a confirmation.
 */
import { useId, useState, type FormEvent } from 'react';
import { createToken, revokeToken, useTokens, type ApiToken } from '../api/accounts.ts';
import { toApiError, type ApiError } from '../api/http.ts';
import { RequireAction } from '../components/auth/access-notice.tsx';
import { ErrorPanel, Loading } from '../components/feedback.tsx';
import { TextField } from '../components/text-field.tsx';
import { useI18n } from '../i18n/i18n.tsx';
import { useDocumentTitle } from '../lib/use-document-title.ts';

/** The page. */
export function TokensPage() {
  const { t } = useI18n();
  useDocumentTitle(t.tokensTitle);
  return (
    <div className="tokens-page">
      <h1 className="page-title">{t.tokensTitle}</h1>
      <p className="muted page-intro">{t.tokensIntro}</p>
      {/* Every account has tokens; reading unpublished figures is what every role has in common. */}
      <RequireAction action="values.readUnpublished" what={t.needTokens}>
        <Tokens />
      </RequireAction>
    </div>
  );
}

function Tokens() {
  const { t } = useI18n();
  const tokens = useTokens(true);
  const [created, setCreated] = useState<{ token: string; info: ApiToken } | null>(null);
  const [message, setMessage] = useState<string | null>(null);
  const [error, setError] = useState<ApiError | null>(null);

  const revoke = async (token: ApiToken) => {
    if (!window.confirm(t.tokenRevokeConfirm(token.name))) return;
    setError(null);
    try {
      await revokeToken(token.id);
      setMessage(t.tokenRevoked(token.name));
      tokens.retry();
    } catch (err) {
      setError(toApiError(err));
    }
  };

  return (
    <>
      {created ? (
        <CreatedToken created={created} onDone={() => setCreated(null)} />
      ) : (
        <TokenForm
          onCreated={(c) => {
            setCreated(c);
            setMessage(null);
            tokens.retry();
          }}
        />
      )}
      {message ? (
        <p className="outcome outcome-accepted" role="status">
          {message}
        </p>
      ) : null}
      {error ? <ErrorPanel error={error} compact /> : null}
      <section className="panel" data-testid="tokens">
        <h2>{t.tokensTitle}</h2>
        {tokens.error ? <ErrorPanel error={tokens.error} onRetry={tokens.retry} /> : null}
        {!tokens.data && tokens.isLoading ? <Loading /> : null}
        {tokens.data && tokens.data.tokens.length === 0 ? <p className="muted">{t.tokensNone}</p> : null}
        {tokens.data && tokens.data.tokens.length > 0 ? <TokensTable tokens={tokens.data.tokens} onRevoke={(tk) => void revoke(tk)} /> : null}
      </section>
    </>
  );
}

function TokenForm({ onCreated }: { onCreated(created: { token: string; info: ApiToken }): void }) {
  const { t } = useI18n();
  const id = useId();
  const [name, setName] = useState('');
  const [days, setDays] = useState('90');
  const [isSending, setIsSending] = useState(false);
  const [error, setError] = useState<ApiError | null>(null);
  const dayCount = Number(days);
  const isValid = name.trim().length > 0 && Number.isInteger(dayCount) && dayCount >= 1 && dayCount <= 366;

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (!isValid) return;
    setIsSending(true);
    setError(null);
    try {
      onCreated(await createToken(name.trim(), dayCount));
      setName('');
    } catch (err) {
      setError(toApiError(err));
    } finally {
      setIsSending(false);
    }
  };

  return (
    <section className="panel" aria-labelledby={`${id}-heading`} data-testid="token-form">
      <h2 id={`${id}-heading`}>{t.tokenCreateHeading}</h2>
      <form onSubmit={(e) => void submit(e)}>
        <div className="form-grid">
          <TextField
            label={t.tokenNameLabel}
            hint={t.tokenNameHint}
            value={name}
            onChange={setName}
            testId="token-name"
            required
            maxLength={100}
            autoComplete="off"
          />
          <TextField
            label={t.tokenDaysLabel}
            hint={t.tokenDaysHint}
            value={days}
            onChange={setDays}
            testId="token-days"
            type="number"
            min={1}
            max={366}
            required
          />
        </div>
        {error ? <ErrorPanel error={error} compact /> : null}
        <div className="actions">
          <button type="submit" className="button" disabled={isSending || !isValid} data-testid="token-create">
            {t.tokenCreate}
          </button>
        </div>
      </form>
    </section>
  );
}

function CreatedToken({ created, onDone }: { created: { token: string; info: ApiToken }; onDone(): void }) {
  const { t, formatDateTime } = useI18n();
  const id = useId();
  const [copy, setCopy] = useState<'copied' | 'failed' | null>(null);
  const copyToken = async () => {
    try {
      await navigator.clipboard.writeText(created.token);
      setCopy('copied');
    } catch {
      setCopy('failed');
    }
  };
  return (
    <section className="panel token-created" aria-labelledby={`${id}-heading`} data-testid="token-created">
      <h2 id={`${id}-heading`}>{t.tokenCreatedHeading}</h2>
      <p className="notice token-warning" role="alert">
        {t.tokenShownOnce}
      </p>
      <p className="muted">
        {created.info.name} · {t.colTokenExpires}: {formatDateTime(created.info.expiresAt)}
      </p>
      <div className="token-copy">
        <label htmlFor={`${id}-token`} className="visually-hidden">
          {t.tokenCreatedHeading}
        </label>
        <input id={`${id}-token`} className="input token-value" readOnly value={created.token} data-testid="token-value" onFocus={(e) => e.target.select()} />
        <button type="button" className="button" onClick={() => void copyToken()} data-testid="token-copy">
          {t.tokenCopy}
        </button>
      </div>
      {copy ? (
        <p className={copy === 'copied' ? 'field-ok' : 'field-error'} role="status">
          {copy === 'copied' ? t.tokenCopied : t.tokenCopyFailed}
        </p>
      ) : null}
      <div className="actions">
        <button type="button" className="button button-secondary" onClick={onDone} data-testid="token-done">
          {t.tokenDone}
        </button>
      </div>
    </section>
  );
}

function TokensTable({ tokens, onRevoke }: { tokens: ApiToken[]; onRevoke(token: ApiToken): void }) {
  const { t, formatDateTime } = useI18n();
  return (
    <div className="table-scroll">
      <table className="data-table stack-on-phone" data-testid="tokens-table">
        <thead>
          <tr>
            <th scope="col">{t.colTokenName}</th>
            <th scope="col">{t.colTokenPrefix}</th>
            <th scope="col">{t.colTokenState}</th>
            <th scope="col">{t.colScope}</th>
            <th scope="col">{t.colTokenCreated}</th>
            <th scope="col">{t.colTokenExpires}</th>
            <th scope="col">{t.colTokenLastUsed}</th>
            <th scope="col">
              <span className="visually-hidden">{t.colActions}</span>
            </th>
          </tr>
        </thead>
        <tbody>
          {tokens.map((tk) => (
            <tr key={tk.id} data-testid="token-row" data-state={tk.state}>
              <th scope="row" className="break">
                {tk.name}
              </th>
              <td data-label={t.colTokenPrefix}>
                <code>{tk.prefix}…</code>
              </td>
              <td data-label={t.colTokenState}>
                <span className={tk.state === 'active' ? 'badge badge-ok' : 'badge badge-ended'}>{t.tokenStateName(tk.state)}</span>
              </td>
              <td data-label={t.colScope}>{tk.scope ? `${tk.scope.fullName} (${tk.scope.code})` : '—'}</td>
              <td className="small-text" data-label={t.colTokenCreated}>
                {formatDateTime(tk.createdAt)}
              </td>
              <td className="small-text" data-label={t.colTokenExpires}>
                {formatDateTime(tk.expiresAt)}
              </td>
              <td className="small-text" data-label={t.colTokenLastUsed}>
                {tk.lastUsedAt ? formatDateTime(tk.lastUsedAt) : t.tokenNeverUsed}
              </td>
              <td>
                {tk.state === 'active' ? (
                  <button type="button" className="button button-secondary button-small" onClick={() => onRevoke(tk)} data-testid="token-revoke">
                    {t.tokenRevoke}
                  </button>
                ) : null}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
