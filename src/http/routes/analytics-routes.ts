/**
 * Analytics over HTTP (issue #5): the pivot (JSON, CSV or XLSX, streamed, no row cap), the dashboard
 * of a unit and year, and where one figure comes from.
 */
import { Type, type FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { PIVOT_LEVEL_NAMES } from '../../domain/analytics/pivot-levels.ts';
import { getDashboardAnswer } from '../../services/analytics/dashboard.ts';
import { explainFigure } from '../../services/analytics/explain-figure.ts';
import { streamPivot } from '../../services/analytics/pivot-export.ts';
import { planPivot } from '../../services/analytics/pivot.ts';
import { rebuildAnalytics } from '../../services/analytics/rollups.ts';
import { requireAction } from '../../services/access/principal.ts';
import type { RouteDeps } from './unit-routes.ts';
import { sendVersionedAnswer } from '../send-versioned-answer.ts';

const Any = Type.Object({}, { additionalProperties: true });
const Code = Type.String({ minLength: 1, maxLength: 40, pattern: '^[0-9A-Za-z][0-9A-Za-z._-]*$' });
const IsoDate = Type.String({ pattern: '^\\d{4}-\\d{2}-\\d{2}$', description: 'YYYY-MM-DD' });
const Level = Type.Union(PIVOT_LEVEL_NAMES.map((l) => Type.Literal(l)));
const List = (description: string) => Type.String({ minLength: 1, maxLength: 20_000, description });

const CONTENT_TYPES = {
  json: 'application/json; charset=utf-8',
  csv: 'text/csv; charset=utf-8',
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
} as const;

const split = (s: string | undefined) =>
  s === undefined
    ? undefined
    : s
        .split(',')
        .map((x) => x.trim())
        .filter((x) => x !== '');

/** Registers /api/analytics/*. */
export const analyticsRoutes: FastifyPluginAsyncTypebox<RouteDeps> = async (app, deps) => {
  app.get(
    '/api/analytics/pivot',
    {
      schema: {
        tags: ['analytics'],
        summary: 'Indicators × units of a level × periods: every figure with its source, streamed as JSON, CSV or XLSX',
        description:
          'Units are those in force on `at` (default today); a period before a unit existed is re-based from the units it was formed from (source "rebased", derived: true) or marked not comparable. Ratios are recomputed from summed numerators and denominators. No row cap: large answers are streamed as they are computed. JSON: PivotResult (indicators, units, cells).',
        querystring: Type.Object({
          indicators: List('indicator codes, comma-separated (GET /api/indicators)'),
          level: Level,
          periods: List('periods, comma-separated or ranges: 2016..2026, 2024Q1..2024Q4, 2024M07'),
          parent: Type.Optional(Code),
          units: Type.Optional(List('unit codes, comma-separated (instead of parent)')),
          at: Type.Optional(IsoDate),
          series: Type.Optional(Type.Union([Type.Literal('actual'), Type.Literal('plan'), Type.Literal('both')])),
          breakdown: Type.Optional(Type.String({ maxLength: 80, description: 'one part: operator=viettel; default the total' })),
          compare: Type.Optional(Type.Boolean({ description: 'add the same period last year and the comparisons' })),
          format: Type.Optional(Type.Union([Type.Literal('json'), Type.Literal('csv'), Type.Literal('xlsx')])),
          lang: Type.Optional(Type.Union([Type.Literal('vi'), Type.Literal('en')])),
        }),
        response: { 200: Any },
      },
    },
    async (req, reply) => {
      const q = req.query;
      const c = deps.context(req);
      const plan = await planPivot(c, {
        indicators: split(q.indicators) ?? [],
        level: q.level,
        periods: split(q.periods) ?? [],
        parent: q.parent,
        units: split(q.units),
        at: q.at,
        series: q.series,
        breakdown: q.breakdown,
        compare: q.compare,
      });
      const format = q.format ?? 'json';
      const fileName = `ictmon-${plan.request.level}-${plan.request.periods[0]}${plan.request.periods.length > 1 ? `-${plan.request.periods[plan.request.periods.length - 1]}` : ''}.${format}`;
      reply.header('content-type', CONTENT_TYPES[format]);
      if (format !== 'json') reply.header('content-disposition', `attachment; filename="${fileName}"`);
      return reply.send(streamPivot(c, plan, format, q.lang ?? 'vi'));
    },
  );

  app.get(
    '/api/analytics/dashboard',
    {
      schema: {
        tags: ['analytics'],
        summary:
          'The dashboard of a province, commune or village for a year: key figures with plan and last year, trends, coverage, criterion 8, the units below',
        querystring: Type.Object({
          unit: Code,
          year: Type.Integer({ minimum: 1990, maximum: 2100 }),
          at: Type.Optional(Type.String({ ...IsoDate, description: 'which units the code means; default the year’s last day (today in the current year)' })),
        }),
        description:
          'Answers DashboardResult (src/services/analytics/analytics-types.ts) as JSON, serialised (and gzip-compressed when accepted) once per data version, with an ETag: `If-None-Match` gets 304 while nothing has been written.',
      },
    },
    async (req, reply) => {
      const input = { unit: req.query.unit, year: req.query.year, at: req.query.at };
      return sendVersionedAnswer(req, reply, await getDashboardAnswer(deps.context(req), input));
    },
  );

  app.get(
    '/api/analytics/explain',
    {
      schema: {
        tags: ['analytics'],
        summary: 'Where one figure comes from: the units, lineage, periods and stored values behind it',
        querystring: Type.Object({
          unit: Code,
          indicator: Type.String({ minLength: 1, maxLength: 100 }),
          period: Type.String({ minLength: 4, maxLength: 10 }),
          at: Type.Optional(IsoDate),
          series: Type.Optional(Type.Union([Type.Literal('actual'), Type.Literal('plan')])),
        }),
        response: { 200: Any },
      },
    },
    (req) => explainFigure(deps.context(req), req.query),
  );

  app.post(
    '/api/analytics/rebuild',
    {
      schema: {
        tags: ['analytics'],
        summary:
          "Recompute the flattened hierarchy, every roll-up and the flows' sums over longer periods from the stored units and values (they are kept fresh on every write; this is a repair tool)",
        response: { 200: Any },
      },
    },
    (req) => {
      const ctx = deps.context(req);
      requireAction(ctx, 'analytics.rebuild');
      return rebuildAnalytics(ctx.db, ctx.actor, ctx.ip ?? null);
    },
  );
};
