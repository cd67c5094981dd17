/**
 * The structure of a catalogue, checked field by field before any meaning is: a field the model does
 * not know, a missing or mistyped field, a word outside a closed list. Reading also canonicalises:
 * keys in model order, absent optionals left out, text NFC (so serialisation round-trips exactly).
 */
import { catalogueError, type CatalogueError, type CatalogueErrorCode } from './catalogue-errors.ts';
import {
  AGGREGATION_KINDS,
  CONFIDENCE_TAGS,
  CROSS_CHECK_OPS,
  DISAGGREGATION_TOTALS,
  INDICATOR_AREAS,
  INDICATOR_LEVELS,
  PERIOD_KINDS,
  REPORTED_ABOVE_RULES,
  VALUE_TYPES,
  type CatalogueDefs,
} from './indicator-types.ts';
import { PERIOD_TYPES } from '../periods/period.ts';

interface Field {
  key: string;
  shape: Shape;
  optional?: boolean;
}

type Shape =
  | { kind: 'text'; pattern?: RegExp; code?: CatalogueErrorCode; expect?: string }
  | { kind: 'number' }
  | { kind: 'word'; words: readonly string[]; code: CatalogueErrorCode }
  | { kind: 'list'; of: Shape }
  | { kind: 'object'; fields: readonly Field[] }
  | { kind: 'tagged'; tag: string; variants: Readonly<Record<string, readonly Field[]>>; code: CatalogueErrorCode };

const text: Shape = { kind: 'text' };
const key = (code: CatalogueErrorCode = 'invalid_field'): Shape => ({ kind: 'text', pattern: /^[a-z0-9][a-z0-9_]*$/, code, expect: 'a lower-case ASCII key' });
const indicatorCode: Shape = { kind: 'text', pattern: /^(village|commune|province)\.[a-z][a-z0-9_]*$/, code: 'invalid_code', expect: '<level>.<snake_case>' };
const req = (k: string, shape: Shape): Field => ({ key: k, shape });
const opt = (k: string, shape: Shape): Field => ({ key: k, shape, optional: true });
const bilingual: Shape = { kind: 'object', fields: [req('vi', text), req('en', text)] };
const option: Shape = { kind: 'object', fields: [req('value', key()), req('vi', text), req('en', text)] };
const level: Shape = { kind: 'word', words: INDICATOR_LEVELS, code: 'unknown_level' };

const INDICATOR: Shape = {
  kind: 'object',
  fields: [
    req('code', indicatorCode),
    req('area', { kind: 'word', words: INDICATOR_AREAS, code: 'invalid_field' }),
    req('name', bilingual),
    req('shortVi', text),
    req('unit', bilingual),
    req('valueType', { kind: 'word', words: VALUE_TYPES, code: 'unknown_value_type' }),
    opt('options', { kind: 'list', of: option }),
    req('levels', { kind: 'list', of: level }),
    req('periodType', { kind: 'word', words: PERIOD_TYPES, code: 'unknown_period' }),
    req('periodKind', { kind: 'word', words: PERIOD_KINDS, code: 'unknown_period' }),
    req('aggregation', {
      kind: 'tagged',
      tag: 'kind',
      code: 'unknown_aggregation',
      variants: {
        sum: [],
        ratio_of_sums: [req('numerator', indicatorCode), req('denominator', indicatorCode)],
        count_true: [],
        weighted_average: [
          req('weight', {
            kind: 'object',
            fields: [req('source', { kind: 'word', words: ['attribute', 'indicator'], code: 'unknown_weight' }), req('key', text)],
          }),
        ],
        latest: [],
        none: [],
      } satisfies Record<(typeof AGGREGATION_KINDS)[number], readonly Field[]>,
    }),
    req('decimals', { kind: 'number' }),
    opt('range', { kind: 'object', fields: [opt('min', { kind: 'number' }), opt('max', { kind: 'number' })] }),
    opt('disaggregations', {
      kind: 'list',
      of: {
        kind: 'object',
        fields: [
          req('dimension', key()),
          req('values', { kind: 'list', of: key() }),
          req('total', { kind: 'word', words: DISAGGREGATION_TOTALS, code: 'invalid_field' }),
        ],
      },
    }),
    opt('registerSource', {
      kind: 'tagged',
      tag: 'kind',
      code: 'invalid_register_source',
      variants: { child_count: [req('childLevel', level)], attribute: [req('attribute', key('invalid_register_source'))] },
    }),
    opt('reportedAbove', { kind: 'word', words: REPORTED_ABOVE_RULES, code: 'invalid_field' }),
    req('source', {
      kind: 'object',
      fields: [
        req('basis', text),
        // National indicator codes of TT 03/2022/TT-BTTTT are four digits (1303–1315, §4.2).
        opt('nationalCode', { kind: 'text', pattern: /^\d{4}$/, expect: 'a four-digit national code' }),
        opt('rules', { kind: 'list', of: { kind: 'text', pattern: /^R-[A-Za-z0-9.-]+$/, expect: 'a regulations.md rule id (R-…)' } }),
      ],
    }),
    opt('confidence', { kind: 'word', words: CONFIDENCE_TAGS, code: 'unknown_confidence' }),
    opt('crossChecks', {
      kind: 'list',
      of: {
        kind: 'object',
        fields: [
          req('id', { kind: 'text', pattern: /^[a-z][a-z0-9_.]*$/, expect: 'a dotted lower-case id' }),
          req('op', { kind: 'word', words: CROSS_CHECK_OPS, code: 'unknown_operator' }),
          req('other', indicatorCode),
          req('vi', text),
          req('en', text),
        ],
      },
    }),
    opt('note', bilingual),
  ],
};

