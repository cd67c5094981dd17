/**
 * The banner: product name, the main navigation (with the review and what-is-due screens for accounts that
 * read unpublished figures, and the reports for accounts that build them), the effective-date control (not
 * on the criterion screens, the dashboard, the reports or the account screens), the language switch and the
 * account menu.
 */
import { Link, useLocation } from 'react-router';
import { useI18n } from '../i18n/i18n.tsx';
import { useSession } from '../lib/session.tsx';
import { useAtDate } from '../lib/use-at-date.ts';
import { UserMenu } from './auth/user-menu.tsx';
import { DatePicker } from './date-picker.tsx';
import { LangSwitch } from './lang-switch.tsx';

const sections = [
  { path: '/dashboard', label: 'navDashboard', isActive: (p: string) => p.startsWith('/dashboard') },
  { path: '/', label: 'navUnits', isActive: (p: string) => p === '/' || p.startsWith('/units/') },
  { path: '/values', label: 'navValues', isActive: (p: string) => p.startsWith('/values') },
  { path: '/import', label: 'navImport', isActive: (p: string) => p.startsWith('/import') },
  { path: '/criteria', label: 'navCriteria', isActive: (p: string) => p.startsWith('/criteria') },
] as const;

/** Screens of accounts that read unpublished figures. */
const workSections = [
  { path: '/tham-dinh', label: 'navReview', isActive: (p: string) => p.startsWith('/tham-dinh') },
  { path: '/can-nop', label: 'navDue', isActive: (p: string) => p.startsWith('/can-nop') },
] as const;

/** The annual review report (issue #7), for accounts that may build it. */
const reportSection = { path: '/bao-cao', label: 'navReports', isActive: (p: string) => p.startsWith('/bao-cao') } as const;

/** Screens that pick their own dates, or have none: the effective date would only confuse there. */
const withoutDate = [
  '/criteria',
  '/dashboard',
  '/tham-dinh',
  '/can-nop',
  '/ky-bao-cao',
  '/tai-khoan',
  '/ma-truy-cap',
  '/dang-nhap',
  '/setup',
  '/doi-mat-khau',
  '/bao-cao',
];

/** The page header shown on every screen. */
export function AppHeader() {
  const { t } = useI18n();
  const { linkTo } = useAtDate();
  const { pathname } = useLocation();
  const { can } = useSession();
  const shown = [...sections, ...(can('values.readUnpublished') ? workSections : []), ...(can('reports.build') ? [reportSection] : [])];
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
          {shown.map((s) => (
            <Link key={s.path} to={linkTo(s.path)} aria-current={s.isActive(pathname) ? 'page' : undefined}>
              {t[s.label]}
            </Link>
          ))}
        </nav>
        {/* The criterion screens pick their own review date (?date=) and the dashboard its year and date. */}
        {withoutDate.some((p) => pathname.startsWith(p)) ? null : <DatePicker />}
        <div className="header-tools">
          <LangSwitch />
          <UserMenu />
        </div>
      </div>
    </header>
  );
}
