import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { countySummaryDto, orgOverviewDto, regionDetailDto, regionDto } from '@xiezuo/domain';
import type { AppContext } from '../../http/context';
import { requireActor } from '../../http/actor';
import { requires } from '../../http/policy';
import { errorResponses } from '../../http/schemas';
import * as service from './org.service';

const READ = { policy: requires('org.read') };
const regionCode = z.string().regex(/^\d{2,12}$/, 'region code: 2–12 digits');

export function orgRoutes(ctx: AppContext): FastifyPluginAsyncZod {
  return async (app) => {
    app.get(
      '/org',
      {
        config: READ,
        schema: {
          tags: ['org'],
          summary: 'Structure: counties, leadership group, working groups, units',
          querystring: z.object({ year: z.coerce.number().int().min(2000).max(2100).optional() }),
          response: { 200: orgOverviewDto, ...errorResponses },
        },
      },
      async (req) => service.overview(ctx, requireActor(req), req.query.year),
    );
    app.get(
      '/counties/:code',
      {
        config: READ,
        schema: {
          tags: ['org'],
          summary: 'One assisted county',
          params: z.object({ code: regionCode }),
          response: { 200: countySummaryDto, ...errorResponses },
        },
      },
      async (req) => service.county(ctx, requireActor(req), req.params.code),
    );
    app.get(
      '/regions/:code',
      {
        config: READ,
        schema: {
          tags: ['org'],
          summary: 'A region with its path and children',
          params: z.object({ code: regionCode }),
          response: { 200: regionDetailDto, ...errorResponses },
        },
      },
      async (req) => service.region(ctx, requireActor(req), req.params.code),
    );
    app.get(
      '/regions',
      {
        config: READ,
        schema: {
          tags: ['org'],
          summary: 'Search regions by name or code',
          querystring: z.object({ q: z.string().trim().min(1).max(50) }),
          response: { 200: z.object({ items: z.array(regionDto) }), ...errorResponses },
        },
      },
      async (req) => ({ items: await service.searchRegions(ctx, requireActor(req), req.query.q) }),
    );
  };
}
