/**
 * The accounts of an administrator's scope (issue #6): username, name, role in words, scope, state
 * (active, disabled, locked after failed sign-ins, without a password), and per account: disable or
 * enable, unlock, set a password (its sessions then end). Nobody disables their own account here.
 */
import { useState } from 'react';
import type { AccountView } from '../../../../src/services/auth/account-views.ts';
import { setAccountPassword, unlockAccount, updateAccount } from '../../api/accounts.ts';
import { toApiError, type ApiError } from '../../api/http.ts';
import { useI18n } from '../../i18n/i18n.tsx';
import { ErrorPanel } from '../feedback.tsx';

interface AccountsTableProps {
  accounts: AccountView[];
  /** The signed-in administrator's username. */
  self: string;
  onChanged(message: string): void;
}

/** The table. */
export function AccountsTable({ accounts, self, onChanged }: AccountsTableProps) {
  const { t } = useI18n();
  const [error, setError] = useState<ApiError | null>(null);
  return (
    <>
      {error ? <ErrorPanel error={error} compact /> : null}
      <div className="table-scroll">
        <table className="data-table stack-on-phone" data-testid="accounts-table">
          <thead>
            <tr>
              <th scope="col">{t.colUsername}</th>
              <th scope="col">{t.colDisplayName}</th>
              <th scope="col">{t.colRole}</th>
              <th scope="col">{t.colScope}</th>
              <th scope="col">{t.colAccountState}</th>
              <th scope="col">{t.colActions}</th>
            </tr>
          </thead>
          <tbody>
            {accounts.map((a) => (
              <AccountRow
                key={a.username}
                account={a}
                isSelf={a.username === self}
                onChanged={(message) => {
                  setError(null);
                  onChanged(message);
                }}
                onError={setError}
              />
            ))}
          </tbody>
        </table>
      </div>
    </>
  );
}

function AccountRow({
  account: a,
  isSelf,
  onChanged,
  onError,
}: {
  account: AccountView;
  isSelf: boolean;
  onChanged(message: string): void;
  onError(err: ApiError): void;
}) {
  const { t, formatDateTime } = useI18n();
  const [isBusy, setIsBusy] = useState(false);
  const [password, setPassword] = useState<string | null>(null);

  const act = async (work: () => Promise<unknown>) => {
    setIsBusy(true);
    try {
      await work();
      setPassword(null);
      onChanged(t.accountUpdated(a.username));
    } catch (err) {
      onError(toApiError(err));
    } finally {
      setIsBusy(false);
    }
  };

  return (
    <tr data-testid="account-row" data-username={a.username} data-active={a.active ? 'yes' : 'no'} data-locked={a.locked ? 'yes' : 'no'}>
      <th scope="row" className="break">
        {a.username}
        {isSelf ? <span className="muted"> ({t.accountYou})</span> : null}
      </th>
      <td className="break" data-label={t.colDisplayName}>
        {a.displayName}
      </td>
      <td data-label={t.colRole}>
        {t.roleName(a.role, a.scope === null)}
        {a.operatorCode ? <span className="muted"> · {a.operatorCode}</span> : null}
      </td>
      <td data-label={t.colScope}>
        {a.scope ? (
          <>
            {a.scope.fullName} <span className="unit-code">({a.scope.code})</span>
          </>
        ) : (
          t.scopeWholeCountry
        )}
      </td>
      <td data-label={t.colAccountState}>
        <span className={a.active ? 'badge badge-ok' : 'badge badge-ended'}>{a.active ? t.accountActive : t.accountDisabled}</span>{' '}
        {a.locked && a.lockedUntil ? <span className="badge badge-future">{t.accountLocked(formatDateTime(a.lockedUntil))}</span> : null}{' '}
        {!a.hasPassword ? <span className="badge badge-neutral">{t.accountNoPassword}</span> : null}
      </td>
      <td data-label={t.colActions}>
        <div className="row-actions">
          {!isSelf ? (
            <button
              type="button"
              className="button button-secondary button-small"
              disabled={isBusy}
              data-testid="account-toggle"
              onClick={() => void act(() => updateAccount(a.username, { active: !a.active }))}
            >
              {a.active ? t.accountDisable : t.accountEnable}
            </button>
          ) : null}
          {a.locked ? (
            <button
              type="button"
              className="button button-secondary button-small"
              disabled={isBusy}
              data-testid="account-unlock"
              onClick={() => void act(() => unlockAccount(a.username))}
            >
              {t.accountUnlock}
            </button>
          ) : null}
          {!isSelf && password === null ? (
            <button
              type="button"
              className="button button-secondary button-small"
              disabled={isBusy}
              data-testid="account-password-open"
              onClick={() => setPassword('')}
            >
              {t.accountSetPassword}
            </button>
          ) : null}
        </div>
        {password !== null ? (
          <form
            className="inline-form"
            onSubmit={(e) => {
              e.preventDefault();
              void act(() => setAccountPassword(a.username, password));
            }}
          >
            <label className="visually-hidden" htmlFor={`pw-${a.username}`}>
              {t.newPasswordLabel}
            </label>
            <input
              id={`pw-${a.username}`}
              className="input"
              type="password"
              autoComplete="new-password"
              placeholder={t.newPasswordLabel}
              value={password}
              required
              data-testid="account-password-input"
              onChange={(e) => setPassword(e.target.value)}
            />
            <button type="submit" className="button button-small" disabled={isBusy || password.length === 0} data-testid="account-password-save">
              {t.accountSetPasswordSave}
            </button>
            <button type="button" className="button button-secondary button-small" disabled={isBusy} onClick={() => setPassword(null)}>
              {t.accountCancel}
            </button>
          </form>
        ) : null}
      </td>
    </tr>
  );
}
