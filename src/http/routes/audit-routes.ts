/** The audit log over HTTP (issue #6): a page of events as JSON, or the whole selection as CSV or XLSX. */
import { Type, type FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { listAuditLog, streamAuditLog } from '../../services/audit/audit-log.ts';
import type { RouteDeps } from './unit-routes.ts';

const IsoDate = Type.String({ maxLength: 10, description: 'YYYY-MM-DD (Vietnam time, inclusive)' });
const CONTENT_TYPES = { csv: 'text/csv; charset=utf-8', xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet' } as const;

const AuditEvent = Type.Object({
  id: Type.Integer(),
  at: Type.String({ description: 'ISO 8601, UTC' }),
  actor: Type.String({ description: 'who, and through which channel (http:<address>, cli, …)' }),
  action: Type.String(),
  entity: Type.String(),
  entityKey: Type.Union([Type.String(), Type.Null()]),
  before: Type.Unknown(),
  after: Type.Unknown(),
  reason: Type.Union([Type.String(), Type.Null()]),
  ip: Type.Union([Type.String(), Type.Null()], { description: 'the client address of a change made over HTTP' }),
});

export const auditRoutes: FastifyPluginAsyncTypebox<RouteDeps> = async (app, deps) => {
  app.get(
    '/api/audit',
    {
      schema: {
        tags: ['audit'],
        summary: 'The audit log: every recorded change (who, when, from where, before → after, why), oldest first',
        description:
          'JSON: a page (`after` = the last id seen, `limit` ≤ 1000) with the total the filter selects. `format=csv` (UTF-8 with BOM) or `format=xlsx`: the whole selection, streamed, no row cap. The log is append-only.',
        querystring: Type.Object({
          from: Type.Optional(IsoDate),
          to: Type.Optional(IsoDate),
          entity: Type.Optional(Type.String({ maxLength: 100 })),
          action: Type.Optional(Type.String({ maxLength: 100 })),
          actor: Type.Optional(Type.String({ maxLength: 200 })),
          after: Type.Optional(Type.Integer({ minimum: 0 })),
          limit: Type.Optional(Type.Integer({ minimum: 1, maximum: 1000 })),
          format: Type.Optional(Type.Union([Type.Literal('json'), Type.Literal('csv'), Type.Literal('xlsx')])),
          lang: Type.Optional(Type.Union([Type.Literal('vi'), Type.Literal('en')])),
        }),
        response: {
          200: Type.Object({ total: Type.Integer(), events: Type.Array(AuditEvent), next: Type.Union([Type.Integer(), Type.Null()]) }),
        },
      },
    },
    async (req, reply) => {
      const { format = 'json', lang = 'vi', after, limit, ...filter } = req.query;
      const ctx = deps.context(req);
      if (format === 'json') return listAuditLog(ctx, filter, { after, limit });
      const stream = await streamAuditLog(ctx, filter, format, lang);
      const name = `ictmon-nhat-ky${filter.from ? `-${filter.from}` : ''}${filter.to ? `-${filter.to}` : ''}.${format}`;
      // A stream is piped as it is (the 200 schema describes the JSON page only).
      return reply
        .header('content-type', CONTENT_TYPES[format])
        .header('content-disposition', `attachment; filename="${name}"`)
        .send(stream as unknown as never);
    },
  );
};
