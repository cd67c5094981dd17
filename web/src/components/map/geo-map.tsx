/**
 * The boundaries as SVG paths: Mercator fitted to the features (d3-geo), no online tiles. Each unit is a
 * focusable link-like path; Enter or a click selects it.
 */
import { geoArea, geoMercator, geoPath } from 'd3-geo';
import { useMemo, type KeyboardEvent, type PointerEvent } from 'react';
import type { MultiPolygon, Polygon, Position } from 'geojson';
import type { BoundaryFeature } from '../../api/boundaries.ts';
import type { MapEntry } from './map-types.ts';

const WIDTH = 800;
const MAX_HEIGHT = 900;

interface GeoMapProps {
  features: readonly BoundaryFeature[];
  entries: ReadonlyMap<string, MapEntry>;
  fillOf(code: string): string;
  /** The id of the striped pattern drawn for units without a figure (`url(#id)` fills). */
  hatchId: string;
  label: string;
  activeCode: string | null;
  onHover(code: string | null, point?: { clientX: number; clientY: number }): void;
  onSelect(code: string): void;
}

/** The polygon map. */
export function GeoMap({ features, entries, fillOf, hatchId, label, activeCode, onHover, onSelect }: GeoMapProps) {
  const drawn = useMemo(() => projectFeatures(features), [features]);
  const focusPoint = (el: SVGPathElement) => {
    const box = el.getBoundingClientRect();
    return { clientX: box.left + box.width / 2, clientY: box.top + box.height / 2 };
  };
  return (
    <svg className="geo-map" viewBox={`0 0 ${WIDTH} ${drawn.height}`} role="group" aria-label={label} data-testid="geo-map">
      <defs>
        <pattern id={hatchId} width="8" height="8" patternUnits="userSpaceOnUse" patternTransform="rotate(45)">
          <rect width="8" height="8" fill="#eceff3" />
          <rect width="4" height="8" fill="#d3d9e1" />
        </pattern>
      </defs>
      {drawn.paths.map(({ code, name, d }) => {
        const entry = entries.get(code);
        return (
          <path
            key={code}
            d={d}
            fill={fillOf(code)}
            className={code === activeCode ? 'geo-unit geo-unit-active' : 'geo-unit'}
            data-code={code}
            data-class={entry?.classKey ?? 'none'}
            role="link"
            tabIndex={0}
            aria-label={`${entry?.name ?? name}: ${entry?.valueText ?? ''}`}
            onPointerMove={(e: PointerEvent<SVGPathElement>) => onHover(code, e)}
            onPointerLeave={() => onHover(null)}
            onFocus={(e) => onHover(code, focusPoint(e.currentTarget))}
            onBlur={() => onHover(null)}
            onClick={() => onSelect(code)}
            onKeyDown={(e: KeyboardEvent<SVGPathElement>) => {
              if (e.key === 'Enter' || e.key === ' ') {
                e.preventDefault();
                onSelect(code);
              }
            }}
          />
        );
      })}
    </svg>
  );
}

interface ProjectedMap {
  height: number;
  paths: Array<{ code: string; name: string; d: string }>;
}

/** Fits a Mercator projection to the features at 800 px wide and draws each one as path data. */
function projectFeatures(features: readonly BoundaryFeature[]): ProjectedMap {
  const rewound = features.map(rewindFeature);
  const collection = { type: 'FeatureCollection' as const, features: rewound };
  const projection = geoMercator().fitWidth(WIDTH, collection);
  const path = geoPath(projection).digits(1);
  const [[, top], [, bottom]] = path.bounds(collection);
  const height = Math.min(MAX_HEIGHT, Math.max(200, Math.ceil(bottom - top)));
  if (bottom - top > MAX_HEIGHT) projection.fitSize([WIDTH, MAX_HEIGHT], collection);
  return {
    height,
    paths: rewound.map((f) => ({ code: f.properties.code, name: f.properties.name, d: path(f) ?? '' })),
  };
}

/**
 * d3-geo reads polygons on the sphere with clockwise outer rings; GeoJSON (RFC 7946) winds them the other
 * way, and d3 would then draw the whole globe minus the commune. A ring enclosing more than a hemisphere
 * is therefore turned around.
 */
function rewindFeature(feature: BoundaryFeature): BoundaryFeature {
  const geometry = feature.geometry;
  const rewindPolygon = (rings: Position[][]): Position[][] =>
    geoArea({ type: 'Polygon', coordinates: rings }) > 2 * Math.PI ? rings.map((ring) => [...ring].reverse()) : rings;
  const fixed: Polygon | MultiPolygon =
    geometry.type === 'Polygon'
      ? { type: 'Polygon', coordinates: rewindPolygon(geometry.coordinates) }
      : { type: 'MultiPolygon', coordinates: geometry.coordinates.map(rewindPolygon) };
  return { ...feature, geometry: fixed };
}
