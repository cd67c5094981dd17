/**
 * The map section: the units below the dashboard's unit (communes of a province or district, villages of
 * a commune) coloured by a layer the user picks — any indicator of that level, or the criterion-8 status —
 * on the imported boundaries, or a tile grid where none are loaded. A click opens the unit's dashboard.
 */
import { useId, useMemo } from 'react';
import { useNavigate } from 'react-router';
import { usePivot, type DashboardResult, type PivotLevel } from '../../api/analytics.ts';
import { useBoundaries } from '../../api/boundaries.ts';
import { useCatalogue } from '../../api/indicators.ts';
import { useI18n } from '../../i18n/i18n.tsx';
import { buildCriteriaLayer, buildIndicatorLayer, type LayerWords, type MapLayer } from '../../lib/dashboard-map-layer.ts';
import type { ClassMethod } from '../../lib/dashboard-params.ts';
import { ErrorPanel, Loading } from '../feedback.tsx';
import { ChoroplethMap } from '../map/choropleth-map.tsx';

const CRITERIA_LAYER = 'criteria';
const MAPPABLE_TYPES = new Set(['number', 'count', 'percent', 'boolean']);

interface DashboardMapProps {
  dashboard: DashboardResult;
  layer: string | undefined;
  classes: ClassMethod;
  pathFor(code: string): string;
  onLayer(layer: string | undefined): void;
  onClasses(method: ClassMethod): void;
}

/** The level the map of a unit shows: communes under provinces and districts, villages under communes. */
export function mapLevelOf(level: PivotLevel): PivotLevel | null {
  if (level === 'province' || level === 'district') return 'commune';
  if (level === 'commune') return 'village';
  return null;
}

/** The section; nothing for a village. */
export function DashboardMap({ dashboard, layer, classes, pathFor, onLayer, onClasses }: DashboardMapProps) {
  const { t, lang } = useI18n();
  const id = useId();
  const navigate = useNavigate();
  const catalogue = useCatalogue();
  const { unit, children, criteria, year, at } = dashboard;
  const level = mapLevelOf(unit.level);
  const hasCriteria = level === 'commune' && criteria !== null && criteria.communes.length > 0;
  const childIndicators = children?.level === level ? children.indicators : [];

  // Options: the criterion status, the key indicators of the level, then every other indicator kept there.
  const options = useMemo(() => {
    const list: Array<{ value: string; label: string }> = hasCriteria ? [{ value: CRITERIA_LAYER, label: t.dashLayerCriteria }] : [];
    for (const i of childIndicators) list.push({ value: i.code, label: i.name[lang] });
    for (const i of catalogue.data?.indicators ?? []) {
      if (level === null || !i.levels.includes(level as never) || !MAPPABLE_TYPES.has(i.valueType)) continue;
      if (list.some((o) => o.value === i.code)) continue;
      list.push({ value: i.code, label: lang === 'vi' ? i.nameVi : i.nameEn });
    }
    return list;
  }, [hasCriteria, childIndicators, catalogue.data, level, lang, t]);

  const chosen =
    layer && (layer === CRITERIA_LAYER ? hasCriteria : true) ? layer : (childIndicators[0]?.code ?? (hasCriteria ? CRITERIA_LAYER : options[0]?.value));
  const fromChildren = chosen !== undefined && chosen !== CRITERIA_LAYER && childIndicators.some((i) => i.code === chosen);
  const needsPivot = level !== null && chosen !== undefined && chosen !== CRITERIA_LAYER && !fromChildren;
  const pivot = usePivot(needsPivot ? { indicators: [chosen], level, parent: unit.code, periods: [String(year)], at } : null);
  const boundaries = useBoundaries(level === 'commune' ? { level: 'commune', parent: unit.code, at } : null);

  const words = useMemo<LayerWords>(
    () => ({
      lang,
      yes: t.dashYes,
      no: t.dashNo,
      noData: t.dashMapNoData,
      derived: t.dashDerived,
      notComparable: t.dashNotComparable,
      sourceLabel: t.dashSourceLabel,
      source: t.dashSource,
      outcome: t.dashOutcome,
    }),
    [t, lang],
  );
  const mapLayer: MapLayer | null = useMemo(() => {
    if (chosen === CRITERIA_LAYER && criteria) return buildCriteriaLayer(criteria, t.dashLayerCriteria, words);
    if (fromChildren && children) {
      const indicator = children.indicators.find((i) => i.code === chosen)!;
      return buildIndicatorLayer(children.units, children.cells, indicator, String(year), classes, words);
    }
    const indicator = pivot.data?.indicators[0];
    if (needsPivot && pivot.data && indicator) return buildIndicatorLayer(pivot.data.units, pivot.data.cells, indicator, String(year), classes, words);
    return null;
  }, [chosen, criteria, fromChildren, children, pivot.data, needsPivot, year, classes, t, words]);

  if (level === null) return null;
  const isNumeric = chosen !== CRITERIA_LAYER;
  const layerName = options.find((o) => o.value === chosen)?.label ?? mapLayer?.legend.title ?? '';
  // A failed boundary request still leaves the tile grid: the map never stays empty.
  const features = boundaries.data?.features ?? [];

  return (
    <section className="panel dash-map" aria-labelledby="dash-map-heading" data-testid="dashboard-map">
      <div className="panel-head">
        <h2 id="dash-map-heading">
          {t.dashMap}: {t.dashLevelName(level)}
        </h2>
      </div>
      <div className="dash-map-controls">
        <div className="field">
          <label htmlFor={`${id}-layer`} className="field-label">
            {t.dashMapLayer}
          </label>
          <select id={`${id}-layer`} className="input" data-testid="map-layer" value={chosen ?? ''} onChange={(e) => onLayer(e.target.value || undefined)}>
            {options.map((o) => (
              <option key={o.value} value={o.value}>
                {o.label}
              </option>
            ))}
          </select>
        </div>
        {isNumeric ? (
          <div className="field">
            <label htmlFor={`${id}-classes`} className="field-label">
              {t.dashMapClasses}
            </label>
            <select
              id={`${id}-classes`}
              className="input"
              data-testid="map-classes"
              value={classes}
              onChange={(e) => onClasses(e.target.value === 'equal' ? 'equal' : 'quantile')}
            >
              <option value="quantile">{t.dashClassesQuantile}</option>
              <option value="equal">{t.dashClassesEqual}</option>
            </select>
          </div>
        ) : null}
      </div>
      {pivot.error ? <ErrorPanel error={pivot.error} onRetry={pivot.retry} compact /> : null}
      {boundaries.error && boundaries.error.status !== 404 ? <ErrorPanel error={boundaries.error} onRetry={boundaries.retry} compact /> : null}
      {(needsPivot && pivot.isLoading) || boundaries.isLoading ? <Loading label={t.dashMapLoading} /> : null}
      {mapLayer && !boundaries.isLoading ? (
        <ChoroplethMap
          features={features}
          entries={mapLayer.entries}
          legend={mapLayer.legend}
          layerName={layerName}
          canImportBoundaries={level === 'commune'}
          onSelect={(code) => navigate(pathFor(code))}
        />
      ) : null}
    </section>
  );
}
