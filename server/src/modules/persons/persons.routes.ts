import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { personLookupBody, personLookupDto, revealBody, revealDto } from '@xiezuo/domain';
import { AppError } from '../../http/app-error';
import type { AppContext } from '../../http/context';
import { requireActor } from '../../http/actor';
import { requires } from '../../http/policy';
import { errorResponses } from '../../http/schemas';
import * as service from './persons.service';

export function personRoutes(ctx: AppContext): FastifyPluginAsyncZod {
  return async (app) => {
    app.post(
      '/persons/lookup',
      {
        config: {
          policy: requires('business.write'),
          // per user: guessing ID numbers is slow, and every guess is in the audit log
          rateLimit: {
            max: ctx.config.personLookupsPerMinute,
            timeWindow: '1 minute',
            keyGenerator: (req) => `person-lookup:${req.actor?.userId ?? req.ip}`,
            errorResponseBuilder: (_req, c) =>
              new AppError('LOOKUP_RATE_LIMITED', {
                limitPerMinute: c.max,
                retryAfterSeconds: Math.ceil(c.ttl / 1000),
              }),
          },
        },
        schema: {
          tags: ['persons'],
          summary:
            'Verify an ID number: within the caller’s scope the masked person, outside it only whether the typed name matches; audited; limited per user and minute',
          body: personLookupBody,
          response: { 200: personLookupDto, ...errorResponses },
        },
      },
      async (req) => service.lookup(ctx, requireActor(req), req.meta, req.body),
    );
    app.post(
      '/persons/:id/reveal',
      {
        config: { policy: requires('business.write') },
        schema: {
          tags: ['persons'],
          summary: 'Show the full ID number and phone, with a reason; audited',
          params: z.object({ id: z.uuid() }),
          body: revealBody,
          response: { 200: revealDto, ...errorResponses },
        },
      },
      async (req) => service.reveal(ctx, requireActor(req), req.meta, req.params.id, req.body.reason),
    );
  };
}
