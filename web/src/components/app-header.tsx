/** The banner: product name, the effective-date control and the language switch. */
import { Link } from 'react-router';
import { useI18n } from '../i18n/i18n.tsx';
import { useAtDate } from '../lib/use-at-date.ts';
import { DatePicker } from './date-picker.tsx';
import { LangSwitch } from './lang-switch.tsx';

/** The page header shown on every screen. */
export function AppHeader() {
  const { t } = useI18n();
  const { linkTo } = useAtDate();
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
        <DatePicker />
        <LangSwitch />
      </div>
    </header>
  );
}
