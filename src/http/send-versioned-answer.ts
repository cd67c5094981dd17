/**
 * Sends an answer cached per data version (src/services/serving/versioned-answers.ts): its JSON text
 * made once, gzip-compressed once when the client accepts gzip, and an ETag so that a client revalidating
 * (`If-None-Match`) gets 304 Not Modified without the body while nothing has been written.
 * `Cache-Control: no-cache` makes browsers revalidate every time, so a new value is never hidden.
 */
import type { FastifyReply, FastifyRequest } from 'fastify';
import type { VersionedAnswer } from '../services/serving/versioned-answers.ts';

export function sendVersionedAnswer(req: FastifyRequest, reply: FastifyReply, answer: VersionedAnswer<unknown>): FastifyReply {
  reply.header('etag', answer.etag).header('cache-control', 'no-cache').header('vary', 'accept-encoding');
  const ifNoneMatch = req.headers['if-none-match'];
  if (ifNoneMatch !== undefined && ifNoneMatch.split(',').some((t) => t.trim().replace(/^W\//, '') === answer.etag)) {
    return reply.code(304).send();
  }
  reply.type('application/json; charset=utf-8');
  if (/\bgzip\b/.test(req.headers['accept-encoding'] ?? '')) return reply.header('content-encoding', 'gzip').send(answer.gzip);
  return reply.send(answer.json);
}
