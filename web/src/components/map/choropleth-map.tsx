/**
 * A choropleth of units: the imported boundaries when there are any, else a tile grid of the same units
 * (never an empty box), with the legend, a tooltip (name, value, source) and a click that selects a unit.
 * Takes its data as props: features, one entry per unit, the legend.
 */
import { useId, useMemo, useRef, useState } from 'react';
import type { BoundaryFeature } from '../../api/boundaries.ts';
import { useI18n } from '../../i18n/i18n.tsx';
import { GeoMap } from './geo-map.tsx';
import { TileGrid } from './tile-grid.tsx';
import { MapLegend } from './map-legend.tsx';
import { NO_DATA_COLOUR } from './map-scale.ts';
import { MapTooltip, type TooltipAnchor } from './map-tooltip.tsx';
import type { MapEntry, MapLegend as Legend } from './map-types.ts';

interface ChoroplethMapProps {
  /** The boundaries (empty: draw the tile grid). */
  features: readonly BoundaryFeature[];
  /** Every unit of the layer, with its class and tooltip text. */
  entries: readonly MapEntry[];
  legend: Legend;
  /** What is mapped ("Tỷ lệ hộ gia đình có Internet"), for the map's accessible name. */
  layerName: string;
  /** Whether boundaries can be imported for these units (communes, provinces): the grid then says how. */
  canImportBoundaries: boolean;
  onSelect(code: string): void;
}

/** The map, its legend and tooltip. */
export function ChoroplethMap({ features, entries, legend, layerName, canImportBoundaries, onSelect }: ChoroplethMapProps) {
  const { t, formatNumber } = useI18n();
  const hatchId = `map-hatch-${useId().replace(/[^a-zA-Z0-9_-]/g, '')}`;
  const frameRef = useRef<HTMLDivElement>(null);
  const [anchor, setAnchor] = useState<(TooltipAnchor & { width: number }) | null>(null);
  const byCode = useMemo(() => new Map(entries.map((e) => [e.code, e])), [entries]);
  const itemByKey = useMemo(() => new Map(legend.items.map((i) => [i.key, i])), [legend]);
  const isGrid = features.length === 0;
  const missing = useMemo(() => {
    if (isGrid) return 0;
    const drawn = new Set(features.map((f) => f.properties.code));
    return entries.filter((e) => !drawn.has(e.code)).length;
  }, [entries, features, isGrid]);

  const itemOf = (code: string) => {
    const key = byCode.get(code)?.classKey;
    return key ? itemByKey.get(key) : undefined;
  };
  const isHatched = (code: string) => itemOf(code)?.isHatched ?? !itemOf(code);
  const fillOf = (code: string) => {
    const item = itemOf(code);
    if (!isGrid && isHatched(code)) return `url(#${hatchId})`;
    return item?.color ?? NO_DATA_COLOUR;
  };
  const hover = (code: string | null, point?: { clientX: number; clientY: number }) => {
    const frame = frameRef.current;
    if (code === null || !point || !frame) return setAnchor(null);
    const box = frame.getBoundingClientRect();
    setAnchor({ code, x: point.clientX - box.left, y: point.clientY - box.top, width: box.width });
  };
  const hovered = anchor ? (byCode.get(anchor.code) ?? featureEntry(features, anchor.code, t.dashMapNoData)) : undefined;

  return (
    <div className="choropleth" data-testid="choropleth" data-mode={isGrid ? 'grid' : 'geo'}>
      {isGrid ? (
        <div className="map-grid-note" role="note" data-testid="map-grid-note">
          <strong>{t.dashMapNoBoundaries}</strong>
          {canImportBoundaries ? <span className="hint">{t.dashMapImportHint}</span> : null}
        </div>
      ) : null}
      <div ref={frameRef} className="map-frame">
        {entries.length === 0 && isGrid ? (
          <p className="empty-note">{t.dashMapNoUnits}</p>
        ) : isGrid ? (
          <TileGrid
            entries={entries}
            fillOf={fillOf}
            isHatched={isHatched}
            label={t.dashMapGridLabel(layerName)}
            activeCode={anchor?.code ?? null}
            onHover={hover}
            onSelect={onSelect}
          />
        ) : (
          <GeoMap
            features={features}
            entries={byCode}
            fillOf={fillOf}
            hatchId={hatchId}
            label={t.dashMapLabel(layerName)}
            activeCode={anchor?.code ?? null}
            onHover={hover}
            onSelect={onSelect}
          />
        )}
        {anchor && hovered ? <MapTooltip entry={hovered} anchor={anchor} width={anchor.width} /> : null}
      </div>
      <MapLegend legend={legend} />
      {missing > 0 ? (
        <p className="hint" data-testid="map-missing">
          {t.dashMapMissing(formatNumber(missing))}
        </p>
      ) : null}
    </div>
  );
}

/** A boundary drawn for a unit the layer does not list: named from the feature, without a figure. */
function featureEntry(features: readonly BoundaryFeature[], code: string, noData: string): MapEntry | undefined {
  const feature = features.find((f) => f.properties.code === code);
  return feature ? { code, name: feature.properties.fullName || feature.properties.name, classKey: null, valueText: noData } : undefined;
}
