/**
 * Reads what the criteria engine needs about communes on a date from the database: the communes in
 * scope with their villages then (the register on that date, R-HIST-1), their attributes, and the
 * stored values chosen by the rules of domain/criteria/pick-facts.ts. A few set-based queries for any
 * number of communes: the whole country is one pass.
 */
import type { CommuneFacts, CommuneProfile, CriteriaOverlayDef, CriteriaSetDef, UnitFacts } from '../../domain/criteria/criteria-types.ts';
import { candidatePeriods, factsOfSetOnDate, pickFacts, type StoredFact } from '../../domain/criteria/pick-facts.ts';
import { findCriteriaSet } from '../../domain/criteria/select-set.ts';
import { SECTOR_CATALOGUE } from '../../domain/indicators/sector-catalogue.ts';
import type { IndicatorValue } from '../../domain/indicators/indicator-types.ts';
import type { Queryable } from '../../db/database.ts';
import { listAttributesAt } from '../../db/queries/criteria/list-commune-attributes.ts';
import type { CommuneScopeRow } from '../../db/queries/criteria/list-communes-in-scope.ts';
import { listFactValues, type FactValueRow } from '../../db/queries/criteria/list-fact-values.ts';
import { listVillagesOfCommunes } from '../../db/queries/criteria/list-villages-of-communes.ts';
import { assignProfile } from './facts-document.ts';

const indicator = (code: string) => SECTOR_CATALOGUE.byCode.get(code);

function typedValue(row: FactValueRow): IndicatorValue {
  if (row.valueBool !== null) return row.valueBool;
  if (row.valueNum !== null) return Number(row.valueNum);
  return row.valueText ?? '';
}

/** The indicator codes a set (and the overlays laid over it) reads on a date. */
export function factCodes(set: CriteriaSetDef, date: string, overlays: readonly CriteriaOverlayDef[]): { commune: string[]; village: string[] } {
  const codes = factsOfSetOnDate(set, date, findCriteriaSet);
  const commune = new Set(codes.commune);
  const village = new Set(codes.village);
  for (const o of overlays) {
    const extra = factsOfSetOnDate({ ...set, guidance: [{ id: o.id, name: o.name, from: '0000-01-01', subCriteria: [...(o.addSubCriteria ?? []), ...(o.addConditions ?? []).map((a, i) => ({ id: `x${i}`, name: o.name, rule: o.id, confidence: 'TH' as const, condition: a.condition }))] }] }, date, findCriteriaSet);
    extra.commune.forEach((c) => commune.add(c));
    extra.village.forEach((c) => village.add(c));
  }
  return { commune: [...commune], village: [...village] };
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
  const villages = await listVillagesOfCommunes(
    db,
    communes.map((c) => c.code),
    date,
  );
  const unitIds = [...communes.map((c) => c.id), ...villages.map((v) => v.id)];
  const periods = candidatePeriods(date).map((p) => p.period);
  const [rows, attributes] = await Promise.all([
    codes.commune.length + codes.village.length > 0 ? listFactValues(db, unitIds, [...codes.commune, ...codes.village], periods) : Promise.resolve([]),
    listAttributesAt(
      db,
      communes.map((c) => c.id),
      date,
    ),
  ]);
  const storedByUnit = new Map<number, StoredFact[]>();
  for (const row of rows) {
    const stored: StoredFact = { indicatorCode: row.indicatorCode, breakdown: row.breakdown, period: row.period, value: typedValue(row) };
    const list = storedByUnit.get(row.unitId);
    if (list) list.push(stored);
    else storedByUnit.set(row.unitId, [stored]);
  }
  const profiles = new Map<number, CommuneProfile>();
  for (const a of attributes) {
    const profile = profiles.get(a.unitId) ?? {};
    if (typeof a.value === 'number' || typeof a.value === 'boolean' || typeof a.value === 'string') assignProfile(profile, a.attribute, a.value);
    profiles.set(a.unitId, profile);
  }
  const villagesByCommune = new Map<string, UnitFacts[]>();
  for (const v of villages) {
    const facts: UnitFacts = { code: v.code, name: v.name, typeCode: v.typeCode, facts: pickFacts(storedByUnit.get(v.id) ?? [], indicator, date) };
    const list = villagesByCommune.get(v.communeCode);
    if (list) list.push(facts);
    else villagesByCommune.set(v.communeCode, [facts]);
  }
  for (const c of communes) {
    result.set(c.code, {
      code: c.code,
      name: c.name,
      typeCode: c.typeCode,
      profile: profiles.get(c.id) ?? {},
      facts: pickFacts(storedByUnit.get(c.id) ?? [], indicator, date),
      villages: villagesByCommune.get(c.code) ?? [],
    });
  }
  return result;
}
