/** TypeBox schemas of the units API: they validate requests and produce the OpenAPI document. */
import { Type } from '@fastify/type-provider-typebox';

const IsoDate = Type.String({ pattern: '^\\d{4}-\\d{2}-\\d{2}$', description: 'Date YYYY-MM-DD', examples: ['2025-07-01'] });
const NullableDate = Type.Union([IsoDate, Type.Null()]);
const Level = Type.Union([Type.Literal('province'), Type.Literal('district'), Type.Literal('commune'), Type.Literal('village')]);

export const UnitViewSchema = Type.Object(
  {
    id: Type.Integer(),
    code: Type.String(),
    level: Level,
    typeCode: Type.String(),
    typeVi: Type.String(),
    typeEn: Type.String(),
    name: Type.String(),
    fullName: Type.String(),
    parentCode: Type.Union([Type.String(), Type.Null()]),
    codeList: Type.String(),
    validFrom: NullableDate,
    validTo: NullableDate,
    validFromExact: Type.Boolean(),
    validToExact: Type.Boolean(),
    source: Type.String(),
  },
  { $id: 'UnitView', description: 'One version of an administrative unit' },
);

const UnitRef = Type.Ref('UnitView');

export const UnitListSchema = Type.Object({
  at: IsoDate,
  total: Type.Integer(),
  items: Type.Array(Type.Intersect([UnitRef, Type.Object({ childCount: Type.Integer() })])),
});

const LineageLinkSchema = Type.Object({
  unit: UnitRef,
  coverage: Type.Union([Type.Literal('full'), Type.Literal('partial')]),
  effectiveDate: IsoDate,
  legalBasis: Type.Union([Type.String(), Type.Null()]),
});

export const UnitDetailSchema = Type.Object({
  at: IsoDate,
  unit: UnitRef,
  status: Type.Union([Type.Literal('in_force'), Type.Literal('ended'), Type.Literal('not_yet')]),
  versions: Type.Array(UnitRef),
  ancestors: Type.Array(UnitRef),
  predecessors: Type.Array(LineageLinkSchema),
  successors: Type.Array(LineageLinkSchema),
  attributes: Type.Array(Type.Object({ attribute: Type.String(), value: Type.Unknown(), validFrom: IsoDate, validTo: NullableDate, source: Type.String() })),
  childCount: Type.Integer(),
});

export const UnitSearchSchema = Type.Object({
  at: IsoDate,
  query: Type.String(),
  items: Type.Array(Type.Intersect([UnitRef, Type.Object({ inForce: Type.Boolean(), path: Type.String() })])),
});

export const ListUnitsQuery = Type.Object({
  at: Type.Optional(IsoDate),
  level: Type.Optional(Level),
  parent: Type.Optional(Type.String({ maxLength: 40 })),
  limit: Type.Optional(Type.Integer({ minimum: 1, maximum: 20000 })),
  offset: Type.Optional(Type.Integer({ minimum: 0 })),
});

export const SearchUnitsQuery = Type.Object({
  q: Type.String({ maxLength: 100 }),
  at: Type.Optional(IsoDate),
  limit: Type.Optional(Type.Integer({ minimum: 1, maximum: 200 })),
});

export const UnitParams = Type.Object({ code: Type.String({ maxLength: 40 }) });
export const AtQuery = Type.Object({ at: Type.Optional(IsoDate) });

export const ErrorSchema = Type.Object(
  {
    error: Type.Object({
      code: Type.String(),
      message: Type.String(),
      messageVi: Type.String(),
      details: Type.Array(
        Type.Object({
          row: Type.Optional(Type.Integer()),
          field: Type.Optional(Type.String()),
          value: Type.Optional(Type.String()),
          code: Type.Optional(Type.String()),
          message: Type.String(),
          messageVi: Type.Optional(Type.String()),
        }),
      ),
    }),
  },
  { $id: 'Error' },
);
