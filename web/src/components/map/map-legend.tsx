/** The map's legend: a swatch, label and unit count per class; striped swatches for units without a figure. */
import { useI18n } from '../../i18n/i18n.tsx';
import type { MapLegend as Legend } from './map-types.ts';

/** The legend under the map. */
export function MapLegend({ legend }: { legend: Legend }) {
  const { t, formatNumber } = useI18n();
  return (
    <figure className="map-legend" data-testid="map-legend">
      <figcaption className="map-legend-title">
        {t.dashMapLegend}: {legend.title}
      </figcaption>
      <ul>
        {legend.items.map((item) => (
          <li key={item.key} data-class={item.key}>
            <span className={item.isHatched ? 'map-swatch map-hatched' : 'map-swatch'} style={{ backgroundColor: item.color }} aria-hidden="true" />
            <span className="map-legend-label">{item.label}</span>
            <span className="map-legend-count">({formatNumber(item.count)})</span>
          </li>
        ))}
      </ul>
    </figure>
  );
}
