/** Screen 1 (`/`): search box and the tree of units in force on the date, with the tier note. */
import { TWO_TIER_START } from '../../../src/domain/units/unit-types.ts';
import { usePagedUnits } from '../api/units.ts';
import { UnitSearch } from '../components/unit-search.tsx';
import { UnitTree } from '../components/unit-tree.tsx';
import { useI18n } from '../i18n/i18n.tsx';
import { useAtDate } from '../lib/use-at-date.ts';
import { useDocumentTitle } from '../lib/use-document-title.ts';

/** The unit browser. */
export function UnitBrowserPage() {
  const { t, formatDate, formatNumber } = useI18n();
  const { at } = useAtDate();
  const provinces = usePagedUnits(at, undefined, true);
  useDocumentTitle(t.browserTitle);
  // Từ 01/07/2025 chính quyền địa phương 2 cấp (Luật Tổ chức chính quyền địa phương 2025): không còn cấp huyện.
  const isTwoTier = at >= TWO_TIER_START;

  return (
    <div className="browser-layout">
      <h1 className="page-title">{t.browserTitle}</h1>
      <UnitSearch />
      <section className="panel tree-panel" aria-labelledby="tree-heading">
        <div className="panel-head">
          <h2 id="tree-heading">{t.treeHeading(formatDate(at))}</h2>
          {provinces.total !== undefined ? <span className="muted">{t.provinceCount(formatNumber(provinces.total))}</span> : null}
        </div>
        <p className={isTwoTier ? 'tier-note tier-two' : 'tier-note tier-three'} data-testid="tier-note">
          {isTwoTier ? t.hierarchyTwoTier : t.hierarchyThreeTier}
        </p>
        <p className="hint keyboard-hint">{t.treeHelp}</p>
        {provinces.total === 0 ? <p className="muted">{t.noUnitsOnDate}</p> : null}
        {/* Keyed by date so that a new date starts with every node collapsed. */}
        <UnitTree key={at} roots={provinces} label={t.treeLabel} />
      </section>
    </div>
  );
}
