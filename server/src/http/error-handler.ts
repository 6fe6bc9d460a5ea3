import type { FastifyError, FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { hasZodFastifySchemaValidationErrors } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { ERROR_CODES, type ErrorCode, type Lang } from '@xiezuo/domain';
import { databaseFailure } from '../db/db-errors';
import { AppError } from './app-error';

const locales = { zh: z.locales.zhCN().localeError, en: z.locales.en().localeError };

type FieldError = { path: string; message: string };

function localiseIssue(
  v: { keyword: string; instancePath: string; message?: string; params: Record<string, unknown> },
  lang: Lang,
): FieldError {
  const issue = {
    ...v.params,
    code: v.keyword,
    path: v.instancePath.split('/').filter(Boolean),
  } as unknown as z.core.$ZodRawIssue;
  let message: string | undefined;
  try {
    const out = locales[lang](issue);
    message = typeof out === 'string' ? out : out?.message;
  } catch {
    message = undefined;
  }
  return { path: v.instancePath.replace(/^\//, '').replace(/\//g, '.'), message: message ?? v.message ?? 'invalid' };
}

/** Sends `{ error: { code, message, details } }` with the status the code maps to. */
export function sendError(reply: FastifyReply, lang: Lang, code: ErrorCode, details?: unknown, status?: number) {
  const body: { error: { code: ErrorCode; message: string; details?: unknown } } = {
    error: { code, message: ERROR_CODES[code][lang] },
  };
  if (details !== undefined) body.error.details = details;
  return reply
    .status(status ?? ERROR_CODES[code].status)
    .type('application/json')
    .send(body);
}

function statusCodeToCode(status: number): ErrorCode {
  if (status === 413) return 'PAYLOAD_TOO_LARGE';
  if (status === 415) return 'UNSUPPORTED_MEDIA_TYPE';
  if (status === 429) return 'RATE_LIMITED';
  if (status === 404) return 'NOT_FOUND';
  return 'BAD_REQUEST';
}

/**
 * One error handler: AppError and validation errors become 4xx bodies; a database that cannot answer 503
 * DATABASE_UNAVAILABLE (and `onDatabaseDown` so the server checks it); anything else a 5xx that says nothing internal.
 */
export function installErrorHandler(
  app: FastifyInstance,
  spaIndexHtml?: Buffer,
  onDatabaseDown: (reason: string) => void = () => {},
) {
  app.setErrorHandler((err: FastifyError, req: FastifyRequest, reply: FastifyReply) => {
    const lang = req.lang ?? 'zh';
    if (err instanceof AppError) return sendError(reply, lang, err.code, err.details);
    const db = databaseFailure(err);
    if (db) {
      req.log.warn({ reqId: req.id, database: db.kind }, 'database unavailable');
      if (db.kind === 'unreachable') onDatabaseDown(db.message);
      return sendError(reply, lang, 'DATABASE_UNAVAILABLE', { requestId: req.id });
    }
    if (hasZodFastifySchemaValidationErrors(err)) {
      const fields = err.validation.map((v) => localiseIssue(v as never, lang));
      return sendError(reply, lang, 'VALIDATION_FAILED', { context: err.validationContext, fields });
    }
    const status = err.statusCode ?? 500;
    if (status >= 400 && status < 500) {
      return sendError(reply, lang, statusCodeToCode(status), undefined, status);
    }
    req.log.error({ err, reqId: req.id }, 'unhandled error');
    return sendError(reply, lang, 'INTERNAL', { requestId: req.id });
  });
  // Unknown API paths get a 404 body; any other GET gets the web app, whose router shows its own 404 page.
  app.setNotFoundHandler((req, reply) => {
    if (!spaIndexHtml || req.url.startsWith('/api/') || req.method !== 'GET')
      return sendError(reply, req.lang ?? 'zh', 'NOT_FOUND');
    return reply.type('text/html; charset=utf-8').header('cache-control', 'no-cache').send(spaIndexHtml);
  });
}
