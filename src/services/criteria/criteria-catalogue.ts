/** The criteria sets, their guidance and sub-criteria, and the parameters, as the API and the UI list them. */
import type { Bilingual, Confidence } from '../../domain/indicators/indicator-types.ts';
import type { CriteriaSetId, ParameterDef } from '../../domain/criteria/criteria-types.ts';
import { needOf } from '../../domain/criteria/evaluate-condition.ts';
import { fillThreshold } from '../../domain/criteria/criteria-text.ts';
import { resolveParameters } from '../../domain/criteria/resolve-parameters.ts';
import type { ConditionDef } from '../../domain/criteria/criteria-types.ts';
import { CRITERIA_SETS } from '../../domain/criteria/sets/criteria-sets.ts';
import { CRITERIA_PARAMETERS } from '../../domain/criteria/sets/parameters.ts';

/** A set as listed. */
export interface CriteriaSetView {
  id: CriteriaSetId;
  kind: string;
  name: Bilingual;
  decision: string;
  validFrom: string;
  validTo: string | null;
  criterion: { number: string; name: Bilingual } | null;
  rules: readonly string[];
  note: Bilingual | null;
  guidance: Array<{
    id: string;
    name: Bilingual;
    from: string;
    to: string | null;
    note: Bilingual | null;
    subCriteria: Array<{ id: string; name: Bilingual; rule: string; confidence: Confidence; requirement: Bilingual }>;
  }>;
}

/** The sets and parameters. */
export function getCriteriaCatalogue(): { sets: CriteriaSetView[]; parameters: readonly ParameterDef[] } {
  return {
    sets: CRITERIA_SETS.map((s) => ({
      id: s.id,
      kind: s.kind,
      name: s.name,
      decision: s.decision,
      validFrom: s.validFrom,
      validTo: s.validTo ?? null,
      criterion: s.criterion,
      rules: s.rules,
      note: s.note ?? null,
      guidance: s.guidance.map((g) => ({
        id: g.id,
        name: g.name,
        from: g.from,
        to: g.to ?? null,
        note: g.note ?? null,
        subCriteria: g.subCriteria.map((sub) => ({
          id: sub.id,
          name: sub.name,
          rule: sub.rule,
          confidence: sub.confidence,
          requirement: requirementOf(sub.condition),
        })),
      })),
    })),
    parameters: CRITERIA_PARAMETERS,
  };
}

const DEFAULTS = resolveParameters([]);

/** What a sub-criterion requires, its threshold filled with the national default. */
function requirementOf(def: ConditionDef): Bilingual {
  const need = needOf(def);
  const threshold = def.kind === 'villages' ? def.share?.threshold : def.kind === 'fact' ? def.value : undefined;
  const value = typeof threshold === 'object' && threshold !== null ? (DEFAULTS[threshold.param] ?? null) : (threshold ?? null);
  return fillThreshold(need, value as number | string | boolean | null, def.kind === 'villages');
}
