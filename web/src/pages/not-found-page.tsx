/** Any other path: a short message and a way back. */
import { Link } from 'react-router';
import { useI18n } from '../i18n/i18n.tsx';
import { useAtDate } from '../lib/use-at-date.ts';
import { useDocumentTitle } from '../lib/use-document-title.ts';

/** The 404 screen of the SPA. */
export function NotFoundPage() {
  const { t } = useI18n();
  const { linkTo } = useAtDate();
  useDocumentTitle(t.pageNotFoundTitle);
  return (
    <div className="panel not-found">
      <h1>{t.pageNotFoundTitle}</h1>
      <Link to={linkTo('/')}>{t.backToBrowser}</Link>
    </div>
  );
}