const CATALOGUE: Shape = {
  kind: 'object',
  fields: [
    req('version', { kind: 'text', pattern: /^[0-9A-Za-z][0-9A-Za-z.-]*$/, expect: 'a version like 2026.1' }),
    req('dimensions', {
      kind: 'list',
      of: { kind: 'object', fields: [req('code', key()), req('vi', text), req('en', text), req('values', { kind: 'list', of: option })] },
    }),
    req('indicators', { kind: 'list', of: INDICATOR }),
  ],
};

const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

/** Reads a catalogue's structure; the value is canonical and typed only when no error was found. */
export function readCatalogueShape(input: unknown): { value: CatalogueDefs; errors: CatalogueError[] } {
  const errors: CatalogueError[] = [];
  const value = read(input, CATALOGUE, '', errors, undefined) as CatalogueDefs;
  return { value, errors };
}

function read(value: unknown, shape: Shape, path: string, errors: CatalogueError[], indicator: string | undefined): unknown {
  const fail = (code: CatalogueErrorCode, en: string, vi: string) => {
    errors.push(catalogueError(code, path, `${path || 'catalogue'}: ${en}`, `${path || 'danh mục'}: ${vi}`, indicator));
    return value;
  };
  switch (shape.kind) {
    case 'text':
      if (typeof value !== 'string' || value.trim() === '') return fail('invalid_field', 'must be non-empty text', 'phải là chuỗi không rỗng');
      if (value !== value.normalize('NFC')) return fail('invalid_field', 'must be Unicode NFC', 'phải ở dạng Unicode NFC');
      if (shape.pattern && !shape.pattern.test(value))
        return fail(shape.code ?? 'invalid_field', `"${value}" is not ${shape.expect}`, `"${value}" không đúng dạng ${shape.expect}`);
      return value;
    case 'number':
      if (typeof value !== 'number' || !Number.isFinite(value)) return fail('invalid_field', 'must be a finite number', 'phải là số hữu hạn');
      return value === 0 ? 0 : value; // -0 would not survive JSON
    case 'word':
      if (typeof value !== 'string' || !shape.words.includes(value)) {
        return fail(shape.code, `"${String(value)}" is not one of ${shape.words.join(', ')}`, `"${String(value)}" không thuộc ${shape.words.join(', ')}`);
      }
      return value;
    case 'list':
      if (!Array.isArray(value)) return fail('invalid_field', 'must be a list', 'phải là danh sách');
      return value.map((item, i) => read(item, shape.of, `${path}[${i}]`, errors, indicator ?? codeOf(shape.of, item)));
    case 'object':
      return readObject(value, shape.fields, path, errors, indicator, fail);
    case 'tagged': {
      const tag = isRecord(value) ? value[shape.tag] : undefined;
      const fields = typeof tag === 'string' && Object.hasOwn(shape.variants, tag) ? shape.variants[tag] : undefined;
      if (!isRecord(value) || !fields) {
        return fail(
          shape.code,
          `${shape.tag} "${String(tag)}" is not one of ${Object.keys(shape.variants).join(', ')}`,
          `${shape.tag} "${String(tag)}" không thuộc ${Object.keys(shape.variants).join(', ')}`,
        );
      }
      return readObject(value, [req(shape.tag, { kind: 'word', words: [tag as string], code: shape.code }), ...fields], path, errors, indicator, fail);
    }
  }
}

function readObject(
  value: unknown,
  fields: readonly Field[],
  path: string,
  errors: CatalogueError[],
  indicator: string | undefined,
  fail: (code: CatalogueErrorCode, en: string, vi: string) => unknown,
): unknown {
  if (!isRecord(value)) return fail('invalid_field', 'must be an object', 'phải là một đối tượng');
  const known = new Set(fields.map((f) => f.key));
  for (const k of Object.keys(value)) {
    if (!known.has(k))
      errors.push(
        catalogueError('unknown_field', join(path, k), `${join(path, k)}: unknown field`, `${join(path, k)}: trường không có trong mô hình`, indicator),
      );
  }
  const out: Record<string, unknown> = {};
  for (const f of fields) {
    const v = value[f.key];
    if (v === undefined) {
      if (!f.optional)
        errors.push(catalogueError('missing_field', join(path, f.key), `${join(path, f.key)}: required`, `${join(path, f.key)}: bắt buộc`, indicator));
      continue;
    }
    out[f.key] = read(v, f.shape, join(path, f.key), errors, indicator);
  }
  return out;
}

const join = (path: string, k: string) => (path ? `${path}.${k}` : k);

/** The code of an indicator-like item, to name it in its errors. */
function codeOf(shape: Shape, item: unknown): string | undefined {
  return shape === INDICATOR && isRecord(item) && typeof item.code === 'string' ? item.code : undefined;
}
