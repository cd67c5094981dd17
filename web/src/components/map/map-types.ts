/** What the map components draw: one entry per unit, coloured by the legend item its class names. */

/** One unit on the map. */
export interface MapEntry {
  code: string;
  name: string;
  /** The legend item's key the unit is coloured by; null: no figure. */
  classKey: string | null;
  /** The value as shown in the tooltip ("1.463,5 tỷ đồng", "Đạt"). */
  valueText: string;
  /** More tooltip lines: the figure's source, "số liệu quy đổi"… */
  details?: string[];
}

/** One class of the legend. */
export interface LegendItem {
  key: string;
  label: string;
  color: string;
  /** Striped (no figure, insufficient data): never told by colour alone. */
  isHatched?: boolean;
  /** How many units fall in it. */
  count: number;
}

/** The legend: its title (the layer) and classes, in the order shown. */
export interface MapLegend {
  title: string;
  items: LegendItem[];
}
