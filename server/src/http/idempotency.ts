import crypto from 'node:crypto';
import type { FastifyInstance } from 'fastify';
import type { AppContext } from './context';
import { sendError } from './error-handler';
import * as repo from './idempotency.repository';

declare module 'fastify' {
  interface FastifyRequest {
    idempotencyKey: string | null;
  }
}

/**
 * POSTs that carry an Idempotency-Key run once per user and key: a replay gets the first response (marked with
 * `Idempotent-Replayed: true`), a concurrent duplicate 409, the same key for a different request 422.
 */
export function installIdempotency(app: FastifyInstance, ctx: AppContext) {
  app.decorateRequest('idempotencyKey', null);
  app.addHook('preHandler', async (req, reply) => {
    const key = req.headers['idempotency-key'];
    if (req.method !== 'POST' || typeof key !== 'string' || !req.actor || req.isMultipart()) return;
    if (key.length < 8 || key.length > 200)
      return sendError(reply, req.lang, 'BAD_REQUEST', { header: 'Idempotency-Key', message: '8–200 characters' });
    const route = `${req.method} ${req.routeOptions.url}`;
    const requestHash = crypto
      .createHash('sha256')
      .update(route)
      .update(req.url)
      .update(JSON.stringify(req.body ?? null))
      .digest('hex');
    if (await repo.claimKey(ctx.db, { userId: req.actor.userId, key, route, requestHash })) {
      req.idempotencyKey = key;
      return;
    }
    const prior = await repo.findKey(ctx.db, { userId: req.actor.userId, key });
    if (!prior || prior.requestHash !== requestHash) return sendError(reply, req.lang, 'IDEMPOTENCY_KEY_REUSED');
    if (prior.status === null) return sendError(reply, req.lang, 'IDEMPOTENCY_IN_PROGRESS');
    return reply.status(prior.status).header('idempotent-replayed', 'true').type('application/json').send(prior.body);
  });
  app.addHook('onSend', async (req, reply, payload) => {
    if (!req.idempotencyKey || !req.actor) return payload;
    const k = { userId: req.actor.userId, key: req.idempotencyKey };
    if (reply.statusCode >= 500) {
      // a 503 for a database that is down cannot delete the key now; the answer still goes out
      await repo.releaseKey(ctx.db, k).catch(() => {});
    } else {
      let body: unknown;
      try {
        body = typeof payload === 'string' ? JSON.parse(payload) : null;
      } catch {
        body = null;
      }
      await repo.saveAnswer(ctx.db, k, reply.statusCode, body);
    }
    return payload;
  });
}
