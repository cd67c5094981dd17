/**
 * The map without boundaries: one square per unit in code order, in a near-square grid, coloured like
 * the map, with the unit's initials; hover or focus shows the tooltip, a click selects the unit.
 */
import type { MapEntry } from './map-types.ts';
import { isDarkColour } from './map-scale.ts';

interface TileGridProps {
  entries: readonly MapEntry[];
  fillOf(code: string): string;
  isHatched(code: string): boolean;
  label: string;
  activeCode: string | null;
  onHover(code: string | null, point?: { clientX: number; clientY: number }): void;
  onSelect(code: string): void;
}

/** The grid. */
export function TileGrid({ entries, fillOf, isHatched, label, activeCode, onHover, onSelect }: TileGridProps) {
  const sorted = [...entries].sort((a, b) => a.code.localeCompare(b.code));
  const columns = Math.max(1, Math.ceil(Math.sqrt(sorted.length)));
  return (
    <div
      className="tile-grid"
      role="group"
      aria-label={label}
      data-testid="tile-grid"
      style={{ gridTemplateColumns: `repeat(${columns}, minmax(0, 1fr))`, maxWidth: `${columns * 4.5}rem` }}
    >
      {sorted.map((entry) => {
        const fill = fillOf(entry.code);
        const classes = [
          'map-tile',
          isHatched(entry.code) ? 'map-hatched' : '',
          isDarkColour(fill) ? 'map-tile-dark' : '',
          entry.code === activeCode ? 'map-tile-active' : '',
        ];
        return (
          <button
            key={entry.code}
            type="button"
            className={classes.filter(Boolean).join(' ')}
            style={{ backgroundColor: fill }}
            data-code={entry.code}
            data-class={entry.classKey ?? 'none'}
            aria-label={`${entry.name}: ${entry.valueText}`}
            onPointerMove={(e) => onHover(entry.code, e)}
            onPointerLeave={() => onHover(null)}
            onFocus={(e) => {
              const box = e.currentTarget.getBoundingClientRect();
              onHover(entry.code, { clientX: box.left + box.width / 2, clientY: box.top + box.height / 2 });
            }}
            onBlur={() => onHover(null)}
            onClick={() => onSelect(entry.code)}
          >
            <span aria-hidden="true">{initials(entry.name)}</span>
          </button>
        );
      })}
    </div>
  );
}

// The type words a unit's name may start with ("Xã Đức Xuân"): left out of the initials.
const TYPE_WORDS = /^(xã|phường|thị trấn|đặc khu|thôn|bản|xóm|ấp|tổ dân phố|tổ|khu phố|khu)\s+(?=\S)/i;

/** "Đức Xuân" → "ĐX", "Xã Đức Xuân" → "ĐX", "Phường 12" → "12": enough to find a unit again, the tooltip names it. */
function initials(name: string): string {
  return name
    .replace(TYPE_WORDS, '')
    .split(/\s+/)
    .filter(Boolean)
    .map((word) => (/^\d+$/.test(word) ? word : word.charAt(0).toUpperCase()))
    .join('')
    .slice(0, 4);
}
