/**
 * The header's account control (issue #6): "Đăng nhập" for the public; for an account, its name opening
 * a menu with its role in words, its scope and operator, the links to its password and tokens (and, by
 * role, to accounts and periods), and "Đăng xuất".
 */
import { useState } from 'react';
import { Link, useLocation } from 'react-router';
import { useI18n } from '../../i18n/i18n.tsx';
import { useSession } from '../../lib/session.tsx';
import { useSignInLink } from './access-notice.tsx';

/** The control. */
export function UserMenu() {
  const { t } = useI18n();
  const { status, user, can, signOut } = useSession();
  const { pathname } = useLocation();
  const signInLink = useSignInLink();
  const [isSigningOut, setIsSigningOut] = useState(false);

  if (status === 'loading') return <div className="user-menu" aria-hidden="true" />;
  if (!user) {
    // The sign-in page itself links nowhere else.
    return (
      <div className="user-menu">
        <Link className="user-menu-signin" to={pathname === '/dang-nhap' ? '/dang-nhap' : signInLink} data-testid="sign-in-link">
          {t.signInLink}
        </Link>
      </div>
    );
  }

  const out = async () => {
    setIsSigningOut(true);
    try {
      await signOut();
    } finally {
      setIsSigningOut(false);
    }
  };

  return (
    // Keyed by the page: a link followed closes the menu.
    <details className="user-menu" data-testid="user-menu" key={pathname}>
      <summary aria-label={`${t.userMenuLabel}: ${user.displayName}`}>
        <span className="user-menu-name" data-testid="user-menu-name">
          {user.displayName}
        </span>
        <span className="user-menu-role">{t.roleName(user.role, user.scope === null)}</span>
      </summary>
      <div className="user-menu-panel">
        <dl className="facts user-facts">
          <dt>{t.usernameLabel}</dt>
          <dd className="break">{user.username}</dd>
          <dt>{t.userRole}</dt>
          <dd data-testid="user-role">{t.roleName(user.role, user.scope === null)}</dd>
          <dt>{t.userScope}</dt>
          <dd data-testid="user-scope">{user.scope ? user.scope.fullName : t.scopeWholeCountry}</dd>
          {user.operatorCode ? (
            <>
              <dt>{t.userOperator}</dt>
              <dd>{user.operatorCode}</dd>
            </>
          ) : null}
        </dl>
        <ul className="plain-list user-menu-links">
          <li>
            <Link to="/doi-mat-khau">{t.menuChangePassword}</Link>
          </li>
          <li>
            <Link to="/ma-truy-cap">{t.menuTokens}</Link>
          </li>
          {can('users.manage') ? (
            <li>
              <Link to="/tai-khoan" data-testid="menu-accounts">
                {t.menuAccounts}
              </Link>
            </li>
          ) : null}
          {can('period.close') ? (
            <li>
              <Link to="/ky-bao-cao">{t.menuPeriods}</Link>
            </li>
          ) : null}
        </ul>
        <button type="button" className="button button-secondary button-small" data-testid="sign-out" disabled={isSigningOut} onClick={() => void out()}>
          {isSigningOut ? t.signingOut : t.signOut}
        </button>
      </div>
    </details>
  );
}
