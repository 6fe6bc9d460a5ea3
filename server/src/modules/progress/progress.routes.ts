import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { drilldownDto, drilldownQuery, indicatorChangeBody, planDto, progressDto, progressQuery } from '@xiezuo/domain';
import type { AppContext } from '../../http/context';
import { requireActor } from '../../http/actor';
import { requires } from '../../http/policy';
import { errorResponses } from '../../http/schemas';
import { drilldown } from './drilldown.service';
import * as service from './progress.service';
import { planRoutes } from '../plans/plans.routes';

const READ = { policy: requires('business.read') };
const yearParams = z.object({ year: z.coerce.number().int().min(2000).max(2100) });

export function indicatorRoutes(ctx: AppContext): FastifyPluginAsyncZod {
  return async (app) => {
    await app.register(planRoutes(ctx));
    app.get(
      '/plans/:year/indicators',
      {
        config: READ,
        schema: {
          tags: ['indicators'],
          summary:
            'The plan of a year with its indicator declarations (the active ones, or every one with includeInactive=true)',
          params: yearParams,
          querystring: z.object({ includeInactive: z.enum(['true', 'false']).optional() }),
          response: { 200: planDto, ...errorResponses },
        },
      },
      async (req) =>
        service.getPlan(ctx, requireActor(req), req.params.year, {
          includeInactive: req.query.includeInactive === 'true',
        }),
    );
    app.get(
      '/plans/:year/progress',
      {
        config: READ,
        schema: {
          tags: ['indicators'],
          summary:
            'Every indicator computed live: confirmed, claimed, target, completion, expected, status; per county',
          params: yearParams,
          querystring: progressQuery,
          response: { 200: progressDto, ...errorResponses },
        },
      },
      async (req) => service.progress(ctx, requireActor(req), req.params.year, req.query),
    );
    app.get(
      '/plans/:year/indicators/:code/records',
      {
        config: READ,
        schema: {
          tags: ['indicators'],
          summary: 'The records (and distinct persons, masked) behind a number',
          params: yearParams.extend({ code: z.string().max(80) }),
          querystring: drilldownQuery,
          response: { 200: drilldownDto, ...errorResponses },
        },
      },
      async (req) => drilldown(ctx, requireActor(req), req.params.year, req.params.code, req.query),
    );
    app.put(
      '/plans/:year/indicators/:code',
      {
        config: { policy: requires('org.manage') },
        schema: {
          tags: ['indicators'],
          summary: 'Change an indicator (versioned; reason required once published)',
          params: yearParams.extend({ code: z.string().max(80) }),
          body: indicatorChangeBody,
          response: { 200: planDto, ...errorResponses },
        },
      },
      async (req) =>
        service.updateIndicator(ctx, requireActor(req), req.meta, req.params.year, req.params.code, req.body),
    );
  };
}
