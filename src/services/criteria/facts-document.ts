/**
 * The JSON document of one commune's facts that `ictmon criteria evaluate --input FACTS.json` and
 * `POST /api/criteria/evaluate` take: the commune (type, attributes, indicator values) and its villages'
 * values. One TypeBox schema validates it and is published as docs/criteria-facts.schema.json.
 * Values are checked against the indicator catalogue; every problem names its path.
 */
import { Type, type Static } from 'typebox';
import { Value } from 'typebox/value';
import type { CommuneFacts, CommuneProfile, Fact, UnitFacts } from '../../domain/criteria/criteria-types.ts';
import { SECTOR_CATALOGUE } from '../../domain/indicators/sector-catalogue.ts';
import { validateValue } from '../../domain/indicators/validate-value.ts';
import { findUnitAttribute, UNIT_ATTRIBUTE_KEYS, validateAttributeValue } from '../../domain/units/unit-attributes.ts';
import { findUnitType } from '../../domain/units/unit-types.ts';
import { invalidInput, type ErrorDetail } from '../errors.ts';

const PERIOD = '^\\d{4}(S[12]|Q[1-4]|M(0[1-9]|1[0-2]))?$';
const Scalar = Type.Union([Type.Number(), Type.Boolean(), Type.String({ maxLength: 100 })]);
const FactValue = Type.Union([
  Scalar,
  Type.Object({ value: Scalar, period: Type.Optional(Type.String({ pattern: PERIOD })) }, { additionalProperties: false }),
]);
const Values = Type.Record(Type.String({ pattern: '^(commune|village)\\.[a-z0-9_]+$' }), FactValue, {
  description: 'Indicator code → value (number, true/false, option key) or { value, period }',
});
const Code = Type.String({ minLength: 1, maxLength: 40, pattern: '^[0-9A-Za-z][0-9A-Za-z._-]*$' });
const Name = Type.String({ minLength: 1, maxLength: 200 });

/** The facts document's schema (JSON Schema draft 2020-12 compatible). */
export const FactsDocumentSchema = Type.Object(
  {
    $schema: Type.Optional(Type.String()),
    commune: Type.Object(
      {
        code: Code,
        name: Name,
        type: Type.String({ description: 'Unit type: commune (xã), special_zone (đặc khu), ward (phường), commune_level_town (thị trấn)' }),
        attributes: Type.Optional(
          Type.Record(Type.String(), Type.Union([Type.Number(), Type.Boolean(), Type.String({ maxLength: 100 })]), {
            description: `Unit attributes on the date: ${UNIT_ATTRIBUTE_KEYS.join(', ')}`,
          }),
        ),
        values: Values,
      },
      { additionalProperties: false },
    ),
    villages: Type.Array(Type.Object({ code: Code, name: Name, type: Type.Optional(Type.String()), values: Values }, { additionalProperties: false }), {
      maxItems: 2000,
      description: 'The villages (thôn, bản, ấp…) in force under the commune on the date',
    }),
  },
  {
    additionalProperties: false,
    title: 'ictmon commune facts',
    description: 'One commune’s indicator values and its villages’ values, for evaluating the NTM ICT criterion (ictmon criteria evaluate --input).',
  },
);
export type FactsDocument = Static<typeof FactsDocumentSchema>;

/** The schema as published in the repository (docs/criteria-facts.schema.json). */
export function factsDocumentJsonSchema(): Record<string, unknown> {
  return {
    $schema: 'https://json-schema.org/draft/2020-12/schema',
    $id: 'https://ictmon.example/criteria-facts.schema.json',
    ...JSON.parse(JSON.stringify(FactsDocumentSchema)),
  };
}

function readValues(values: FactsDocument['commune']['values'], level: 'commune' | 'village', path: string, details: ErrorDetail[]): Record<string, Fact> {
  const facts: Record<string, Fact> = {};
  for (const [code, raw] of Object.entries(values)) {
    const field = `${path}.values.${code}`;
    const indicator = SECTOR_CATALOGUE.byCode.get(code);
    if (!indicator) {
      details.push({ field, code: 'unknown_indicator', message: `unknown indicator ${code}`, messageVi: `không có chỉ tiêu ${code}` });
      continue;
    }
    if (!indicator.levels.includes(level)) {
      details.push({
        field,
        code: 'wrong_level',
        message: `${code} is not collected for a ${level}`,
        messageVi: `chỉ tiêu ${code} không thu thập ở cấp ${level === 'commune' ? 'xã' : 'thôn'}`,
      });
      continue;
    }
    const given = typeof raw === 'object' ? raw : { value: raw };
    const check = validateValue(indicator, given.value);
    if (!check.ok) {
      details.push({ field, value: String(given.value), code: check.error.code, message: check.error.message, messageVi: check.error.messageVi });
      continue;
    }
    facts[code] = { value: check.value, ...(given.period ? { period: given.period } : {}) };
  }
  return facts;
}

