/**
 * The NTM ICT criterion over HTTP: the sets and parameters, one commune's evaluation (stored values or
 * a facts document), its history, a province's board with the previous year, what-if, villages
 * without coverage, recorded runs and province overlays.
 */
import { Type, type FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { CRITERIA_SET_IDS } from '../../domain/criteria/criteria-types.ts';
import { getCriteriaCatalogue } from '../../services/criteria/criteria-catalogue.ts';
import { listCoverageGaps } from '../../services/criteria/coverage-gaps.ts';
import { evaluateFactsDocument } from '../../services/criteria/evaluate-facts.ts';
import { evaluateUnit, getCriteriaHistory } from '../../services/criteria/evaluate-unit.ts';
import { factsDocumentJsonSchema } from '../../services/criteria/facts-document.ts';
import { listOverlays, saveOverlay } from '../../services/criteria/overlays.ts';
import { recordCriteria } from '../../services/criteria/record-criteria.ts';
import { summarizeCriteria } from '../../services/criteria/summarize-criteria.ts';
import { runWhatIf } from '../../services/criteria/what-if.ts';
import { invalidInput } from '../../services/errors.ts';
import type { RouteDeps } from './unit-routes.ts';

const Any = Type.Object({}, { additionalProperties: true });
const Code = Type.String({ minLength: 1, maxLength: 40, pattern: '^[0-9A-Za-z][0-9A-Za-z._-]*$' });
const IsoDate = Type.String({ pattern: '^\\d{4}-\\d{2}-\\d{2}$', description: 'YYYY-MM-DD' });
const SetId = Type.Union(
  CRITERIA_SET_IDS.map((id) => Type.Literal(id)),
  { description: 'a criteria set; default: the base set in force on the date' },
);
const ParamsQuery = Type.Optional(Type.String({ maxLength: 2000, description: 'parameter overrides as a JSON object, e.g. {"radio.minVillageShare":0.67}' }));

/** Reads the `params` query: a JSON object, or a clear 400. */
function readParamsQuery(text: string | undefined): Record<string, unknown> | undefined {
  if (text === undefined || text === '') return undefined;
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    throw invalidInput('params must be a JSON object', 'params phải là một đối tượng JSON', [
      { field: 'params', value: text.slice(0, 100), message: 'not JSON', messageVi: 'không phải JSON' },
    ]);
  }
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    throw invalidInput('params must be a JSON object', 'params phải là một đối tượng JSON', [
      { field: 'params', message: 'not an object', messageVi: 'không phải đối tượng' },
    ]);
  }
  return value as Record<string, unknown>;
}
// Values are checked by the service, not here: Fastify's validator coerces types (true would become 1
// against a number-or-boolean union), and a parameter or a fact must keep exactly the type it was given.
const Parameters = Type.Record(Type.String({ maxLength: 60 }), Type.Unknown(), {
  description: 'parameter key → number (shares as fractions 0–1), true/false or null',
});
const Facts = Type.Unknown({
  description: 'a facts document: docs/criteria-facts.schema.json (GET /api/criteria/facts-schema), checked without type coercion',
});

