/** Use case: one unit on a date, with its history, ancestors, predecessors and successors. */
import { countChildren } from '../../db/queries/units/count-children.ts';
import { findAncestors } from '../../db/queries/units/find-ancestors.ts';
import { findLineageLinks, type LineageRow } from '../../db/queries/units/find-lineage-links.ts';
import { findUnitAttributes } from '../../db/queries/units/find-unit-attributes.ts';
import { findUnitVersions } from '../../db/queries/units/find-unit-versions.ts';
import type { UnitRow } from '../../db/queries/units/unit-columns.ts';
import { isInForce } from '../../domain/units/dates.ts';
import type { ServiceContext } from '../context.ts';
import { unitNotFound } from '../errors.ts';
import { requireDate } from './list-units.ts';
import { presentUnit } from './present-unit.ts';
import type { LineageLink, UnitDetail, UnitStatus } from './unit-views.ts';

/** Shows the unit `code` as of `at`; a unit not in force on `at` is shown as it was last (or will first be). */
export async function getUnit(ctx: ServiceContext, input: { code: string; at: string }): Promise<UnitDetail> {
  const at = requireDate(input.at, 'at');
  const code = input.code.trim();
  const versions = await findUnitVersions(ctx.db, code);
  const chosen = chooseVersion(versions, at);
  if (!chosen) throw unitNotFound(code);
  const { version, status } = chosen;
  const refDate = referenceDate(version, status, at);
  const [ancestors, predecessors, successors, attributes, childCount] = await Promise.all([
    findAncestors(ctx.db, version.parentCode, refDate),
    findLineageLinks(ctx.db, version.id, 'predecessors'),
    findLineageLinks(ctx.db, version.id, 'successors'),
    findUnitAttributes(ctx.db, version.id),
    countChildren(ctx.db, version.code, refDate),
  ]);
  return {
    at,
    unit: presentUnit(version),
    status,
    versions: versions.map(presentUnit),
    ancestors: ancestors.map(presentUnit),
    predecessors: predecessors.map(presentLink),
    successors: successors.map(presentLink),
    attributes,
    childCount,
  };
}

/** The version in force on `at`, else the latest that ended before it, else the first that starts after it. */
export function chooseVersion(versions: UnitRow[], at: string): { version: UnitRow; status: UnitStatus } | undefined {
  const current = versions.find((v) => isInForce(v.validFrom, v.validTo, at));
  if (current) return { version: current, status: 'in_force' };
  const ended = versions.filter((v) => v.validTo !== null && v.validTo < at).at(-1);
  if (ended) return { version: ended, status: 'ended' };
  const future = versions[0];
  return future ? { version: future, status: 'not_yet' } : undefined;
}

/** The date on which to read the unit's surroundings: `at` itself, its last day, or its first day. */
function referenceDate(v: UnitRow, status: UnitStatus, at: string): string {
  if (status === 'ended') return v.validTo!;
  if (status === 'not_yet') return v.validFrom ?? at;
  return at;
}

function presentLink(l: LineageRow): LineageLink {
  return { unit: presentUnit(l.unit), coverage: l.coverage, effectiveDate: l.effectiveDate, legalBasis: l.legalBasis };
}
