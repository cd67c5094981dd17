/**
 * Re-basing a ratio onto a unit that did not exist when it was observed (R-HIST-4): sum the counts
 * (numerators and denominators) of the predecessor units and recompute — never average their
 * percentages. A predecessor that went only partly into the unit can be re-based only from village
 * level data; otherwise the figure is flagged as not comparable. The result is labelled as derived.
 */
import { formatNumberVi } from '../format/vi-format.ts';
import type { Bilingual } from '../indicators/indicator-types.ts';

/** One predecessor's counts as observed (R-HIST-3: on the unit observed). */
export interface PredecessorCounts {
  code: string;
  name: string;
  numerator: number;
  denominator: number;
  /** Whether the whole predecessor went into the unit ('full') or part of it ('partial'). */
  coverage: 'full' | 'partial';
  /** The counts come from the villages that went into the unit (allowed for a partial predecessor). */
  fromVillages?: boolean;
}

/** The re-based figure. */
export interface RebasedRatio {
  numerator: number;
  denominator: number;
  /** numerator / denominator × 100, one decimal; null when the denominator is 0. */
  share: number | null;
  /** Always true: a figure computed for a unit that did not exist in the period. */
  derived: true;
  comparable: boolean;
  label: Bilingual;
  predecessors: readonly PredecessorCounts[];
}

/** Sums the predecessors' counts into the new unit's ratio. */
export function rebaseCounts(predecessors: readonly PredecessorCounts[]): RebasedRatio {
  const numerator = predecessors.reduce((s, p) => s + p.numerator, 0);
  const denominator = predecessors.reduce((s, p) => s + p.denominator, 0);
  const share = denominator > 0 ? Math.round((1000 * numerator) / denominator) / 10 : null;
  const comparable = predecessors.length > 0 && predecessors.every((p) => p.coverage === 'full' || p.fromVillages === true);
  const from = predecessors.map((p) => p.name).join(' + ');
  return {
    numerator,
    denominator,
    share,
    derived: true,
    comparable,
    predecessors,
    label: comparable
      ? { vi: `Số liệu quy đổi từ ${from} (cộng tử số, mẫu số)`, en: `Derived from ${from} (counts summed)` }
      : {
          vi: `Không so sánh được: có đơn vị tiền thân bị chia tách mà không có số liệu cấp thôn (${from})`,
          en: `Not comparable: a predecessor was split and has no village-level data (${from})`,
        },
  };
}

/** "17/18 = 94,4%". */
export function formatRatio(r: Pick<RebasedRatio, 'numerator' | 'denominator' | 'share'>): string {
  return `${formatNumberVi(r.numerator)}/${formatNumberVi(r.denominator)}${r.share === null ? '' : ` = ${formatNumberVi(r.share, 1)}%`}`;
}
