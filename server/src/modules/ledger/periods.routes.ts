import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { periodDto, unlockRequestBody, unlockRequestDto } from '@xiezuo/domain';
import type { AppContext } from '../../http/context';
import { requireActor } from '../../http/actor';
import { requires } from '../../http/policy';
import { errorResponses } from '../../http/schemas';
import * as service from './periods.service';

const periodKey = z.string().regex(/^\d{4}(-Q[1-4]|-(0[1-9]|1[0-2]))?$/, 'YYYY, YYYY-Qn or YYYY-MM');

export function periodRoutes(ctx: AppContext): FastifyPluginAsyncZod {
  return async (app) => {
    app.get(
      '/periods',
      {
        config: { policy: requires('business.read') },
        schema: {
          tags: ['periods'],
          summary: 'Closed and reopened periods',
          response: { 200: z.object({ items: z.array(periodDto) }), ...errorResponses },
        },
      },
      async (req) => ({
        items: await service.listPeriods(ctx, requireActor(req)),
      }),
    );
    for (const [verb, status] of [
      ['close', 'closed'],
      ['reopen', 'open'],
    ] as const) {
      app.post(
        `/periods/:key/${verb}`,
        {
          config: { policy: requires('org.manage') },
          schema: {
            tags: ['periods'],
            summary: `${verb} a month, quarter or year`,
            params: z.object({ key: periodKey }),
            response: { 200: periodDto, ...errorResponses },
          },
        },
        async (req) => service.setPeriod(ctx, requireActor(req), req.meta, req.params.key, status),
      );
    }
    app.post(
      '/records/:id/unlock-requests',
      {
        config: { policy: requires('business.write') },
        schema: {
          tags: ['periods'],
          summary: 'Ask to change a locked record (reason and change)',
          params: z.object({ id: z.uuid() }),
          body: unlockRequestBody,
          response: { 200: unlockRequestDto, ...errorResponses },
        },
      },
      async (req) =>
        service.requestUnlock(ctx, requireActor(req), req.meta, req.params.id, req.body.reason, req.body.changes),
    );
    app.get(
      '/unlock-requests',
      {
        config: { policy: requires('business.read') },
        schema: {
          tags: ['periods'],
          summary: 'Unlock requests in scope',
          querystring: z.object({ status: z.enum(['pending', 'approved', 'rejected']).optional() }),
          response: { 200: z.object({ items: z.array(unlockRequestDto) }), ...errorResponses },
        },
      },
      async (req) => ({ items: await service.listUnlockRequests(ctx, requireActor(req), req.query.status) }),
    );
    for (const [verb, approve] of [
      ['approve', true],
      ['reject', false],
    ] as const) {
      app.post(
        `/unlock-requests/:id/${verb}`,
        {
          config: { policy: requires('org.manage') },
          schema: {
            tags: ['periods'],
            summary: `${verb} an unlock request`,
            params: z.object({ id: z.uuid() }),
            body: z.object({ note: z.string().max(1000).optional() }).optional(),
            response: { 200: unlockRequestDto, ...errorResponses },
          },
        },
        async (req) => service.decideUnlock(ctx, requireActor(req), req.meta, req.params.id, approve, req.body?.note),
      );
    }
  };
}
