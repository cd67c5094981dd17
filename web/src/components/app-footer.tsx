/** Footer: the database engine and the version of the loaded reference data, from /api/meta. */
import { useMeta } from '../api/meta.ts';
import { useI18n } from '../i18n/i18n.tsx';

/** The page footer; shows nothing more than the product name when /api/meta fails. */
export function AppFooter() {
  const { t, formatDate, formatNumber } = useI18n();
  const { data: meta } = useMeta();
  return (
    <footer className="app-footer" data-testid="app-footer">
      <div className="footer-inner">
        <span>ictmon{meta ? ` ${meta.version}` : ''}</span>
        {meta ? (
          <>
            <span>
              {t.footerEngine}: {meta.engine}
            </span>
            <span>
              {t.footerReference}:{' '}
              {meta.reference ? (
                <>
                  {meta.reference.version}
                  {meta.reference.loadedAt ? ` (${formatDate(meta.reference.loadedAt)})` : ''}
                  {' · '}
                  {t.footerReferenceSummary(formatNumber(meta.reference.units), formatNumber(meta.reference.lineage))}
                </>
              ) : (
                t.footerReferenceNone
              )}
            </span>
          </>
        ) : null}
      </div>
    </footer>
  );
}