/** Registers /api/criteria/*. */
export const criteriaRoutes: FastifyPluginAsyncTypebox<RouteDeps> = async (app, deps) => {
  app.get(
    '/api/criteria/sets',
    { schema: { tags: ['criteria'], summary: 'Criteria sets by legal version, their guidance and sub-criteria; the parameters', response: { 200: Any } } },
    () => getCriteriaCatalogue(),
  );

  app.get(
    '/api/criteria/evaluation',
    {
      schema: {
        tags: ['criteria'],
        summary: 'One commune evaluated on a date from stored values, with reasons and gaps',
        querystring: Type.Object({ unit: Code, date: IsoDate, set: Type.Optional(SetId), params: ParamsQuery }),
        response: { 200: Any },
      },
    },
    (req) =>
      evaluateUnit(deps.context(req), { unit: req.query.unit, date: req.query.date, setId: req.query.set, parameters: readParamsQuery(req.query.params) }),
  );

  app.post(
    '/api/criteria/evaluate',
    {
      schema: {
        tags: ['criteria'],
        summary: 'Evaluates one commune given as a facts document (docs/criteria-facts.schema.json); stores nothing',
        body: Type.Object({ facts: Facts, date: IsoDate, set: Type.Optional(SetId), parameters: Type.Optional(Parameters) }),
        response: { 200: Any },
      },
    },
    (req) => evaluateFactsDocument(req.body.facts, { date: req.body.date, setId: req.body.set, parameters: req.body.parameters }),
  );

  app.get('/api/criteria/facts-schema', { schema: { tags: ['criteria'], summary: 'The JSON Schema of the facts document', response: { 200: Any } } }, () =>
    factsDocumentJsonSchema(),
  );

  app.get(
    '/api/criteria/history',
    {
      schema: {
        tags: ['criteria'],
        summary: 'A commune’s evaluation at each year end under the set in force then, and its recorded evaluations',
        querystring: Type.Object({ unit: Code }),
        response: { 200: Any },
      },
    },
    (req) => getCriteriaHistory(deps.context(req), { unit: req.query.unit }),
  );

  app.get(
    '/api/criteria/summary',
    {
      schema: {
        tags: ['criteria'],
        summary: '"x/y xã đạt tiêu chí số 8" for a province (or the country) on a date: every commune, per sub-criterion, per district, the previous year',
        querystring: Type.Object({ province: Type.Optional(Code), date: IsoDate, set: Type.Optional(SetId), params: ParamsQuery }),
        response: { 200: Any },
      },
    },
    (req) =>
      summarizeCriteria(deps.context(req), {
        area: req.query.province ?? null,
        date: req.query.date,
        setId: req.query.set,
        parameters: readParamsQuery(req.query.params),
      }),
  );

  app.post(
    '/api/criteria/what-if',
    {
      schema: {
        tags: ['criteria'],
        summary: 'Recounts a province under changed parameters beside the national count; stores nothing',
        body: Type.Object({ province: Code, date: IsoDate, set: Type.Optional(SetId), parameters: Parameters }),
        response: { 200: Any },
      },
    },
    (req) => runWhatIf(deps.context(req), { area: req.body.province, date: req.body.date, setId: req.body.set, parameters: req.body.parameters }),
  );

  app.get(
    '/api/criteria/coverage',
    {
      schema: {
        tags: ['criteria'],
        summary: 'A province’s villages without mobile broadband or signal (trắng / lõm sóng, regulations.md §5.1) and a/b covered',
        querystring: Type.Object({ province: Code, date: IsoDate }),
        response: { 200: Any },
      },
    },
    (req) => listCoverageGaps(deps.context(req), { area: req.query.province, date: req.query.date }),
  );

  app.post(
    '/api/criteria/records',
    {
      schema: {
        tags: ['criteria'],
        summary: 'Records the evaluations of a province on a date under the set in force (R-VER)',
        body: Type.Object({ province: Code, date: IsoDate, set: Type.Optional(SetId), reason: Type.Optional(Type.String({ maxLength: 500 })) }),
        response: { 200: Any },
      },
    },
    (req) =>
      recordCriteria(deps.context(req), {
        area: req.body.province,
        date: req.body.date,
        setId: req.body.set,
        ...(req.body.reason ? { reason: req.body.reason } : {}),
      }),
  );

  app.get(
    '/api/criteria/overlays',
    { schema: { tags: ['criteria'], summary: 'Province overlays of stricter local rules', response: { 200: Type.Array(Any) } } },
    (req) => listOverlays(deps.context(req)),
  );

  app.put(
    '/api/criteria/overlays',
    { schema: { tags: ['criteria'], summary: 'Checks and stores a province overlay (only tightening a national set)', body: Any, response: { 200: Any } } },
    (req) => saveOverlay(deps.context(req), req.body),
  );
};
