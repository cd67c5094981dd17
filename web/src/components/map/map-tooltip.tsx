/** The box that follows the pointer (or the focused unit) over the map: name, value, source, and what a click does. */
import { useI18n } from '../../i18n/i18n.tsx';
import type { MapEntry } from './map-types.ts';

/** Where the tooltip points, in pixels from the map's top-left corner. */
export interface TooltipAnchor {
  code: string;
  x: number;
  y: number;
}

/** The tooltip for `entry` at `anchor`; flips left of the point on the right half of the map. */
export function MapTooltip({ entry, anchor, width }: { entry: MapEntry; anchor: TooltipAnchor; width: number }) {
  const { t } = useI18n();
  const isRightHalf = anchor.x > width / 2;
  return (
    <div
      className="map-tooltip"
      role="status"
      data-testid="map-tooltip"
      style={{ top: anchor.y + 14, ...(isRightHalf ? { right: width - anchor.x + 10 } : { left: anchor.x + 10 }) }}
    >
      <strong>{entry.name}</strong>
      <span className="map-tooltip-value">{entry.valueText}</span>
      {entry.details?.map((line) => (
        <span key={line} className="map-tooltip-detail">
          {line}
        </span>
      ))}
      <span className="map-tooltip-hint">{t.dashMapOpen}</span>
    </div>
  );
}
