/**
 * What a page shows instead of its content when the visitor may not use it (issue #6): the public is
 * asked to sign in (the link comes back here afterwards), a signed-in account whose role may not is told so.
 */
import type { ReactNode } from 'react';
import { Link, useLocation } from 'react-router';
import type { Action } from '../../../../src/domain/access/roles.ts';
import { useI18n } from '../../i18n/i18n.tsx';
import { useSession } from '../../lib/session.tsx';
import { Loading } from '../feedback.tsx';

/** The sign-in address that returns to the current page. */
export function useSignInLink(): string {
  const { pathname, search } = useLocation();
  return `/dang-nhap?next=${encodeURIComponent(`${pathname}${search}`)}`;
}

/** "Cần đăng nhập để …" with the sign-in link. */
export function SignInRequired({ what }: { what: string }) {
  const { t } = useI18n();
  const link = useSignInLink();
  return (
    <section className="panel access-notice" data-testid="sign-in-required">
      <h2>{t.signInRequiredTitle}</h2>
      <p>{t.signInRequired(what)}</p>
      <Link className="button" to={link} data-testid="sign-in-required-link">
        {t.signInLink}
      </Link>
    </section>
  );
}

/** Renders `children` when the signed-in account may take `action`; otherwise the notice that fits. */
export function RequireAction({ action, what, children }: { action: Action; what: string; children: ReactNode }) {
  const { t } = useI18n();
  const { status, user, can } = useSession();
  if (status === 'loading') return <Loading />;
  if (!user) return <SignInRequired what={what} />;
  if (!can(action)) {
    return (
      <p className="notice" role="status" data-testid="role-not-allowed">
        {t.roleNotAllowed(t.roleName(user.role, user.scope === null), what)}
      </p>
    );
  }
  return <>{children}</>;
}
