/**
 * Reads what the criteria engine needs about communes on a date from the database: the communes in
 * scope with their villages then (the register on that date, R-HIST-1), their attributes, and the
 * stored values chosen by the rules of domain/criteria/pick-facts.ts. A few set-based queries for any
 * number of communes: the whole country is one pass.
 */
import type { CommuneFacts, CommuneProfile, CriteriaOverlayDef, CriteriaSetDef, Fact, UnitFacts } from '../../domain/criteria/criteria-types.ts';
import { candidatePeriods, factsOfConditions, factsOfSetOnDate, pickFacts, type StoredFact } from '../../domain/criteria/pick-facts.ts';
import { findCriteriaSet } from '../../domain/criteria/select-set.ts';
import { SECTOR_CATALOGUE } from '../../domain/indicators/sector-catalogue.ts';
import type { IndicatorValue } from '../../domain/indicators/indicator-types.ts';
import type { Queryable } from '../../db/database.ts';
import { listAttributesAt } from '../../db/queries/criteria/list-commune-attributes.ts';
import type { CommuneScopeRow } from '../../db/queries/criteria/list-communes-in-scope.ts';
import { listPackedFactValues } from '../../db/queries/criteria/list-fact-values.ts';
import { scopeOfType } from '../../domain/criteria/commune-profile.ts';
import { listVillagesOfCommunes } from '../../db/queries/criteria/list-villages-of-communes.ts';
import { assignProfile } from './facts-document.ts';

const indicator = (code: string) => SECTOR_CATALOGUE.byCode.get(code);

function typedValue(text: string): IndicatorValue {
  const kind = text.charCodeAt(0);
  if (kind === 84 /* T */) return true;
  if (kind === 70 /* F */) return false;
  if (kind === 78 /* N */) return Number(text.slice(1));
  return text.slice(1);
}

/**
 * One unit's facts from its packed values (listPackedFactValues). Most units give each indicator once,
 * as a total: those are read straight; an indicator given for several periods or as parts goes through
 * the date rules of pickFacts.
 */
function readPacked(packed: string, date: string): Record<string, Fact> {
  const facts: Record<string, Fact> = {};
  let repeated: Set<string> | undefined;
  // Walked with indexOf rather than split: a country holds hundreds of thousands of values.
  let at = 0;
  while (at < packed.length) {
    const next = packed.indexOf('\u001e', at);
    const end = next === -1 ? packed.length : next;
    const a = packed.indexOf('\u001f', at);
    const b = packed.indexOf('\u001f', a + 1);
    const c = packed.indexOf('\u001f', b + 1);
    const code = packed.slice(at, a);
    const period = packed.slice(b + 1, c);
    if (b !== a + 1 || code in facts || !isUsable(period, date)) (repeated ??= new Set()).add(code);
    else facts[code] = { value: typedValue(packed.slice(c + 1, end)), period };
    at = end + 1;
  }
  if (repeated) {
    const stored: StoredFact[] = [];
    for (const item of packed.split('\u001e')) {
      const [code = '', breakdown = '', period = '', value = ''] = item.split('\u001f');
      if (repeated.has(code)) stored.push({ indicatorCode: code, breakdown, period, value: typedValue(value) });
    }
    for (const code of repeated) delete facts[code];
    Object.assign(facts, pickFacts(stored, indicator, date));
  }
  return facts;
}

/** A yearly stock period of the date's year or the year before (the common case) needs no further rule; others go through pickFacts. */
function isUsable(period: string, date: string): boolean {
  if (period.length !== 4) return false;
  const year = Number(period);
  const current = Number(date.slice(0, 4));
  return year === current || year === current - 1;
}

/** The indicator codes a set (and the overlays laid over it) reads on a date. */
export function factCodes(set: CriteriaSetDef, date: string, overlays: readonly CriteriaOverlayDef[]): { commune: string[]; village: string[] } {
  const national = factsOfSetOnDate(set, date, findCriteriaSet);
  const local = factsOfConditions(
    overlays.flatMap((o) => [...(o.addConditions ?? []).map((a) => a.condition), ...(o.addSubCriteria ?? []).map((sub) => sub.condition)]),
  );
  return { commune: [...new Set([...national.commune, ...local.commune])], village: [...new Set([...national.village, ...local.village])] };
}

/** Loads the facts of the given communes on `date` for a set; keyed by commune code. */
export function loadCommuneFacts(
  db: Queryable,
  communes: readonly CommuneScopeRow[],
  date: string,
  set: CriteriaSetDef,
  overlays: readonly CriteriaOverlayDef[] = [],
): Promise<Map<string, CommuneFacts>> {
  return loadFacts(db, communes, date, factCodes(set, date, overlays));
}

/** Loads the given indicators of the communes and their villages on `date`; keyed by commune code. */
export async function loadFacts(
  db: Queryable,
  communes: readonly CommuneScopeRow[],
  date: string,
  codes: { commune: readonly string[]; village: readonly string[] },
): Promise<Map<string, CommuneFacts>> {
  const result = new Map<string, CommuneFacts>();
  if (communes.length === 0) return result;
  // Wards and towns are outside NTM scope (R-AGG-1): their villages and values are not read.
  const rural = communes.filter((c) => scopeOfType(c.typeCode) === 'in_scope');
  const codesOfRural = rural.map((c) => c.code);
  const periods = candidatePeriods(date).map((p) => p.period);
  const wanted = [...codes.commune, ...codes.village];
  const [villages, rows, attributes] = await Promise.all([
    rural.length > 0 ? listVillagesOfCommunes(db, codesOfRural, date) : Promise.resolve([]),
    wanted.length > 0 && rural.length > 0
      ? listPackedFactValues(db, { communeIds: rural.map((c) => c.id), communeCodes: codes.village.length > 0 ? codesOfRural : [], at: date }, wanted, periods)
      : Promise.resolve([]),
    listAttributesAt(
      db,
      communes.map((c) => c.id),
      date,
    ),
  ]);
  const factsByUnit = new Map<number, Record<string, Fact>>();
  for (const row of rows) factsByUnit.set(row.unitId, readPacked(row.packed, date));
  const profiles = new Map<number, CommuneProfile>();
  for (const a of attributes) {
    const profile = profiles.get(a.unitId) ?? {};
    if (typeof a.value === 'number' || typeof a.value === 'boolean' || typeof a.value === 'string') assignProfile(profile, a.attribute, a.value);
    profiles.set(a.unitId, profile);
  }
  const villagesByCommune = new Map<string, UnitFacts[]>();
  for (const v of villages) {
    const facts: UnitFacts = { code: v.code, name: v.name, typeCode: v.typeCode, facts: factsByUnit.get(v.id) ?? {} };
    const list = villagesByCommune.get(v.communeCode);
    if (list) list.push(facts);
    else villagesByCommune.set(v.communeCode, [facts]);
  }
  for (const list of villagesByCommune.values()) list.sort((a, b) => (a.code < b.code ? -1 : a.code > b.code ? 1 : 0));
  for (const c of communes) {
    result.set(c.code, {
      code: c.code,
      name: c.name,
      typeCode: c.typeCode,
      profile: profiles.get(c.id) ?? {},
      facts: factsByUnit.get(c.id) ?? {},
      villages: villagesByCommune.get(c.code) ?? [],
    });
  }
  return result;
}
