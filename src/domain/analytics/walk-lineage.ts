/**
 * Which units observed on a date make up a unit that did not exist then (R-HIST-2, R-HIST-4): walk
 * the lineage back (new → old, as many reorganisations as needed) until the units in force on the
 * date. A part is 'full' when the whole of every unit on its path went into the next one; a 'partial'
 * part (a split commune) cannot be summed as it is.
 */
import { isInForce } from '../units/dates.ts';

export interface LineageUnit {
  id: number;
  validFrom: string | null;
  validTo: string | null;
}

export interface LineageEdge {
  toId: number;
  from: LineageUnit;
  coverage: 'full' | 'partial';
}

/** A unit in force on the date that is all (full) or part (partial) of the unit asked for. */
export interface LineagePart {
  id: number;
  full: boolean;
}

/**
 * The units in force on `date` that the unit came from; the unit itself when it was in force. Empty
 * when the lineage does not reach the date (a unit created from nothing recorded).
 */
export function walkLineageBack(unit: LineageUnit, date: string, edgesInto: ReadonlyMap<number, readonly LineageEdge[]>): LineagePart[] {
  const parts = new Map<number, boolean>();
  const visit = (u: LineageUnit, full: boolean, depth: number) => {
    if (isInForce(u.validFrom, u.validTo, date)) {
      parts.set(u.id, (parts.get(u.id) ?? true) && full);
      return;
    }
    // Only a unit that began after the date has predecessors in force on it; guard against cycles.
    if (depth > 20 || (u.validFrom !== null && u.validFrom <= date)) return;
    for (const e of edgesInto.get(u.id) ?? []) visit(e.from, full && e.coverage === 'full', depth + 1);
  };
  visit(unit, true, 0);
  return [...parts].map(([id, full]) => ({ id, full }));
}
