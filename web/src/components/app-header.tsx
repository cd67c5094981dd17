/** The banner: product name, the main navigation, the effective-date control (not on the criterion screens or the dashboard) and the language switch. */
import { Link, useLocation } from 'react-router';
import { useI18n } from '../i18n/i18n.tsx';
import { useAtDate } from '../lib/use-at-date.ts';
import { DatePicker } from './date-picker.tsx';
import { LangSwitch } from './lang-switch.tsx';

const sections = [
  { path: '/dashboard', label: 'navDashboard', isActive: (p: string) => p.startsWith('/dashboard') },
  { path: '/', label: 'navUnits', isActive: (p: string) => p === '/' || p.startsWith('/units/') },
  { path: '/values', label: 'navValues', isActive: (p: string) => p.startsWith('/values') },
  { path: '/import', label: 'navImport', isActive: (p: string) => p.startsWith('/import') },
  { path: '/criteria', label: 'navCriteria', isActive: (p: string) => p.startsWith('/criteria') },
] as const;

/** The page header shown on every screen. */
export function AppHeader() {
  const { t } = useI18n();
  const { linkTo } = useAtDate();
  const { pathname } = useLocation();
  return (
    <header className="app-header">
      <div className="header-inner">
        <Link to={linkTo('/')} className="brand">
          <span className="brand-mark" aria-hidden="true" />
          <span className="brand-text">
            <span className="brand-name">ictmon</span>
            <span className="brand-subtitle">{t.appSubtitle}</span>
          </span>
        </Link>
        <nav className="main-nav" aria-label={t.navLabel} data-testid="main-nav">
          {sections.map((s) => (
            <Link key={s.path} to={linkTo(s.path)} aria-current={s.isActive(pathname) ? 'page' : undefined}>
              {t[s.label]}
            </Link>
          ))}
        </nav>
        {/* The criterion screens pick their own review date (?date=) and the dashboard its year and date, so the effective date would only confuse there. */}
        {pathname.startsWith('/criteria') || pathname.startsWith('/dashboard') ? null : <DatePicker />}
        <LangSwitch />
      </div>
    </header>
  );
}
