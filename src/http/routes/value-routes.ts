/**
 * Indicator values over HTTP: the catalogue, stored values and batches, templates, and imports as
 * background jobs (upload → check with progress → preview → commit, or the XLSX error report).
 */
import type { Readable } from 'node:stream';
import { Type, type FastifyPluginAsyncTypebox, type TSchema } from '@fastify/type-provider-typebox';
import { INDICATOR_AREAS, type IndicatorArea } from '../../domain/indicators/indicator-types.ts';
import { ImportJobs } from '../../services/values-import/import-jobs.ts';
import { buildValueTemplate } from '../../services/values-import/value-template.ts';
import { getValueHistory } from '../../services/values/get-value-history.ts';
import { getIndicatorCatalogue, getValueBatches, getValuePeriods, listValues } from '../../services/values/list-values.ts';
import type { RouteDeps } from './unit-routes.ts';

const FILE_TYPES = ['application/octet-stream', 'text/csv', 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet'];
const Any = Type.Object({}, { additionalProperties: true });
const Job = Type.Object(
  {
    id: Type.String(),
    fileName: Type.String(),
    state: Type.Union([Type.Literal('checking'), Type.Literal('checked'), Type.Literal('committing'), Type.Literal('committed'), Type.Literal('failed')]),
    progress: Type.Object({ phase: Type.String(), bytesRead: Type.Number(), totalBytes: Type.Number(), rowsRead: Type.Integer() }),
    result: Type.Optional(Any),
    error: Type.Optional(Any),
  },
  { description: 'an import job: state, progress and, once checked, the result (ValueImportResult)' },
);
const JobId = Type.Object({ id: Type.String({ format: 'uuid' }) });
const Bilingual = Type.Object({ vi: Type.String(), en: Type.String() });
const Nullable = <T extends TSchema>(t: T) => Type.Union([t, Type.Null()]);
const ValueHistorySchema = Type.Object({
  unit: Type.Object({
    code: Type.String(),
    name: Type.String(),
    fullName: Type.String(),
    validFrom: Nullable(Type.String()),
    validTo: Nullable(Type.String()),
  }),
  indicator: Type.Object({ code: Type.String(), name: Bilingual, unit: Bilingual }),
  period: Type.String(),
  breakdown: Type.String(),
  series: Type.String(),
  versions: Type.Array(
    Type.Object({
      state: Type.Union([Type.Literal('current'), Type.Literal('replaced')]),
      value: Nullable(Type.Union([Type.Number(), Type.Boolean(), Type.String()])),
      status: Type.String(),
      reportedOn: Nullable(Type.String()),
      recordedBy: Type.String(),
      recordedAt: Type.String({ description: 'ISO 8601, UTC' }),
      replacedAt: Nullable(Type.String()),
      replacedByBatch: Nullable(Type.Integer()),
      batch: Type.Object({ id: Type.Integer(), kind: Type.String(), fileName: Type.String(), decision: Nullable(Type.String()) }),
      sourceRow: Nullable(Type.Integer()),
    }),
  ),
  steps: Type.Array(
    Type.Object({
      at: Type.String({ description: 'ISO 8601, UTC' }),
      action: Type.Union([Type.Literal('entered'), Type.Literal('submitted'), Type.Literal('approved'), Type.Literal('returned'), Type.Literal('reopened')]),
      actor: Type.String(),
      value: Type.Optional(Nullable(Type.Union([Type.Number(), Type.Boolean(), Type.String()]))),
      reason: Type.Optional(Nullable(Type.String())),
      file: Type.Optional(Type.Object({ name: Type.String(), row: Nullable(Type.Integer()) })),
    }),
    { description: 'what happened to the figure, oldest first: each value entered and each move of its submission' },
  ),
});

/** Registers /api/indicators, /api/values, /api/value-periods, /api/value-batches, /api/templates/values, /api/imports. */
export const valueRoutes: FastifyPluginAsyncTypebox<RouteDeps> = async (app, deps) => {
  const jobs = new ImportJobs();
  app.addHook('onClose', async () => jobs.close());
  // Uploads stream to disk; the job store enforces the size limit as bytes arrive.
  app.addContentTypeParser(FILE_TYPES, (_req, payload, done) => done(null, payload));

  app.get('/api/indicators', { schema: { tags: ['values'], summary: 'The indicator catalogue', response: { 200: Any } } }, () => getIndicatorCatalogue());

  app.get(
    '/api/values',
    {
      schema: {
        tags: ['values'],
        summary: 'Stored values, filtered; newest period first',
        querystring: Type.Object({
          indicator: Type.Optional(Type.String({ maxLength: 100 })),
          period: Type.Optional(Type.String({ maxLength: 40 })),
          area: Type.Optional(Type.String({ maxLength: 40, description: 'a unit code: that unit and the units under it' })),
          level: Type.Optional(Type.Union([Type.Literal('province'), Type.Literal('district'), Type.Literal('commune'), Type.Literal('village')])),
          series: Type.Optional(Type.Union([Type.Literal('actual'), Type.Literal('plan')])),
          q: Type.Optional(Type.String({ maxLength: 100 })),
          batch: Type.Optional(Type.Integer({ minimum: 1 })),
          at: Type.Optional(Type.String({ maxLength: 10, description: 'without a period: the date the units under area are read on' })),
          limit: Type.Optional(Type.Integer({ minimum: 1, maximum: 1000 })),
          offset: Type.Optional(Type.Integer({ minimum: 0 })),
        }),
        response: { 200: Type.Object({ total: Type.Integer(), rows: Type.Array(Any) }) },
      },
    },
    (req) => listValues(deps.context(req), { ...req.query, batchId: req.query.batch }),
  );

  app.get(
    '/api/values/history',
    {
      schema: {
        tags: ['values'],
        summary: 'The history of one figure ("lịch sử"): every value it has had, newest first, with who recorded it, when and from which file',
        querystring: Type.Object({
          unit: Type.String({ minLength: 1, maxLength: 40 }),
          indicator: Type.String({ minLength: 1, maxLength: 100 }),
          period: Type.String({ minLength: 1, maxLength: 40 }),
          breakdown: Type.Optional(Type.String({ maxLength: 100, description: 'empty for the total, or dimension=value' })),
          series: Type.Optional(Type.String({ maxLength: 10, description: 'actual (default) or plan' })),
          at: Type.Optional(Type.String({ maxLength: 10, description: "which unit the code means; default the period's last day" })),
        }),
        response: { 200: ValueHistorySchema },
      },
    },
    (req) => getValueHistory(deps.context(req), req.query),
  );

  app.get(
    '/api/value-periods',
    {
      schema: {
        tags: ['values'],
        summary: 'Periods that have values',
        querystring: Type.Object({ indicator: Type.Optional(Type.String({ maxLength: 100 })) }),
        response: { 200: Any },
      },
    },
    (req) => getValuePeriods(deps.context(req), req.query.indicator),
  );

  app.get(
    '/api/value-batches',
    {
      schema: {
        tags: ['values'],
        summary: 'Files (and demo loads) of values stored, newest first',
        querystring: Type.Object({ limit: Type.Optional(Type.Integer({ minimum: 1, maximum: 500 })) }),
        response: { 200: Any },
      },
    },
    (req) => getValueBatches(deps.context(req), req.query.limit),
  );

  app.get(
    '/api/templates/values',
    {
      schema: {
        tags: ['values'],
        summary: 'A template file: one row per unit, one column per indicator of the set',
        querystring: Type.Object({
          area: Type.Union(INDICATOR_AREAS.map((a) => Type.Literal(a))),
          unit: Type.String({ minLength: 2, maxLength: 40, description: 'province or commune whose units the rows list' }),
          period: Type.String({ minLength: 4, maxLength: 40 }),
          format: Type.Optional(Type.Union([Type.Literal('xlsx'), Type.Literal('csv')])),
          level: Type.Optional(Type.Union([Type.Literal('village'), Type.Literal('commune'), Type.Literal('province')])),
        }),
      },
    },
    async (req, reply) => {
      const file = await buildValueTemplate(deps.context(req), {
        area: req.query.area as IndicatorArea,
        unit: req.query.unit,
        period: req.query.period,
        format: req.query.format ?? 'xlsx',
        ...(req.query.level ? { level: req.query.level } : {}),
      });
      return reply
        .header('content-type', file.contentType)
        .header('content-disposition', `attachment; filename="${file.fileName}"; filename*=UTF-8''${encodeURIComponent(file.fileName)}`)
        .send(file.bytes);
    },
  );

  app.post(
    '/api/imports',
    {
      schema: {
        tags: ['values'],
        summary: 'Upload a values file and start checking it (a dry run); poll GET /api/imports/{id}',
        description: 'Body: the file (CSV or XLSX, at most 100 MB) as application/octet-stream. Nothing is stored until POST /api/imports/{id}/commit.',
        querystring: Type.Object({
          fileName: Type.String({ minLength: 1, maxLength: 255 }),
          period: Type.Optional(Type.String({ maxLength: 40, description: 'period of rows without one' })),
          series: Type.Optional(Type.Union([Type.Literal('actual'), Type.Literal('plan')])),
          submit: Type.Optional(Type.Boolean({ description: 'submit the figures for review as soon as they are stored (an operator’s upload)' })),
          decision: Type.Optional(
            Type.String({
              minLength: 1,
              maxLength: 300,
              description: 'the decision that set the plan targets of the file ("Quyết định số 25/QĐ-UBND ngày 15/01/2024")',
            }),
          ),
        }),
        response: { 202: Job },
      },
    },
    async (req, reply) => {
      const view = await jobs.upload(
        req.body as Readable,
        req.query.fileName,
        {
          ...(req.query.period ? { period: req.query.period } : {}),
          ...(req.query.series ? { series: req.query.series } : {}),
          ...(req.query.decision ? { decision: req.query.decision } : {}),
          ...(req.query.submit ? { submit: true } : {}),
        },
        deps.context(req),
      );
      return reply.status(202).send(view);
    },
  );

  app.get('/api/imports/:id', { schema: { tags: ['values'], summary: 'An import: state, progress, result', params: JobId, response: { 200: Job } } }, (req) =>
    jobs.get(req.params.id, deps.context(req)),
  );

  app.post(
    '/api/imports/:id/commit',
    { schema: { tags: ['values'], summary: 'Store a checked file (checked again, then stored all or nothing)', params: JobId, response: { 202: Job } } },
    async (req, reply) => reply.status(202).send(jobs.commit(req.params.id, deps.context(req))),
  );

  app.get(
    '/api/imports/:id/report.xlsx',
    {
      schema: {
        tags: ['values'],
        summary: 'The error report of a refused file, bad cells marked',
        params: JobId,
        querystring: Type.Object({ lang: Type.Optional(Type.Union([Type.Literal('vi'), Type.Literal('en')])) }),
      },
    },
    async (req, reply) => {
      const report = await jobs.report(req.params.id, req.query.lang ?? 'vi', deps.context(req));
      return reply
        .header('content-type', 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet')
        .header('content-disposition', `attachment; filename="report.xlsx"; filename*=UTF-8''${encodeURIComponent(report.fileName)}`)
        .send(report.bytes);
    },
  );

  app.delete('/api/imports/:id', { schema: { tags: ['values'], summary: 'Discard an upload', params: JobId } }, (req, reply) => {
    jobs.discard(req.params.id, deps.context(req));
    return reply.status(204).send();
  });
};
