/** A province's stricter rules laid over a national guidance's sub-criteria, without copying them (regulations.md §6 item 14). */
import type { CriteriaOverlayDef, SubCriterionDef } from './criteria-types.ts';

/** The sub-criteria with the overlay's conditions ANDed in and its local sub-criteria appended. */
export function applyOverlay(subCriteria: readonly SubCriterionDef[], overlay: CriteriaOverlayDef): SubCriterionDef[] {
  const merged = subCriteria.map((sub) => {
    const added = (overlay.addConditions ?? []).filter((a) => a.subCriterion === sub.id).map((a) => a.condition);
    if (added.length === 0) return sub;
    return {
      ...sub,
      rule: `${sub.rule} + ${overlay.id}`,
      condition: {
        kind: 'all' as const,
        id: `${sub.condition.id}+local`,
        need: 'need' in sub.condition ? sub.condition.need : undefined,
        of: [sub.condition, ...added],
      },
    } as SubCriterionDef;
  });
  return [...merged, ...(overlay.addSubCriteria ?? [])];
}
