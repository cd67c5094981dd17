/** Routes of the unit register: list (tree), search, one unit. Each calls one service function. */
import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import type { FastifyRequest } from 'fastify';
import { todayInVietnam } from '../../domain/units/dates.ts';
import { getUnit } from '../../services/units/get-unit.ts';
import { listUnits } from '../../services/units/list-units.ts';
import { searchUnits } from '../../services/units/search-units.ts';
import type { ServiceContext } from '../../services/context.ts';
import {
  AtQuery,
  ErrorSchema,
  ListUnitsQuery,
  SearchUnitsQuery,
  UnitDetailSchema,
  UnitListSchema,
  UnitParams,
  UnitSearchSchema,
} from '../schemas/unit-schemas.ts';

export interface RouteDeps {
  /** The service context of a request: the database, and who sends it (set by the authentication hook). */
  context(req: FastifyRequest): ServiceContext;
}

const errorRef = { $ref: 'Error#' } as unknown as typeof ErrorSchema;

/** Registers /api/units routes. */
export const unitRoutes: FastifyPluginAsyncTypebox<RouteDeps> = async (app, deps) => {
  app.get(
    '/api/units',
    {
      schema: {
        tags: ['units'],
        summary: 'Units in force on a date (provinces by default; children with parent=CODE)',
        querystring: ListUnitsQuery,
        response: { 200: UnitListSchema, 400: errorRef },
      },
    },
    (req) => listUnits(deps.context(req), { ...req.query, at: req.query.at ?? todayInVietnam() }),
  );

  app.get(
    '/api/units/search',
    {
      schema: {
        tags: ['units'],
        summary: 'Find units by name or code, ignoring diacritics; units in force on the date first',
        querystring: SearchUnitsQuery,
        response: { 200: UnitSearchSchema, 400: errorRef },
      },
    },
    (req) => searchUnits(deps.context(req), { ...req.query, at: req.query.at ?? todayInVietnam() }),
  );

  app.get(
    '/api/units/:code',
    {
      schema: {
        tags: ['units'],
        summary: 'One unit on a date with its versions, ancestors, predecessors and successors',
        params: UnitParams,
        querystring: AtQuery,
        response: { 200: UnitDetailSchema, 400: errorRef, 404: errorRef },
      },
    },
    (req) => getUnit(deps.context(req), { code: req.params.code, at: req.query.at ?? todayInVietnam() }),
  );
};
