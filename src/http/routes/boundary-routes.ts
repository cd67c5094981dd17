/** Routes of administrative boundaries: the GeoJSON of a level on a date (for maps), imports of boundary files, the batches. */
import { Type, type FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { getBoundariesAnswer } from '../../services/boundaries/get-boundaries.ts';
import { importBoundaries } from '../../services/boundaries/import-boundaries.ts';
import { listBoundaryBatches } from '../../services/boundaries/list-boundary-batches.ts';
import { MAX_BOUNDARY_FILE_BYTES } from '../../services/boundaries/read-boundary-file.ts';
import { sendVersionedAnswer } from '../send-versioned-answer.ts';
import type { RouteDeps } from './unit-routes.ts';

const FILE_TYPES = [
  'application/octet-stream',
  'application/json',
  'application/geo+json',
  'application/vnd.geo+json',
  'application/topo+json',
  'application/zip',
  'application/x-zip-compressed',
  'text/plain',
];

const Level = Type.Union([Type.Literal('province'), Type.Literal('district'), Type.Literal('commune')]);
const IsoDate = Type.String({ pattern: '^\\d{4}-\\d{2}-\\d{2}$' });

const BoundariesQuery = Type.Object({
  level: Level,
  parent: Type.Optional(Type.String({ minLength: 1, maxLength: 40, description: 'only the units under this unit (a province; a district before 01/07/2025)' })),
  at: Type.Optional({ ...IsoDate, description: 'date the units are in force on (default: today)' }),
  codes: Type.Optional(Type.String({ maxLength: 60_000, description: 'only these unit codes, comma-separated' })),
});

const BoundaryFeature = Type.Object({
  type: Type.Literal('Feature'),
  id: Type.String(),
  bbox: Type.Array(Type.Number(), { minItems: 4, maxItems: 4, description: '[west, south, east, north]' }),
  geometry: Type.Unknown({ description: 'GeoJSON Polygon or MultiPolygon, WGS84 [lon, lat]' }),
  properties: Type.Object({ code: Type.String(), name: Type.String(), fullName: Type.String(), level: Type.String() }),
});

const BoundaryCollection = Type.Object(
  {
    type: Type.Literal('FeatureCollection'),
    at: Type.String(),
    level: Type.String(),
    features: Type.Array(BoundaryFeature),
    missing: Type.Array(Type.String(), { description: 'codes of the units in scope that have no stored boundary' }),
  },
  { description: 'a GeoJSON FeatureCollection (RFC 7946) of the units with a boundary, plus the codes of those without' },
);

const ImportQuery = Type.Object({
  fileName: Type.Optional(Type.String({ minLength: 1, maxLength: 255, description: 'name of the uploaded file (kept on the batch)' })),
  at: Type.Optional({ ...IsoDate, description: 'date the codes are matched on (default: today); codes were reused after 01/07/2025' }),
  codeField: Type.Optional(
    Type.String({ minLength: 1, maxLength: 100, description: 'property holding the unit code (default: code, ma, ma_xa, MaXa, ma_tinh, ma_dvhc…)' }),
  ),
  level: Type.Optional(Level),
  object: Type.Optional(Type.String({ minLength: 1, maxLength: 100, description: 'TopoJSON object to read (default: the only one)' })),
});

const ImportResult = Type.Object({
  batchId: Type.Integer(),
  format: Type.String(),
  level: Type.String(),
  at: Type.String(),
  codeField: Type.String(),
  objectName: Type.Union([Type.String(), Type.Null()]),
  features: Type.Integer(),
  added: Type.Integer(),
  replaced: Type.Integer(),
  vertices: Type.Integer(),
  sameFileBatchId: Type.Union([Type.Integer(), Type.Null()]),
  message: Type.String(),
  messageVi: Type.String(),
});

const Batch = Type.Object({
  id: Type.Integer(),
  fileName: Type.String(),
  fileSha256: Type.String(),
  format: Type.String(),
  level: Type.String(),
  at: Type.String(),
  actor: Type.String(),
  importedAt: Type.String(),
  features: Type.Integer(),
  unitsCurrent: Type.Integer({ description: 'units whose current boundary still comes from this batch' }),
  summary: Type.Object({}, { additionalProperties: true }),
});

const importDescription =
  'Body: the file itself (GeoJSON FeatureCollection, TopoJSON Topology, or a zip of a Shapefile in WGS84 or VN-2000), at most 200 MB, ' +
  'with Content-Type application/json, application/geo+json, application/zip or application/octet-stream. Every feature must carry the code ' +
  'of a unit in force on `at`; on any problem nothing is stored and every problem is listed (details[].row is the 1-based feature).';

/** Registers GET /api/boundaries, POST /api/boundaries and GET /api/boundaries/batches. */
export const boundaryRoutes: FastifyPluginAsyncTypebox<RouteDeps> = async (app, deps) => {
  // The file is the raw body: JSON is not parsed by Fastify (200 MB, and the service reports its errors by feature).
  app.removeContentTypeParser(['application/json', 'text/plain']);
  app.addContentTypeParser(FILE_TYPES, { parseAs: 'buffer', bodyLimit: MAX_BOUNDARY_FILE_BYTES }, (_req, body, done) => done(null, body));

  app.get(
    '/api/boundaries',
    {
      schema: {
        tags: ['boundaries'],
        summary: 'Boundaries of the units in force on a date at a level (under a parent), as GeoJSON',
        querystring: BoundariesQuery,
        description:
          'Built once per data version and sent as its cached JSON text (gzip-compressed when accepted), with an ETag: `If-None-Match` gets 304 while nothing has been written.',
        response: { 200: BoundaryCollection },
      },
    },
    async (req, reply) => {
      const answer = await getBoundariesAnswer(deps.context(req), {
        level: req.query.level,
        parent: req.query.parent,
        at: req.query.at,
        codes: req.query.codes?.split(','),
      });
      return sendVersionedAnswer(req, reply, answer);
    },
  );

  app.post(
    '/api/boundaries',
    {
      bodyLimit: MAX_BOUNDARY_FILE_BYTES,
      schema: {
        tags: ['boundaries'],
        summary: 'Import a boundary file: every feature matched to a unit by code, all of it or, on any error, nothing',
        description: importDescription,
        querystring: ImportQuery,
        response: { 200: ImportResult },
      },
    },
    (req) =>
      importBoundaries(deps.context(req), {
        bytes: req.body instanceof Uint8Array ? req.body : new Uint8Array(0),
        fileName: req.query.fileName ?? 'upload',
        at: req.query.at,
        codeField: req.query.codeField,
        level: req.query.level,
        object: req.query.object,
      }),
  );

  app.get(
    '/api/boundaries/batches',
    {
      schema: {
        tags: ['boundaries'],
        summary: 'The boundary files imported, newest first',
        querystring: Type.Object({ limit: Type.Optional(Type.Integer({ minimum: 1, maximum: 1000 })) }),
        response: { 200: Type.Object({ items: Type.Array(Batch) }) },
      },
    },
    async (req) => ({ items: await listBoundaryBatches(deps.context(req), { limit: req.query.limit }) }),
  );
};
