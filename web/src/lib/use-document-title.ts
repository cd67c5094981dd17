/** Sets the browser tab title for a page. */
import { useEffect } from 'react';
import { useI18n } from '../i18n/i18n.tsx';

/** Sets document.title to "<page> · ictmon" (or "ictmon" while the page has no title yet). */
export function useDocumentTitle(page: string | undefined): void {
  const { t } = useI18n();
  useEffect(() => {
    document.title = page ? t.documentTitle(page) : 'ictmon';
  }, [page, t]);
}
