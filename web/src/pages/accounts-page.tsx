/**
 * Screen `/tai-khoan` (Tài khoản, issue #6, administrators): the accounts within the administrator's
 * scope, with the creation form and, per account, disable/enable, unlock and set a password.
 */
import { useState } from 'react';
import { useAccounts } from '../api/accounts.ts';
import { AccountForm } from '../components/accounts/account-form.tsx';
import { AccountsTable } from '../components/accounts/accounts-table.tsx';
import { RequireAction } from '../components/auth/access-notice.tsx';
import { ErrorPanel, Loading } from '../components/feedback.tsx';
import { useI18n } from '../i18n/i18n.tsx';
import { useSession } from '../lib/session.tsx';
import { useDocumentTitle } from '../lib/use-document-title.ts';

/** The page. */
export function AccountsPage() {
  const { t } = useI18n();
  useDocumentTitle(t.accountsTitle);
  return (
    <div className="accounts-page">
      <h1 className="page-title">{t.accountsTitle}</h1>
      <p className="muted page-intro">{t.accountsIntro}</p>
      <RequireAction action="users.manage" what={t.needAccounts}>
        <Accounts />
      </RequireAction>
    </div>
  );
}

function Accounts() {
  const { t } = useI18n();
  const { user } = useSession();
  const accounts = useAccounts(true);
  const [message, setMessage] = useState<string | null>(null);
  const changed = (text: string) => {
    setMessage(text);
    accounts.retry();
  };
  return (
    <>
      <AccountForm onCreated={(username) => changed(t.accountCreated(username))} />
      {message ? (
        <p className="outcome outcome-accepted" role="status" data-testid="accounts-message">
          {message}
        </p>
      ) : null}
      <section className="panel" data-testid="accounts">
        <h2>{t.accountsTitle}</h2>
        {accounts.error ? <ErrorPanel error={accounts.error} onRetry={accounts.retry} /> : null}
        {!accounts.data && accounts.isLoading ? <Loading /> : null}
        {accounts.data && accounts.data.accounts.length === 0 ? <p className="muted">{t.accountsNone}</p> : null}
        {accounts.data && accounts.data.accounts.length > 0 ? (
          <AccountsTable accounts={accounts.data.accounts} self={user?.username ?? ''} onChanged={changed} />
        ) : null}
      </section>
    </>
  );
}
