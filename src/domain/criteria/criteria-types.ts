/**
 * The new-rural-development criteria as data (regulations.md §1–§2, §6): criteria sets by legal
 * version, the ministry guidance in force within each, sub-criteria built from declarative conditions
 * over indicator values, and named parameters for the thresholds the texts leave uncertain.
 */
import type { Bilingual, Confidence, IndicatorValue } from '../indicators/indicator-types.ts';

/** The criteria sets ictmon knows (regulations.md §1). */
export const CRITERIA_SET_IDS = ['NTM-2010', 'NTM-2016', 'NTM-2021', 'NTM-2021-NC', 'NTM-2021-KM', 'NTM-2026'] as const;
export type CriteriaSetId = (typeof CRITERIA_SET_IDS)[number];

/** base: xã NTM; advanced: xã NTM nâng cao; model: xã NTM kiểu mẫu. */
export type CriteriaSetKind = 'base' | 'advanced' | 'model';

/** Comparison operators of conditions. */
export const COMPARE_OPS = ['>=', '>', '<=', '<', '=', '!='] as const;
export type CompareOp = (typeof COMPARE_OPS)[number];

/** A threshold: a number fixed by the text, or a named parameter (regulations.md §6). */
export type Threshold = number | { param: string };

/** What a condition requires and how its failure is said, in both languages. */
export interface ConditionText {
  /** The requirement: "mở cửa phục vụ ≥ {t} giờ/ngày làm việc"; `{t}` is the threshold. */
  need: Bilingual;
  /** The shortfall, said of the unit: "chưa có dịch vụ truy nhập Internet". */
  lack: Bilingual;
}

/**
 * One condition. Leaves read facts (indicator values) of the commune, or of each village; `all`/`any`
 * combine them in three-valued logic (đạt / không đạt / chưa đủ dữ liệu).
 */
export type ConditionDef =
  | ({ kind: 'fact'; id: string; fact: string; op?: CompareOp; value?: Threshold | string | boolean } & ConditionText)
  | ({ kind: 'ratio'; id: string; numerator: string; denominator: string; share?: string; op: '>=' | '>'; threshold: Threshold } & ConditionText)
  | ({ kind: 'all'; id: string; of: readonly ConditionDef[] } & Partial<ConditionText>)
  | ({ kind: 'any'; id: string; of: readonly ConditionDef[] } & Partial<ConditionText>)
  /**
   * Every village (no `share`) or a share of the villages must meet `each`. `counts` lets a commune's
   * reported counts stand in when its villages' own values are incomplete.
   */
  | ({
      kind: 'villages';
      id: string;
      each: ConditionDef;
      share?: { op: '>=' | '>'; threshold: Threshold };
      counts?: { numerator: string; denominator: string };
    } & ConditionText)
  /** Another criteria set's result on the same date must be đạt (nâng cao needs NTM first). */
  | ({ kind: 'set'; id: string; set: CriteriaSetId } & ConditionText)
  /** Applied only while the parameter is on (not null, not false): optional conditions such as R-1127-8.2-opt. */
  | { kind: 'when_param'; id: string; param: string; then: ConditionDef };

/** One sub-criterion (8.1, 8.2…) of a set, or of its guidance. */
export interface SubCriterionDef {
  id: string;
  name: Bilingual;
  /** regulations.md rule id: "R-1127-8.2". */
  rule: string;
  confidence: Confidence;
  condition: ConditionDef;
}

/** Ministry guidance in force within a set for a span of dates (R-VER: QĐ 441 before 22/06/2022, QĐ 1127 from then). */
export interface GuidanceDef {
  id: string;
  name: Bilingual;
  /** First day the guidance is applied, inclusive. */
  from: string;
  /** Last day, inclusive; absent = until the set ends. */
  to?: string;
  subCriteria: readonly SubCriterionDef[];
  /** Why the guidance applies on a date before it was issued, when it does (the set came first). */
  note?: Bilingual;
}

/** A value a parameter takes: a number (a share as a fraction 0–1, or hours, kg…), a switch, or null = off. */
export type ParamValue = number | boolean | null;

/** A context a parameter value can depend on: island communes, DTTS&MN areas, the region column applied, NTM-2026 group. */
export type ParamContext = 'island' | 'dtts_mn' | `region:${string}` | `group:${1 | 2 | 3}`;

/** A named parameter of the criteria: a threshold the texts leave uncertain ([CX]) or a switch. */
export interface ParameterDef {
  key: string;
  name: Bilingual;
  /** 'share' values are fractions 0–1 shown as %, 'number' are plain, 'switch' are booleans. */
  type: 'share' | 'number' | 'switch';
  default: ParamValue;
  /** Values that replace the default in a context (the first that matches wins). */
  byContext?: readonly { when: ParamContext; value: ParamValue }[];
  /** Which way is stricter, so a province overlay can only tighten it. */
  stricter: 'higher' | 'lower' | 'on';
  confidence: Confidence;
  source: string;
  note?: Bilingual;
}

/** The criterion an NTM set puts ICT under: "8. Thông tin và Truyền thông" until 2025. */
export interface CriterionDef {
  number: string;
  name: Bilingual;
}

/** One criteria set (a legal version). */
export interface CriteriaSetDef {
  id: CriteriaSetId;
  kind: CriteriaSetKind;
  name: Bilingual;
  /** The Prime Minister's decision. */
  decision: string;
  validFrom: string;
  /** Last day in force, inclusive; absent = still in force. */
  validTo?: string;
  /** The ICT criterion; null where the set has none (NTM-2026, §2.6). */
  criterion: CriterionDef | null;
  guidance: readonly GuidanceDef[];
  /** Said on every evaluation under the set (NTM-2026: no stand-alone ICT criterion). */
  note?: Bilingual;
  /** Communes are grouped by region columns (2021) or commune groups (2026). */
  grouping: 'none' | 'region' | 'group2026';
  /** Regulations.md rules the set's own logic follows (R-AND, R-REGION-318, R-51-GROUP…). */
  rules: readonly string[];
}

