/** TypeBox schemas of the sign-in, account and token routes (they validate, serialise and document). */
import { Type } from '@fastify/type-provider-typebox';

const Nullable = <T extends ReturnType<typeof Type.String>>(t: T) => Type.Union([t, Type.Null()]);
const Instant = Type.String({ description: 'ISO 8601, UTC' });

export const ScopeSchema = Type.Object({
  id: Type.Integer(),
  code: Type.String(),
  level: Type.String(),
  name: Type.String(),
  fullName: Type.String(),
  validFrom: Nullable(Type.String()),
  validTo: Nullable(Type.String()),
});

export const AccountSchema = Type.Object({
  username: Type.String(),
  displayName: Type.String(),
  role: Type.String({ description: 'admin | reviewer | officer | operator | inspector' }),
  roleVi: Type.String(),
  roleEn: Type.String(),
  scope: Type.Union([ScopeSchema, Type.Null()], { description: 'the unit the account works on; null: the whole country' }),
  operatorCode: Nullable(Type.String()),
  active: Type.Boolean(),
  hasPassword: Type.Boolean(),
  locked: Type.Boolean(),
  lockedUntil: Nullable(Instant),
  failedLogins: Type.Integer(),
  createdAt: Instant,
  createdBy: Type.String(),
  passwordChangedAt: Nullable(Instant),
});

export const TokenSchema = Type.Object({
  id: Type.Integer(),
  username: Type.String(),
  name: Type.String(),
  prefix: Type.String({ description: 'the first 12 characters of the token' }),
  scope: Type.Union([ScopeSchema, Type.Null()], { description: "the token's own scope; null: its account's" }),
  state: Type.Union([Type.Literal('active'), Type.Literal('expired'), Type.Literal('revoked')]),
  createdAt: Instant,
  createdBy: Type.String(),
  expiresAt: Instant,
  revokedAt: Nullable(Instant),
  revokedBy: Nullable(Type.String()),
  lastUsedAt: Nullable(Instant),
});

export const SignedInSchema = Type.Object({
  user: AccountSchema,
  csrfToken: Type.String({ description: 'send it as the x-csrf-token header of every POST, PUT, PATCH, DELETE' }),
  expiresAt: Instant,
});

export const SessionSchema = Type.Object({
  user: Type.Union([AccountSchema, Type.Null()]),
  via: Type.String({ description: 'session | token | owner | none' }),
  csrfToken: Nullable(Type.String()),
});

const Username = Type.String({ minLength: 1, maxLength: 200 });
const Password = Type.String({ minLength: 1, maxLength: 1024 });
const ScopeCode = Type.String({ minLength: 1, maxLength: 20, description: 'unit code (province or commune)' });
const ScopeAt = Type.String({ maxLength: 10, description: 'date whose unit version is meant (default today)' });

export const LoginBody = Type.Object({ username: Username, password: Password }, { additionalProperties: false });

export const SetupBody = Type.Object(
  { code: Type.String({ minLength: 1, maxLength: 40 }), username: Username, displayName: Type.String({ minLength: 1, maxLength: 200 }), password: Password },
  { additionalProperties: false },
);

export const CreateAccountBody = Type.Object(
  {
    username: Username,
    displayName: Type.String({ minLength: 1, maxLength: 200 }),
    role: Type.String({ maxLength: 20 }),
    scope: Type.Optional(Type.Union([ScopeCode, Type.Null()])),
    scopeAt: Type.Optional(ScopeAt),
    operatorCode: Type.Optional(Type.Union([Type.String({ maxLength: 40 }), Type.Null()])),
    password: Type.Optional(Password),
  },
  { additionalProperties: false },
);

export const UpdateAccountBody = Type.Object(
  {
    displayName: Type.Optional(Type.String({ minLength: 1, maxLength: 200 })),
    role: Type.Optional(Type.String({ maxLength: 20 })),
    scope: Type.Optional(Type.Union([ScopeCode, Type.Null()], { description: 'null: the whole country' })),
    scopeAt: Type.Optional(ScopeAt),
    operatorCode: Type.Optional(Type.Union([Type.String({ maxLength: 40 }), Type.Null()])),
    active: Type.Optional(Type.Boolean()),
    reason: Type.Optional(Type.String({ maxLength: 500 })),
  },
  { additionalProperties: false },
);

export const UsernameParams = Type.Object({ username: Type.String({ minLength: 1, maxLength: 200 }) });
export const SetPasswordBody = Type.Object({ password: Password }, { additionalProperties: false });
export const OwnPasswordBody = Type.Object({ currentPassword: Password, newPassword: Password }, { additionalProperties: false });

export const CreateTokenBody = Type.Object(
  {
    name: Type.String({ minLength: 1, maxLength: 100 }),
    expiresInDays: Type.Integer({ minimum: 1, maximum: 366 }),
    scope: Type.Optional(ScopeCode),
    scopeAt: Type.Optional(ScopeAt),
    user: Type.Optional(Type.String({ maxLength: 200, description: 'administrators: an account in scope (default: yourself)' })),
  },
  { additionalProperties: false },
);

export const CreatedTokenSchema = Type.Object({
  token: Type.String({ description: 'shown this once: it cannot be shown again' }),
  info: TokenSchema,
});

/** JSON bodies of these routes are small. */
export const SMALL_BODY = 16 * 1024;
