/** Routes about the running system: health, meta, doctor. */
import { Type, type FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { runDoctor } from '../../services/setup/doctor.ts';
import { getMeta } from '../../services/setup/get-meta.ts';
import type { RouteDeps } from './unit-routes.ts';

const ReferenceInfo = Type.Object({
  version: Type.String(),
  loadedAt: Type.String(),
  units: Type.Integer(),
  lineage: Type.Integer(),
  diagnostics: Type.Integer(),
});

/** Registers /api/health, /api/meta and /api/doctor. */
export const systemRoutes: FastifyPluginAsyncTypebox<RouteDeps> = async (app, deps) => {
  app.get('/api/health', { schema: { tags: ['system'], response: { 200: Type.Object({ ok: Type.Boolean() }) } } }, async () => ({ ok: true }));

  app.get(
    '/api/meta',
    {
      schema: {
        tags: ['system'],
        summary: 'Version, database engine and loaded reference data',
        response: {
          200: Type.Object({
            name: Type.String(),
            version: Type.String(),
            engine: Type.String(),
            dataLocation: Type.String(),
            today: Type.String(),
            reference: Type.Union([ReferenceInfo, Type.Null()]),
          }),
        },
      },
    },
    (req) => getMeta(deps.context(req)),
  );

  app.get(
    '/api/doctor',
    {
      schema: {
        tags: ['system'],
        summary: 'The checks of `ictmon doctor`, run inside the serving process',
        response: { 200: Type.Object({ checks: Type.Array(Type.Object({ ok: Type.Boolean(), name: Type.String(), detail: Type.String() })) }) },
      },
    },
    async (req) => ({ checks: await runDoctor(deps.context(req)) }),
  );
};
