/** Previous / next page buttons with "Trang 2/7" between them. */
import { useI18n } from '../../i18n/i18n.tsx';

interface PaginationProps {
  page: number;
  pages: number;
  onPage(page: number): void;
}

/** The pager; nothing when everything fits on one page. */
export function Pagination({ page, pages, onPage }: PaginationProps) {
  const { t, formatNumber } = useI18n();
  if (pages <= 1) return null;
  return (
    <nav className="pagination" aria-label={t.paginationLabel} data-testid="pagination">
      <button type="button" className="button button-secondary" disabled={page <= 1} onClick={() => onPage(page - 1)}>
        {t.pagePrev}
      </button>
      <span aria-current="page">{t.pageOf(formatNumber(page), formatNumber(pages))}</span>
      <button type="button" className="button button-secondary" disabled={page >= pages} onClick={() => onPage(page + 1)}>
        {t.pageNext}
      </button>
    </nav>
  );
}
