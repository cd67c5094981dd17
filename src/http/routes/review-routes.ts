/**
 * The review workflow over HTTP (issue #6): the queue, a submission's detail, the moves (submit, approve,
 * return, reopen — one or many, all or nothing), what is due, closed periods and deadlines. Each route
 * calls one service function; the services check role and scope.
 */
import { Type, type FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { getDeadlines, listDue, setDeadline } from '../../services/review/due-list.ts';
import { closePeriod, getClosures, grantException, reopenPeriod } from '../../services/review/period-closing.ts';
import { getSubmissionDetail, listReviewQueue, SUBMISSION_STATES } from '../../services/review/review-queue.ts';
import { MAX_BULK, MAX_REASON_LENGTH, moveSubmissions, type Transition } from '../../services/review/submissions.ts';
import type { SubmissionState } from '../../services/review/present-submission.ts';
import type { RouteDeps } from './unit-routes.ts';

const Code = Type.String({ minLength: 1, maxLength: 20, pattern: '^[A-Za-z0-9._-]+$' });
const PeriodText = Type.String({ minLength: 4, maxLength: 40 });
const Reason = Type.String({ maxLength: MAX_REASON_LENGTH });
const Any = Type.Object({}, { additionalProperties: true });

const SubmissionRef = Type.Union([
  Type.Object({ id: Type.Integer({ minimum: 1 }) }, { additionalProperties: false }),
  Type.Object({ unit: Code, period: PeriodText, party: Type.Optional(Type.String({ maxLength: 30, pattern: '^[a-z_]*$' })) }, { additionalProperties: false }),
]);

const MoveBody = Type.Object(
  {
    submissions: Type.Array(SubmissionRef, { minItems: 1, maxItems: MAX_BULK }),
    reason: Type.Optional(Reason),
  },
  { additionalProperties: false },
);

const MOVES: Array<{ transition: Transition; summary: string }> = [
  { transition: 'submit', summary: 'Submit entered figures for review (draft or returned → submitted)' },
  { transition: 'approve', summary: 'Approve submitted figures (→ approved: counted by the analytics, locked)' },
  { transition: 'return', summary: 'Return submitted figures to the commune with a reason (→ returned)' },
  { transition: 'reopen', summary: 'Reopen approved figures for a correction, with a reason (approved → returned)' },
];

export const reviewRoutes: FastifyPluginAsyncTypebox<RouteDeps> = async (app, deps) => {
  app.get(
    '/api/submissions',
    {
      schema: {
        tags: ['review'],
        summary: 'The review queue: submissions in your scope with what changed, warnings and outliers (default: submitted)',
        querystring: Type.Object({
          state: Type.Optional(Type.String({ maxLength: 60, description: `comma-separated: ${SUBMISSION_STATES.join(', ')}` })),
          period: Type.Optional(PeriodText),
          unit: Type.Optional(Code),
          party: Type.Optional(Type.String({ maxLength: 30 })),
          limit: Type.Optional(Type.Integer({ minimum: 1, maximum: 200 })),
          offset: Type.Optional(Type.Integer({ minimum: 0 })),
        }),
        response: { 200: Any },
      },
    },
    (req) =>
      listReviewQueue(deps.context(req), {
        states: req.query.state ? (req.query.state.split(',').map((s) => s.trim()) as SubmissionState[]) : undefined,
        period: req.query.period,
        unit: req.query.unit,
        party: req.query.party,
        limit: req.query.limit,
        offset: req.query.offset,
      }),
  );

  app.get(
    '/api/submissions/:id',
    {
      schema: {
        tags: ['review'],
        summary: 'A submission: its values (each with the value it replaced, its history and outlier check) and its moves',
        params: Type.Object({ id: Type.Integer({ minimum: 1 }) }),
        response: { 200: Any },
      },
    },
    (req) => getSubmissionDetail(deps.context(req), req.params.id),
  );

  for (const { transition, summary } of MOVES) {
    app.post(
      `/api/submissions/${transition}`,
      {
        schema: {
          tags: ['review'],
          summary,
          description: 'All or nothing: when any submission named cannot move, nothing changes and each refusal is named.',
          body: MoveBody,
          response: { 200: Any },
        },
      },
      (req) => moveSubmissions(deps.context(req), transition, req.body.submissions, req.body.reason ?? null),
    );
  }

  app.get(
    '/api/due',
    {
      schema: {
        tags: ['review'],
        summary: 'What is due: the reports each commune owes for ended periods, missing or late, by the deadlines set',
        querystring: Type.Object({
          unit: Type.Optional(Code),
          asOf: Type.Optional(Type.String({ maxLength: 10 })),
          all: Type.Optional(Type.Boolean()),
        }),
        response: { 200: Any },
      },
    },
    (req) => listDue(deps.context(req), req.query),
  );

  app.get(
    '/api/periods/closures',
    {
      schema: {
        tags: ['review'],
        summary: 'Closed periods and their exceptions',
        querystring: Type.Object({ period: Type.Optional(PeriodText) }),
        response: { 200: Type.Array(Any) },
      },
    },
    (req) => getClosures(deps.context(req), req.query.period),
  );

  const ClosureBody = Type.Object({ period: PeriodText, province: Type.Optional(Code), reason: Type.Optional(Reason) }, { additionalProperties: false });
  app.post(
    '/api/periods/close',
    { schema: { tags: ['review'], summary: 'Close a period for a province (or every province)', body: ClosureBody, response: { 200: Any } } },
    (req) => closePeriod(deps.context(req), req.body),
  );
  app.post('/api/periods/reopen', { schema: { tags: ['review'], summary: 'Open a closed period again', body: ClosureBody, response: { 200: Any } } }, (req) =>
    reopenPeriod(deps.context(req), req.body),
  );
  app.post(
    '/api/periods/exceptions',
    {
      schema: {
        tags: ['review'],
        summary: 'Let one unit enter and submit in a closed period',
        body: Type.Object({ period: PeriodText, province: Type.Optional(Code), unit: Code, reason: Reason }, { additionalProperties: false }),
        response: { 200: Any },
      },
    },
    (req) => grantException(deps.context(req), req.body),
  );

  app.get(
    '/api/deadlines',
    { schema: { tags: ['review'], summary: 'Report deadlines: days after the end of each kind of period', response: { 200: Type.Array(Any) } } },
    (req) => getDeadlines(deps.context(req)),
  );
  app.put(
    '/api/deadlines',
    {
      schema: {
        tags: ['review'],
        summary: 'Set the deadline of a kind of period (a national administrator)',
        body: Type.Object({ periodType: Type.String({ maxLength: 10 }), days: Type.Integer() }, { additionalProperties: false }),
        response: { 200: Type.Array(Any) },
      },
    },
    (req) => setDeadline(deps.context(req), req.body.periodType, req.body.days),
  );
};
