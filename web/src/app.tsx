/** The app shell: routes (`/`, `/units/:code`, `/values`, `/import`, `/criteria`, `/criteria/communes/:code`, `/dashboard[/:code]`), header, the invalid-date notice and footer. */
import { lazy, Suspense, useEffect, useRef } from 'react';
import { BrowserRouter, Route, Routes, useLocation } from 'react-router';
import { AppFooter } from './components/app-footer.tsx';
import { AppHeader } from './components/app-header.tsx';
import { Loading } from './components/feedback.tsx';
import { I18nProvider, useI18n } from './i18n/i18n.tsx';
import { useAtDate } from './lib/use-at-date.ts';
import { CriteriaBoardPage } from './pages/criteria-board-page.tsx';
import { CriteriaCommunePage } from './pages/criteria-commune-page.tsx';
import { ImportPage } from './pages/import-page.tsx';
import { NotFoundPage } from './pages/not-found-page.tsx';
import { UnitBrowserPage } from './pages/unit-browser-page.tsx';
import { UnitPage } from './pages/unit-page.tsx';
import { ValuesPage } from './pages/values-page.tsx';

// The dashboard brings ECharts and d3-geo: loaded only when it is opened, so the other screens stay light.
const DashboardPage = lazy(() => import('./pages/dashboard-page.tsx').then((m) => ({ default: m.DashboardPage })));

/** The whole UI. */
export function App() {
  return (
    <I18nProvider>
      <BrowserRouter>
        <Shell />
      </BrowserRouter>
    </I18nProvider>
  );
}

function Shell() {
  const { t } = useI18n();
  const { invalidParam } = useAtDate();
  const { pathname } = useLocation();
  const shownPath = useRef(pathname);

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
        <Routes>
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
          <Route path="*" element={<NotFoundPage />} />
        </Routes>
      </main>
      <AppFooter />
    </>
  );
}
