/**
 * Which units observed on a date make up a unit that did not exist then (R-HIST-2, R-HIST-4): walk
 * the lineage back (new → old, as many reorganisations as needed) until the units in force on the
 * date. A part is 'full' when the whole of every unit on its path went into the next one; a 'partial'
 * part (a split commune) cannot be summed as it is.
 */
import { addDays, isInForce } from '../units/dates.ts';

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

/**
 * The units a unit was formed from that were in force during a period it began inside of, however many
 * times the unit changed within the period (R-HIST-7: a flow over the year a unit began counts what its
 * predecessors did before it began). A unit with three versions in 2025 (A until 28/02, B until 30/06, C
 * from 01/07) → for C in 2025: B and A. Each unit once; 'full' as in walkLineageBack.
 */
export function predecessorsWithin(
  unit: LineageUnit,
  periodStart: string,
  edgesInto: ReadonlyMap<number, readonly LineageEdge[]>,
  unitById: (id: number) => LineageUnit | undefined = (id) => findUnit(edgesInto, id),
): LineagePart[] {
  if (unit.validFrom === null || unit.validFrom <= periodStart) return [];
  const parts = new Map<number, boolean>();
  const visit = (u: LineageUnit, full: boolean, depth: number) => {
    if (depth > 20 || u.validFrom === null || u.validFrom <= periodStart) return;
    for (const p of walkLineageBack(u, addDays(u.validFrom, -1), edgesInto)) {
      const f = full && p.full;
      parts.set(p.id, (parts.get(p.id) ?? true) && f);
      // A predecessor that itself began within the period brings its own predecessors.
      const pu = unitById(p.id);
      if (pu) visit(pu, f, depth + 1);
    }
  };
  visit(unit, true, 0);
  return [...parts].map(([id, full]) => ({ id, full }));
}

/** The unit version `id` as the source of some edge. */
function findUnit(edgesInto: ReadonlyMap<number, readonly LineageEdge[]>, id: number): LineageUnit | undefined {
  for (const list of edgesInto.values()) for (const e of list) if (e.from.id === id) return e.from;
  return undefined;
}