/** A province's stricter local rules over a national set, without copying it (regulations.md §6 item 14). */
export interface CriteriaOverlayDef {
  id: string;
  /** Province code the overlay applies to (its communes). */
  province: string;
  name: Bilingual;
  /** The provincial decision: "QĐ 3429/QĐ-UBND (15/09/2022)". */
  decision: string;
  set: CriteriaSetId;
  validFrom: string;
  validTo?: string;
  /** Parameter values, each at least as strict as the national one. */
  parameters?: Readonly<Record<string, ParamValue>>;
  /** Conditions added (AND) to existing sub-criteria. */
  addConditions?: readonly { subCriterion: string; condition: ConditionDef }[];
  /** Local sub-criteria added to the set. */
  addSubCriteria?: readonly SubCriterionDef[];
}

/** Đạt / không đạt / chưa đủ dữ liệu. */
export type Outcome = 'pass' | 'fail' | 'missing';

/** A fact as given to the engine: its value and, when it came from the database, the period it was reported for. */
export interface Fact {
  value: IndicatorValue;
  period?: string;
}

/** One unit's facts: indicator code → fact. */
export interface UnitFacts {
  code: string;
  name: string;
  /** Unit type code (thon, ban, commune, ward…). */
  typeCode?: string;
  facts: Readonly<Record<string, Fact>>;
}

/** The commune's classification facts (unit attributes, regulations.md §2.3, §2.6). */
export interface CommuneProfile {
  isDbkk?: boolean;
  isIsland?: boolean;
  /** Geographic region (attribute ntm_region). */
  region?: string;
  /** Khu vực I/II/III in DTTS&MN ('1' | '2' | '3'), absent outside. */
  dttsArea?: string;
  /** Share of agriculture in the commune economy, percent. */
  agricultureShare?: number;
  /** Adjacent to an urban area and oriented to become urban, or oriented to become a new urban area. */
  urbanOriented?: boolean;
  /** The group the competent authority assigned (attribute ntm2026_group), which wins over derivation. */
  group2026?: number;
}

/** Everything the engine needs about one commune on one date. */
export interface CommuneFacts extends UnitFacts {
  typeCode: string;
  profile: CommuneProfile;
  /** The villages in force under the commune on the date. */
  villages: readonly UnitFacts[];
}

/** A value the evaluation needed and did not find. */
export interface MissingFact {
  unitCode: string;
  unitName: string;
  fact: string;
  factName: Bilingual;
}

/** A village named in a result. */
export interface NamedUnit {
  code: string;
  name: string;
  typeCode?: string;
}

/** The evaluated condition tree, for display and for gaps. */
export interface ConditionResult {
  id: string;
  kind: ConditionDef['kind'];
  outcome: Outcome;
  /** The condition was switched off by its parameter (counts as met). */
  notApplied?: boolean;
  need: Bilingual;
  /** The shortfall, threshold filled in ("điểm phục vụ mở cửa dưới 4 giờ/ngày làm việc"). */
  lack?: Bilingual;
  /** For every-village checks: what each failing village lacks, by village code. */
  villageLacks?: Readonly<Record<string, Bilingual>>;
  /** What was found: "3,5 giờ/ngày", "15/16 thôn". */
  found?: Bilingual;
  /** What would make it pass. */
  gap?: Bilingual;
  children?: readonly ConditionResult[];
  villages?: { total: number; passing: number; failing: readonly NamedUnit[]; missing: readonly NamedUnit[]; fromCounts?: boolean };
  facts?: readonly { unitCode: string; fact: string; value: IndicatorValue; period?: string }[];
}

/** One sub-criterion's result with its reasons. */
export interface SubCriterionResult {
  id: string;
  name: Bilingual;
  rule: string;
  confidence: Confidence;
  outcome: Outcome;
  /** "8.2 không đạt: bản Nà Tu chưa có dịch vụ truy nhập Internet (R-1127-8.2)". */
  reasons: readonly Bilingual[];
  /** What the commune lacks to pass. */
  gaps: readonly Bilingual[];
  missing: readonly MissingFact[];
  condition: ConditionResult;
  /** Set by a province overlay. */
  local?: boolean;
}

/** Why the commune is (not) judged: NTM criteria are for xã (R-AGG-1). */
export type Scope = 'in_scope' | 'ward' | 'town' | 'not_commune';

/** The evaluation of one commune on one date under one set. */
export interface CriteriaEvaluation {
  unit: NamedUnit;
  date: string;
  setId: CriteriaSetId;
  setName: Bilingual;
  setKind: CriteriaSetKind;
  criterion: CriterionDef | null;
  guidanceId: string | null;
  guidanceName: Bilingual | null;
  overlayId: string | null;
  scope: Scope;
  /** not_applicable: out of scope, or a set without an evaluable ICT criterion. */
  outcome: Outcome | 'not_applicable';
  /** The overall statement: "Tiêu chí số 8 đạt", "không đạt: 8.2, 8.3". */
  summary: Bilingual;
  notes: readonly Bilingual[];
  region?: { geographic: string | null; applied: string | null; reason: Bilingual };
  group?: { group: 1 | 2 | 3 | null; reason: Bilingual };
  subCriteria: readonly SubCriterionResult[];
  /** The parameter values applied. */
  parameters: Readonly<Record<string, ParamValue>>;
}
