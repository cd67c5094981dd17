/** Routes that read a units file (GSO catalogue export, village list, unit attributes): diff, and import all-or-nothing. */
import { Type, type FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { MAX_UNITS_FILE_BYTES } from '../../services/units-import/decode-units-file.ts';
import { diffUnitsFile, importUnitsFile } from '../../services/units-import/units-file-service.ts';
import type { RouteDeps } from './unit-routes.ts';

const FILE_TYPES = ['application/octet-stream', 'text/csv', 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet'];

const FileQuery = Type.Object({
  fileName: Type.String({ minLength: 1, maxLength: 255, description: 'name of the uploaded file (shown in reports and the import batch)' }),
  effectiveDate: Type.String({ pattern: '^\\d{4}-\\d{2}-\\d{2}$', description: "first day the file's list is in force" }),
  legalBasis: Type.Optional(Type.String({ maxLength: 500, description: 'decision or resolution behind the change' })),
  kind: Type.Optional(Type.Union([Type.Literal('catalogue'), Type.Literal('villages'), Type.Literal('attributes')])),
});

const Counts = Type.Object({
  added: Type.Integer(),
  renamed: Type.Integer(),
  retyped: Type.Integer(),
  reparented: Type.Integer(),
  ended: Type.Integer(),
  attributes: Type.Integer(),
  unchanged: Type.Integer(),
});

const Diff = Type.Object(
  { kind: Type.String(), effectiveDate: Type.String(), scope: Type.Array(Type.String()), counts: Counts },
  { additionalProperties: true, description: 'what the file changes: counts, one entry per change, errors by row and field' },
);

const description = "Body: the file's bytes (CSV or XLSX, at most 50 MB) with Content-Type application/octet-stream, text/csv or the XLSX type.";

/** Registers POST /api/units/diff and POST /api/units/import. */
export const unitFileRoutes: FastifyPluginAsyncTypebox<RouteDeps> = async (app, deps) => {
  app.addContentTypeParser(FILE_TYPES, { parseAs: 'buffer', bodyLimit: MAX_UNITS_FILE_BYTES }, (_req, body, done) => done(null, body));

  app.post(
    '/api/units/diff',
    {
      bodyLimit: MAX_UNITS_FILE_BYTES,
      schema: { tags: ['units'], summary: 'What a units file would change; changes nothing', description, querystring: FileQuery, response: { 200: Diff } },
    },
    (req) => diffUnitsFile(deps.context(req), { ...req.query, bytes: bodyBytes(req.body) }),
  );

  app.post(
    '/api/units/import',
    {
      bodyLimit: MAX_UNITS_FILE_BYTES,
      schema: {
        tags: ['units'],
        summary: 'Apply a units file in one transaction: all of it, or on any error nothing',
        description,
        querystring: FileQuery,
        response: {
          200: Type.Object(
            { batchId: Type.Union([Type.Integer(), Type.Null()]), applied: Type.Boolean(), message: Type.String(), messageVi: Type.String(), diff: Diff },
            { additionalProperties: true },
          ),
        },
      },
    },
    (req) => importUnitsFile(deps.context(req), { ...req.query, bytes: bodyBytes(req.body) }),
  );
};

function bodyBytes(body: unknown): Uint8Array {
  return body instanceof Uint8Array ? body : new Uint8Array(0);
}
