/**
 * The app shell: routes (`/`, `/units/:code`, `/values`, `/import`, `/criteria`, `/criteria/communes/:code`,
 * `/dashboard[/:code]`; issue #6: `/dang-nhap`, `/setup`, `/doi-mat-khau`, `/tham-dinh[/:id]`, `/can-nop`,
 * `/ky-bao-cao`, `/tai-khoan`, `/ma-truy-cap`; issue #7: `/bao-cao`), the session, header, the invalid-date
 * notice and footer.
 */
import { lazy, Suspense, useEffect, useRef, type ReactNode } from 'react';
import { BrowserRouter, Route, Routes, useLocation } from 'react-router';
import { AppFooter } from './components/app-footer.tsx';
import { AppHeader } from './components/app-header.tsx';
import { Loading } from './components/feedback.tsx';
import { I18nProvider, useI18n } from './i18n/i18n.tsx';
import { SessionProvider, useSession } from './lib/session.tsx';
import { useAtDate } from './lib/use-at-date.ts';
import { CriteriaBoardPage } from './pages/criteria-board-page.tsx';
import { CriteriaCommunePage } from './pages/criteria-commune-page.tsx';
import { ImportPage } from './pages/import-page.tsx';
import { NotFoundPage } from './pages/not-found-page.tsx';
import { SignInPage } from './pages/sign-in-page.tsx';
import { UnitBrowserPage } from './pages/unit-browser-page.tsx';
import { UnitPage } from './pages/unit-page.tsx';
import { ValuesPage } from './pages/values-page.tsx';

// The dashboard brings ECharts and d3-geo: loaded only when it is opened, so the other screens stay light.
const DashboardPage = lazy(() => import('./pages/dashboard-page.tsx').then((m) => ({ default: m.DashboardPage })));
// The screens of accounts (review, what is due, periods, accounts, tokens): the public never loads them.
const ReviewPage = lazy(() => import('./pages/review-page.tsx').then((m) => ({ default: m.ReviewPage })));
const DuePage = lazy(() => import('./pages/due-page.tsx').then((m) => ({ default: m.DuePage })));
const PeriodsPage = lazy(() => import('./pages/periods-page.tsx').then((m) => ({ default: m.PeriodsPage })));
const AccountsPage = lazy(() => import('./pages/accounts-page.tsx').then((m) => ({ default: m.AccountsPage })));
const TokensPage = lazy(() => import('./pages/tokens-page.tsx').then((m) => ({ default: m.TokensPage })));
const SetupPage = lazy(() => import('./pages/setup-page.tsx').then((m) => ({ default: m.SetupPage })));
const ChangePasswordPage = lazy(() => import('./pages/change-password-page.tsx').then((m) => ({ default: m.ChangePasswordPage })));
// The reports page (issue #7): for accounts only, with its own styles for the paper preview.
const ReportsPage = lazy(() => import('./pages/reports-page.tsx').then((m) => ({ default: m.ReportsPage })));

/** The whole UI. */
export function App() {
  return (
    <I18nProvider>
      <SessionProvider>
        <BrowserRouter>
          <Shell />
        </BrowserRouter>
      </SessionProvider>
    </I18nProvider>
  );
}

/** A lazily loaded page, with "Đang tải…" while its code arrives. */
function Lazy({ page }: { page: ReactNode }) {
  return <Suspense fallback={<Loading />}>{page}</Suspense>;
}

function Shell() {
  const { t } = useI18n();
  const { invalidParam } = useAtDate();
  const { pathname } = useLocation();
  const shownPath = useRef(pathname);
  const { user } = useSession();

  // A new page starts at the top, and screen readers continue from the main content.
  useEffect(() => {
    if (shownPath.current === pathname) return;
    shownPath.current = pathname;
    window.scrollTo(0, 0);
    document.getElementById('main')?.focus({ preventScroll: true });
  }, [pathname]);

  return (
    <>
      <a href="#main" className="skip-link">
        {t.skipToContent}
      </a>
      <AppHeader />
      <main id="main" className="app-main" tabIndex={-1}>
        {invalidParam !== null ? (
          <p className="notice" role="status">
            {t.urlDateInvalid(invalidParam)}
          </p>
        ) : null}
        {/* Signing in or out shows every page afresh: what it may read has changed. */}
        <Routes key={user?.username ?? ''}>
          <Route path="/" element={<UnitBrowserPage />} />
          <Route path="/units/:code" element={<UnitPage />} />
          <Route path="/values" element={<ValuesPage />} />
          <Route path="/import" element={<ImportPage />} />
          <Route path="/criteria" element={<CriteriaBoardPage />} />
          <Route path="/criteria/communes/:code" element={<CriteriaCommunePage />} />
          <Route
            path="/dashboard"
            element={
              <Suspense fallback={<Loading />}>
                <DashboardPage />
              </Suspense>
            }
          />
          <Route
            path="/dashboard/:code"
            element={
              <Suspense fallback={<Loading />}>
                <DashboardPage />
              </Suspense>
            }
          />
          <Route path="/dang-nhap" element={<SignInPage />} />
          <Route path="/setup" element={<Lazy page={<SetupPage />} />} />
          <Route path="/doi-mat-khau" element={<Lazy page={<ChangePasswordPage />} />} />
          <Route path="/tham-dinh" element={<Lazy page={<ReviewPage />} />} />
          <Route path="/tham-dinh/:id" element={<Lazy page={<ReviewPage />} />} />
          <Route path="/can-nop" element={<Lazy page={<DuePage />} />} />
          <Route path="/ky-bao-cao" element={<Lazy page={<PeriodsPage />} />} />
          <Route path="/tai-khoan" element={<Lazy page={<AccountsPage />} />} />
          <Route path="/ma-truy-cap" element={<Lazy page={<TokensPage />} />} />
          <Route path="/bao-cao" element={<Lazy page={<ReportsPage />} />} />
          <Route path="*" element={<NotFoundPage />} />
        </Routes>
      </main>
      <AppFooter />
    </>
  );
}
