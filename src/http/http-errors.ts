/** Turns every failure into `{ error: { code, message, messageVi, details } }` with the right status. */
import type { FastifyError, FastifyInstance } from 'fastify';
import { AppError } from '../services/errors.ts';

/** Installs the error and not-found handlers. */
export function installErrorHandlers(app: FastifyInstance): void {
  app.setErrorHandler((err: FastifyError | AppError | Error, req, reply) => {
    if (err instanceof AppError) {
      return reply.status(err.status).send({ error: { code: err.code, message: err.message, messageVi: err.messageVi, details: err.details } });
    }
    const fe = err as FastifyError;
    if (fe.validation) {
      const details = fe.validation.map((v) => ({
        field: (v.instancePath || String(v.params?.missingProperty ?? '')).replace(/^\//, '') || fe.validationContext || 'request',
        message: v.message ?? 'invalid',
      }));
      return reply.status(400).send({
        error: {
          code: 'invalid_input',
          message: `invalid ${fe.validationContext ?? 'request'}: ${fe.message}`,
          messageVi: `yêu cầu không hợp lệ: ${fe.message}`,
          details,
        },
      });
    }
    if (fe.statusCode && fe.statusCode < 500) {
      const code = fe.statusCode === 413 ? 'file_too_large' : fe.statusCode === 415 ? 'unsupported_media_type' : 'bad_request';
      return reply.status(fe.statusCode).send({ error: { code, message: fe.message, messageVi: fe.message, details: [] } });
    }
    req.log.error(err);
    return reply.status(500).send({ error: { code: 'internal', message: 'internal error', messageVi: 'lỗi hệ thống', details: [] } });
  });
}
