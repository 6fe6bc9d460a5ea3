import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { deliveryDto, deliveryListQuery, okResponse, pageOf, queueOverviewDto } from '@xiezuo/domain';
import type { AppContext } from '../../http/context';
import { requireActor } from '../../http/actor';
import { requires } from '../../http/policy';
import { errorResponses } from '../../http/schemas';
import * as service from './jobs.service';

export function jobRoutes(ctx: AppContext): FastifyPluginAsyncZod {
  return async (app) => {
    app.get(
      '/jobs',
      {
        config: { policy: requires('config.read') },
        schema: {
          tags: ['jobs'],
          summary: 'Message adapters in use, deliveries by status, scheduled jobs with their last run',
          response: { 200: queueOverviewDto, ...errorResponses },
        },
      },
      async () => service.overview(ctx),
    );
    app.get(
      '/messages/deliveries',
      {
        config: { policy: requires('config.read') },
        schema: {
          tags: ['jobs'],
          summary: 'Deliveries by status (default: the dead-letter list)',
          querystring: deliveryListQuery,
          response: { 200: pageOf(deliveryDto), ...errorResponses },
        },
      },
      async (req) => service.deliveries(ctx, req.query, req.lang),
    );
    app.post(
      '/messages/deliveries/:id/retry',
      {
        config: { policy: requires('config.manage') },
        schema: {
          tags: ['jobs'],
          summary: 'Send a dead-lettered delivery again',
          params: z.object({ id: z.uuid() }),
          response: { 200: okResponse, ...errorResponses },
        },
      },
      async (req) => service.retryDelivery(ctx, requireActor(req), req.meta, req.params.id),
    );
    app.post(
      '/jobs/scheduled/:name/run',
      {
        config: { policy: requires('config.manage') },
        schema: {
          tags: ['jobs'],
          summary: 'Run a scheduled job now (after a change of the working date, or to retry a failed run)',
          params: z.object({ name: z.string().max(80) }),
          response: { 200: okResponse, ...errorResponses },
        },
      },
      async (req) => service.runJobNow(ctx, requireActor(req), req.meta, req.params.name),
    );
  };
}