function readProfile(attributes: Record<string, number | boolean | string>, details: ErrorDetail[]): CommuneProfile {
  const profile: CommuneProfile = {};
  for (const [key, value] of Object.entries(attributes)) {
    const field = `commune.attributes.${key}`;
    const def = findUnitAttribute(key);
    if (!def) {
      details.push({
        field,
        code: 'unknown_attribute',
        message: `unknown attribute ${key} (one of ${UNIT_ATTRIBUTE_KEYS.join(', ')})`,
        messageVi: `không có thuộc tính ${key}`,
      });
      continue;
    }
    const check = validateAttributeValue(def, value);
    if (!check.ok) {
      details.push({ field, value: String(value), code: 'bad_attribute', message: check.en, messageVi: check.vi });
      continue;
    }
    assignProfile(profile, key, check.value);
  }
  return profile;
}

/** Copies one attribute onto the profile the engine reads. */
export function assignProfile(profile: CommuneProfile, key: string, value: number | boolean | string): void {
  if (key === 'is_dbkk' && typeof value === 'boolean') profile.isDbkk = value;
  else if (key === 'is_island' && typeof value === 'boolean') profile.isIsland = value;
  else if (key === 'ntm_region' && typeof value === 'string') profile.region = value;
  else if (key === 'dtts_area' && typeof value === 'string') profile.dttsArea = value;
  else if (key === 'agriculture_share' && typeof value === 'number') profile.agricultureShare = value;
  else if (key === 'urban_oriented' && typeof value === 'boolean') profile.urbanOriented = value;
  else if (key === 'ntm2026_group' && typeof value === 'number') profile.group2026 = value;
}

/** Validates a parsed JSON document and turns it into the engine's facts; throws invalid_input naming every bad path. */
export function readFactsDocument(input: unknown): CommuneFacts {
  if (!Value.Check(FactsDocumentSchema, input)) {
    const details = [...Value.Errors(FactsDocumentSchema, input)].slice(0, 50).map((e) => {
      const field = e.instancePath.replace(/^\//, '').replaceAll('/', '.') || '(document)';
      const extra =
        e.keyword === 'additionalProperties' ? ` (${String((e.params as { additionalProperties?: string[] }).additionalProperties?.join(', '))})` : '';
      return { field, code: e.keyword, message: `${e.message}${extra}`, messageVi: `${field}: sai định dạng (${e.message}${extra})` };
    });
    throw invalidInput(
      'the facts document does not match its schema (docs/criteria-facts.schema.json)',
      'tài liệu số liệu không đúng lược đồ (docs/criteria-facts.schema.json)',
      details,
    );
  }
  const doc = input;
  const details: ErrorDetail[] = [];
  const type = findUnitType(doc.commune.type);
  if (!type || type.level !== 'commune') {
    details.push({
      field: 'commune.type',
      value: doc.commune.type,
      code: 'unit_type',
      message: 'must be a commune-level type: commune, special_zone, ward, commune_level_town',
      messageVi: 'phải là loại đơn vị cấp xã: commune, special_zone, ward, commune_level_town',
    });
  }
  const profile = readProfile(doc.commune.attributes ?? {}, details);
  const communeFacts = readValues(doc.commune.values, 'commune', 'commune', details);
  const seen = new Set<string>();
  const villages: UnitFacts[] = doc.villages.map((v, i) => {
    if (seen.has(v.code))
      details.push({
        field: `villages.${i}.code`,
        value: v.code,
        code: 'duplicate_code',
        message: `village code ${v.code} repeats`,
        messageVi: `mã thôn ${v.code} bị trùng`,
      });
    seen.add(v.code);
    const vt = v.type ?? 'thon';
    if (findUnitType(vt)?.level !== 'village') {
      details.push({
        field: `villages.${i}.type`,
        value: vt,
        code: 'unit_type',
        message: 'must be a village type (thon, ban, ap…)',
        messageVi: 'phải là loại thôn (thon, ban, ap…)',
      });
    }
    return { code: v.code, name: v.name, typeCode: vt, facts: readValues(v.values, 'village', `villages.${i}`, details) };
  });
  if (details.length > 0) throw invalidInput(`the facts document has ${details.length} problem(s)`, `tài liệu số liệu có ${details.length} lỗi`, details);
  return { code: doc.commune.code, name: doc.commune.name, typeCode: doc.commune.type, profile, facts: communeFacts, villages };
}
